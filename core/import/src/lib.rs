//! # boardkit-import
//!
//! Turns what boards already keep into a draft [`boardkit::BoardDocument`] plus a list
//! of [`Uncertainty`]s: minutes as plain text or `.docx`; action logs, risk registers
//! and attendance grids as CSV, `.xlsx` or `.ods`.
//!
//! Pure functions from bytes or text to a [`Draft`]. Nothing is guessed silently and
//! nothing is dropped: every line or cell ends up in the draft (as a record, as minute
//! text or under `extensions`), recorded in its [`Provenance`] (the source place and
//! the JSON Pointers it became), or in an uncertainty that says where it was (line, or
//! sheet/row/column), with a stable code from [`CODES`] and a plain message that never
//! quotes the input.
//!
//! A sibling crate rather than a feature of the core, so the forms' wasm module never
//! carries the zip, XML, CSV and spreadsheet readers.
#![forbid(unsafe_code)]
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing,
        clippy::unreachable,
        clippy::todo
    )
)]
#![warn(missing_docs)]

pub mod codes;
pub mod csv_read;
pub mod dates;
pub mod docx;
mod grid;
pub mod imported;
pub(crate) mod json_out;
pub mod limits;
pub mod minutes;
pub mod people;
pub(crate) mod pointers;
pub mod provenance;
pub mod quiet;
pub mod request;
pub mod rows;
pub mod sheet;
pub mod sheet_size;
pub mod table;
pub mod text;
pub mod xlsx_strings;
pub mod zip_parts;

pub use codes::{ImportCode, CODES};
pub use imported::Imported;
pub use limits::{Limit, MAX_INPUT, REFUSALS};
pub use minutes::{import_minutes, import_minutes_bytes};
pub use provenance::Provenance;
pub use table::{import_table, Mapping, TableKind};

use boardkit::BoardDocument;
use serde::Serialize;
use std::io;

/// Where in the input an uncertainty arose. Lines, sheets, rows and columns count from 1.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Location {
    /// Line of a text input.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    /// Sheet of a workbook (by position, never by name).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sheet: Option<usize>,
    /// Row of a table.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub row: Option<usize>,
    /// Column of a table.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub column: Option<usize>,
}

impl Location {
    /// A line of a text input.
    pub fn line(line: usize) -> Location {
        Location {
            line: Some(line),
            ..Location::default()
        }
    }
    /// A cell (or, with no column, a row) of a table.
    pub fn cell(sheet: Option<usize>, row: usize, column: Option<usize>) -> Location {
        Location {
            line: None,
            sheet,
            row: Some(row),
            column,
        }
    }
}

/// Something the importer had to guess, could not resolve or could not read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Uncertainty {
    /// Where in the input.
    pub at: Location,
    /// A stable code from [`CODES`].
    pub code: ImportCode,
    /// A plain-English message that never quotes the input.
    pub message: String,
    /// JSON Pointer of the draft value it concerns, when there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
}

/// A draft board document and what the importer was unsure of.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Draft {
    /// The draft: people and records read from the input.
    pub document: BoardDocument,
    /// Everything guessed, unresolved or unread, in input order.
    pub uncertainties: Vec<Uncertainty>,
    /// Where each source line or cell went: its JSON Pointers in the document, in input
    /// order. With the uncertainties it accounts for every non-blank line or cell.
    pub provenance: Vec<Provenance>,
    /// For tables: the column mapping used (edit it and import again to override).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mapping: Option<Mapping>,
}

impl Draft {
    /// The draft as pretty JSON: `{"document": ..., "uncertainties": [...], "provenance":
    /// [...], "mapping": ...}`. Written twice, once to count its bytes, into a string of
    /// exactly that size (and room for a C string's NUL), so the text is never held at
    /// twice its length as it grows.
    pub fn to_json(&self) -> String {
        json_out::exact_text(|w| serde_json::to_writer_pretty(w, self).map_err(io::Error::other))
    }

