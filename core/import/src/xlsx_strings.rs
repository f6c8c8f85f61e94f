//! The one malformed workbook calamine is known to panic on, refused before calamine
//! reads it: a cell of type `s` whose value is an index past the shared strings
//! (calamine indexes its list without a check). [`crate::quiet::catch`] turns any panic
//! into a refusal where panics unwind; this check is what keeps the wasm package, built
//! with `panic = "abort"`, from aborting on such a file.

use crate::ImportError;
use quick_xml::events::Event;
use std::io::{Cursor, Read};

/// The strings calamine keeps from `xl/sharedStrings.xml`: the `si` elements holding a
/// run (`r`) or a text (`t`) outside a phonetic run (`rPh`).
fn kept_strings(xml: &[u8]) -> Result<usize, ()> {
    let mut reader = quick_xml::Reader::from_reader(xml);
    let (mut buf, mut count) = (Vec::new(), 0usize);
    let (mut in_si, mut kept, mut phonetic) = (false, false, false);
    loop {
        match reader.read_event_into(&mut buf).map_err(|_| ())? {
            Event::Start(e) | Event::Empty(e) => match e.local_name().as_ref() {
                b"si" => (in_si, kept, phonetic) = (true, false, false),
                b"rPh" => phonetic = true,
                b"r" if in_si => kept = true,
                b"t" if in_si && !phonetic => kept = true,
                _ => {}
            },
            Event::End(e) => match e.local_name().as_ref() {
                b"si" => {
                    count += usize::from(kept);
                    in_si = false;
                }
                b"rPh" => phonetic = false,
                _ => {}
            },
            Event::Eof => return Ok(count),
            _ => {}
        }
        buf.clear();
    }
}

/// The largest shared-string index a sheet's cells name (`<c t="s"><v>N</v></c>`; a value
/// that is not a number counts as 0, as calamine reads it), or `None` when none does.
fn largest_index(xml: &[u8]) -> Result<Option<usize>, ()> {
    let mut reader = quick_xml::Reader::from_reader(xml);
    let (mut buf, mut largest) = (Vec::new(), None::<usize>);
    let (mut shared, mut in_v, mut text) = (false, false, String::new());
    loop {
        match reader.read_event_into(&mut buf).map_err(|_| ())? {
            Event::Start(e) if e.local_name().as_ref() == b"c" => {
                shared = e
                    .attributes()
                    .flatten()
                    .any(|a| a.key.as_ref() == b"t" && a.value.as_ref() == b"s");
            }
            Event::Start(e) if e.local_name().as_ref() == b"v" && shared => {
                in_v = true;
                text.clear();
            }
            Event::Text(t) if in_v => text.push_str(&String::from_utf8_lossy(&t)),
            Event::End(e) if e.local_name().as_ref() == b"v" && in_v => {
                in_v = false;
                let i = text.parse::<usize>().unwrap_or(0);
                largest = Some(largest.map_or(i, |l| l.max(i)));
            }
            Event::Eof => return Ok(largest),
            _ => {}
        }
        buf.clear();
    }
}

/// Refuse a workbook a sheet of which names a shared string past the list.
pub fn check_shared_strings(bytes: &[u8], what: &'static str) -> Result<(), ImportError> {
    let bad = || ImportError::NotThatKind(what);
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|_| bad())?;
    let names: Vec<String> = zip.file_names().map(str::to_string).collect();
    let norm = |n: &str| n.replace('\\', "/").to_ascii_lowercase();
    let mut part = |name: &str| -> Result<Vec<u8>, ImportError> {
        let mut out = Vec::new();
        let f = zip.by_name(name).map_err(|_| bad())?;
        f.take(crate::MAX_INPUT)
            .read_to_end(&mut out)
            .map_err(|_| bad())?;
        Ok(out)
    };
    let strings = match names.iter().find(|n| norm(n) == "xl/sharedstrings.xml") {
        Some(n) => kept_strings(&part(n)?).map_err(|_| bad())?,
        None => 0,
    };
    for n in names.iter().filter(|n| {
        let n = norm(n);
        n.starts_with("xl/worksheets/") && n.ends_with(".xml")
    }) {
        if largest_index(&part(n)?)
            .map_err(|_| bad())?
            .is_some_and(|i| i >= strings)
        {
            return Err(bad());
        }
    }
    Ok(())
}
