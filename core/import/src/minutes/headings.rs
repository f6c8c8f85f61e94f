//! Agenda item headings: "3." alone (title on the next line), "3. Title",
//! "57  TITLE IN CAPITALS – text", "60 (49) TITLE – text" (the back-reference kept).

use super::attendance;
use super::reader::{new_item, Pending, Reader, Section};
use crate::text::Line;
use serde_json::Value;

impl Reader<'_> {
    /// An agenda item heading: "3." alone (title on the next line), "3. Title",
    /// "57  TITLE IN CAPITALS – text", "60 (49) TITLE – text".
    pub(crate) fn heading(&mut self, l: &Line, next: Option<&Line>) -> Option<usize> {
        let t = l.text.as_str();
        let digits: String = t.chars().take_while(|c| c.is_ascii_digit()).collect();
        if digits.is_empty() || digits.len() > 3 {
            return None;
        }
        let n: u32 = digits.parse().ok()?;
        if self.item_number().is_some_and(|cur| n <= cur) {
            return None;
        }
        let rest = t.get(digits.len()..).unwrap_or("");
        let (dot, rest) = match rest.strip_prefix('.') {
            Some(r) => (true, r),
            None => (false, rest),
        };
        if rest.starts_with(|c: char| c.is_ascii_digit()) {
            return None; // 3.1: a paragraph, not an item
        }
        let rest_trim = rest.trim();
        let (title, used) = if rest_trim.is_empty() {
            let next = next?;
            if self.meeting.agenda.is_empty() && attendance::is_header(&next.text) {
                return None; // a page number before an attendance heading
            }
            if next.text.chars().next().is_some_and(|c| c.is_ascii_digit()) {
                return None;
            }
            (next.text.clone(), 2)
        } else {
            // Same-line title: needs "3." (dot) or a tab, or a title in capitals.
            if !dot && self.caps_heading(l, n, rest_trim) {
                return Some(1);
            }
            if !(dot && rest.starts_with([' ', '\t'])) && l.cells.is_empty() {
                return None;
            }
            if !rest_trim.starts_with(|c: char| c.is_uppercase() || c == '<') {
                return None;
            }
            (rest_trim.to_string(), 1)
        };
        let number = if dot { format!("{n}.") } else { format!("{n}") };
        let long = title.chars().count() > 80;
        self.open_item(
            number.trim_end_matches('.').to_string(),
            title.clone(),
            l.no,
        );
        if long && used == 1 {
            // A title run together with its minute text: read the text too.
            self.read_within(l.no, title);
        }
        Some(used)
    }

    /// "57  TITLE IN CAPITALS – text", "60 (49) TITLE – text" (no dot after the number):
    /// opens the item and reads the text after the title; false when `rest` is not one.
    fn caps_heading(&mut self, l: &Line, n: u32, rest: &str) -> bool {
        let (backref, body) = strip_backref(rest);
        let caps_title: String = body.split(" – ").next().unwrap_or("").to_string();
        let is_caps = caps_title.chars().filter(|c| c.is_alphabetic()).count() > 3
            && !caps_title.chars().any(|c| c.is_lowercase());
        let caps_words = caps_title
            .split_whitespace()
            .filter(|w| w.chars().any(char::is_alphabetic))
            .count();
        if !(is_caps && (caps_words >= 2 || backref.is_some())) {
            return false;
        }
        let remainder = body
            .get(caps_title.len()..)
            .map(|s| s.trim_start_matches([' ', '–']).trim().to_string());
        self.open_item(format!("{n}"), caps_title.trim().to_string(), l.no);
        if let Some(b) = backref {
            self.item()
                .extensions
                .insert("earlier_minute".into(), Value::String(b));
        }
        if let Some(r) = remainder.filter(|s| !s.is_empty()) {
            self.read_within(l.no, r);
        }
        true
    }

    /// Read text that came on a heading's line as a line of its own (records, then kept).
    fn read_within(&mut self, no: usize, text: String) {
        let sub = Line {
            no,
            text,
            cells: Vec::new(),
            bullet: false,
        };
        self.records(&sub);
        self.keep(&sub);
    }

    fn open_item(&mut self, number: String, title: String, _line: usize) {
        self.section = Section::Item;
        self.pending = Pending::None;
        self.para_ref = None;
        self.proposal = None;
        self.outstanding = false;
        let title = title.trim_end_matches(" pdf icon PDF").to_string();
        let title = strip_pdf(&title);
        self.meeting.agenda.push(new_item(number, title));
    }
}

/// "(49) TITLE" → (Some("49"), "TITLE").
fn strip_backref(s: &str) -> (Option<String>, &str) {
    if let Some(rest) = s.strip_prefix('(') {
        if let Some((inner, after)) = rest.split_once(')') {
            if !inner.is_empty() && inner.chars().all(|c| c.is_ascii_digit()) {
                return (Some(inner.to_string()), after.trim_start());
            }
        }
    }
    (None, s)
}

/// "Minutes pdf icon PDF 224 KB" → "Minutes".
fn strip_pdf(title: &str) -> String {
    match title.find(" pdf icon") {
        Some(i) => title.get(..i).unwrap_or(title).trim().to_string(),
        None => title.trim().to_string(),
    }
}
