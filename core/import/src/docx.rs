//! Word documents (.docx): the paragraphs and tables of `word/document.xml`, read with
//! zip + quick-xml (the two crates calamine already brings, so no second zip or XML
//! stack), turned into text lines (a table row becomes one line of tab-separated cells)
//! and imported as minutes text.

use crate::{Draft, ImportError, MAX_INPUT};
use boardkit::BoardDocument;
use quick_xml::events::Event;
use std::io::{Cursor, Read};

/// The text of a .docx: one line per paragraph, one line per table row (cells separated
/// by tabs, a cell's paragraphs joined by spaces).
pub fn docx_text(bytes: &[u8]) -> Result<String, ImportError> {
    const WHAT: &str = "a Word document (.docx)";
    crate::sheet::check_zip(bytes, WHAT)?;
    let mut zip =
        zip::ZipArchive::new(Cursor::new(bytes)).map_err(|_| ImportError::NotThatKind(WHAT))?;
    let file = zip
        .by_name("word/document.xml")
        .map_err(|_| ImportError::NotThatKind(WHAT))?;
    let mut xml = Vec::new();
    file.take(MAX_INPUT + 1)
        .read_to_end(&mut xml)
        .map_err(|_| ImportError::NotThatKind(WHAT))?;
    if xml.len() as u64 > MAX_INPUT {
        return Err(ImportError::TooLarge);
    }
    let mut reader = quick_xml::Reader::from_reader(xml.as_slice());
    let mut out = String::new();
    let mut para = String::new();
    let mut cell: Vec<String> = Vec::new(); // paragraphs of the current cell
    let mut row: Vec<String> = Vec::new(); // cells of the current row
    let mut depth_tbl = 0usize;
    let mut in_text = false;
    let mut buf = Vec::new();
    loop {
        let ev = reader
            .read_event_into(&mut buf)
            .map_err(|_| ImportError::NotThatKind(WHAT))?;
        match ev {
            Event::Start(e) => match e.local_name().as_ref() {
                b"t" => in_text = true,
                b"tbl" => depth_tbl += 1,
                b"tr" => row.clear(),
                b"tc" => cell.clear(),
                _ => {}
            },
            Event::Empty(e) => match e.local_name().as_ref() {
                b"tab" => para.push('\t'),
                b"br" | b"cr" => para.push(' '),
                _ => {}
            },
            Event::Text(t) if in_text => {
                let s = t.decode().map_err(|_| ImportError::NotThatKind(WHAT))?;
                let s =
                    quick_xml::escape::unescape(&s).map_err(|_| ImportError::NotThatKind(WHAT))?;
                para.push_str(&s);
            }
            Event::GeneralRef(r) if in_text => {
                let name = r.decode().map_err(|_| ImportError::NotThatKind(WHAT))?;
                let s = match name.as_ref() {
                    "amp" => "&",
                    "lt" => "<",
                    "gt" => ">",
                    "quot" => "\"",
                    "apos" => "'",
                    _ => "",
                };
                para.push_str(s);
            }
            Event::End(e) => match e.local_name().as_ref() {
                b"t" => in_text = false,
                b"p" => {
                    let p = std::mem::take(&mut para);
                    if depth_tbl > 0 {
                        cell.push(p.replace('\t', " "));
                    } else {
                        out.push_str(&p);
                        out.push('\n');
                    }
                }
                b"tc" => row.push(cell.join(" ").trim().to_string()),
                b"tr" => {
                    out.push_str(&row.join("\t"));
                    out.push('\n');
                }
                b"tbl" => depth_tbl = depth_tbl.saturating_sub(1),
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    Ok(out)
}

/// Import minutes from a .docx.
pub fn import_docx(bytes: &[u8], context: Option<&BoardDocument>) -> Result<Draft, ImportError> {
    let text = docx_text(bytes)?;
    Ok(crate::minutes::import_minutes(&text, context))
}
