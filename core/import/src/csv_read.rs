//! CSV bytes read into a grid of text cells, within the limits: 64 MB of input, the
//! header and [`MAX_ROWS`] rows below it, [`MAX_COLUMNS`] cells in a row and
//! [`MAX_CELLS`] cells in all. The limits are checked in a first pass that keeps nothing
//! but counts (one record at a time, in a buffer used again), so a table past them is
//! refused before any of its cells is copied into a grid: a refusal costs about the
//! input, not the grid it would have made (a cell of the grid costs about 50 bytes).

use crate::grid::{Grid, MAX_CELLS, MAX_ROWS};
use crate::limits::{Limit, MAX_COLUMNS, MAX_INPUT};
use crate::rows::Rows;
use crate::{ImportError, Uncertainty};

/// Read CSV bytes into a grid (UTF-8, else Windows-1252 with an uncertainty).
pub fn csv_grid(bytes: &[u8]) -> Result<(Grid, Vec<Uncertainty>), ImportError> {
    let (rows, head) = csv_rows(bytes)?;
    let grid = Grid {
        rows: rows.strings(),
        sheet: rows.sheet,
    };
    Ok((grid, head))
}

/// Read CSV bytes into [`Rows`], every cell's text in one buffer (UTF-8, else
/// Windows-1252 with an uncertainty): what the table importer reads.
pub fn csv_rows(bytes: &[u8]) -> Result<(Rows, Vec<Uncertainty>), ImportError> {
    if bytes.len() as u64 > MAX_INPUT {
        return Err(ImportError::TooLarge(Limit::Input));
    }
    let (text, head) = crate::text::decode(bytes)?;
    let count = records(&text, |_| ())?;
    let mut rows = Rows::new(None);
    rows.reserve_rows(count);
    let mut fits = true;
    records(&text, |record| {
        for cell in record.iter() {
            fits &= rows.push_cell(&crate::text::clean(cell));
        }
        rows.end_row();
    })?;
    if !fits {
        return Err(ImportError::TooLarge(Limit::Input));
    }
    Ok((rows, head))
}

/// Read every record of `text` within the limits, giving each to `each`; how many
/// there were. An error at the first record past a limit.
fn records(text: &str, mut each: impl FnMut(&csv::StringRecord)) -> Result<usize, ImportError> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let (mut rows, mut cells) = (0usize, 0usize);
    let mut record = csv::StringRecord::new();
    loop {
        match reader.read_record(&mut record) {
            Ok(true) => {}
            Ok(false) => break,
            Err(_) => return Err(ImportError::NotThatKind("a CSV file")),
        }
        if rows > MAX_ROWS {
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
        each(&record);
        rows += 1;
    }
    Ok(rows)
}
