//! Reading a grid by the kind of table it holds: the fields each kind's columns may map
//! to, the header's mapping, the records each kind's reader makes, and the cells that went
//! nowhere.

use super::marks::Marks;
use super::shape::{norm, Mapping, Table, TableKind};
use super::{actions, attendance, cells, contributions, risks};
use crate::codes::ImportCode;
use crate::rows::{Row, Rows};
use crate::{Draft, ImportError, Location, Uncertainty};
use boardkit::BoardDocument;
use std::collections::BTreeMap;

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
                code: ImportCode::CellUnread,
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

impl Table {
    /// The mapping in force: the one given, else the one the header proposes; every
    /// other column is kept in extensions, with an uncertainty.
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
                code: ImportCode::ColumnUnknown,
                message: "A column header is not one the importer knows; its values were kept in each record's extensions under the header. Map it to a field to import it, for example {\"due\": \"Target date\"}.".into(),
                path: None,
            });
        }
        Ok(())
    }
}
