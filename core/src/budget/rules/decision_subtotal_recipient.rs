//! `budget.decision_subtotal_recipient`: a stated subtotal names recipients badly
use crate::budget::subtotals::{named_badly, recipient_lines};
use crate::pointer::Pointer;
use crate::premise::Premise;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// A stated subtotal names recipients badly.
pub const DECISION_SUBTOTAL_RECIPIENT: Rule = Rule {
    code: "budget.decision_subtotal_recipient",
    severity: Severity::Error,
    summary: "A subtotal of a funding decision names a board that is not one of the decision's recipients, names one twice, or names a different number of recipients than it says it covers. Silent when it names none.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: DECISION_SUBTOTAL_RECIPIENT,
    area: Area::Budget,
    premise: Premise {
        code: "budget.decision_subtotal_recipient",
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

fn check(cx: &UnitContext<'_>, out: &mut Report) {
    for (at, d) in cx.funding_decisions() {
        if d.stated_subtotals.is_empty() {
            continue;
        }
        let lines = recipient_lines(d);
        for (s, sub) in d.stated_subtotals.iter().enumerate() {
            let base: String = Pointer::at(&at).item("stated_subtotals", s).into();
            for (path, message) in named_badly(sub, &lines, &base) {
                out.push(&DECISION_SUBTOTAL_RECIPIENT, path, message);
            }
        }
    }
}
