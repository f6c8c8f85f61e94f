//! `budget.decision_total_mismatch`: a stated total of a decision differs from the computed one
use crate::budget::allocate;
use crate::pointer::Pointer;
use crate::premise::Premise;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// A stated total of a decision differs from the computed one.
pub const DECISION_TOTAL_MISMATCH: Rule = Rule {
    code: "budget.decision_total_mismatch",
    severity: Severity::Error,
    summary: "A total a funding decision states (an allocation table's total, the financial implications) is not the sum of its recipients' lines and central pots.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: DECISION_TOTAL_MISMATCH,
    area: Area::Budget,
    premise: Premise {
        code: "budget.decision_total_mismatch",
        text: "Funding decisions.",
        needs: &["/funding_decisions"],
        approximate: false,
    },
    scope: &[Scope::FundingDecision],
    citation: None,
    thresholds: &[],
    stage: Stage::DecisionStated,
    check,
};

/// The totals the decision states against the allocation worked out.
fn check(cx: &UnitContext<'_>, out: &mut Report) {
    for (at, d) in cx.funding_decisions() {
        let Ok(allocated) = allocate(d, &at) else {
            continue;
        };
        for (j, stated) in d.stated_totals.iter().enumerate() {
            if *stated != allocated.total {
                out.push(
                    &DECISION_TOTAL_MISMATCH,
                    Pointer::at(&at).item("stated_totals", j),
                    "This total as the decision states it is not the sum of its recipients' lines and central pots: check the total as printed, or the lines and pots it adds up.",
                );
            }
        }
    }
}
