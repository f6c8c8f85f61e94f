//! `action.closed_before_raised`: closed before the raising meeting
use crate::premise::Premise;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// Closed before the meeting that raised the action.
pub const CLOSED_BEFORE_RAISED: Rule = Rule {
    code: "action.closed_before_raised",
    severity: Severity::Error,
    summary: "An action's completed or closed date is before the meeting that raised it.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: CLOSED_BEFORE_RAISED,
    area: Area::Action,
    premise: Premise {
        code: "action.closed_before_raised",
        text: "An action's closing date or dated status, and the meeting that raised it.",
        needs: &[
            "/actions/*/closed_on|/actions/*/history",
            "/actions/*/raised_at",
        ],
        approximate: false,
    },
    scope: &[Scope::Action],
    citation: None,
    thresholds: &[],
    stage: Stage::ActionStatus,
    check,
};

fn check(cx: &UnitContext<'_>, out: &mut Report) {
    for l in cx.actions() {
        if let (Some(c), Some(r)) = (l.action.closed_on, cx.raised_on(l.action)) {
            if c < r {
                out.push(
                    &CLOSED_BEFORE_RAISED,
                    l.at().field("closed_on"),
                    "The action is recorded as done before the meeting that raised it.",
                );
            }
        }
    }
}
