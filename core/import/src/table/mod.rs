//! Tables: action logs, risk registers and attendance grids from CSV, `.xlsx` or `.ods`.
//!
//! The importer proposes a column mapping from the header row (field → header text);
//! the caller may override it with their own (JSON, the same shape). Columns that map
//! to no field are kept in each record's `extensions` under their header.

mod actions;
mod attendance;
mod cells;
mod contributions;
mod lean;
mod marks;
mod risks;

pub use lean::TableDraft;
pub(crate) use marks::Marks;

use crate::rows::{Row, Rows};
use crate::{Draft, ImportError, Location, Uncertainty};
use boardkit::BoardDocument;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// What a table holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TableKind {
    /// An action log: Ref | Action | Person/s responsible | By | Status ...
    Actions,
    /// A risk register: Risk | Likelihood | Impact | Score | Owner | Controls | Review ...
    Risks,
    /// An attendance grid: Name | Initials | Agency | one column per meeting date.
    Attendance,
    /// Partner contributions: Partner | Contribution (£) | In kind | Share, one year.
    Contributions,
}

impl TableKind {
    /// The fields a column may map to, each with the headers that propose it.
    pub fn fields(self) -> &'static [(&'static str, &'static [&'static str])] {
        match self {
            TableKind::Actions => actions::FIELDS,
            TableKind::Risks => risks::FIELDS,
            TableKind::Attendance => attendance::FIELDS,
            TableKind::Contributions => contributions::FIELDS,
        }
    }
}

/// A column mapping: field name → header text, e.g. `{"description": "Action", "due": "By"}`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Mapping(pub BTreeMap<String, String>);

pub use crate::csv_read::csv_grid;
pub use crate::grid::{Format, Grid, MAX_ROWS};

/// Import a table from bytes of the given format.
///
/// ```
/// use boardkit_import::{import_table, TableKind};
/// use boardkit_import::table::Format;
/// let csv = "Ref,Action,Owner,Due,Status\n1,Send the report,JS,30/01/2017,Open\n";
/// let draft = import_table(TableKind::Actions, csv.as_bytes(), Format::Csv, None, None).unwrap();
/// assert_eq!(draft.document.actions.len(), 1);
/// ```
pub fn import_table(
    kind: TableKind,
    bytes: &[u8],
    format: Format,
    context: Option<&BoardDocument>,
    mapping: Option<&Mapping>,
) -> Result<Draft, ImportError> {
    read_table(kind, bytes, format, context, mapping).map(TableDraft::into_draft)
}

/// Read a table from bytes of the given format into its compact draft, to write out as
/// JSON ([`TableDraft::write_json`], the same text as [`import_table`]'s draft gives) or
/// to turn into the typed draft ([`TableDraft::into_draft`]).
pub fn read_table(
    kind: TableKind,
    bytes: &[u8],
    format: Format,
    context: Option<&BoardDocument>,
    mapping: Option<&Mapping>,
) -> Result<TableDraft, ImportError> {
    let (rows, head) = match format {
        Format::Csv => crate::csv_read::csv_rows(bytes)?,
        Format::Xlsx | Format::Ods => crate::sheet::sheet_rows(bytes, format)?,
    };
    TableDraft::new(kind, rows, head, context, mapping)
}

/// Import a table already read into a grid.
pub fn import_grid(
    kind: TableKind,
    grid: &Grid,
    context: Option<&BoardDocument>,
    mapping: Option<&Mapping>,
) -> Result<Draft, ImportError> {
    let rows = Rows::of(grid.sheet, &grid.rows);
    let read = read_grid(kind, &rows, context, mapping)?;
    Ok(read.into_draft(&rows))
}

/// A table as read: the mapping in force, the document, the attendance marks (kept
/// compactly, see [`Marks`]) and the records each row became.
#[derive(Debug)]
pub(crate) struct ReadTable {
    pub t: Table,
    pub header_at: usize,
    pub document: BoardDocument,
    pub marks: Marks,
    pub records: cells::Records,
    pub mapping: Mapping,
}

impl ReadTable {
    /// The typed draft, its provenance made from `rows` (the cells it was read from).
    pub fn into_draft(mut self, rows: &Rows) -> Draft {
        let body = rows_below(rows, self.header_at);
        let mut provenance = Vec::new();
        let _ =
            cells::cells_traced::<()>(&self.t, &body, &self.document, &self.records, None, |p| {
                provenance.push(p);
                Ok(())
            });
        self.marks.into_document(&mut self.document);
        Draft {
            document: self.document,
            uncertainties: self.t.out,
            provenance,
            mapping: Some(self.mapping),
        }
    }
}

/// The non-blank rows below the header, each with its row number (from 1).
pub(crate) fn rows_below(rows: &Rows, header_at: usize) -> Vec<(usize, Row<'_>)> {
    rows.iter()
        .enumerate()
        .skip(header_at + 1)
        .filter(|(_, r)| r.iter().any(|c| !c.is_empty()))
        .map(|(i, r)| (i + 1, r))
        .collect()
}

