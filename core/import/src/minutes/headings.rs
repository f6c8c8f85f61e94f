//! Agenda item headings: "3." alone (title on the next line), "3. Title",
//! "57  TITLE IN CAPITALS – text", "60 (49) TITLE – text" (the back-reference kept).

use super::{attendance, new_item, Pending, Reader, Section};
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
        let (title, remainder, used) = if rest_trim.is_empty() {
            let next = next?;
            if self.meeting.agenda.is_empty() && attendance::is_header(&next.text) {
                return None; // a page number before an attendance heading
            }
            if next.text.chars().next().is_some_and(|c| c.is_ascii_digit()) {
                return None;
            }
            (next.text.clone(), None, 2)
        } else {
            // Same-line title: needs "3." (dot) or a tab, or a title in capitals.
            let (backref, body) = strip_backref(rest_trim);
            let caps_title: String = body.split(" – ").next().unwrap_or("").to_string();
            let is_caps = caps_title.chars().filter(|c| c.is_alphabetic()).count() > 3
                && !caps_title.chars().any(|c| c.is_lowercase());
            let caps_words = caps_title
                .split_whitespace()
                .filter(|w| w.chars().any(char::is_alphabetic))
                .count();
            if is_caps && (caps_words >= 2 || backref.is_some()) && !dot {
                let remainder = body
                    .get(caps_title.len()..)
                    .map(|s| s.trim_start_matches([' ', '–']).trim().to_string());
                if let Some(b) = backref {
                    self.open_item(format!("{n}"), caps_title.trim().to_string(), l.no);
                    self.item()
                        .extensions
                        .insert("earlier_minute".into(), Value::String(b));
                } else {
                    self.open_item(format!("{n}"), caps_title.trim().to_string(), l.no);
                }
                if let Some(r) = remainder.filter(|s| !s.is_empty()) {
                    let sub = Line {
                        no: l.no,
                        text: r,
                        cells: Vec::new(),
                        bullet: false,
                    };
                    self.records(&sub);
                    self.keep(&sub);
                }
                return Some(1);
            }
            if !(dot && rest.starts_with([' ', '\t'])) && l.cells.is_empty() {
                return None;
            }
            if !rest_trim.starts_with(|c: char| c.is_uppercase() || c == '<') {
                return None;
            }
            (rest_trim.to_string(), None::<String>, 1)
        };
        let number = if dot { format!("{n}.") } else { format!("{n}") };
        let long = title.chars().count() > 80;
        self.open_item(
            number.trim_end_matches('.').to_string(),
            title.clone(),
            l.no,
        );
        let _ = remainder;
        if long && used == 1 {
            // A title run together with its minute text: read the text too.
            let sub = Line {
                no: l.no,
                text: title,
                cells: Vec::new(),
                bullet: false,
            };
            self.records(&sub);
            self.keep(&sub);
        }
        Some(used)
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
