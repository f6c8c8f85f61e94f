//! `action.history_out_of_order`: history out of order
use crate::premise::Premise;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// A status change dated before the one listed before it.
pub const HISTORY_OUT_OF_ORDER: Rule = Rule {
    code: "action.history_out_of_order",
    severity: Severity::Error,
    summary: "A status change in an action's history is dated before the change listed before it.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: HISTORY_OUT_OF_ORDER,
    area: Area::Action,
    premise: Premise {
        code: "action.history_out_of_order",
        text: "An action's status history.",
        needs: &["/actions/*/history"],
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
        let mut previous = None;
        for (k, h) in l.action.history.iter().enumerate() {
            if previous.is_some_and(|p| h.date < p) {
                out.push(
                    &HISTORY_OUT_OF_ORDER,
                    l.at().item("history", k).field("date"),
                    "This status change is dated before the change listed before it.",
                );
            }
            previous = Some(h.date);
        }
    }
}
