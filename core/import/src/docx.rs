//! Word documents (.docx): the paragraphs and tables of `word/document.xml`, read with
//! zip + quick-xml (the two crates calamine already brings, so no second zip or XML
//! stack), turned into text lines (a table row becomes one line of tab-separated cells)
//! and imported as minutes text.

use crate::limits::MAX_TABLE_DEPTH;
use crate::{Draft, ImportError, Limit};
use boardkit::BoardDocument;
use quick_xml::events::Event;

/// The row being read of one open table: the cells read so far and the paragraphs of
/// the cell being read.
#[derive(Default)]
struct Frame {
    row: Vec<String>,
    cell: Vec<String>,
}

/// The text of a .docx: one line per paragraph, one line per table row (cells separated
/// by tabs, a cell's paragraphs joined by spaces). A table inside a cell gives its own
/// lines, before the line of the row that holds it; each open table keeps its own row, so
/// the work is linear in the document however deep the nesting, and a document nesting
/// tables more than [`MAX_TABLE_DEPTH`] deep is refused.
pub fn docx_text(bytes: &[u8]) -> Result<String, ImportError> {
    crate::sheet::check_zip(bytes, WHAT)?;
    let xml = crate::zip_parts::read_part(bytes, "word/document.xml", WHAT)?;
    let mut reader = quick_xml::Reader::from_reader(xml.as_slice());
    let mut out = String::new();
    let mut para = String::new();
    let mut tables: Vec<Frame> = Vec::new(); // the open tables, innermost last
    let mut in_text = false;
    let mut buf = Vec::new();
    loop {
        let ev = reader
            .read_event_into(&mut buf)
            .map_err(|_| ImportError::NotThatKind(WHAT))?;
        match ev {
            Event::Start(e) => match e.local_name().as_ref() {
                b"t" => in_text = true,
                b"tbl" => {
                    if tables.len() >= MAX_TABLE_DEPTH {
                        return Err(ImportError::TooLarge(Limit::Nesting));
                    }
                    tables.push(Frame::default());
                }
                b"tr" => tables.last_mut().into_iter().for_each(|f| f.row.clear()),
                b"tc" => tables.last_mut().into_iter().for_each(|f| f.cell.clear()),
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
                para.push_str(entity(&name));
            }
            Event::End(e) => end(
                e.local_name().as_ref(),
                &mut tables,
                &mut para,
                &mut out,
                &mut in_text,
            ),
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    Ok(out)
}

const WHAT: &str = "a Word document (.docx)";

/// The text of one of XML's five named entities (any other gives nothing).
fn entity(name: &str) -> &'static str {
    match name {
        "amp" => "&",
        "lt" => "<",
        "gt" => ">",
        "quot" => "\"",
        "apos" => "'",
        _ => "",
    }
}

/// The end of an element: a paragraph goes to the innermost open cell, or to the text;
/// a cell to its row; a row to the text.
fn end(
    name: &[u8],
    tables: &mut Vec<Frame>,
    para: &mut String,
    out: &mut String,
    in_text: &mut bool,
) {
    match name {
        b"t" => *in_text = false,
        b"p" => {
            let p = std::mem::take(para);
            match tables.last_mut() {
                Some(f) => f.cell.push(p.replace('\t', " ")),
                None => {
                    out.push_str(&p);
                    out.push('\n');
                }
            }
        }
        b"tc" => {
            if let Some(f) = tables.last_mut() {
                let cell = std::mem::take(&mut f.cell);
                f.row.push(cell.join(" ").trim().to_string());
            }
        }
        b"tr" => {
            if let Some(f) = tables.last_mut() {
                out.push_str(&f.row.join("\t"));
                out.push('\n');
                f.row.clear();
            }
        }
        b"tbl" => {
            tables.pop();
        }
        _ => {}
    }
}

/// Import minutes from a .docx.
pub fn import_docx(bytes: &[u8], context: Option<&BoardDocument>) -> Result<Draft, ImportError> {
    let text = docx_text(bytes)?;
    Ok(crate::minutes::import_minutes(&text, context))
}
