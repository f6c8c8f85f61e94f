//! `.docx` tables nested as the input says (deep nesting must not exhaust the stack): each byte opens a table, a row or
//! a cell, closes the innermost element, or writes a paragraph. Past 32 open tables the
//! document is refused with `import.too_deep`; otherwise its text is at most as long as
//! its XML (no row repeats the cells of the rows nested in it).
#![no_main]
use boardkit_fuzz::zips::zip_of;
use boardkit_import::{ImportError, Limit};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut xml = String::from("<w:document xmlns:w=\"w\"><w:body>");
    let mut open: Vec<&str> = Vec::new();
    let (mut tables, mut deepest) = (0usize, 0usize);
    for &b in data {
        let tag = match b % 5 {
            0 => "tbl",
            1 => "tr",
            2 => "tc",
            3 => {
                xml.push_str("<w:p><w:r><w:t>x</w:t></w:r></w:p>");
                continue;
            }
            _ => {
                if let Some(t) = open.pop() {
                    xml.push_str(&format!("</w:{t}>"));
                    tables -= usize::from(t == "tbl");
                }
                continue;
            }
        };
        xml.push_str(&format!("<w:{tag}>"));
        open.push(tag);
        tables += usize::from(tag == "tbl");
        deepest = deepest.max(tables);
    }
    while let Some(t) = open.pop() {
        xml.push_str(&format!("</w:{t}>"));
    }
    xml.push_str("</w:body></w:document>");
    let zip = zip_of(&[("word/document.xml", xml.as_bytes())]);
    match boardkit_import::docx::docx_text(&zip) {
        Ok(text) => {
            assert!(deepest <= 32, "{deepest} tables deep were read");
            assert!(
                text.len() <= xml.len(),
                "{} bytes of text from {}",
                text.len(),
                xml.len()
            );
        }
        Err(e) => {
            assert!(deepest > 32, "refused at depth {deepest}: {e:?}");
            assert_eq!(e, ImportError::TooLarge(Limit::Nesting));
        }
    }
});
