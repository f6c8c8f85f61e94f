//! A draft written as pretty JSON straight to a writer, the same text byte for byte as
//! [`crate::Draft::to_json`], without the typed records of its largest lists ever held
//! (issue 25). The draft's small parts (the document without its attendance marks, the
//! uncertainties, the mapping) are serialised as one skeleton; the skeleton has one
//! placeholder record where each meeting's marks go and an empty provenance list, and
//! the marks and the provenance are written in their place one element at a time, each
//! indented as it would stand in the whole. Pretty JSON never has a line break inside a
//! string, so indenting is adding spaces after each line break.

use crate::{Draft, Provenance};
use boardkit::meeting::{Attendance, AttendanceStatus};
use serde::Serialize;
use std::io::{self, Write};

/// A writer that indents by `by` spaces after every line break.
struct Indent<'w, W: Write> {
    w: &'w mut W,
    by: usize,
}

const SPACES: &[u8; 16] = b"                ";

impl<W: Write> Write for Indent<'_, W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let pad = SPACES.get(..self.by).unwrap_or(SPACES);
        let mut parts = buf.split(|b| *b == b'\n');
        if let Some(first) = parts.next() {
            self.w.write_all(first)?;
        }
        for part in parts {
            self.w.write_all(b"\n")?;
            self.w.write_all(pad)?;
            self.w.write_all(part)?;
        }
        Ok(buf.len())
    }
    fn flush(&mut self) -> io::Result<()> {
        self.w.flush()
    }
}

/// One value as pretty JSON, indented by `by` spaces after each line break.
fn pretty_at<T: Serialize, W: Write>(w: &mut W, by: usize, value: &T) -> io::Result<()> {
    serde_json::to_writer_pretty(Indent { w, by }, value).map_err(io::Error::other)
}

/// The placeholder of meeting `meeting`'s marks: no person id the importer makes (or a
/// board document holds) starts with a NUL character.
pub(crate) fn placeholder(meeting: usize) -> Attendance {
    crate::attendance_line(
        format!("\u{0}boardkit-marks-{meeting}"),
        AttendanceStatus::Unknown,
        None,
        boardkit::Extensions::new(),
    )
}

/// A meeting's attendance entries (pretty JSON, indented as in a draft) stand 10 spaces in:
/// the draft's fields at 2, the document's at 4, its meetings at 6, their fields at 8.
const MARK_INDENT: usize = 10;
/// The provenance entries stand 4 spaces in.
const PROVENANCE_INDENT: usize = 4;

fn missing() -> io::Error {
    io::Error::other("the draft's outline has no place for a list")
}

/// Write `skeleton` with each meeting `i` whose only attendance entry is
/// [`placeholder`]`(i)` given the entries `marks(i, ..)` hands over instead, and its empty
/// provenance list given the entries `provenance(..)` hands over.
pub(crate) fn write_spliced<W: Write>(
    skeleton: &Draft,
    marks: impl Fn(usize, &mut dyn FnMut(&Attendance) -> io::Result<()>) -> io::Result<()>,
    provenance: impl FnOnce(&mut dyn FnMut(&Provenance) -> io::Result<()>) -> io::Result<()>,
    w: &mut W,
) -> io::Result<()> {
    let text = serde_json::to_string_pretty(skeleton).map_err(io::Error::other)?;
    let mut pos = 0;
    for (i, m) in skeleton.document.meetings.iter().enumerate() {
        let mark = placeholder(i);
        if m.attendance.len() != 1 || m.attendance.first() != Some(&mark) {
            continue;
        }
        let mut needle = b"\n".to_vec();
        needle.extend_from_slice(SPACES.get(..MARK_INDENT).unwrap_or(SPACES));
        pretty_at(&mut needle, MARK_INDENT, &mark)?;
        let rest = text.get(pos..).unwrap_or("");
        let at = find(rest.as_bytes(), &needle).ok_or_else(missing)?;
        w.write_all(rest.as_bytes().get(..at).unwrap_or_default())?;
        let mut first = true;
        marks(i, &mut |a| {
            w.write_all(if first { b"\n" } else { b",\n" })?;
            first = false;
            w.write_all(SPACES.get(..MARK_INDENT).unwrap_or(SPACES))?;
            pretty_at(w, MARK_INDENT, a)
        })?;
        pos += at + needle.len();
    }
    let head = "\n  \"provenance\": ";
    let rest = text.get(pos..).unwrap_or("");
    let at = rest.find(&format!("{head}[]")).ok_or_else(missing)?;
    w.write_all(rest.as_bytes().get(..at + head.len()).unwrap_or_default())?;
    let mut first = true;
    provenance(&mut |p| {
        w.write_all(if first { b"[\n" } else { b",\n" })?;
        first = false;
        w.write_all(SPACES.get(..PROVENANCE_INDENT).unwrap_or(SPACES))?;
        pretty_at(w, PROVENANCE_INDENT, p)
    })?;
    w.write_all(if first { b"[]" } else { b"\n  ]" })?;
    w.write_all(
        rest.as_bytes()
            .get(at + head.len() + 2..)
            .unwrap_or_default(),
    )
}

/// The first place of `needle` in `hay` (linear in `hay` for the short needles here).
fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    let first = *needle.first()?;
    let mut from = 0;
    while let Some(i) = hay.get(from..)?.iter().position(|b| *b == first) {
        let at = from + i;
        if hay.get(at..at + needle.len()) == Some(needle) {
            return Some(at);
        }
        from = at + 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indenting_adds_spaces_after_each_line_break() {
        let mut out = Vec::new();
        pretty_at(&mut out, 4, &serde_json::json!({"a": [1]})).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "{\n      \"a\": [\n        1\n      ]\n    }"
        );
        assert_eq!(find(b"abcabd", b"abd"), Some(3));
        assert_eq!(find(b"abc", b"x"), None);
    }
}
