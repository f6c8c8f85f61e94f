//! `budget.differs_from_decision`: a board's budget records a funder's payment differently from the decision
use crate::budget::{allocate, Money};
use crate::pointer::Pointer;
use crate::premise::Premise;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// A board's budget records a funder's payment differently from the decision.
pub const DIFFERS_FROM_DECISION: Rule = Rule {
    code: "budget.differs_from_decision",
    severity: Severity::Warning,
    summary: "A board's budget records cash from a funder that differs from what the funder's decision for that year pays the board. Silent when the budget does not name the funder.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: DIFFERS_FROM_DECISION,
    area: Area::Budget,
    premise: Premise {
        code: "budget.differs_from_decision",
        text: "Budgets and funding decisions.",
        needs: &["/budgets", "/funding_decisions"],
        approximate: false,
    },
    scope: &[Scope::FundingDecision, Scope::Budget],
    citation: None,
    thresholds: &[],
    stage: Stage::DecisionStated,
    check,
};

/// Each board a decision for a year pays, against the cash its budget for that year
/// records from the funder.
fn check(cx: &UnitContext<'_>, out: &mut Report) {
    for (at, d) in cx.funding_decisions() {
        let (Ok(allocated), Some(year)) = (allocate(d, &at), d.year) else {
            continue;
        };
        // Each board paid: the recipient's body, or each board of its split.
        for line in &allocated.lines {
            let paid: Vec<(&str, Money)> = if line.boards.is_empty() {
                line.body
                    .iter()
                    .map(|b| (b.as_str(), line.amount))
                    .collect()
            } else {
                line.boards
                    .iter()
                    .map(|s| (s.id.as_str(), s.amount))
                    .collect()
            };
            for (body, amount) in paid {
                let Some(i) = cx.budget_of(body, year) else {
                    continue;
                };
                if let Some(cash) = cx.paid_by_funder(i, &d.funder) {
                    if cash != amount {
                        out.push(
                            &DIFFERS_FROM_DECISION,
                            Pointer::root().item("budgets", i),
                            "This budget records a different amount from the funder than the funder's decision for the year pays this board: check the budget's income line from the funder against the decision.",
                        );
                    }
                }
            }
        }
    }
}
