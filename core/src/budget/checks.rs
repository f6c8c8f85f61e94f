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
    let named = named_organisations(budget, &parties, &p);
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
    if !own_total_agrees(budget, &p, &formula_path, out) {
        return;
    }
    let Some(st) = statement_of(doc, (first, options, paid), (i, budget), out) else {
        return;
    };
    check_totals(budget, &st, &p, out);
    check_partners(doc, budget, &st, (&named, &formula_path), out);
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

/// Every organisation the budget names, with the pointer of where: the formula's parties,
/// then joint payments, additional and in-kind contributions.
fn named_organisations<'b>(
    budget: &'b Budget,
    parties: &'b [formula::Party],
    p: &str,
) -> Vec<(&'b str, String)> {
    let mut named: Vec<(&str, String)> = parties
        .iter()
        .filter(|x| !x.is_body)
        .map(|x| (x.id.as_str(), x.path.clone()))
        .collect();
    for (k, j) in budget.joint_payments.iter().enumerate() {
        named.push((
            &j.organisation,
            format!("{p}/joint_payments/{k}/organisation"),
        ));
    }
    for (k, a) in budget.additional.iter().enumerate() {
        named.push((&a.organisation, format!("{p}/additional/{k}/organisation")));
    }
    for (k, a) in budget.in_kind.iter().enumerate() {
        named.push((&a.organisation, format!("{p}/in_kind/{k}/organisation")));
    }
    named
}

/// For a formula that sets its own total, whether the baseline is that total (a finding
/// when not).
fn own_total_agrees(budget: &Budget, p: &str, formula_path: &str, out: &mut Report) -> bool {
    if budget.formula.sets_own_total() {
        if let Ok(shares) = budget
            .formula
            .apply(None, formula_path, &format!("{p}/baseline"))
        {
            let own = Money::sum(shares.iter().map(|s| s.amount), formula_path);
            if let Ok(own) = own {
                if own != budget.baseline {
                    out.push(
                        &TOTAL_MISMATCH,
                        format!("{p}/baseline"),
                        "the baseline differs from what the formula's contributions total",
                    );
                    return false;
                }
            }
        }
    }
    true
}

/// The budget's statement, with last year's: the units of what is brought forward, and a
/// finding when the figures cannot be worked out.
fn statement_of(
    doc: &crate::index::Index<'_>,
    (first, options, paid): (&First<'_>, &ValidateOptions, &Paid<'_>),
    (i, budget): (usize, &Budget),
    out: &mut Report,
) -> Option<statement::Statement> {
    let p = &format!("/budgets/{i}");
    let previous = budget.year.previous().and_then(|y| {
        let j = *first.get(&(budget.body.as_str(), y))?;
        doc.budgets.get(j).map(|b| (j, b))
    });
    let previous =
        previous.and_then(|(j, b)| statement::compute(b, None, &format!("/budgets/{j}")).ok());
    crate::unit::run_budget_one(doc, options, (i, paid), out);
    match statement::compute(budget, previous.as_ref(), p) {
        Ok(s) => Some(s),
        Err(e) => {
            out.push(
                &NOT_COMPUTABLE,
                e.path().to_string(),
                format!("the budget's figures cannot be worked out: {e}"),
            );
            None
        }
    }
}

/// The stated totals against the statement's, an overspend, and overdrawn reserves.
fn check_totals(budget: &Budget, st: &statement::Statement, p: &str, out: &mut Report) {
    if let Some(stated) = budget.stated_total_income {
        if stated != st.totals.cash {
            out.push(
                &TOTAL_MISMATCH,
                format!("{p}/stated_total_income"),
                "the stated total income differs from what the contributions total",
            );
        }
    }
    if let Some(stated) = budget.stated_total_expenditure {
        if stated != st.total_budgeted {
            out.push(
                &TOTAL_MISMATCH,
                format!("{p}/stated_total_expenditure"),
                "the stated total expenditure differs from what the budgeted lines total",
            );
        }
    }
    if st.position == statement::Position::Overspend {
        out.push(
            &OVERSPEND,
            format!("{p}/expenditure"),
            "spending is more than the funds available",
        );
    }
    for (k, r) in budget.reserves.iter().enumerate() {
        let held = r.opening.checked_add(r.added);
        if held.is_some_and(|h| r.drawn > h) {
            out.push(
                &RESERVE_OVERDRAWN,
                format!("{p}/reserves/{k}/drawn"),
                "more is drawn from the reserve than it holds",
            );
        }
    }
}

/// The statutory partners that pay nothing, and contributions cut on last year by more
/// than the warning threshold; each finding at the first place the partner is named.
fn check_partners(
    doc: &crate::index::Index<'_>,
    budget: &Budget,
    st: &statement::Statement,
    (named, formula_path): (&[(&str, String)], &str),
    out: &mut Report,
) {
    // Where a partner is named in this budget, for findings about it.
    // (The first place and the first income line of each, as a scan would find them.)
    let mut first_named: HashMap<&str, &String> = HashMap::new();
    for (id, path) in named {
        first_named.entry(id).or_insert(path);
    }
    let where_named = |org: &str| -> String {
        first_named
            .get(org)
            .map(|path| (*path).clone())
            .unwrap_or_else(|| formula_path.to_string())
    };
    let mut cash_of: HashMap<&str, Money> = HashMap::new();
    for l in &st.income {
        cash_of.entry(l.organisation.as_str()).or_insert(l.cash);
    }
    let own = own_partners(doc, &budget.body);
    let records_income = !st.income.is_empty();
    for o in &doc.organisations {
        if !o.statutory_partner || !records_income || !own.contains(o.id.as_str()) {
            continue;
        }
        let cash = cash_of.get(o.id.as_str()).copied().unwrap_or(Money::ZERO);
        if cash.pence() <= 0 {
            out.push(
                &STATUTORY_PARTNER_NOTHING,
                where_named(&o.id),
                "a statutory partner of this board contributes no cash to this budget",
            );
        }
    }
    let threshold = i64::from(
        budget
            .cut_warning_basis_points
            .unwrap_or(DEFAULT_CUT_WARNING_BASIS_POINTS),
    );
    for l in &st.income {
        if let (Some(last), Some(bp)) = (l.last_year, l.change_basis_points) {
            if last.pence() > 0 && bp < 0 && bp.saturating_neg() > threshold {
                out.push(
                    &CONTRIBUTION_CUT,
                    where_named(&l.organisation),
                    "this partner's cash contribution is cut on last year by more than the warning threshold",
                );
            }
        }
    }
}

/// The board's own partners: the organisations of its members (by membership or by the
/// person's employer) and of its seat allocations. Rules about partners look only at these
/// (a statutory partner of another area paying nothing is not this board's finding).
fn own_partners<'a>(
    doc: &crate::index::Index<'a>,
    body: &str,
) -> std::collections::BTreeSet<&'a str> {
    let mut out = std::collections::BTreeSet::new();
    if let Some(b) = doc.body(body) {
        for m in &b.members {
            if let Some(o) = &m.organisation {
                out.insert(o.as_str());
            } else if let Some(o) = doc
                .person(&m.person)
                .and_then(|p| p.organisation.as_deref())
            {
                out.insert(o);
            }
        }
        for s in &b.seats {
            out.insert(s.organisation.as_str());
        }
    }
    out
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
