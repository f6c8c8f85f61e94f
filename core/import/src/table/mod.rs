//! Tables: action logs, risk registers and attendance grids from CSV, `.xlsx` or `.ods`.
//!
//! The importer proposes a column mapping from the header row (field → header text);
//! the caller may override it with their own (JSON, the same shape). Columns that map
//! to no field are kept in each record's `extensions` under their header.
//!
//! This module only gathers and calls: a table's kind, mapping and header (`shape`), the
//! reading by kind (`read`), one reader per kind, and the compact draft (`lean`).

mod actions;
mod attendance;
mod cells;
mod contributions;
mod lean;
mod marks;
mod meetings;
mod read;
mod risks;
mod shape;

pub use crate::csv_read::csv_grid;
pub use crate::grid::{Format, Grid, MAX_ROWS};
pub use lean::TableDraft;
pub(crate) use meetings::{body_of, Meetings};
pub use shape::{norm, Mapping, TableKind};

use crate::rows::Rows;
use crate::{Draft, ImportError};
use boardkit::BoardDocument;
use read::read_grid;

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
