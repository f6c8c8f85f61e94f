//! `challenge.dates_out_of_order`: a challenge responded to or closed before it was raised
use crate::pointer::Pointer;
use crate::premise::Premise;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// A challenge responded to or closed before it was raised.
pub const DATES_OUT_OF_ORDER: Rule = Rule {
    code: "challenge.dates_out_of_order",
    severity: Severity::Error,
    summary: "A challenge was responded to or closed before the day it was raised. Silent when the day raised is not recorded.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: DATES_OUT_OF_ORDER,
    area: Area::Challenge,
    premise: Premise {
        code: "challenge.dates_out_of_order",
        text: "The day a challenge was raised and the day it was responded to or closed.",
        needs: &[
            "/challenges/*/raised_on",
            "/challenges/*/responded_on|/challenges/*/closed_on",
        ],
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
    if let Some(raised) = c.raised_on {
        for (field, day) in [("responded_on", c.responded_on), ("closed_on", c.closed_on)] {
            if day.is_some_and(|d| d < raised) {
                out.push(
                    &DATES_OUT_OF_ORDER,
                    Pointer::at(&base).field(field),
                    "This date is before the day the challenge was raised (`raised_on`). Give a date on or after it, for example 2017-03-01 for a challenge raised on 2017-02-14.",
                );
            }
        }
    }
}