    /// A readable list of the uncertainties, one a line: where, code, message.
    pub fn uncertainty_list(&self) -> String {
        uncertainty_list(&self.uncertainties)
    }
}

/// A readable list of uncertainties, one a line: where, code, message.
pub fn uncertainty_list(list: &[Uncertainty]) -> String {
    let mut out = String::new();
    for u in list {
        out.push_str(&format!(
            "{}  [{}]  {}\n",
            where_text(&u.at),
            u.code,
            u.message
        ));
    }
    out
}

/// "line 12", "sheet 1 row 4 column 3".
pub fn where_text(at: &Location) -> String {
    let mut parts = Vec::new();
    if let Some(l) = at.line {
        parts.push(format!("line {l}"));
    }
    if let Some(s) = at.sheet {
        parts.push(format!("sheet {s}"));
    }
    if let Some(r) = at.row {
        parts.push(format!("row {r}"));
    }
    if let Some(c) = at.column {
        parts.push(format!("column {c}"));
    }
    if parts.is_empty() {
        "whole input".to_string()
    } else {
        parts.join(" ")
    }
}

/// Why an input could not be imported at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    /// Past one of the [`limits`]: larger than [`MAX_INPUT`], a part that unpacks past
    /// it or past its own header, too many parts, rows, cells or nested tables. The
    /// limit is named in the message.
    TooLarge(Limit),
    /// Not a file of the kind asked for (a `.docx` that is not a zip of a Word document,
    /// a spreadsheet the reader cannot open).
    NotThatKind(&'static str),
    /// The column mapping given by the caller is not usable.
    Mapping(String),
    /// The context document given by the caller is not a board document.
    Context(String),
}

impl ImportError {
    /// The stable code of the refusal, one of [`REFUSALS`]: `import.too_large`,
    /// `import.part_understated`, `import.too_deep`, `import.not_that_kind`,
    /// `import.mapping` or `import.context`.
    pub fn code(&self) -> &'static str {
        match self {
            ImportError::TooLarge(limit) => limit.code(),
            ImportError::NotThatKind(_) => "import.not_that_kind",
            ImportError::Mapping(_) => "import.mapping",
            ImportError::Context(_) => "import.context",
        }
    }
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ImportError::TooLarge(limit) => f.write_str(limit.message()),
            ImportError::NotThatKind(what) => write!(
                f,
                "the file could not be opened as {what}; save it again from the program that made it, for example \"Save as\" a Word document (.docx)"
            ),
            ImportError::Mapping(why) => write!(
                f,
                "the column mapping is not usable: {why}; for example {{\"description\": \"Action\", \"due\": \"By\"}}"
            ),
            ImportError::Context(why) => write!(f, "the context document is not a board document: {why}"),
        }
    }
}

impl std::error::Error for ImportError {}

/// One attendance line as an importer writes it: the person, how they attended, whom
/// they deputised for and the extensions; every other field absent.
pub(crate) fn attendance_line(
    person: String,
    status: boardkit::meeting::AttendanceStatus,
    deputy_for: Option<String>,
    extensions: boardkit::Extensions,
) -> boardkit::meeting::Attendance {
    boardkit::meeting::Attendance {
        seat: None,
        organisation: None,
        also_deputy_for: None,
        items: Vec::new(),
        code: None,
        capacity: None,
        person,
        status,
        deputy_for,
        note: None,
        extensions,
    }
}

/// A new action with only its id, ref, description and raising meeting; the caller sets
/// the rest. Built through the record's own reader, so fields the model adds later take
/// their defaults.
pub(crate) fn new_action(
    id: String,
    reference: String,
    description: String,
    raised_at: String,
) -> Option<boardkit::action::Action> {
    serde_json::from_value(serde_json::json!({
        "id": id, "ref": reference, "description": description, "raised_at": raised_at
    }))
    .ok()
}
