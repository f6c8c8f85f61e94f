//! `budget.not_computable`: a budget whose figures cannot be worked out
use crate::budget::funding::allocate;
use crate::premise::Premise;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// A budget whose figures cannot be worked out.
pub const NOT_COMPUTABLE: Rule = Rule {
    code: "budget.not_computable",
    severity: Severity::Error,
    summary: "The formula cannot share the baseline (all weights zero, fixed sums above the baseline, a board with no share of a joint payment, amounts out of range).",
};

/// The rule as a unit of the registry. Its stage reports a budget whose statement cannot
/// be worked out; the decision walk also calls it once per funding decision whose names,
/// phasing and weights gave no finding (`unit::run_unit_on_decision`).
pub const UNIT: RuleUnit = RuleUnit {
    rule: NOT_COMPUTABLE,
    area: Area::Budget,
    premise: Premise {
        code: "budget.not_computable",
        text: "A budget's funding formula.",
        needs: &["/budgets"],
        approximate: false,
    },
    scope: &[Scope::Budget, Scope::FundingDecision],
    citation: None,
    thresholds: &[],
    stage: Stage::BudgetNotComputable,
    check,
};

/// Why a budget's statement cannot be worked out, and a funding decision whose figures
/// cannot be.
fn check(cx: &UnitContext<'_>, out: &mut Report) {
    if let Some(e) = cx.statement_error() {
        out.push(
            &NOT_COMPUTABLE,
            e.path().to_string(),
            format!("the budget's figures cannot be worked out: {e}"),
        );
    }
    for (at, d) in cx.funding_decisions() {
        if let Err(e) = allocate(d, &at) {
            out.push(
                &NOT_COMPUTABLE,
                e.path().to_string(),
                format!("The decision's figures cannot be worked out: {e}"),
            );
        }
    }
}
