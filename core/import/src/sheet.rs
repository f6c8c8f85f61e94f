//! Spreadsheets (.xlsx, .ods) read with calamine into a grid of text cells. Every part
//! of the zip is first unpacked into a counter ([`check_zip`]), so a zip bomb, or a zip
//! whose headers understate its sizes, is refused with bounded memory before calamine
//! reads it.

use crate::codes::ImportCode;
pub use crate::grid::{size_ok, MAX_CELLS};
use crate::grid::{Format, Grid};
use crate::rows::Rows;
use crate::{ImportError, Limit, Location, Uncertainty};
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
    let (rows, head) = sheet_rows(bytes, format)?;
    let grid = Grid {
        rows: rows.strings(),
        sheet: rows.sheet,
    };
    Ok((grid, head))
}

/// The first sheet of a workbook as [`Rows`], every cell's text in one buffer: what the
/// table importer reads. The same cells as [`grid`], never a grid of strings.
pub fn sheet_rows(bytes: &[u8], format: Format) -> Result<(Rows, Vec<Uncertainty>), ImportError> {
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
    // The workbook reader is gone (with its shared strings, or an .ods's whole sheet)
    // before the rows are made from the cells it gave.
    let (cells, out) = crate::quiet::catch(what, || read_cells(bytes, format, what))?;
    Ok((cells.into_rows()?, out))
}

/// Cells by position as the reader gives them, never a dense range before the size is
/// known to be bounded: their text in one buffer, and 12 bytes a cell (its row, its
/// column and where its text ends).
#[derive(Default)]
struct Cells {
    text: String,
    at: Vec<(u32, u32, u32)>,
}

impl Cells {
    /// Add the cell at row `r`, column `c` (from 0).
    fn push(&mut self, r: usize, c: usize, text: &str) -> Result<(), ImportError> {
        let too_large = || ImportError::TooLarge(Limit::Cells);
        let r = u32::try_from(r).map_err(|_| too_large())?;
        let c = u32::try_from(c).map_err(|_| too_large())?;
        self.text.push_str(text);
        let end =
            u32::try_from(self.text.len()).map_err(|_| ImportError::TooLarge(Limit::Input))?;
        self.at.push((r, c, end));
        Ok(())
    }

    /// The text of cell `i` (in reading order).
    fn text(&self, i: usize) -> &str {
        let start = i
            .checked_sub(1)
            .and_then(|b| self.at.get(b))
            .map_or(0, |a| a.2 as usize);
        let end = self.at.get(i).map_or(start, |a| a.2 as usize);
        self.text.get(start..end).unwrap_or("")
    }

    /// The cells placed in rows: row `r` holds the cells up to its last one, an empty
    /// text where it has none; of two cells at one place the later is kept.
    fn into_rows(self) -> Result<Rows, ImportError> {
        // Bounded memory: at most MAX_ROWS rows and MAX_CELLS cells, counting the empty
        // rows and columns before the first cell (a lone cell far down and right is not
        // a table).
        let h = self.at.iter().map(|a| a.0 as usize + 1).max().unwrap_or(0);
        let w = self.at.iter().map(|a| a.1 as usize + 1).max().unwrap_or(0);
        size_ok(h, w)?;
        let place = |i: usize| self.at.get(i).map(|a| (a.0, a.1));
        // A sheet's cells come in row order; sort (stably, O(n log n)) only when not.
        let sorted = self.at.windows(2).all(|p| match p {
            [a, b] => (a.0, a.1) < (b.0, b.1),
            _ => true,
        });
        let order: Option<Vec<usize>> = (!sorted).then(|| {
            let mut o: Vec<usize> = (0..self.at.len()).collect();
            o.sort_by_key(|&i| place(i));
            o
        });
        let nth = |k: usize| order.as_ref().map_or(Some(k), |o| o.get(k).copied());
        let mut rows = Rows::new(Some(1));
        rows.reserve_rows(h);
        let mut fits = true;
        let mut k = 0;
        for r in 0..h {
            let mut col = 0u32;
            while let Some(i) = nth(k).filter(|&i| place(i).is_some_and(|p| p.0 as usize == r)) {
                k += 1;
                let Some((_, c)) = place(i) else { break };
                if nth(k).and_then(place) == Some((r as u32, c)) {
                    continue; // a later cell at the same place wins
                }
                while col < c {
                    fits &= rows.push_cell("");
                    col += 1;
                }
                fits &= rows.push_cell(self.text(i));
                col += 1;
            }
            rows.end_row();
        }
        if !fits {
            return Err(ImportError::TooLarge(Limit::Input));
        }
        Ok(rows)
    }
}

/// The cells of the first sheet, by calamine (inside [`crate::quiet::catch`]).
fn read_cells(
    bytes: &[u8],
    format: Format,
    what: &'static str,
) -> Result<(Cells, Vec<Uncertainty>), ImportError> {
    let mut out = Vec::new();
    let mut cells = Cells::default();
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
            drop(wb);
            let (r0, c0) = range.start().unwrap_or((0, 0));
            for (r, c, d) in range.used_cells() {
                cells.push(r + r0 as usize, c + c0 as usize, &text(d))?;
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
                    cells.push(r, c, &text(&d))?;
                }
            }
        }
    }
    Ok((cells, out))
}

fn extra() -> Uncertainty {
    Uncertainty {
        at: Location { sheet: Some(2), ..Location::default() },
        code: ImportCode::SheetExtra,
        message: "The workbook has more than one sheet; only the first was imported. Save each table as its own file, for example one for the action log and one for the risk register.".into(),
        path: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Cells out of order, and two at one place: placed as a grid of strings would place
    /// them (the later of two wins; a row is as long as its last cell).
    #[test]
    fn cells_are_placed_in_rows() {
        let mut cells = Cells::default();
        for (r, c, t) in [
            (1, 2, "c"),
            (0, 0, "a"),
            (1, 0, "x"),
            (1, 0, "y"),
            (3, 1, "z"),
        ] {
            cells.push(r, c, t).unwrap();
        }
        let rows = cells.into_rows().unwrap();
        let want: Vec<Vec<String>> = vec![
            vec!["a".into()],
            vec!["y".into(), "".into(), "c".into()],
            vec![],
            vec!["".into(), "z".into()],
        ];
        assert_eq!(rows.strings(), want);
        assert_eq!(rows.sheet, Some(1));
        let mut sorted = Cells::default();
        sorted.push(0, 1, "b").unwrap();
        sorted.push(2, 0, "é").unwrap();
        let want: Vec<Vec<String>> = vec![vec!["".into(), "b".into()], vec![], vec!["é".into()]];
        assert_eq!(sorted.into_rows().unwrap().strings(), want);
    }
}