/// Read a grid: the header and mapping, the records, the cells that went nowhere.
pub(crate) fn read_grid(
    kind: TableKind,
    grid: &Rows,
    context: Option<&BoardDocument>,
    mapping: Option<&Mapping>,
) -> Result<ReadTable, ImportError> {
    let header_at = grid
        .iter()
        .position(|r| r.iter().any(|c| !c.is_empty()))
        .unwrap_or(0);
    let header: Vec<String> = grid
        .row(header_at)
        .map(|r| r.iter().map(str::to_string).collect())
        .unwrap_or_default();
    let mut t = Table {
        kind,
        sheet: grid.sheet,
        header,
        columns: BTreeMap::new(),
        unknown: Vec::new(),
        out: Vec::new(),
        records: Vec::new(),
    };
    t.map(mapping)?;
    let body = rows_below(grid, header_at);
    for (n, row) in &body {
        if row.len() > t.header.len() && row.iter().skip(t.header.len()).any(|c| !c.is_empty()) {
            t.out.push(Uncertainty {
                at: Location::cell(grid.sheet, *n, Some(t.header.len() + 1)),
                code: "import.cell_unread",
                message: "A row has more cells than the header, often an unquoted comma such as \"£298,700\"; the extra cells were kept under the record's extensions (column_N). Check the columns of this row.".into(),
                path: None,
            });
        }
    }
    let (document, marks) = match kind {
        TableKind::Actions => (actions::read(&mut t, &body, context), Marks::default()),
        TableKind::Risks => (risks::read(&mut t, &body, context), Marks::default()),
        TableKind::Attendance => attendance::read(&mut t, &body, context),
        TableKind::Contributions => (
            contributions::read(&mut t, &body, context),
            Marks::default(),
        ),
    };
    let records = cells::records_by_row(&mut t);
    let mut unread = Vec::new();
    let _ = cells::cells_traced::<()>(
        &t,
        &body,
        &document,
        &records,
        Some(&mut unread),
        |_| Ok(()),
    );
    cells::flag_unread(&mut t, unread);
    let mapping = Mapping(
        t.columns
            .iter()
            .filter_map(|(f, c)| t.header.get(*c).map(|h| (f.clone(), h.clone())))
            .collect(),
    );
    Ok(ReadTable {
        t,
        header_at,
        document,
        marks,
        records,
        mapping,
    })
}

/// Normalise a header for matching: lower case, no punctuation at the ends.
pub fn norm(h: &str) -> String {
    crate::text::clean(&h.to_lowercase())
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_string()
}

/// A table being read: its header and the mapping in force.
#[derive(Debug)]
pub(crate) struct Table {
    pub kind: TableKind,
    pub sheet: Option<usize>,
    pub header: Vec<String>,
    /// Field → column index.
    pub columns: BTreeMap<String, usize>,
    /// Columns mapped to no field (kept in extensions), by index.
    pub unknown: Vec<usize>,
    pub out: Vec<Uncertainty>,
    /// The record each row became: (row, JSON Pointer), recorded by the readers.
    pub records: Vec<(usize, String)>,
}

impl Table {
    /// Record that a row (1-based) became the record at a JSON Pointer of the document.
    pub fn record(&mut self, row: usize, pointer: String) {
        self.records.push((row, pointer));
    }

    fn map(&mut self, given: Option<&Mapping>) -> Result<(), ImportError> {
        let fields = self.kind.fields();
        match given {
            Some(m) => {
                for (field, header) in &m.0 {
                    if !fields.iter().any(|(f, _)| f == field) {
                        let names: Vec<&str> = fields.iter().map(|(f, _)| *f).collect();
                        return Err(ImportError::Mapping(format!(
                            "a field name is not one this table has ({})",
                            names.join(", ")
                        )));
                    }
                    let col = self.header.iter().position(|h| norm(h) == norm(header));
                    match col {
                        Some(c) => {
                            self.columns.insert(field.clone(), c);
                        }
                        None => {
                            return Err(ImportError::Mapping(
                                "a mapped header is not in the table's header row".into(),
                            ))
                        }
                    }
                }
            }
            None => {
                for (c, h) in self.header.iter().enumerate() {
                    // "Contribution 2017/18 (£)" proposes the contribution column.
                    let n: String = norm(h)
                        .split_whitespace()
                        .filter(|w| {
                            boardkit::budget::FinancialYear::parse(w).is_none() && !w.contains('£')
                        })
                        .collect::<Vec<_>>()
                        .join(" ");
                    if n.is_empty() {
                        continue;
                    }
                    if let Some((f, _)) = fields.iter().find(|(f, names)| {
                        names.contains(&n.as_str()) && !self.columns.contains_key(*f)
                    }) {
                        self.columns.insert((*f).to_string(), c);
                    }
                }
            }
        }
        let mapped: Vec<usize> = self.columns.values().copied().collect();
        for (c, h) in self.header.iter().enumerate() {
            if mapped.contains(&c)
                || (self.kind == TableKind::Attendance && attendance::is_meeting_column(h))
            {
                continue;
            }
            self.unknown.push(c);
            self.out.push(Uncertainty {
                at: Location::cell(self.sheet, 1, Some(c + 1)),
                code: "import.column_unknown",
                message: "A column header is not one the importer knows; its values were kept in each record's extensions under the header. Map it to a field to import it, for example {\"due\": \"Target date\"}.".into(),
                path: None,
            });
        }
        Ok(())
    }

