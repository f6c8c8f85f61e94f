//! Reading text: decoding (UTF-8, else Windows-1252) and splitting into logical lines
//! with their source line numbers, HTML-like tags removed, bullets and tab cells kept.

use crate::codes::ImportCode;
use crate::{ImportError, Location, Uncertainty, MAX_INPUT};

/// Decode bytes: UTF-8 (a byte-order mark is dropped), else Windows-1252 with an
/// uncertainty.
pub fn decode(bytes: &[u8]) -> Result<(String, Vec<Uncertainty>), ImportError> {
    if bytes.len() as u64 > MAX_INPUT {
        return Err(ImportError::TooLarge(crate::Limit::Input));
    }
    let bytes = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok((s.to_string(), Vec::new())),
        Err(_) => {
            let (text, _, _) = encoding_rs::WINDOWS_1252.decode(bytes);
            Ok((
                text.into_owned(),
                vec![Uncertainty {
                    at: Location::default(),
                    code: ImportCode::Encoding,
                    message: "The file is not UTF-8; it was read as Windows-1252, the encoding of older Office files. Check names with accents and the pound sign, for example \"£298,700\".".into(),
                    path: None,
                }],
            ))
        }
    }
}

/// One logical line of a text input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    /// 1-based line number in the input.
    pub no: usize,
    /// The text, tags removed, whitespace collapsed, bullet stripped.
    pub text: String,
    /// Tab-separated cells (trimmed, empties kept) when the line had tabs.
    pub cells: Vec<String>,
    /// Began with a bullet mark.
    pub bullet: bool,
}

const BULLETS: &[char] = &[
    '·', '•', '§', '\u{f0b7}', '▪', '◦', '*', '\u{f0a7}', '●', '\u{f0d8}',
];

/// Split text into logical lines. A `</p>` or `<br>` inside a line splits it; other
/// tags (`<p>`, `<i>`, `<AI1>`) are removed. Blank lines are dropped.
pub fn lines(text: &str) -> Vec<Line> {
    let mut out = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        for piece in split_paragraphs(raw) {
            let cells_raw: Vec<String> = piece.split('\t').map(clean).collect();
            let joined = cells_raw
                .iter()
                .filter(|c| !c.is_empty())
                .cloned()
                .collect::<Vec<_>>()
                .join(" ");
            let (bullet, text) = match joined.strip_prefix(BULLETS) {
                Some(rest) => (true, rest.trim().to_string()),
                None => (false, joined),
            };
            if text.is_empty() {
                continue;
            }
            let cells = if cells_raw.iter().filter(|c| !c.is_empty()).count() > 1 {
                cells_raw
            } else {
                Vec::new()
            };
            out.push(Line {
                no: i + 1,
                text,
                cells,
                bullet,
            });
        }
    }
    out
}

/// Split one raw line at paragraph-ending tags and strip the other tags.
fn split_paragraphs(raw: &str) -> Vec<String> {
    let mut pieces = Vec::new();
    let mut cur = String::new();
    let mut rest = raw;
    while let Some(pos) = rest.find('<') {
        let (before, after) = rest.split_at(pos);
        cur.push_str(before);
        let tag_end = after
            .char_indices()
            .take(300)
            .find(|(_, c)| *c == '>')
            .map(|(i, _)| i);
        let is_tag = after
            .chars()
            .nth(1)
            .is_some_and(|c| c.is_ascii_alphabetic() || c == '/');
        match tag_end {
            Some(end) if is_tag => {
                let tag = after.get(1..end).unwrap_or("").to_ascii_lowercase();
                if tag.starts_with("/p")
                    || tag.starts_with("br")
                    || tag.starts_with("/li")
                    || tag.starts_with("li")
                    || tag.starts_with("p") && !tag.starts_with("pre")
                {
                    pieces.push(std::mem::take(&mut cur));
                } else {
                    cur.push(' ');
                }
                rest = after.get(end + 1..).unwrap_or("");
            }
            _ => {
                cur.push('<');
                rest = after.get(1..).unwrap_or("");
            }
        }
    }
    cur.push_str(rest);
    pieces.push(cur);
    pieces
}

/// Collapse whitespace (including non-breaking spaces) and trim.
pub fn clean(s: &str) -> String {
    s.split(|c: char| c.is_whitespace() || c == '\u{a0}')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_1252_pound() {
        let (s, u) = decode(b"\xa3298,700").unwrap();
        assert_eq!(s, "£298,700");
        assert_eq!(u[0].code, ImportCode::Encoding);
    }

    #[test]
    fn paragraphs_split_tags_go() {
        let l = lines("2.1\t<p>3.1 – one</p> <p>7.1.2 – two</p>\n<AI1>\n");
        let texts: Vec<&str> = l.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(texts, ["2.1", "3.1 – one", "7.1.2 – two"]);
    }
}
