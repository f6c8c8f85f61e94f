//! `budget.brought_forward_differs`: brought forward differs from last year's carry-forward
use crate::budget::figures::compute;
use crate::pointer::Pointer;
use crate::premise::Premise;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// Brought forward differs from last year's carry-forward.
pub const BROUGHT_FORWARD_DIFFERS: Rule = Rule {
    code: "budget.brought_forward_differs",
    severity: Severity::Warning,
    summary: "The amount a budget brings forward differs from what last year's budget of the same board carries forward (with every line's actual spending recorded). Silent when nothing is brought forward or last year's actuals are not all recorded.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: BROUGHT_FORWARD_DIFFERS,
    area: Area::Budget,
    premise: Premise {
        code: "budget.brought_forward_differs",
        text: "An amount brought forward.",
        needs: &["/budgets/*/brought_forward"],
        approximate: false,
    },
    scope: &[Scope::Budget],
    citation: None,
    thresholds: &[],
    stage: Stage::BudgetBroughtForward,
    check,
};

/// What a budget brings forward against the carry-forward of last year's budget of the
/// same board (its first), when every line of last year's records its actual spending.
fn check(cx: &UnitContext<'_>, out: &mut Report) {
    for (at, _, budget) in cx.budgets() {
        let last = budget.year.previous();
        let Some((last_at, prev)) = last
            .and_then(|y| cx.budget_of(&budget.body, y))
            .and_then(|j| cx.budget_at(j))
        else {
            continue;
        };
        let all_actuals =
            !prev.expenditure.is_empty() && prev.expenditure.iter().all(|l| l.actual.is_some());
        if !all_actuals || budget.brought_forward.is_zero() {
            continue;
        }
        let Ok(prev) = compute(prev, None, &last_at) else {
            continue;
        };
        if prev.carry_forward != budget.brought_forward {
            out.push(
                &BROUGHT_FORWARD_DIFFERS,
                Pointer::at(&at).field("brought_forward"),
                "the amount brought forward differs from what last year's budget carries forward",
            );
        }
    }
}
