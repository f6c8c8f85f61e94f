//! `budget.total_mismatch`: a stated total that is not the sum of its lines
use crate::budget::Money;
use crate::pointer::Pointer;
use crate::premise::Premise;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// A stated total that is not the sum of its lines.
pub const TOTAL_MISMATCH: Rule = Rule {
    code: "budget.total_mismatch",
    severity: Severity::Error,
    summary: "A stated total (income, expenditure, or the baseline of a fixed or uplift formula) does not equal the sum of its lines.",
};

/// The rule as a unit of the registry. Its stage checks the stated totals against a
/// budget's statement; the budget walk also calls it once per budget whose formula is
/// well formed, before the statement is worked out, for the baseline of a formula that
/// sets its own total (`unit::run_unit_on_budget`).
pub const UNIT: RuleUnit = RuleUnit {
    rule: TOTAL_MISMATCH,
    area: Area::Budget,
    premise: Premise {
        code: "budget.total_mismatch",
        text: "Budgets.",
        needs: &["/budgets"],
        approximate: false,
    },
    scope: &[Scope::Budget],
    citation: None,
    thresholds: &[],
    stage: Stage::BudgetTotals,
    check,
};

/// With a statement, the stated totals against it; without one, the baseline against
/// what a formula that sets its own total shares.
fn check(cx: &UnitContext<'_>, out: &mut Report) {
    match cx.statement() {
        Some(st) => {
            for (at, _, budget) in cx.budgets() {
                stated_totals(budget, st, &at, out);
            }
        }
        None => {
            for (at, _, budget) in cx.budgets() {
                own_total(budget, &at, out);
            }
        }
    }
}

/// For a formula that sets its own total, a baseline that is not that total.
fn own_total(budget: &crate::budget::Budget, p: &str, out: &mut Report) {
    if !budget.formula.sets_own_total() {
        return;
    }
    let formula_path: String = Pointer::at(p).field("formula").into();
    let Ok(shares) = budget.formula.apply(
        None,
        &formula_path,
        Pointer::at(p).field("baseline").as_str(),
    ) else {
        return;
    };
    let own = Money::sum(shares.iter().map(|s| s.amount), &formula_path);
    if own.is_ok_and(|own| own != budget.baseline) {
        out.push(
            &TOTAL_MISMATCH,
            Pointer::at(p).field("baseline"),
            "the baseline differs from what the formula's contributions total",
        );
    }
}

/// The stated total income and expenditure against the statement's.
fn stated_totals(
    budget: &crate::budget::Budget,
    st: &crate::budget::statement::Statement,
    p: &str,
    out: &mut Report,
) {
    if let Some(stated) = budget.stated_total_income {
        if stated != st.totals.cash {
            out.push(
                &TOTAL_MISMATCH,
                Pointer::at(p).field("stated_total_income"),
                "the stated total income differs from what the contributions total",
            );
        }
    }
    if let Some(stated) = budget.stated_total_expenditure {
        if stated != st.total_budgeted {
            out.push(
                &TOTAL_MISMATCH,
                Pointer::at(p).field("stated_total_expenditure"),
                "the stated total expenditure differs from what the budgeted lines total",
            );
        }
    }
}
