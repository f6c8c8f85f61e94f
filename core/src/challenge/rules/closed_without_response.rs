//! `challenge.closed_without_response`: a closed challenge with no response
use crate::challenge::ChallengeStatus;
use crate::pointer::Pointer;
use crate::premise::Premise;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// A closed challenge with no response.
pub const CLOSED_WITHOUT_RESPONSE: Rule = Rule {
    code: "challenge.closed_without_response",
    severity: Severity::Warning,
    summary: "A challenge is closed but records neither a response nor the day of one.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: CLOSED_WITHOUT_RESPONSE,
    area: Area::Challenge,
    premise: Premise {
        code: "challenge.closed_without_response",
        text: "A challenge's status.",
        needs: &["/challenges/*/status"],
        approximate: false,
    },
    scope: &[Scope::Challenge],
    citation: None,
    thresholds: &[],
    stage: Stage::Challenge,
    check,
};

fn check(cx: &UnitContext<'_>, out: &mut Report) {
    let Some((base, c)) = cx.challenge() else {
        return;
    };
    if c.status == ChallengeStatus::Closed && c.response.is_none() && c.responded_on.is_none() {
        out.push(
            &CLOSED_WITHOUT_RESPONSE,
            Pointer::at(&base).field("status"),
            "This challenge is closed but records no response. Add the agency's response (`response`) or the day it was given (`responded_on`, for example 2017-02-14).",
        );
    }
}
