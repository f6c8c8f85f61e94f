//! The size an OpenDocument sheet unpacks to, read from its XML before the spreadsheet
//! reader builds it: a cell or row may say it repeats (`number-columns-repeated`,
//! `number-rows-repeated`), so a file of a few kilobytes can describe billions of cells.
//! Empty cells and rows after the last value are free; everything before a value counts.

use crate::sheet::MAX_CELLS;
use crate::table::MAX_ROWS;
use crate::{ImportError, MAX_INPUT};
use quick_xml::events::{BytesStart, Event};
use std::io::{Cursor, Read};

fn repeats(e: &BytesStart<'_>, key: &[u8]) -> usize {
    e.attributes()
        .flatten()
        .find(|a| a.key.as_ref() == key)
        .and_then(|a| std::str::from_utf8(&a.value).ok()?.trim().parse().ok())
        .unwrap_or(1)
}

fn has_value(e: &BytesStart<'_>) -> bool {
    e.attributes()
        .flatten()
        .any(|a| a.key.as_ref() == b"office:value-type" || a.key.as_ref() == b"table:formula")
}

/// Refuse an .ods whose first sheet would unpack past [`MAX_ROWS`] rows or
/// [`MAX_CELLS`] cells.
pub fn check_ods(bytes: &[u8]) -> Result<(), ImportError> {
    let what = "a spreadsheet (.ods)";
    let mut zip =
        zip::ZipArchive::new(Cursor::new(bytes)).map_err(|_| ImportError::NotThatKind(what))?;
    let mut xml = Vec::new();
    zip.by_name("content.xml")
        .map_err(|_| ImportError::NotThatKind(what))?
        .take(MAX_INPUT)
        .read_to_end(&mut xml)
        .map_err(|_| ImportError::NotThatKind(what))?;
    let mut reader = quick_xml::Reader::from_reader(xml.as_slice());
    let mut buf = Vec::new();
    let (mut height, mut width, mut rows_pending) = (0usize, 0usize, 0usize);
    let (mut row_repeat, mut row_width, mut cells_pending, mut tables) =
        (1usize, 0usize, 0usize, 0usize);
    loop {
        let ev = reader
            .read_event_into(&mut buf)
            .map_err(|_| ImportError::NotThatKind(what))?;
        match ev {
            Event::Start(ref e) | Event::Empty(ref e) => match e.name().as_ref() {
                b"table:table" => tables += 1,
                b"table:table-row" if tables == 1 => {
                    row_repeat = repeats(e, b"table:number-rows-repeated");
                    row_width = 0;
                    cells_pending = 0;
                    if matches!(ev, Event::Empty(_)) {
                        rows_pending = rows_pending.saturating_add(row_repeat);
                    }
                }
                b"table:table-cell" | b"table:covered-table-cell" if tables == 1 => {
                    let n = repeats(e, b"table:number-columns-repeated");
                    if has_value(e) {
                        row_width = row_width.saturating_add(cells_pending).saturating_add(n);
                        cells_pending = 0;
                    } else {
                        cells_pending = cells_pending.saturating_add(n);
                    }
                }
                _ => {}
            },
            Event::End(ref e) if e.name().as_ref() == b"table:table-row" && tables == 1 => {
                if row_width == 0 {
                    rows_pending = rows_pending.saturating_add(row_repeat);
                } else {
                    height = height
                        .saturating_add(rows_pending)
                        .saturating_add(row_repeat);
                    rows_pending = 0;
                    width = width.max(row_width);
                }
                if height > MAX_ROWS || height.saturating_mul(width) > MAX_CELLS {
                    return Err(ImportError::TooLarge);
                }
            }
            Event::End(ref e) if e.name().as_ref() == b"table:table" => break,
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    Ok(())
}
