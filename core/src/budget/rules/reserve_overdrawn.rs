//! `budget.reserve_overdrawn`: a reserve drawn below zero
use crate::pointer::Pointer;
use crate::premise::Premise;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// A reserve drawn below zero.
pub const RESERVE_OVERDRAWN: Rule = Rule {
    code: "budget.reserve_overdrawn",
    severity: Severity::Warning,
    summary: "More was drawn from a reserve than it held (opening balance plus additions).",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: RESERVE_OVERDRAWN,
    area: Area::Budget,
    premise: Premise {
        code: "budget.reserve_overdrawn",
        text: "A budget's reserves.",
        needs: &["/budgets/*/reserves"],
        approximate: false,
    },
    scope: &[Scope::Budget],
    citation: None,
    thresholds: &[],
    stage: Stage::BudgetTotals,
    check,
};

/// Each reserve of a budget (whose statement is worked out) drawn beyond its opening
/// balance and additions.
fn check(cx: &UnitContext<'_>, out: &mut Report) {
    for (at, _, budget) in cx.budgets() {
        for (k, r) in budget.reserves.iter().enumerate() {
            let held = r.opening.checked_add(r.added);
            if held.is_some_and(|h| r.drawn > h) {
                out.push(
                    &RESERVE_OVERDRAWN,
                    Pointer::at(&at).item("reserves", k).field("drawn"),
                    "more is drawn from the reserve than it holds",
                );
            }
        }
    }
}
