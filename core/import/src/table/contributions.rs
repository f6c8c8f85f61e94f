//! A partner contribution table: Partner | Contribution (£) | In kind | Share, for one
//! financial year (a "Year" column, or the year in a header such as "2017/18 (£)"),
//! read into a budget whose formula is the agreed amount per partner. A "Total" row is
//! kept as the stated total and checked against the sum.

use super::shape::Table;
use crate::codes::ImportCode;
use crate::rows::Row;
use crate::Location;
use boardkit::board::Organisation;
use boardkit::budget::{FinancialYear, Money};
use boardkit::extension::ExtensionValue;
use boardkit::BoardDocument;
use serde_json::{json, Value};

pub(super) const FIELDS: &[(&str, &[&str])] = &[
    (
        "partner",
        &[
            "partner",
            "agency",
            "organisation",
            "organization",
            "partner agency",
            "contributor",
            "funding for",
            "recipient",
            "paid to",
        ],
    ),
    (
        "amount",
        &[
            "contribution",
            "amount",
            "cash",
            "cash contribution",
            "contribution (£)",
            "£",
            "agreed contribution",
        ],
    ),
    (
        "in_kind",
        &[
            "in kind",
            "in-kind",
            "in kind contribution",
            "in-kind contribution",
        ],
    ),
    (
        "share",
        &["share", "%", "percentage", "share (%)", "% share"],
    ),
    ("year", &["year", "financial year"]),
];

fn money(text: &str) -> Option<Money> {
    let t = text.trim();
    if t.is_empty() || t == "-" {
        return Some(Money::ZERO);
    }
    Money::parse(t).ok()
}

fn slug(name: &str) -> String {
    let s: String = name
        .to_lowercase()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    let s = s
        .split('-')
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    format!("o-{s}")
}

