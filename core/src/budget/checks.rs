//! The checks of budgets: duplicates, references, the formula's shape, stated totals,
//! overspends, reserves, statutory partners and cuts on last year.

use super::paid::Paid;
use super::*;
use crate::pointer::Pointer;
use crate::unit::Stage;
use crate::validate::{Report, ValidateOptions};
use std::collections::HashMap;

/// The first budget of each (board, year), by position.
type First<'a> = HashMap<(&'a str, FinancialYear), usize>;

/// Check every budget of the document.
pub(crate) fn check(doc: &crate::index::Index<'_>, options: &ValidateOptions, out: &mut Report) {
    // The first budget of each (board, year), so a budget finds its duplicate and its
    // previous year's without a scan of the others.
    let mut first: HashMap<(&str, FinancialYear), usize> = HashMap::new();
    for (i, b) in doc.document().budgets.iter().enumerate() {
        first.entry((b.body.as_str(), b.year)).or_insert(i);
    }
    let paid = super::paid::Paid::new(&doc.document().budgets);
    for (i, budget) in doc.document().budgets.iter().enumerate() {
        check_one(doc, (&first, options, &paid), i, budget, out);
    }
    decision_rules::check(doc, options, out);
    crate::unit::run_budget(doc, options, Stage::BudgetSubtotals, out);
}

/// Check one budget: its year and board, the organisations it names, its formula, its
/// figures against last year's and its own statement, and its partners' contributions.
fn check_one(
    doc: &crate::index::Index<'_>,
    (first, options, paid): (&First<'_>, &ValidateOptions, &Paid<'_>),
    i: usize,
    budget: &Budget,
    out: &mut Report,
) {
    // Its year, board and organisations, then its formula's shape: shares, weights,
    // duplicates.
    if crate::unit::run_budget_records(doc, options, (i, paid), out) {
        return; // the figures would be meaningless
    }
    let before = out.findings.len();
    // A formula that sets its own total against the baseline.
    let own_total = &super::rules::total_mismatch::UNIT;
    crate::unit::run_unit_on_budget(own_total, doc, options, (i, paid), out);
    if out.findings.len() > before {
        return;
    }
    let st = statement_of(doc, (first, options, paid), (i, budget), out);
    crate::unit::run_budget_statement(doc, options, (i, &st), out);
}

/// The budget's statement (or why it cannot be worked out), with last year's, after the
/// units of what is brought forward.
fn statement_of(
    doc: &crate::index::Index<'_>,
    (first, options, paid): (&First<'_>, &ValidateOptions, &Paid<'_>),
    (i, budget): (usize, &Budget),
    out: &mut Report,
) -> Result<statement::Statement, crate::error::Error> {
    let p = &String::from(Pointer::root().item("budgets", i));
    let previous = budget.year.previous().and_then(|y| {
        let j = *first.get(&(budget.body.as_str(), y))?;
        doc.document().budgets.get(j).map(|b| (j, b))
    });
    let previous = previous.and_then(|(j, b)| {
        statement::compute(b, None, Pointer::root().item("budgets", j).as_str()).ok()
    });
    crate::unit::run_budget_one(doc, options, (i, paid), out);
    statement::compute(budget, previous.as_ref(), p)
}
