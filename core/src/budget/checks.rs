//! The checks of budgets: duplicates, references, the formula's shape, stated totals,
//! overspends, reserves, statutory partners and cuts on last year.

use super::paid::Paid;
use super::*;
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
    for (i, b) in doc.budgets.iter().enumerate() {
        first.entry((b.body.as_str(), b.year)).or_insert(i);
    }
    let paid = super::paid::Paid::new(&doc.document().budgets);
    for (i, budget) in doc.budgets.iter().enumerate() {
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
    let p = format!("/budgets/{i}");
    check_year_and_body(doc, first, i, budget, out);

    // Organisations named anywhere in the budget.
    let formula_path = format!("{p}/formula");
    let parties = budget.formula.parties(&formula_path);
    let named = super::named::named_organisations(budget, &parties, &p);
    for (id, path) in &named {
        if doc.organisation(id).is_none() {
            out.push(
                &UNKNOWN_ORGANISATION,
                path.clone(),
                "not an organisation in this document",
            );
        }
    }

    // The formula's own shape: shares, weights, duplicates.
    let before = out.findings.len();
    lint_formula(&budget.formula, &formula_path, out);
    for (k, j) in budget.joint_payments.iter().enumerate() {
        lint_board_shares(&j.boards, &format!("{p}/joint_payments/{k}/boards"), out);
    }
    if out.findings.len() > before {
        return; // the figures would be meaningless
    }
    // A formula that sets its own total against the baseline.
    let own_total = &super::rules::total_mismatch::UNIT;
    crate::unit::run_unit_on_budget(own_total, doc, options, (i, paid), out);
    if out.findings.len() > before {
        return;
    }
    let st = statement_of(doc, (first, options, paid), (i, budget), out);
    crate::unit::run_budget_statement(doc, options, (i, &st), out);
}

/// A second budget of a board for one year, and a board that is not in the document.
fn check_year_and_body(
    doc: &crate::index::Index<'_>,
    first: &HashMap<(&str, FinancialYear), usize>,
    i: usize,
    budget: &Budget,
    out: &mut Report,
) {
    let p = format!("/budgets/{i}");
    if first
        .get(&(budget.body.as_str(), budget.year))
        .is_some_and(|&f| f < i)
    {
        out.push(
            &DUPLICATE_YEAR,
            format!("{p}/year"),
            "a second budget for the same board and year",
        );
    }
    if doc.body(&budget.body).is_none() {
        out.push(
            &UNKNOWN_BODY,
            format!("{p}/body"),
            "the board is not a body in this document",
        );
    }
}

/// The budget's statement (or why it cannot be worked out), with last year's, after the
/// units of what is brought forward.
fn statement_of(
    doc: &crate::index::Index<'_>,
    (first, options, paid): (&First<'_>, &ValidateOptions, &Paid<'_>),
    (i, budget): (usize, &Budget),
    out: &mut Report,
) -> Result<statement::Statement, crate::error::Error> {
    let p = &format!("/budgets/{i}");
    let previous = budget.year.previous().and_then(|y| {
        let j = *first.get(&(budget.body.as_str(), y))?;
        doc.budgets.get(j).map(|b| (j, b))
    });
    let previous =
        previous.and_then(|(j, b)| statement::compute(b, None, &format!("/budgets/{j}")).ok());
    crate::unit::run_budget_one(doc, options, (i, paid), out);
    statement::compute(budget, previous.as_ref(), p)
}

/// Basis points written as a percentage, "12.5%".
fn percent(bp: i64) -> String {
    let whole = bp / 100;
    let frac = (bp % 100).abs();
    if frac == 0 {
        format!("{whole}%")
    } else if frac % 10 == 0 {
        format!("{whole}.{}%", frac / 10)
    } else {
        format!("{whole}.{frac:02}%")
    }
}

fn lint_board_shares(boards: &[BoardShare], path: &str, out: &mut Report) {
    let sum: u64 = boards.iter().map(|b| u64::from(b.basis_points)).sum();
    if sum != u64::from(formula::WHOLE_BASIS_POINTS) {
        out.push(
            &SHARES_NOT_100,
            path.to_string(),
            "the boards' shares do not total 100%",
        );
    }
    let mut seen = std::collections::HashSet::new();
    for (k, b) in boards.iter().enumerate() {
        if !seen.insert(b.body.as_str()) {
            out.push(
                &DUPLICATE_PARTNER,
                format!("{path}/{k}"),
                "a board is listed more than once in the split",
            );
        }
    }
}

fn percent_u(bp: u64) -> String {
    percent(i64::try_from(bp).unwrap_or(i64::MAX))
}

fn lint_formula(f: &Formula, path: &str, out: &mut Report) {
    let parties = f.parties(path);
    let mut seen = std::collections::HashSet::new();
    for x in &parties {
        if !seen.insert(x.id.as_str()) {
            out.push(
                &DUPLICATE_PARTNER,
                x.path.clone(),
                "this partner is already listed earlier in the formula",
            );
        }
    }
    match f {
        Formula::Percentages { shares } => {
            let sum: u64 = shares.iter().map(|s| u64::from(s.basis_points)).sum();
            if sum != u64::from(formula::WHOLE_BASIS_POINTS) {
                out.push(
                    &SHARES_NOT_100,
                    format!("{path}/shares"),
                    "the shares do not total 100%",
                );
            }
        }
        Formula::BoardSplit { boards } => {
            let sum: u64 = boards.iter().map(|b| u64::from(b.basis_points)).sum();
            if sum != u64::from(formula::WHOLE_BASIS_POINTS) {
                out.push(
                    &SHARES_NOT_100,
                    format!("{path}/boards"),
                    format!("the boards' shares total {}, not 100%", percent_u(sum)),
                );
            }
        }
        Formula::Weights { weights } => {
            for (k, w) in weights.iter().enumerate() {
                if w.weight <= 0 {
                    out.push(
                        &WEIGHT_NOT_POSITIVE,
                        format!("{path}/weights/{k}/weight"),
                        "a weight must be more than zero",
                    );
                }
            }
        }
        Formula::Population { populations } => {
            for (k, w) in populations.iter().enumerate() {
                if w.population == 0 {
                    out.push(
                        &WEIGHT_NOT_POSITIVE,
                        format!("{path}/populations/{k}/population"),
                        "a population of zero would pay nothing",
                    );
                }
            }
        }
        Formula::Composite { remainder, .. } => {
            // Duplicates across the whole composite were found above; look inside the
            // remainder for its own shares and weights only.
            let mut inner = Report::new();
            lint_formula(remainder, &format!("{path}/remainder"), &mut inner);
            for x in inner.findings {
                if x.code != DUPLICATE_PARTNER.code {
                    out.findings.push(x);
                }
            }
        }
        Formula::Fixed { .. } | Formula::Equal { .. } | Formula::Uplift { .. } => {}
    }
}
