//! CSV bytes read into a grid of text cells, within the limits: 64 MB of input, the
//! header and [`MAX_ROWS`] rows below it, [`MAX_COLUMNS`] cells in a row and
//! [`MAX_CELLS`] cells in all. Each limit is checked on the record just read, before its
//! cells are copied into the grid, so memory stays a small multiple of the input.

use crate::limits::{Limit, MAX_COLUMNS, MAX_INPUT};
use crate::sheet::MAX_CELLS;
use crate::table::{Grid, MAX_ROWS};
use crate::{ImportError, Uncertainty};

/// Read CSV bytes into a grid (UTF-8, else Windows-1252 with an uncertainty).
pub fn csv_grid(bytes: &[u8]) -> Result<(Grid, Vec<Uncertainty>), ImportError> {
    if bytes.len() as u64 > MAX_INPUT {
        return Err(ImportError::TooLarge(Limit::Input));
    }
    let (text, head) = crate::text::decode(bytes)?;
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    let mut cells = 0usize;
    let mut record = csv::StringRecord::new();
    loop {
        match reader.read_record(&mut record) {
            Ok(true) => {}
            Ok(false) => break,
            Err(_) => return Err(ImportError::NotThatKind("a CSV file")),
        }
        if rows.len() > MAX_ROWS {
            return Err(ImportError::TooLarge(Limit::Rows));
        }
        let used = record.len();
        if used > MAX_COLUMNS {
            return Err(ImportError::TooLarge(Limit::Columns));
        }
        cells = cells.saturating_add(used);
        if cells > MAX_CELLS {
            return Err(ImportError::TooLarge(Limit::Cells));
        }
        rows.push(record.iter().map(crate::text::clean).collect::<Vec<_>>());
    }
    Ok((Grid { rows, sheet: None }, head))
}
