//! The budget statement: income by partner, expenditure and variance, reserves.

use super::section::{Section, SectionKind};
use crate::charts::{self, BarItem};
use crate::names;
use crate::table::{money_text, Cell, Table};
use crate::Error;
use boardkit::budget::statement::{Position, Statement};
use boardkit::budget::{year_statement, FinancialYear, Money, YearStatementRequest};
use boardkit::index::Index;

fn basis_points(bp: Option<i64>) -> Cell {
    match bp {
        Some(bp) => {
            let sign = if bp < 0 { "-" } else { "" };
            let m = bp.unsigned_abs();
            let s = format!("{sign}{}.{:02}", m / 100, m % 100);
            let mut c = Cell::number(format!("{s}%"));
            c.csv = s;
            c
        }
        None => Cell::opt(None::<String>),
    }
}

fn pounds_f64(m: Money) -> f64 {
    m.pence() as f64 / 100.0
}

/// The budget section: the body's latest budget year.
pub fn section(ix: &Index<'_>, body: &str) -> Result<Section, Error> {
    let latest = ix
        .document()
        .budgets
        .iter()
        .filter(|b| b.body == body)
        .map(|b| b.year)
        .max();
    let Some(year) = latest else {
        let mut s = Section::new(SectionKind::Budget, "Budget statement");
        s.notes
            .push("The document has no budget for this body.".into());
        return Ok(s);
    };
    let st = year_statement(&YearStatementRequest {
        document: ix.document().clone(),
        body: body.to_string(),
        year,
    })?;
    let mut s = Section::new(SectionKind::Budget, format!("Budget statement {year}"));
    summary_notes(&mut s, &st);
    income(&mut s, ix, &st, year);
    s.tables.push(expenditure(&st));
    s.tables.push(reserves(ix, body, year, &st));
    Ok(s)
}

/// The year's totals and its outturn, in words.
fn summary_notes(s: &mut Section, st: &Statement) {
    s.notes.push(format!(
        "Baseline budget {}. Cash income {} (in kind {} more, not cash); funds available {}; spent {}.",
        money_text(st.baseline),
        money_text(st.totals.cash),
        money_text(st.totals.in_kind),
        money_text(st.funds_available),
        money_text(st.total_spent)
    ));
    s.notes.push(match st.position {
        Position::Underspend => format!("Underspend of {}.", money_text(st.outturn)),
        Position::Balanced => "Spending equalled the funds available.".into(),
        Position::Overspend => format!("Overspend of {}.", money_text(st.outturn)),
    });
}

/// Income by partner with its total, and the chart of cash contributions.
fn income(s: &mut Section, ix: &Index<'_>, st: &Statement, year: FinancialYear) {
    let mut items = Vec::new();
    let mut income: Vec<Vec<Cell>> = st
        .income
        .iter()
        .map(|l| {
            let name = names::organisation(ix, &l.organisation);
            items.push(BarItem {
                label: name.clone(),
                value: pounds_f64(l.cash),
                text: money_text(l.cash),
                flagged: false,
            });
            vec![
                Cell::text(name),
                Cell::money(l.formula),
                Cell::money(l.joint),
                Cell::money(l.one_off),
                Cell::money(l.cash),
                basis_points(l.share_basis_points),
                Cell::money(l.in_kind),
                Cell::money_opt(l.last_year),
                Cell::money_opt(l.change),
            ]
        })
        .collect();
    let t = &st.totals;
    income.push(vec![
        Cell::text("Total"),
        Cell::money(t.formula),
        Cell::money(t.joint),
        Cell::money(t.one_off),
        Cell::money(t.cash),
        Cell::opt(None::<String>),
        Cell::money(t.in_kind),
        Cell::opt(None::<String>),
        Cell::opt(None::<String>),
    ]);
    let max = items.iter().map(|i| i.value).fold(0.0, f64::max);
    if !items.is_empty() {
        s.charts.push(charts::bars(
            "chart-contributions",
            &format!("Cash contributions by partner {year}"),
            &format!("Cash contributions by partner, {year}"),
            &items,
            max,
            None,
        ));
    }
    s.tables.push(Table::new(
        "budget-income",
        format!("Income by partner {year}"),
        &[
            "Partner",
            "Formula",
            "Joint",
            "One-off",
            "Cash",
            "Share",
            "In kind",
            "Last year",
            "Change",
        ],
        income,
    ));
}

/// Expenditure by heading, with its total.
fn expenditure(st: &Statement) -> Table {
    let mut spend: Vec<Vec<Cell>> = st
        .expenditure
        .iter()
        .map(|l| {
            vec![
                Cell::text(l.heading.clone()),
                Cell::money(l.budgeted),
                Cell::money(l.spent),
                Cell::money(l.variance),
            ]
        })
        .collect();
    spend.push(vec![
        Cell::text("Total"),
        Cell::money(st.total_budgeted),
        Cell::money(st.total_spent),
        Cell::money(st.total_variance),
    ]);
    Table::new(
        "budget-expenditure",
        "Expenditure (variance: budget less spent; negative is over budget)",
        &["Heading", "Budget", "Spent", "Variance"],
        spend,
    )
}

/// The reserves, each by its name in the year's budget (else by its kind).
fn reserves(ix: &Index<'_>, body: &str, year: FinancialYear, st: &Statement) -> Table {
    let this_year = ix
        .document()
        .budgets
        .iter()
        .find(|b| b.body == body && b.year == year);
    let reserves = st
        .reserves
        .iter()
        .map(|r| {
            let name = this_year
                .and_then(|b| b.reserves.get(r.index))
                .and_then(|x| x.name.clone())
                .unwrap_or_else(|| names::words(&r.kind));
            vec![
                Cell::text(name),
                Cell::money(r.opening),
                Cell::money(r.added),
                Cell::money(r.drawn),
                Cell::money(r.closing),
            ]
        })
        .collect();
    Table::new(
        "budget-reserves",
        "Reserves",
        &["Reserve", "Opening", "Added", "Drawn", "Closing"],
        reserves,
    )
    .when_empty("No reserves.")
}
