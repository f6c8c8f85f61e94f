//! `meeting.deputy_for_non_member`: a deputy for someone who is not a member of the body on the meeting's date.
use crate::meeting::BodyClaim;
use crate::pointer::Pointer;
use crate::premise::Premise;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// A deputy for someone who is not a member of the body on the meeting's date.
pub const DEPUTY_FOR_NON_MEMBER: Rule = Rule {
    code: "meeting.deputy_for_non_member",
    severity: Severity::Error,
    summary: "A deputy attended for someone who is not expected: not a member of the body on the meeting's date.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: DEPUTY_FOR_NON_MEMBER,
    area: Area::Meeting,
    premise: Premise {
        code: "meeting.deputy_for_non_member",
        text: "A deputy in a meeting's attendance (deputy_for).",
        needs: &["/meetings/*/attendance/*/deputy_for|/meetings/*/attendance/*/also_deputy_for"],
        approximate: false,
    },
    scope: &[Scope::Meeting, Scope::Body],
    citation: None,
    thresholds: &[],
    stage: Stage::MeetingDeputyForNonMember,
    check,
};

fn check(cx: &UnitContext<'_>, out: &mut Report) {
    let Some((at, claims)) = cx.body_claims() else {
        return;
    };
    for (j, claim) in claims {
        let BodyClaim::Member(p, field) = claim else {
            continue;
        };
        if cx.member(p).is_none() {
            out.push(
                &DEPUTY_FOR_NON_MEMBER,
                Pointer::at(at.base).item("attendance", j).field(field),
                "The person deputised for is not a member of this body on the meeting's date.",
            );
        }
    }
}
