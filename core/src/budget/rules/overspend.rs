//! `budget.overspend`: spending above the funds available
use crate::budget::statement::Position;
use crate::pointer::Pointer;
use crate::premise::Premise;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// Spending above the funds available.
pub const OVERSPEND: Rule = Rule {
    code: "budget.overspend",
    severity: Severity::Warning,
    summary: "Expenditure is above the funds available (income, brought forward and reserve movements): an overspend.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: OVERSPEND,
    area: Area::Budget,
    premise: Premise {
        code: "budget.overspend",
        text: "A budget's expenditure.",
        needs: &["/budgets/*/expenditure"],
        approximate: false,
    },
    scope: &[Scope::Budget],
    citation: None,
    thresholds: &[],
    stage: Stage::BudgetTotals,
    check,
};

/// A budget whose statement shows more spent than the funds available.
fn check(cx: &UnitContext<'_>, out: &mut Report) {
    let Some(st) = cx.statement() else {
        return;
    };
    for (at, _, _) in cx.budgets() {
        if st.position == Position::Overspend {
            out.push(
                &OVERSPEND,
                Pointer::at(&at).field("expenditure"),
                "spending is more than the funds available",
            );
        }
    }
}
