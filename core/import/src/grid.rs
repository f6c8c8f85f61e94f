//! The shape of a table as read, below the readers: a grid of text cells, the file
//! formats, and the size a sheet may have (every reader checks the same limits).

use crate::limits::Limit;
use crate::ImportError;

/// A table of text cells; the first non-empty row is the header.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Grid {
    /// Rows of cells.
    pub rows: Vec<Vec<String>>,
    /// The sheet it came from (1-based), for workbooks.
    pub sheet: Option<usize>,
}

/// Which file format the bytes are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Comma-separated values (UTF-8 or Windows-1252).
    Csv,
    /// Excel workbook.
    Xlsx,
    /// OpenDocument spreadsheet.
    Ods,
}

impl Format {
    /// The format a file name's extension says (CSV otherwise).
    pub fn from_name(name: &str) -> Format {
        let l = name.to_lowercase();
        if l.ends_with(".xlsx") || l.ends_with(".xlsm") {
            Format::Xlsx
        } else if l.ends_with(".ods") {
            Format::Ods
        } else {
            Format::Csv
        }
    }
}

/// Most rows read from one table below its header: 100,000. A board's action log or
/// register has hundreds or a few thousand; past this a table is refused as too large
/// before more is read, so memory stays bounded by the input and this many rows.
pub const MAX_ROWS: usize = 100_000;

/// Most cells read from one sheet (rows × columns, from A1): 2,000,000.
pub const MAX_CELLS: usize = 2_000_000;
/// Refuse a sheet of `h` rows (counted from the first, the header included) and `w`
/// columns past [`MAX_ROWS`] rows below a header, [`crate::limits::MAX_COLUMNS`]
/// columns or [`MAX_CELLS`] cells.
pub fn size_ok(h: usize, w: usize) -> Result<(), ImportError> {
    if h > MAX_ROWS.saturating_add(1) {
        Err(ImportError::TooLarge(Limit::Rows))
    } else if w > crate::limits::MAX_COLUMNS {
        Err(ImportError::TooLarge(Limit::Columns))
    } else if h.saturating_mul(w) > MAX_CELLS {
        Err(ImportError::TooLarge(Limit::Cells))
    } else {
        Ok(())
    }
}
