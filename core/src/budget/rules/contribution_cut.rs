//! `budget.contribution_cut`: a contribution cut sharply on last year
use crate::budget::named::FirstNamed;
use crate::budget::DEFAULT_CUT_WARNING_BASIS_POINTS;
use crate::premise::Premise;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// A contribution cut sharply on last year.
pub const CONTRIBUTION_CUT: Rule = Rule {
    code: "budget.contribution_cut",
    severity: Severity::Warning,
    summary: "A partner's cash contribution fell on last year by more than the budget's threshold (default 10%).",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: CONTRIBUTION_CUT,
    area: Area::Budget,
    premise: Premise {
        code: "budget.contribution_cut",
        text: "Budgets of two years.",
        needs: &["/budgets"],
        approximate: false,
    },
    scope: &[Scope::Budget],
    citation: None,
    thresholds: &[],
    stage: Stage::BudgetPartners,
    check,
};

/// Each income line of a budget's statement whose cash fell on last year by more than
/// the budget's warning threshold, at the first place the partner is named.
fn check(cx: &UnitContext<'_>, out: &mut Report) {
    let Some(st) = cx.statement() else {
        return;
    };
    for (at, _, budget) in cx.budgets() {
        let named = FirstNamed::of(budget, &at);
        let threshold = i64::from(
            budget
                .cut_warning_basis_points
                .unwrap_or(DEFAULT_CUT_WARNING_BASIS_POINTS),
        );
        for l in &st.income {
            if let (Some(last), Some(bp)) = (l.last_year, l.change_basis_points) {
                if last.pence() > 0 && bp < 0 && bp.saturating_neg() > threshold {
                    out.push(
                        &CONTRIBUTION_CUT,
                        named.at(&l.organisation),
                        "this partner's cash contribution is cut on last year by more than the warning threshold",
                    );
                }
            }
        }
    }
}
