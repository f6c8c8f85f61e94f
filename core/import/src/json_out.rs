//! A draft written as pretty JSON straight to a writer, the same text byte for byte as
//! [`crate::Draft::to_json`], without the typed records of its largest lists ever held
//! (a draft written out never holds the whole text twice). The draft's small parts (the
//! document without its attendance marks, the
//! uncertainties, the mapping) are serialised as one skeleton; the skeleton has one
//! placeholder record where each meeting's marks go and an empty provenance list, and
//! the marks and the provenance are written in their place one element at a time, each
//! indented as it would stand in the whole. Pretty JSON never has a line break inside a
//! string, so indenting is adding spaces after each line break.

use crate::{Draft, Provenance};
use boardkit::action::Action;
use boardkit::meeting::{Attendance, AttendanceStatus};
use serde::Serialize;
use std::io::{self, Write};

/// A writer that indents by `by` spaces after every line break.
struct Indent<'w, W: Write + ?Sized> {
    w: &'w mut W,
    by: usize,
}

const SPACES: &[u8; 16] = b"                ";

impl<W: Write + ?Sized> Write for Indent<'_, W> {
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

/// A writer that only counts the bytes written to it.
struct Count(usize);

impl Write for Count {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0 = self.0.saturating_add(buf.len());
        Ok(buf.len())
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// The text `write` writes, made by writing twice: once to count its bytes, then into a
/// string of exactly that size and one byte more (a C string's closing NUL), so the text
/// is never copied or over-allocated as it grows and is handed on as it is. Empty when
/// `write` fails (as `serde_json::to_string_pretty(..).unwrap_or_default()`).
pub(crate) fn exact_text(mut write: impl FnMut(&mut dyn Write) -> io::Result<()>) -> String {
    let mut count = Count(0);
    if write(&mut count).is_err() {
        return String::new();
    }
    let mut out = Vec::with_capacity(count.0.saturating_add(1));
    match write(&mut out) {
        Ok(()) => String::from_utf8(out).unwrap_or_default(),
        Err(_) => String::new(),
    }
}

/// One value as pretty JSON, indented by `by` spaces after each line break.
fn pretty_at<T: Serialize + ?Sized, W: Write + ?Sized>(
    w: &mut W,
    by: usize,
    value: &T,
) -> io::Result<()> {
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

/// The placeholder of the document's actions (an id that starts with a NUL character).
pub(crate) fn action_placeholder() -> Option<Action> {
    crate::new_action(
        "\u{0}boardkit-actions".into(),
        String::new(),
        String::new(),
        String::new(),
    )
}

/// The placeholder of the provenance list.
pub(crate) fn provenance_placeholder() -> Provenance {
    Provenance {
        at: crate::Location::default(),
        paths: vec!["\u{0}boardkit-provenance".into()],
    }
}

/// A meeting's attendance entries (pretty JSON, indented as in a draft) stand 10 spaces in:
/// the draft's fields at 2, the document's at 4, its meetings at 6, their fields at 8.
pub(crate) const MARK_INDENT: usize = 10;
/// The document's actions stand 6 spaces in.
pub(crate) const ACTION_INDENT: usize = 6;
/// The provenance entries stand 4 spaces in.
pub(crate) const PROVENANCE_INDENT: usize = 4;

/// Hands each element of a list to the function it is given, in order.
pub(crate) type Items<'a, T> =
    Box<dyn FnOnce(&mut dyn FnMut(&T) -> io::Result<()>) -> io::Result<()> + 'a>;

/// Writes a list's real text.
type WriteList<'a> = Box<dyn FnOnce(&mut dyn Write) -> io::Result<()> + 'a>;

/// One list of the skeleton: its placeholder (its only element) and what to write instead.
pub(crate) struct Splice<'a> {
    /// The list as the skeleton's text has it: `[`, the placeholder, `]`, indented.
    list: Vec<u8>,
    /// Writes the list's real text.
    write: WriteList<'a>,
}

impl<'a> Splice<'a> {
    /// The list whose only element in the skeleton is `placeholder`, at `indent` spaces,
    /// to be the elements `items` hands over.
    pub(crate) fn new<T: Serialize + 'a>(
        placeholder: &T,
        indent: usize,
        items: Items<'a, T>,
    ) -> io::Result<Self> {
        let pad = |n: usize| SPACES.get(..n).unwrap_or(SPACES);
        let close = indent.saturating_sub(2);
        let mut list = b"[\n".to_vec();
        list.extend_from_slice(pad(indent));
        pretty_at(&mut list, indent, placeholder)?;
        list.push(b'\n');
        list.extend_from_slice(pad(close));
        list.push(b']');
        let write = Box::new(move |w: &mut dyn Write| -> io::Result<()> {
            let mut first = true;
            items(&mut |item| {
                w.write_all(if first { b"[\n" } else { b",\n" })?;
                first = false;
                w.write_all(pad(indent))?;
                pretty_at(w, indent, item)
            })?;
            if first {
                return w.write_all(b"[]");
            }
            w.write_all(b"\n")?;
            w.write_all(pad(close))?;
            w.write_all(b"]")
        });
        Ok(Splice { list, write })
    }
}

fn missing() -> io::Error {
    io::Error::other("the draft's outline has no place for a list")
}

/// The skeleton's text: pretty JSON, each list to splice holding its placeholder.
pub(crate) fn skeleton_text(skeleton: &Draft) -> io::Result<String> {
    serde_json::to_string_pretty(skeleton).map_err(io::Error::other)
}

/// Write `text` (see [`skeleton_text`]) with each list of `splices` (in the order they
/// stand in the text) written in place of its placeholder.
pub(crate) fn write_spliced<W: Write>(
    text: &str,
    splices: Vec<Splice<'_>>,
    w: &mut W,
) -> io::Result<()> {
    let bytes = text.as_bytes();
    let mut pos = 0;
    for splice in splices {
        let rest = bytes.get(pos..).unwrap_or_default();
        let at = find(rest, &splice.list).ok_or_else(missing)?;
        w.write_all(rest.get(..at).unwrap_or_default())?;
        (splice.write)(w)?;
        pos += at + splice.list.len();
    }
    w.write_all(bytes.get(pos..).unwrap_or_default())
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
