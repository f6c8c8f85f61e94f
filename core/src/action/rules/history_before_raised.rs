//! `action.history_before_raised`: history before the raising meeting
use crate::premise::Premise;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// A status change dated before the meeting that raised the action.
pub const HISTORY_BEFORE_RAISED: Rule = Rule {
    code: "action.history_before_raised",
    severity: Severity::Warning,
    summary:
        "A status change in an action's history is dated before the meeting that raised the action.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: HISTORY_BEFORE_RAISED,
    area: Area::Action,
    premise: Premise {
        code: "action.history_before_raised",
        text: "An action's status history and the meeting that raised it.",
        needs: &["/actions/*/history", "/actions/*/raised_at"],
        approximate: false,
    },
    scope: &[Scope::Action],
    citation: None,
    thresholds: &[],
    stage: Stage::ActionHistory,
    check,
};

fn check(cx: &UnitContext<'_>, out: &mut Report) {
    for l in cx.actions() {
        let Some(r) = cx.raised_on(l.action) else {
            continue;
        };
        for (k, h) in l.action.history.iter().enumerate() {
            if h.date < r {
                out.push(
                    &HISTORY_BEFORE_RAISED,
                    l.at().item("history", k).field("date"),
                    "This status change is dated before the meeting that raised the action.",
                );
            }
        }
    }
}
