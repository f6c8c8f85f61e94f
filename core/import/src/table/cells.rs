//! Where each cell of a table went: the provenance of a table's draft, made one cell at
//! a time (a draft written out never holds its provenance list).

use super::attendance;
use super::shape::{Table, TableKind};
use crate::codes::ImportCode;
use crate::rows::Row;
use crate::{Location, Provenance, Uncertainty};
use boardkit::BoardDocument;
use serde::Serialize;
use serde_json::Value;
use std::collections::{HashMap, HashSet};

/// The record pointers each row became (row → pointers), from the readers' records.
pub(crate) type Records = HashMap<usize, Vec<String>>;

/// The records of `t`, by row.
pub(crate) fn records_by_row(t: &mut Table) -> Records {
    let mut records: Records = HashMap::new();
    for (row, p) in std::mem::take(&mut t.records) {
        records.entry(row).or_default().push(p);
    }
    records
}

/// Provenance of every non-empty cell below the header, given to `each` in input order:
/// the field its column maps to in the record its row became (or the record itself), the
/// header's key under the record's `extensions`, or, for a column headed by a meeting
/// date, that meeting. With `unread`, a cell that went nowhere and has no uncertainty on
/// its row is added there (for `import.cell_unread`) and nothing is given to `each`.
/// Linear in the cells; nothing is
/// kept from one row to the next, so the list can be written as it is made.
pub(crate) fn cells_traced<E>(
    t: &Table,
    body: &[(usize, Row<'_>)],
    doc: &BoardDocument,
    records: &Records,
    mut unread: Option<&mut Vec<Location>>,
    mut each: impl FnMut(Provenance) -> Result<(), E>,
) -> Result<(), E> {
    let mut resolve = Resolver::new(doc);
    let field_of: HashMap<usize, &str> = t.columns.iter().map(|(f, c)| (*c, f.as_str())).collect();
    let meeting_of: HashMap<boardkit::date::Date, usize> = doc
        .meetings
        .iter()
        .enumerate()
        .map(|(i, m)| (m.date, i))
        .collect();
    let flagged: HashSet<usize> = t.out.iter().filter_map(|u| u.at.row).collect();
    let dated: Vec<Dated> = t
        .header
        .iter()
        .enumerate()
        .map(|(c, h)| dated(t.kind, h, field_of.get(&c)))
        .collect();
    for (n, row) in body {
        // Each record is serialised on its own when its row is read: one at a time.
        let recs: Vec<(&str, Value)> = records
            .get(n)
            .into_iter()
            .flatten()
            .filter_map(|p| Some((p.as_str(), resolve.value(p)?)))
            .collect();
        let row_date = day(t.cell(row, "date"));
        for (c, cell) in row.iter().enumerate() {
            if cell.trim().is_empty() {
                continue;
            }
            let at = Location::cell(t.sheet, *n, Some(c + 1));
            let meeting = match dated.get(c) {
                Some(Dated::Header(d)) => *d,
                Some(Dated::Row) => row_date,
                _ => None,
            }
            .and_then(|d| meeting_of.get(&d));
            // Counting the cells that went nowhere needs no pointer made.
            if let Some(unread) = unread.as_deref_mut() {
                if meeting.is_none() && recs.is_empty() && !flagged.contains(n) {
                    unread.push(at);
                }
                continue;
            }
            let header = t.header.get(c).map(String::as_str).unwrap_or("");
            let mut paths: Vec<String> = Vec::with_capacity(2);
            if let Some(m) = meeting {
                paths.push(format!("/meetings/{m}/attendance"));
            }
            for (r, v) in &recs {
                let key = match field_of.get(&c) {
                    Some(f) => (*f).to_string(),
                    None if header.is_empty() => format!("extensions/column_{}", c + 1),
                    None => format!("extensions/{}", crate::provenance::escape(header)),
                };
                let path = if v.pointer(&format!("/{key}")).is_some() {
                    format!("{r}/{key}")
                } else {
                    (*r).to_string()
                };
                if !paths.contains(&path) {
                    paths.push(path);
                }
            }
            if !paths.is_empty() {
                each(Provenance { at, paths })?;
            }
        }
    }
    Ok(())
}

/// Which meeting a column's cells are about, for an attendance table: the date of its
/// header (a meeting column), the row's date column (the status, deputy and date
/// columns), or none.
enum Dated {
    Header(Option<boardkit::date::Date>),
    Row,
    Not,
}

fn dated(kind: TableKind, header: &str, field: Option<&&str>) -> Dated {
    if kind != TableKind::Attendance {
        Dated::Not
    } else if attendance::is_meeting_column(header) {
        Dated::Header(day(header))
    } else if field.is_some_and(|f| ["status", "deputy", "date"].contains(f)) {
        Dated::Row
    } else {
        Dated::Not
    }
}

/// The day a text reads as, if it is one.
fn day(text: &str) -> Option<boardkit::date::Date> {
    match crate::dates::due(text) {
        Some(crate::dates::Read::Day(d)) => Some(d),
        _ => None,
    }
}

/// The `import.cell_unread` uncertainty of each cell in `unread`, added to `t.out`.
pub(crate) fn flag_unread(t: &mut Table, unread: Vec<Location>) {
    for at in unread {
        t.out.push(Uncertainty {
            at,
            code: ImportCode::CellUnread,
            message: "A cell was read but nothing in the draft came from it; check what it holds and add it by hand.".into(),
            path: None,
        });
    }
}

/// Records of the document by pointer, serialised alone (`/actions/3`,
/// `/risk_register/risks/0`, `/people/2`, `/organisations/1`); the budgets and the
/// document's extensions (for their entries) are serialised once, when first asked.
struct Resolver<'d> {
    doc: &'d BoardDocument,
    budgets: Option<Value>,
    extensions: Option<Value>,
}

impl<'d> Resolver<'d> {
    fn new(doc: &'d BoardDocument) -> Self {
        Resolver {
            doc,
            budgets: None,
            extensions: None,
        }
    }

    fn value(&mut self, pointer: &str) -> Option<Value> {
        fn value<T: Serialize>(x: Option<&T>) -> Option<Value> {
            x.and_then(|x| serde_json::to_value(x).ok())
        }
        let doc = self.doc;
        let parts: Vec<&str> = pointer.trim_start_matches('/').split('/').collect();
        let at = |s: &str| s.parse::<usize>().ok();
        match parts.as_slice() {
            ["actions", i] => value(doc.actions.get(at(i)?)),
            ["people", i] => value(doc.people.get(at(i)?)),
            ["organisations", i] => value(doc.organisations.get(at(i)?)),
            ["risk_register", "risks", i] => value(doc.risk_register.as_ref()?.risks.get(at(i)?)),
            ["budgets", ..] => self
                .budgets
                .get_or_insert_with(|| value(Some(&doc.budgets)).unwrap_or_default())
                .pointer(pointer.trim_start_matches("/budgets"))
                .cloned(),
            ["extensions", ..] => self
                .extensions
                .get_or_insert_with(|| value(Some(&doc.extensions)).unwrap_or_default())
                .pointer(pointer.trim_start_matches("/extensions"))
                .cloned(),
            _ => None,
        }
    }
}
