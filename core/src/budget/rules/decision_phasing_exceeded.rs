//! `budget.decision_phasing_exceeded`: a stated change beyond the decision's phasing limits
use crate::pointer::Pointer;
use crate::premise::Premise;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// A stated change beyond the decision's phasing limits.
pub const DECISION_PHASING_EXCEEDED: Rule = Rule {
    code: "budget.decision_phasing_exceeded",
    severity: Severity::Warning,
    summary: "A recipient's stated loss or gain on the year before is larger than the decision's own phasing limit (\"no CSP losing more than 10%\"). Silent when the decision states no limit or no change.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: DECISION_PHASING_EXCEEDED,
    area: Area::Budget,
    premise: Premise {
        code: "budget.decision_phasing_exceeded",
        text: "Funding decisions.",
        needs: &["/funding_decisions"],
        approximate: false,
    },
    scope: &[Scope::FundingDecision],
    citation: None,
    thresholds: &[],
    stage: Stage::DecisionPhasing,
    check,
};

/// Each recipient's stated change on the year before against the decision's phasing.
fn check(cx: &UnitContext<'_>, out: &mut Report) {
    for (at, d) in cx.funding_decisions() {
        let Some(ph) = &d.phasing else {
            continue;
        };
        for (j, r) in d.recipients.iter().enumerate() {
            let Some(change) = r.stated_change_basis_points else {
                continue;
            };
            let limit = if change < 0 {
                ph.max_loss_basis_points
            } else {
                ph.max_gain_basis_points
            };
            if let Some(limit) = limit {
                if change.unsigned_abs() > u64::from(limit) {
                    out.push(
                        &DECISION_PHASING_EXCEEDED,
                        Pointer::at(&at).item("recipients", j).field("stated_change_basis_points"),
                        "The change on the year before stated for this recipient is larger than the decision's own phasing limit: check the change as the decision states it (in basis points, a loss written as a negative number), or the limit.",
                    );
                }
            }
        }
    }
}
