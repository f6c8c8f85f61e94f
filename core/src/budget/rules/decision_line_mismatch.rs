//! `budget.decision_line_mismatch`: a stated line of a decision differs from the computed one
use crate::budget::allocate;
use crate::pointer::Pointer;
use crate::premise::Premise;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// A stated line of a decision differs from the computed one.
pub const DECISION_LINE_MISMATCH: Rule = Rule {
    code: "budget.decision_line_mismatch",
    severity: Severity::Error,
    summary: "A recipient's amount as a funding decision states it is not what the decision's own rule gives (so much per area, the weighted criteria).",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: DECISION_LINE_MISMATCH,
    area: Area::Budget,
    premise: Premise {
        code: "budget.decision_line_mismatch",
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

/// The recipients' lines the decision states against the allocation worked out.
fn check(cx: &UnitContext<'_>, out: &mut Report) {
    for (at, d) in cx.funding_decisions() {
        let Ok(allocated) = allocate(d, &at) else {
            continue;
        };
        for (line, r) in allocated.lines.iter().zip(&d.recipients) {
            if let Some(stated) = r.stated_amount {
                if stated != line.amount {
                    out.push(
                        &DECISION_LINE_MISMATCH,
                        Pointer::at(&at).item("recipients", line.index).field("stated_amount"),
                        "This recipient's amount as the decision states it is not what the decision's own rule gives (so much per area, or the weighted criteria): check the amount as printed, the number of areas, or the measures.",
                    );
                }
            }
        }
    }
}