pub(super) fn read(
    t: &mut Table,
    rows: &[(usize, Row<'_>)],
    context: Option<&BoardDocument>,
) -> BoardDocument {
    let mut doc = BoardDocument::new();
    if let Some(c) = context {
        doc.organisations = c.organisations.clone();
        doc.bodies = c.bodies.clone();
        doc.people = c.people.clone();
    }
    if receives(t) {
        keep_received(&mut doc, t, rows);
        return doc;
    }
    let body = super::meetings::body_of(&mut doc, context);
    let header_year = t
        .header
        .iter()
        .find_map(|h| h.split_whitespace().find_map(FinancialYear::parse));
    let mut tally = Tally {
        year: header_year,
        ..Tally::default()
    };
    for (n, row) in rows {
        tally.row(t, &mut doc, *n, row);
    }
    tally.finish(t, &mut doc, body);
    doc
}

/// The contributions read so far: the budget's amounts and in-kind values, its year,
/// the total a row states and the sum of the amounts, the shares as printed.
#[derive(Default)]
struct Tally {
    amounts: Vec<Value>,
    in_kind: Vec<Value>,
    year: Option<FinancialYear>,
    stated_total: Option<(usize, Money)>,
    sum: Money,
    shares: serde_json::Map<String, Value>,
}

impl Tally {
    /// Read row `n`: a partner's contribution, or the stated total.
    fn row(&mut self, t: &mut Table, doc: &mut BoardDocument, n: usize, row: &Row<'_>) {
        let partner = t.cell(row, "partner").to_string();
        if let Some(y) = FinancialYear::parse(t.cell(row, "year")) {
            if self.year.is_some_and(|x| x != y) {
                t.note(n, Some("year"), ImportCode::CellUnread, "A row gives a different financial year from the others; one table is one year's budget, so the row's year was not used.");
            } else {
                self.year = Some(y);
            }
        }
        let amount_text = t.cell(row, "amount").to_string();
        let Some(amount) = money(&amount_text) else {
            t.note(n, Some("amount"), ImportCode::CellUnread, "A contribution is not an amount of money, for example \"£298,700\" or \"298700.50\"; the row was kept under the budget's extensions (rows_unread).");
            push_row(doc, row);
            return;
        };
        if partner.trim().eq_ignore_ascii_case("total") {
            t.record(n, "/budgets/0/stated_total_income".into());
            self.stated_total = Some((n, amount));
            return;
        }
        if partner.is_empty() {
            t.note(n, Some("partner"), ImportCode::CellUnread, "A contribution names no partner; the row was kept under the budget's extensions (rows_unread).");
            push_row(doc, row);
            return;
        }
        let id = organisation(doc, t, n, &partner);
        if let Some(o) = doc.organisations.iter().position(|o| o.id == id) {
            t.record(n, format!("/organisations/{o}"));
        }
        if !amount.is_zero() {
            t.record(
                n,
                format!("/budgets/0/formula/amounts/{}", self.amounts.len()),
            );
        }
        if let Some(s) = self.sum.checked_add(amount) {
            self.sum = s;
        }
        if !amount.is_zero() {
            self.amounts
                .push(json!({"organisation": id, "amount": amount}));
        }
        let share = t.cell(row, "share").to_string();
        if !share.is_empty() {
            self.shares.insert(id.clone(), Value::String(share));
        }
        let kind_text = t.cell(row, "in_kind").to_string();
        match money(&kind_text) {
            Some(v) if !v.is_zero() => self.in_kind.push(json!({"organisation": id, "value": v})),
            Some(_) => {}
            None => t.note(
                n,
                Some("in_kind"),
                ImportCode::CellUnread,
                "An in-kind value is not an amount of money; it was not imported.",
            ),
        }
    }

    /// The budget of the contributions read, into `doc` (or, without a year, the
    /// contributions under the document's extensions).
    fn finish(self, t: &mut Table, doc: &mut BoardDocument, body: String) {
        if let Some((n, total)) = self.stated_total {
            if total != self.sum {
                t.note(n, Some("amount"), ImportCode::TotalMismatch, "The table's total differs from the sum of the partners' contributions; the stated total was kept as the budget's stated income.");
            }
        }
        let Some(year) = self.year else {
            t.note(1, None, ImportCode::ColumnMissing, "No financial year was found (a \"Year\" column or a header such as \"2017/18\"); the contributions were kept under the document's extensions. Map a year column.");
            doc.extensions
                .insert("contributions".into(), Value::Array(self.amounts));
            return;
        };
        let mut b = json!({
            "year": year.to_string(),
            "body": body,
            "formula": {"kind": "fixed", "amounts": self.amounts},
            "in_kind": self.in_kind,
        });
        if let Some((_, total)) = self.stated_total {
            if let Some(o) = b.as_object_mut() {
                o.insert("stated_total_income".into(), json!(total));
            }
        }
        if !self.shares.is_empty() {
            // The stated shares, as printed; the budget's own statement computes them.
            if let Some(o) = b.as_object_mut() {
                o.insert("extensions".into(), json!({"stated_shares": self.shares}));
            }
        }
        match serde_json::from_value::<boardkit::budget::Budget>(b) {
            Ok(budget) => doc.budgets.push(budget),
            Err(_) => t.note(
                1,
                None,
                ImportCode::CellUnread,
                "The contributions could not be made into a budget; check the partners and amounts.",
            ),
        }
    }
}

/// Whether the partner column names who receives the money ("Funding for", "Paid to",
/// "Recipient"), so the rows are payees, not payers.
fn receives(t: &Table) -> bool {
    let Some(h) = t.columns.get("partner").and_then(|c| t.header.get(*c)) else {
        return false;
    };
    let h = h.to_lowercase();
    [
        "funding for",
        "funding to",
        "paid to",
        "payment to",
        "recipient",
        "payee",
        "allocated to",
        "allocation to",
        "grant to",
        "awarded to",
    ]
    .iter()
    .any(|k| h.contains(k))
}

/// Rows of a table of money received: who pays is not in the table, so no budget is
/// made (reading the rows as payers would turn the money round). Each row is kept
/// under the document's extensions (contributions_received) with an uncertainty.
fn keep_received(doc: &mut BoardDocument, t: &mut Table, rows: &[(usize, Row<'_>)]) {
    let mut kept = Vec::new();
    for (n, row) in rows {
        t.record(
            *n,
            format!("/extensions/contributions_received/{}", kept.len()),
        );
        t.note(*n, Some("partner"), ImportCode::DirectionUnknown, "The table lists who receives the money (a column such as \"Funding for\"), not who pays it, so no budget was made; the row is kept in the document's extensions (contributions_received). Enter the budget with the payer, for example the Police and Crime Commissioner, as the paying organisation.");
        kept.push(json!({"row": n, "cells": row.iter().collect::<Vec<_>>()}));
    }
    doc.extensions
        .insert("contributions_received".into(), Value::Array(kept));
}

fn push_row(doc: &mut BoardDocument, row: &Row<'_>) {
    let e = doc
        .extensions
        .entry("rows_unread")
        .or_insert_with(|| ExtensionValue::Array(Vec::new()));
    if let ExtensionValue::Array(a) = e {
        a.push(json!(row.iter().collect::<Vec<_>>()).into());
    }
}

/// The organisation with this name (context first), or a proposed one.
fn organisation(doc: &mut BoardDocument, t: &mut Table, n: usize, name: &str) -> String {
    let k = name.trim().to_lowercase();
    if let Some(o) = doc
        .organisations
        .iter()
        .find(|o| o.name.to_lowercase() == k)
    {
        return o.id.clone();
    }
    let mut id = slug(name);
    let mut i = 2;
    while doc.organisations.iter().any(|o| o.id == id) {
        id = format!("{}-{i}", slug(name));
        i += 1;
    }
    if let Ok(o) = serde_json::from_value::<Organisation>(
        json!({"id": id, "name": name.trim(), "sector": "other"}),
    ) {
        doc.organisations.push(o);
        t.out.push(crate::Uncertainty {
            at: Location::cell(t.sheet, n, t.col("partner")),
            code: ImportCode::OrganisationNew,
            message: "A partner not in the context document was proposed as a new organisation of sector \"other\"; set its sector, for example police or health, or give a context document that lists it.".into(),
            path: Some(format!("/organisations/{}", doc.organisations.len() - 1)),
        });
    }
    id
}
