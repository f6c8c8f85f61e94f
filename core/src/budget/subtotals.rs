//! Subtotals a funding decision states over some of its recipients ("£320,000 for the
//! 32 boroughs"): each names the recipients it covers, by body id, and is checked
//! against the sum of their lines. What the two subtotal units
//! (`rules/decision_subtotal_mismatch.rs`, `rules/decision_subtotal_recipient.rs`) share.

use super::funding::{allocate, Allocation, FundingDecision, StatedSubtotal};
use super::Money;
use crate::pointer::Pointer;
use std::collections::{HashMap, HashSet};

/// The decision's recipients by body id: a body may be paid on more than one line.
pub(crate) fn recipient_lines(d: &FundingDecision) -> HashMap<&str, Vec<usize>> {
    let mut lines: HashMap<&str, Vec<usize>> = HashMap::new();
    for (j, r) in d.recipients.iter().enumerate() {
        if let Some(b) = &r.body {
            lines.entry(b.as_str()).or_default().push(j);
        }
    }
    lines
}

/// Where and how a subtotal names recipients badly (a board that is not a recipient, one
/// named twice, a count other than the number it names), as (path, message); empty when
/// it names only recipients of the decision, each once, and as many as it says it covers.
pub(crate) fn named_badly(
    sub: &StatedSubtotal,
    lines: &HashMap<&str, Vec<usize>>,
    base: &str,
) -> Vec<(String, String)> {
    let mut found = Vec::new();
    let mut seen = HashSet::with_capacity(sub.recipients.len());
    for (n, id) in sub.recipients.iter().enumerate() {
        if !lines.contains_key(id.as_str()) {
            found.push((
                Pointer::at(base).item("recipients", n).into(),
                "This subtotal names a board that is not one of the decision's recipients: give the id of a recipient's board (for example b-lscb), or add the recipient.".to_string(),
            ));
        } else if !seen.insert(id.as_str()) {
            found.push((
                Pointer::at(base).item("recipients", n).into(),
                "This subtotal names the same recipient twice: list each board it covers once."
                    .to_string(),
            ));
        }
    }
    let named = u64::try_from(sub.recipients.len()).unwrap_or(u64::MAX);
    if let Some(count) = sub.stated_count {
        if !sub.recipients.is_empty() && u64::from(count) != named {
            found.push((
                Pointer::at(base).field("stated_count").into(),
                format!("This subtotal names {named} recipients but the decision says it covers a different number: list every board it covers, or correct the number as stated."),
            ));
        }
    }
    found
}

/// Each recipient's amount: the computed line, else its stated amount. A weighted rule
/// whose measures the decision does not give is not worked out.
pub(crate) fn amounts(d: &FundingDecision, at: &str) -> Vec<Option<Money>> {
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
