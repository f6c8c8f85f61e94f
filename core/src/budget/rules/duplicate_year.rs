//! `budget.duplicate_year`: two budgets of the same board for the same financial year
use crate::pointer::Pointer;
use crate::premise::Premise;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// Two budgets of the same board for the same financial year.
pub const DUPLICATE_YEAR: Rule = Rule {
    code: "budget.duplicate_year",
    severity: Severity::Error,
    summary: "A board has one budget per financial year; this year already has one.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: DUPLICATE_YEAR,
    area: Area::Budget,
    premise: Premise {
        code: "budget.duplicate_year",
        text: "Budgets.",
        needs: &["/budgets"],
        approximate: false,
    },
    scope: &[Scope::Budget],
    citation: None,
    thresholds: &[],
    stage: Stage::BudgetRecords,
    check,
};

/// A budget that is not the first of its board for its year.
fn check(cx: &UnitContext<'_>, out: &mut Report) {
    for (at, i, budget) in cx.budgets() {
        if cx
            .budget_of(budget.body.as_str(), budget.year)
            .is_some_and(|first| first < i)
        {
            out.push(
                &DUPLICATE_YEAR,
                Pointer::at(&at).field("year"),
                "a second budget for the same board and year",
            );
        }
    }
}
