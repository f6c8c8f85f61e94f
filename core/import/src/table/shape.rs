//! A table being read: what it holds (its kind), the column mapping in force, its header,
//! and the steps every reader of a kind takes (a row's cell of a field, its extensions,
//! an uncertainty, the record a row became).

use crate::codes::ImportCode;
use crate::rows::Row;
use crate::{Location, Uncertainty};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// What a table holds. The fields of each kind and the reading by kind are in `read`.
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

/// A column mapping: field name → header text, e.g. `{"description": "Action", "due": "By"}`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Mapping(pub BTreeMap<String, String>);

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

    pub fn note(&mut self, row: usize, field: Option<&str>, code: ImportCode, message: &str) {
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
