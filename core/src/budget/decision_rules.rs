//! The rules about funders' decisions and the budgets they pay: stated totals and lines
//! against the computed ones, phasing limits, a board's budget against the decision, and
//! one joint payment recorded the same way in both boards' budgets.

use super::formula::WHOLE_BASIS_POINTS;
use super::funding::{allocate, Allocated, Allocation, FundingDecision};
use super::{FinancialYear, Money};
use crate::index::Index;
use crate::unit::Stage;
use crate::validate::{Report, ValidateOptions};
use std::collections::HashMap;

pub use super::rule_table::{
    DECISION_LINE_MISMATCH, DECISION_RULES as RULES, DECISION_TOTAL_MISMATCH, DIFFERS_FROM_DECISION,
};
pub use super::rules::decision_phasing_exceeded::DECISION_PHASING_EXCEEDED;
pub use super::rules::decision_subtotal_mismatch::DECISION_SUBTOTAL_MISMATCH;
pub use super::rules::decision_subtotal_recipient::DECISION_SUBTOTAL_RECIPIENT;
pub use super::rules::joint_payment_differs::JOINT_PAYMENT_DIFFERS;

/// Check every funding decision, and the budgets against them.
pub(crate) fn check(doc: &Index<'_>, options: &ValidateOptions, out: &mut Report) {
    // Budgets by (body, year), the first of each.
    let mut budgets: HashMap<(&str, FinancialYear), usize> = HashMap::new();
    for (i, b) in doc.budgets.iter().enumerate() {
        budgets.entry((b.body.as_str(), b.year)).or_insert(i);
    }
    let mut income = Income::default();
    for (k, d) in doc.funding_decisions.iter().enumerate() {
        check_decision(doc, options, (&budgets, &mut income), k, d, out);
    }
    crate::unit::run_budget(doc, options, Stage::BudgetJointPayments, out);
}

/// Per budget (by position), the cash its statement records from each funder (the first
/// income line of each), worked out once however many decisions pay the board: working
/// out a statement is linear in the budget, so once per decision line would be
/// decisions × partners. `None` when the statement cannot be worked out.
#[derive(Default)]
struct Income(HashMap<usize, Option<HashMap<String, Money>>>);

impl Income {
    fn paid_by_funder(&mut self, doc: &Index<'_>, i: usize, funder: &str) -> Option<Money> {
        let cash = self.0.entry(i).or_insert_with(|| {
            let b = doc.budgets.get(i)?;
            let st = super::figures::compute(b, None, &format!("/budgets/{i}")).ok()?;
            let mut by_funder = HashMap::new();
            for l in st.income {
                by_funder.entry(l.organisation).or_insert(l.cash);
            }
            Some(by_funder)
        });
        cash.as_ref()?.get(funder).copied()
    }
}

fn check_decision(
    doc: &Index<'_>,
    options: &ValidateOptions,
    (budgets, income): (&HashMap<(&str, FinancialYear), usize>, &mut Income),
    k: usize,
    d: &FundingDecision,
    out: &mut Report,
) {
    let at = format!("/funding_decisions/{k}");
    let before = out.findings.len();
    check_names(doc, d, &at, out);
    crate::unit::run_decision(doc, options, k, Stage::DecisionPhasing, out);
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
    let allocated = match allocate(d, &at) {
        Ok(a) => a,
        Err(e) => {
            out.push(
                &super::NOT_COMPUTABLE,
                e.path().to_string(),
                format!("The decision's figures cannot be worked out: {e}"),
            );
            return;
        }
    };
    check_stated(d, &allocated, &at, out);
    let Some(year) = d.year else {
        return;
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
            let Some(&i) = budgets.get(&(body, year)) else {
                continue;
            };
            if let Some(cash) = income.paid_by_funder(doc, i, &d.funder) {
                if cash != amount {
                    out.push(
                        &DIFFERS_FROM_DECISION,
                        format!("/budgets/{i}"),
                        "This budget records a different amount from the funder than the funder's decision for the year pays this board: check the budget's income line from the funder against the decision.",
                    );
                }
            }
        }
    }
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

/// The totals and lines the decision states against the allocation worked out.
fn check_stated(d: &FundingDecision, allocated: &Allocated, at: &str, out: &mut Report) {
    for (j, stated) in d.stated_totals.iter().enumerate() {
        if *stated != allocated.total {
            out.push(
                &DECISION_TOTAL_MISMATCH,
                format!("{at}/stated_totals/{j}"),
                "This total as the decision states it is not the sum of its recipients' lines and central pots: check the total as printed, or the lines and pots it adds up.",
            );
        }
    }
    for (line, r) in allocated.lines.iter().zip(&d.recipients) {
        if let Some(stated) = r.stated_amount {
            if stated != line.amount {
                out.push(
                    &DECISION_LINE_MISMATCH,
                    format!("{at}/recipients/{}/stated_amount", line.index),
                    "This recipient's amount as the decision states it is not what the decision's own rule gives (so much per area, or the weighted criteria): check the amount as printed, the number of areas, or the measures.",
                );
            }
        }
    }
}
