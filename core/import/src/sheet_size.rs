//! The size an OpenDocument sheet unpacks to, read from its XML before the spreadsheet
//! reader builds it: a cell or row may say it repeats (`number-columns-repeated`,
//! `number-rows-repeated`), so a file of a few kilobytes can describe billions of cells.
//! Empty cells and rows after the last value are free; everything before a value counts.

use crate::{ImportError, Limit};
use quick_xml::events::{BytesStart, Event};

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

/// Fewest cells an .ods may always describe, however short its XML: 65,536.
pub const MIN_CELL_BUDGET: usize = 65_536;

/// The cells of the table being read, counted as calamine will build them.
#[derive(Default)]
struct Count {
    height: usize,
    width: usize,
    rows_pending: usize,
    row_repeat: usize,
    row_width: usize,
    cells_pending: usize,
}

impl Count {
    fn row_start(&mut self, e: &BytesStart<'_>, empty: bool) {
        self.row_repeat = repeats(e, b"table:number-rows-repeated");
        self.row_width = 0;
        self.cells_pending = 0;
        if empty {
            self.rows_pending = self.rows_pending.saturating_add(self.row_repeat);
        }
    }
    fn cell(&mut self, e: &BytesStart<'_>) {
        let n = repeats(e, b"table:number-columns-repeated");
        if has_value(e) {
            self.row_width = self
                .row_width
                .saturating_add(self.cells_pending)
                .saturating_add(n);
            self.cells_pending = 0;
        } else {
            self.cells_pending = self.cells_pending.saturating_add(n);
        }
    }
    fn row_end(&mut self) {
        if self.row_width == 0 {
            self.rows_pending = self.rows_pending.saturating_add(self.row_repeat);
        } else {
            self.height = self
                .height
                .saturating_add(self.rows_pending)
                .saturating_add(self.row_repeat);
            self.rows_pending = 0;
            self.width = self.width.max(self.row_width);
        }
    }
    fn cells(&self) -> usize {
        self.height.saturating_mul(self.width)
    }
}

/// Refuse an .ods any of whose sheets (calamine builds them all) would unpack past the
/// rows, columns or cells [`crate::sheet::size_ok`] allows, or whose sheets together
/// would hold more cells than its `content.xml` has bytes (with a floor of
/// [`MIN_CELL_BUDGET`]): repeats are counted before anything is expanded, so a few
/// hundred bytes saying "repeat this a thousand times a thousand times" are refused.
pub fn check_ods(bytes: &[u8]) -> Result<(), ImportError> {
    let what = "a spreadsheet (.ods)";
    let xml = crate::zip_parts::read_part(bytes, "content.xml", what)?;
    let budget = xml.len().max(MIN_CELL_BUDGET);
    let mut reader = quick_xml::Reader::from_reader(xml.as_slice());
    let mut buf = Vec::new();
    let (mut done, mut t) = (0usize, Count::default());
    loop {
        let ev = reader
            .read_event_into(&mut buf)
            .map_err(|_| ImportError::NotThatKind(what))?;
        match ev {
            Event::Start(ref e) | Event::Empty(ref e) => match e.name().as_ref() {
                b"table:table" => t = Count::default(),
                b"table:table-row" => t.row_start(e, matches!(ev, Event::Empty(_))),
                b"table:table-cell" | b"table:covered-table-cell" => t.cell(e),
                _ => {}
            },
            Event::End(ref e) => match e.name().as_ref() {
                b"table:table-row" => {
                    t.row_end();
                    crate::grid::size_ok(t.height, t.width)?;
                    if done.saturating_add(t.cells()) > budget {
                        return Err(ImportError::TooLarge(Limit::Repeats));
                    }
                }
                b"table:table" => done = done.saturating_add(std::mem::take(&mut t).cells()),
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    Ok(())
}
