//! Spreadsheets (.xlsx, .ods) read with calamine into a grid of text cells. Every part
//! of the zip is first unpacked into a counter ([`check_zip`]), so a zip bomb, or a zip
//! whose headers understate its sizes, is refused with bounded memory before calamine
//! reads it.

use crate::table::MAX_ROWS;
use crate::table::{Format, Grid};
use crate::{ImportError, Limit, Location, Uncertainty};

/// Most cells read from one sheet (rows × columns, from A1): 2,000,000.
pub const MAX_CELLS: usize = 2_000_000;
use calamine::{Data, Reader};
use std::io::Cursor;

pub use crate::zip_parts::check_zip;

fn text(d: &Data) -> String {
    match d {
        Data::Empty => String::new(),
        Data::String(s) => crate::text::clean(s),
        Data::Float(f) => {
            if f.fract() == 0.0 && f.abs() < 1e15 {
                format!("{}", *f as i64)
            } else {
                format!("{f}")
            }
        }
        Data::Int(i) => i.to_string(),
        Data::Bool(b) => b.to_string(),
        Data::DateTime(dt) => match dt.as_datetime() {
            Some(x) => x.date().format("%d/%m/%Y").to_string(),
            None => dt.as_f64().to_string(),
        },
        Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Error(_) => String::new(),
    }
}

/// The first sheet of a workbook as a grid.
pub fn grid(bytes: &[u8], format: Format) -> Result<(Grid, Vec<Uncertainty>), ImportError> {
    let what = if format == Format::Ods {
        "a spreadsheet (.ods)"
    } else {
        "a workbook (.xlsx)"
    };
    check_zip(bytes, what)?;
    if format == Format::Ods {
        crate::sheet_size::check_ods(bytes)?;
    } else {
        crate::xlsx_strings::check_shared_strings(bytes, what)?;
    }
    let (cells, out) = crate::quiet::catch(what, || read_cells(bytes, format, what))?;
    place(cells, out)
}

/// Cells by position, never a dense range before the size is known to be bounded.
type Cells = Vec<(usize, usize, String)>;

/// The cells of the first sheet, by calamine (inside [`crate::quiet::catch`]).
fn read_cells(
    bytes: &[u8],
    format: Format,
    what: &'static str,
) -> Result<(Cells, Vec<Uncertainty>), ImportError> {
    let mut out = Vec::new();
    let mut cells: Cells = Vec::new();
    match format {
        Format::Ods => {
            let mut wb: calamine::Ods<_> = calamine::open_workbook_from_rs(Cursor::new(bytes))
                .map_err(|_| ImportError::NotThatKind(what))?;
            if wb.sheet_names().len() > 1 {
                out.push(extra());
            }
            let range = wb
                .worksheet_range_at(0)
                .ok_or(ImportError::NotThatKind(what))?
                .map_err(|_| ImportError::NotThatKind(what))?;
            for (r, c, d) in range.used_cells() {
                let (r0, c0) = range.start().unwrap_or((0, 0));
                cells.push((r + r0 as usize, c + c0 as usize, text(d)));
            }
        }
        _ => {
            let mut wb: calamine::Xlsx<_> = calamine::open_workbook_from_rs(Cursor::new(bytes))
                .map_err(|_| ImportError::NotThatKind(what))?;
            let names = wb.sheet_names();
            if names.len() > 1 {
                out.push(extra());
            }
            let first = names
                .first()
                .cloned()
                .ok_or(ImportError::NotThatKind(what))?;
            let mut reader = wb
                .worksheet_cells_reader(&first)
                .map_err(|_| ImportError::NotThatKind(what))?;
            let (mut h, mut w) = (0usize, 0usize);
            while let Some(cell) = reader
                .next_cell()
                .map_err(|_| ImportError::NotThatKind(what))?
            {
                let (r, c) = cell.get_position();
                let (r, c) = (r as usize, c as usize);
                h = h.max(r.saturating_add(1));
                w = w.max(c.saturating_add(1));
                size_ok(h, w)?;
                let d: Data = cell.get_value().clone().into();
                if d != Data::Empty {
                    cells.push((r, c, text(&d)));
                }
            }
        }
    }
    Ok((cells, out))
}

/// The cells placed in a grid of rows.
fn place(cells: Cells, out: Vec<Uncertainty>) -> Result<(Grid, Vec<Uncertainty>), ImportError> {
    // Bounded memory: at most MAX_ROWS rows and MAX_CELLS cells, counting the empty rows
    // and columns before the first cell (a lone cell far down and right is not a table).
    let h = cells.iter().map(|(r, _, _)| r + 1).max().unwrap_or(0);
    let w = cells.iter().map(|(_, c, _)| c + 1).max().unwrap_or(0);
    size_ok(h, w)?;
    let mut rows: Vec<Vec<String>> = vec![Vec::new(); h];
    for (r, c, t) in cells {
        if let Some(row) = rows.get_mut(r) {
            if row.len() <= c {
                row.resize(c + 1, String::new());
            }
            if let Some(x) = row.get_mut(c) {
                *x = t;
            }
        }
    }
    Ok((
        Grid {
            rows,
            sheet: Some(1),
        },
        out,
    ))
}

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

fn extra() -> Uncertainty {
    Uncertainty {
        at: Location { sheet: Some(2), ..Location::default() },
        code: "import.sheet_extra",
        message: "The workbook has more than one sheet; only the first was imported. Save each table as its own file, for example one for the action log and one for the risk register.".into(),
        path: None,
    }
}
