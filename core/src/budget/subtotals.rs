//! Subtotals a funding decision states over some of its recipients ("£320,000 for the
//! 32 boroughs"): each names the recipients it covers, by body id, and is checked
//! against the sum of their lines.

use super::decision_rules::{DECISION_SUBTOTAL_MISMATCH, DECISION_SUBTOTAL_RECIPIENT};
use super::funding::{allocate, Allocation, FundingDecision, StatedSubtotal};
use super::Money;
use crate::validate::Report;
use std::collections::{HashMap, HashSet};

/// Check every stated subtotal of decision `k`. The recipients' amounts are the computed
/// lines when the decision's rule can be worked out, else the amounts the decision
/// states; a subtotal with a recipient whose amount is neither is not checked.
pub(super) fn check(k: usize, d: &FundingDecision, out: &mut Report) {
    if d.stated_subtotals.is_empty() {
        return;
    }
    let at = format!("/funding_decisions/{k}");
    let amounts = amounts(d, &at);
    // Recipients by body id: a body may be paid on more than one line.
    let mut lines: HashMap<&str, Vec<usize>> = HashMap::new();
    for (j, r) in d.recipients.iter().enumerate() {
        if let Some(b) = &r.body {
            lines.entry(b.as_str()).or_default().push(j);
        }
    }
    for (s, sub) in d.stated_subtotals.iter().enumerate() {
        let base = format!("{at}/stated_subtotals/{s}");
        if !named_well(sub, &lines, &base, out) || sub.recipients.is_empty() {
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
                format!("{base}/amount"),
                "This subtotal is not the sum of the lines of the recipients it names: correct the subtotal as the decision states it, or the recipients it covers (each a board's id, for example b-lscb).",
            );
        }
    }
}

/// Whether a subtotal names only recipients of the decision, each once, and as many as
/// it says it covers; a finding for each that it does not.
fn named_well(
    sub: &StatedSubtotal,
    lines: &HashMap<&str, Vec<usize>>,
    base: &str,
    out: &mut Report,
) -> bool {
    let before = out.findings.len();
    let mut seen = HashSet::with_capacity(sub.recipients.len());
    for (n, id) in sub.recipients.iter().enumerate() {
        if !lines.contains_key(id.as_str()) {
            out.push(
                &DECISION_SUBTOTAL_RECIPIENT,
                format!("{base}/recipients/{n}"),
                "This subtotal names a board that is not one of the decision's recipients: give the id of a recipient's board (for example b-lscb), or add the recipient.",
            );
        } else if !seen.insert(id.as_str()) {
            out.push(
                &DECISION_SUBTOTAL_RECIPIENT,
                format!("{base}/recipients/{n}"),
                "This subtotal names the same recipient twice: list each board it covers once.",
            );
        }
    }
    let named = u64::try_from(sub.recipients.len()).unwrap_or(u64::MAX);
    if let Some(count) = sub.stated_count {
        if !sub.recipients.is_empty() && u64::from(count) != named {
            out.push(
                &DECISION_SUBTOTAL_RECIPIENT,
                format!("{base}/stated_count"),
                format!("This subtotal names {named} recipients but the decision says it covers a different number: list every board it covers, or correct the number as stated."),
            );
        }
    }
    out.findings.len() == before
}

/// Each recipient's amount: the computed line, else its stated amount. A weighted rule
/// whose measures the decision does not give is not worked out.
fn amounts(d: &FundingDecision, at: &str) -> Vec<Option<Money>> {
    let unmeasured = matches!(d.allocation, Allocation::Weighted { .. })
        && d.recipients.iter().all(|r| r.measures.is_empty());
    let computed = if unmeasured {
        None
    } else {
        allocate(d, at).ok()
    };
    match computed {
        Some(a) => a.lines.iter().map(|l| Some(l.amount)).collect(),
        None => d.recipients.iter().map(|r| r.stated_amount).collect(),
    }
}
