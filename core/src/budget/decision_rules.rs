//! The rules about funders' decisions and the budgets they pay: stated totals and lines
//! against the computed ones, phasing limits, a board's budget against the decision, and
//! one joint payment recorded the same way in both boards' budgets.

use super::formula::WHOLE_BASIS_POINTS;
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

/// Check every funding decision, and the budgets against them.
pub(crate) fn check(doc: &Index<'_>, options: &ValidateOptions, out: &mut Report) {
    let paid = Paid::new(&doc.document().budgets);
    for (k, d) in doc.funding_decisions.iter().enumerate() {
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
    let at = format!("/funding_decisions/{k}");
    let before = out.findings.len();
    check_names(doc, d, &at, out);
    crate::unit::run_decision(doc, options, (k, None), Stage::DecisionPhasing, out);
    if let Allocation::Weighted { criteria, .. } = &d.allocation {
        let sum: u64 = criteria.iter().map(|c| u64::from(c.basis_points)).sum();
        if sum != u64::from(WHOLE_BASIS_POINTS) {
            out.push(
                &super::SHARES_NOT_100,
                format!("{at}/allocation/criteria"),
                "The weights of the criteria must total 100%: give each weight in basis points, where 100% is ten thousand (for example half as five thousand).",
            );
        }
        // A weighted formula whose measures the decision does not give is not worked out.
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

/// The organisations and boards a decision names, each in the document, and each split
/// between boards totalling 100%.
fn check_names(doc: &Index<'_>, d: &FundingDecision, at: &str, out: &mut Report) {
    let org = |id: &str, path: String, out: &mut Report| {
        if doc.organisation(id).is_none() {
            out.push(
                &super::UNKNOWN_ORGANISATION,
                path,
                "This organisation is not in the document's organisations: give the id of one of them (for example o-opcc), or add the organisation.",
            );
        }
    };
    org(&d.funder, format!("{at}/funder"), out);
    for (j, c) in d.central.iter().enumerate() {
        if let Some(h) = &c.holder {
            org(h, format!("{at}/central/{j}/holder"), out);
        }
    }
    for (j, r) in d.recipients.iter().enumerate() {
        if let Some(p) = &r.payee {
            org(p, format!("{at}/recipients/{j}/payee"), out);
        }
        let bodies = r
            .body
            .iter()
            .map(|b| (b, format!("{at}/recipients/{j}/body")));
        let split = r
            .boards
            .iter()
            .enumerate()
            .map(|(n, b)| (&b.body, format!("{at}/recipients/{j}/boards/{n}/body")));
        for (b, path) in bodies.chain(split) {
            if doc.body(b).is_none() {
                out.push(
                    &super::UNKNOWN_BODY,
                    path,
                    "This board is not in the document's bodies: give the id of one of them (for example b-lscb), or add the board.",
                );
            }
        }
        if !r.boards.is_empty() {
            let sum: u64 = r.boards.iter().map(|b| u64::from(b.basis_points)).sum();
            if sum != u64::from(WHOLE_BASIS_POINTS) {
                out.push(
                    &super::SHARES_NOT_100,
                    format!("{at}/recipients/{j}/boards"),
                    "The boards' shares of this recipient's money must total 100%: give each board's share in basis points, where 100% is ten thousand (for example five thousand each for half each).",
                );
            }
        }
    }
}
