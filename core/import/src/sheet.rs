//! Spreadsheets (.xlsx, .ods) read with calamine into a grid of text cells. The zip's
//! declared uncompressed sizes are checked before anything is read, so a zip bomb is
//! refused with bounded memory.

use crate::table::{Format, Grid};
use crate::{ImportError, Location, Uncertainty, MAX_INPUT};
use calamine::{Data, Reader};
use std::io::Cursor;

/// Refuse a zip whose entries would unpack past [`MAX_INPUT`] each, or past four times
/// that in all, or that has too many entries.
pub fn check_zip(bytes: &[u8], what: &'static str) -> Result<(), ImportError> {
    if bytes.len() as u64 > MAX_INPUT {
        return Err(ImportError::TooLarge);
    }
    let mut zip =
        zip::ZipArchive::new(Cursor::new(bytes)).map_err(|_| ImportError::NotThatKind(what))?;
    if zip.len() > 10_000 {
        return Err(ImportError::TooLarge);
    }
    let mut total: u64 = 0;
    for i in 0..zip.len() {
        let f = zip
            .by_index_raw(i)
            .map_err(|_| ImportError::NotThatKind(what))?;
        let size = f.size();
        if size > MAX_INPUT {
            return Err(ImportError::TooLarge);
        }
        total = total.saturating_add(size);
    }
    if total > MAX_INPUT.saturating_mul(4) {
        return Err(ImportError::TooLarge);
    }
    Ok(())
}

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
    let mut out = Vec::new();
    let range = match format {
        Format::Ods => {
            let mut wb: calamine::Ods<_> = calamine::open_workbook_from_rs(Cursor::new(bytes))
                .map_err(|_| ImportError::NotThatKind(what))?;
            if wb.sheet_names().len() > 1 {
                out.push(extra());
            }
            wb.worksheet_range_at(0)
                .ok_or(ImportError::NotThatKind(what))?
                .map_err(|_| ImportError::NotThatKind(what))?
        }
        _ => {
            let mut wb: calamine::Xlsx<_> = calamine::open_workbook_from_rs(Cursor::new(bytes))
                .map_err(|_| ImportError::NotThatKind(what))?;
            if wb.sheet_names().len() > 1 {
                out.push(extra());
            }
            wb.worksheet_range_at(0)
                .ok_or(ImportError::NotThatKind(what))?
                .map_err(|_| ImportError::NotThatKind(what))?
        }
    };
    // Rows before the range's start are empty in the sheet: keep row numbers true.
    let (r0, c0) = range
        .start()
        .map(|(r, c)| (r as usize, c as usize))
        .unwrap_or((0, 0));
    let mut rows: Vec<Vec<String>> = vec![Vec::new(); r0];
    for r in range.rows() {
        let mut row = vec![String::new(); c0];
        row.extend(r.iter().map(text));
        rows.push(row);
    }
    Ok((
        Grid {
            rows,
            sheet: Some(1),
        },
        out,
    ))
}

fn extra() -> Uncertainty {
    Uncertainty {
        at: Location { sheet: Some(2), ..Location::default() },
        code: "import.sheet_extra",
        message: "The workbook has more than one sheet; only the first was imported. Save each table as its own file, for example one for the action log and one for the risk register.".into(),
        path: None,
    }
}
