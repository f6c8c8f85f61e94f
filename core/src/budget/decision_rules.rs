//! The rules about funders' decisions and the budgets they pay: stated totals and lines
//! against the computed ones, phasing limits, a board's budget against the decision, and
//! one joint payment recorded the same way in both boards' budgets.

use super::funding::{Allocation, FundingDecision};
use super::paid::Paid;
use crate::index::Index;
use crate::unit::Stage;
use crate::validate::{Report, Rule, ValidateOptions};

pub use super::rule_table::DECISION_RULES as RULES;
/// The rule of the unit `rules/decision_line_mismatch.rs`, at its public path.
pub const DECISION_LINE_MISMATCH: Rule =
    super::rules::decision_line_mismatch::DECISION_LINE_MISMATCH;
/// The rule of the unit `rules/decision_phasing_exceeded.rs`, at its public path.
pub const DECISION_PHASING_EXCEEDED: Rule =
    super::rules::decision_phasing_exceeded::DECISION_PHASING_EXCEEDED;
/// The rule of the unit `rules/decision_subtotal_mismatch.rs`, at its public path.
pub const DECISION_SUBTOTAL_MISMATCH: Rule =
    super::rules::decision_subtotal_mismatch::DECISION_SUBTOTAL_MISMATCH;
/// The rule of the unit `rules/decision_subtotal_recipient.rs`, at its public path.
pub const DECISION_SUBTOTAL_RECIPIENT: Rule =
    super::rules::decision_subtotal_recipient::DECISION_SUBTOTAL_RECIPIENT;
/// The rule of the unit `rules/decision_total_mismatch.rs`, at its public path.
pub const DECISION_TOTAL_MISMATCH: Rule =
    super::rules::decision_total_mismatch::DECISION_TOTAL_MISMATCH;
/// The rule of the unit `rules/differs_from_decision.rs`, at its public path.
pub const DIFFERS_FROM_DECISION: Rule = super::rules::differs_from_decision::DIFFERS_FROM_DECISION;
/// The rule of the unit `rules/joint_payment_differs.rs`, at its public path.
pub const JOINT_PAYMENT_DIFFERS: Rule = super::rules::joint_payment_differs::JOINT_PAYMENT_DIFFERS;

/// The budget rules of the names a decision gives, run on each decision before its
/// phasing: its organisations, its boards, its splits between boards and its criteria's
/// weights.
const NAMES: &[&crate::unit::RuleUnit] = &[
    &super::rules::unknown_organisation::UNIT,
    &super::rules::unknown_body::UNIT,
    &super::rules::shares_not_100::UNIT,
];

/// Check every funding decision, and the budgets against them.
pub(crate) fn check(doc: &Index<'_>, options: &ValidateOptions, out: &mut Report) {
    let paid = Paid::new(&doc.document().budgets);
    for (k, d) in doc.document().funding_decisions.iter().enumerate() {
        check_decision(doc, options, &paid, (k, d), out);
    }
    crate::unit::run_budget(doc, options, Stage::BudgetJointPayments, out);
}

/// One decision: the names it gives, its phasing, its criteria's weights, then (when
/// none of those gave a finding and its figures can be worked out) the units of its
/// stated totals and lines and of the budgets it pays.
fn check_decision(
    doc: &Index<'_>,
    options: &ValidateOptions,
    paid: &Paid<'_>,
    (k, d): (usize, &FundingDecision),
    out: &mut Report,
) {
    let before = out.findings.len();
    crate::unit::run_decision_names(NAMES, doc, options, k, out);
    // A weighted formula whose measures the decision does not give is not worked out.
    if let Allocation::Weighted { .. } = &d.allocation {
        if d.recipients.is_empty() || d.recipients.iter().all(|r| r.measures.is_empty()) {
            return;
        }
    }
    if out.findings.len() > before {
        return;
    }
    // Whether its figures can be worked out.
    let not_computable = &super::rules::not_computable::UNIT;
    crate::unit::run_unit_on_decision(not_computable, doc, options, k, out);
    if out.findings.len() > before {
        return;
    }
    crate::unit::run_decision(doc, options, (k, Some(paid)), Stage::DecisionStated, out);
}