    /// The cell of a field in a row ("" when unmapped or missing).
    pub fn cell<'r>(&self, row: &Row<'r>, field: &str) -> &'r str {
        self.columns
            .get(field)
            .and_then(|c| row.get(*c))
            .unwrap_or("")
    }

    /// The column (1-based) of a field.
    pub fn col(&self, field: &str) -> Option<usize> {
        self.columns.get(field).map(|c| c + 1)
    }

    /// The unknown columns of a row, as extensions under their headers.
    pub fn extensions(&self, row: &Row<'_>) -> boardkit::Extensions {
        let mut ext = boardkit::Extensions::new();
        let beyond = (self.header.len()..row.len()).collect::<Vec<_>>();
        for c in self.unknown.iter().chain(beyond.iter()) {
            let v = row.get(*c).unwrap_or_default().to_string();
            let h = self.header.get(*c).cloned().unwrap_or_default();
            let key = if h.is_empty() {
                format!("column_{}", c + 1)
            } else {
                h
            };
            if !v.is_empty() {
                ext.insert(key, serde_json::Value::String(v));
            }
        }
        ext
    }

    pub fn note(&mut self, row: usize, field: Option<&str>, code: &'static str, message: &str) {
        let column = field.and_then(|f| self.col(f));
        self.out.push(Uncertainty {
            at: Location::cell(self.sheet, row, column),
            code,
            message: message.to_string(),
            path: None,
        });
    }

    /// Whether a field is mapped.
    pub fn has(&self, field: &str) -> bool {
        self.columns.contains_key(field)
    }
}

/// A body for stub meetings: the context's first body, or an imported placeholder.
pub(crate) fn body_of(doc: &mut BoardDocument, context: Option<&BoardDocument>) -> String {
    if let Some(b) = context.and_then(|c| c.bodies.first()) {
        doc.bodies = context.map(|c| c.bodies.clone()).unwrap_or_default();
        // The bodies' members and seats, and the people, name organisations: they come too.
        if doc.organisations.is_empty() {
            doc.organisations = context.map(|c| c.organisations.clone()).unwrap_or_default();
        }
        return b.id.clone();
    }
    if let Ok(b) = serde_json::from_value::<boardkit::board::Body>(
        serde_json::json!({"id": "b-import", "name": "Imported body", "kind": "board"}),
    ) {
        doc.bodies.push(b);
    }
    "b-import".into()
}

/// Stub meetings by date, found or added in constant time. A date on which the context
/// document has a meeting (of the body first, else of any body) takes that meeting's id,
/// body and title, so the draft refers to the board's own meetings.
#[derive(Debug, Default)]
pub(crate) struct Meetings {
    made: std::collections::HashMap<boardkit::date::Date, usize>,
    known: std::collections::HashMap<boardkit::date::Date, (String, String, String)>,
}

impl Meetings {
    /// The meetings of the context, by date (the body's own first).
    pub fn new(context: Option<&BoardDocument>, body: &str) -> Meetings {
        let mut known = std::collections::HashMap::new();
        let all = context.map(|c| c.meetings.as_slice()).unwrap_or_default();
        for own in [true, false] {
            for m in all.iter().filter(|m| (m.body == body) == own) {
                known
                    .entry(m.date)
                    .or_insert_with(|| (m.id.clone(), m.body.clone(), m.title.clone()));
            }
        }
        Meetings {
            made: std::collections::HashMap::new(),
            known,
        }
    }

    /// The id of the context's meeting on a date, if any.
    pub fn id_on(&self, date: boardkit::date::Date) -> Option<&str> {
        self.known.get(&date).map(|(id, _, _)| id.as_str())
    }

    /// The index in `doc.meetings` of the meeting on a date: the context's, else a stub
    /// (id `m-YYYY-MM-DD`).
    pub fn on(
        &mut self,
        doc: &mut BoardDocument,
        body: &str,
        date: boardkit::date::Date,
    ) -> Option<usize> {
        if let Some(i) = self.made.get(&date) {
            return Some(*i);
        }
        let (id, body, title) = self
            .known
            .get(&date)
            .cloned()
            .unwrap_or_else(|| (format!("m-{date}"), body.to_string(), "Meeting".to_string()));
        let m = serde_json::from_value::<boardkit::meeting::Meeting>(serde_json::json!({
            "id": id, "body": body, "title": title, "date": date.to_string(), "status": "held"
        }))
        .ok()?;
        doc.meetings.push(m);
        let i = doc.meetings.len() - 1;
        self.made.insert(date, i);
        Some(i)
    }
}
