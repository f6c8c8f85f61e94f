//! `budget.decision_subtotal_mismatch`: a stated subtotal is not the sum of its recipients' lines
use crate::budget::subtotals::{amounts, named_badly, recipient_lines};
use crate::budget::Money;
use crate::pointer::Pointer;
use crate::premise::Premise;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// A stated subtotal over some recipients differs from the sum of their lines.
pub const DECISION_SUBTOTAL_MISMATCH: Rule = Rule {
    code: "budget.decision_subtotal_mismatch",
    severity: Severity::Error,
    summary: "A subtotal a funding decision states over some of its recipients (\"for the 32 boroughs\") is not the sum of those recipients' lines. Silent when the decision states no subtotal or does not say which recipients it covers.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: DECISION_SUBTOTAL_MISMATCH,
    area: Area::Budget,
    premise: Premise {
        code: "budget.decision_subtotal_mismatch",
        text: "A funding decision's stated subtotals naming the recipients they cover.",
        needs: &["/funding_decisions/*/stated_subtotals/*/recipients"],
        approximate: false,
    },
    scope: &[Scope::FundingDecision],
    citation: None,
    thresholds: &[],
    stage: Stage::BudgetSubtotals,
    check,
};

/// Each stated subtotal that names its recipients well, against the sum of their lines
/// (the computed lines when the decision's rule can be worked out, else the amounts the
/// decision states; a subtotal with a recipient whose amount is neither is not checked).
fn check(cx: &UnitContext<'_>, out: &mut Report) {
    for (at, d) in cx.funding_decisions() {
        if d.stated_subtotals.is_empty() {
            continue;
        }
        let amounts = amounts(d, &at);
        let lines = recipient_lines(d);
        for (s, sub) in d.stated_subtotals.iter().enumerate() {
            let base: String = Pointer::at(&at).item("stated_subtotals", s).into();
            if !named_badly(sub, &lines, &base).is_empty() || sub.recipients.is_empty() {
                continue;
            }
            let mut sum = Some(Money::ZERO);
            for id in &sub.recipients {
                for j in lines.get(id.as_str()).into_iter().flatten() {
                    let line = amounts.get(*j).copied().flatten();
                    sum = sum.zip(line).and_then(|(a, b)| a.checked_add(b));
                }
            }
            if sum.is_some_and(|total| total != sub.amount) {
                out.push(
                    &DECISION_SUBTOTAL_MISMATCH,
                    Pointer::at(&base).field("amount"),
                    "This subtotal is not the sum of the lines of the recipients it names: correct the subtotal as the decision states it, or the recipients it covers (each a board's id, for example b-lscb).",
                );
            }
        }
    }
}
