//! The meeting itself from the opening lines: title, date, venue and times; a date
//! that belongs to another meeting (the minutes approved, the next meeting) never dates
//! this one.

use super::reader::Reader;
use crate::dates;

impl Reader<'_> {
    /// Title, date, venue and times from the opening lines.
    pub(crate) fn find_header(&mut self) {
        let mut title = None;
        for l in self.lines.iter().take(15) {
            let t = l.text.as_str();
            if t.starts_with("Synthetic sample") || t.starts_with("===") {
                continue;
            }
            if t.chars().count() > 200 {
                continue;
            }
            if let Some(x) = t.strip_prefix("Meeting Title:") {
                title = Some(x.trim().to_string());
            }
            if title.is_none() && t.chars().count() > 12 && !t.contains(':') {
                title = Some(t.trim_end_matches(':').to_string());
            }
            let lower = t.to_lowercase();
            if let Some(v) = lower.strip_prefix("venue:") {
                if self.meeting.venue.is_none() {
                    let off = t.len() - v.len();
                    self.meeting.venue = t.get(off..).map(|s| s.trim().to_string());
                }
            }
            if !self.date_found
                && !about_other_meeting(&lower)
                && !lower.starts_with("contact")
                && !lower.contains("initials agency")
            {
                if let Some(f) = dates::first(t) {
                    if let dates::Read::Day(d) = f.read {
                        self.meeting.date = d;
                        self.date_found = true;
                        if let Some(s) = times(t).first() {
                            self.meeting.start = Some(*s);
                        }
                        if let Some(e) = times(t).get(1) {
                            self.meeting.end = Some(*e);
                        }
                    }
                }
            }
        }
        self.meeting.title = title.unwrap_or_else(|| "Imported minutes".into());
        if !self.date_found {
            self.labelled_date();
        }
        if let Some(m) = self.meeting.extensions.get("unused") {
            let _ = m;
        }
    }

    /// A decision record dates itself further down: "Date of decision: 21/10/2020",
    /// "Decided at meeting: ...", "Date of meeting: ...".
    fn labelled_date(&mut self) {
        let labels = [
            "date of decision:",
            "decided at meeting:",
            "date of meeting:",
            "meeting date:",
        ];
        for l in &self.lines {
            let lower = l.text.to_lowercase();
            if !labels.iter().any(|k| lower.starts_with(k)) {
                continue;
            }
            if let Some(dates::Read::Day(d)) = dates::first(&l.text).map(|f| f.read) {
                self.meeting.date = d;
                self.date_found = true;
                return;
            }
        }
    }
}

/// Whether an opening line's date belongs to another meeting: the minutes approved,
/// the last or previous meeting, a meeting still to come.
fn about_other_meeting(lower: &str) -> bool {
    let approving = lower.contains("minutes")
        && ["agree", "approve", "confirm", "accuracy", "meeting of "]
            .iter()
            .any(|k| lower.contains(k));
    approving
        || [
            "previous meeting",
            "last meeting",
            "meeting held on",
            "next meeting",
            "arising from",
            "to be held",
        ]
        .iter()
        .any(|k| lower.contains(k))
}

/// Times in a line: "2.00 pm", "1.30pm to 4.30pm", "9:15am", "at 2pm".
pub(crate) fn times(text: &str) -> Vec<boardkit::date::Time> {
    let mut out = Vec::new();
    let words: Vec<&str> = text.split_whitespace().collect();
    for (i, w) in words.iter().enumerate() {
        let w = w.trim_matches(|c: char| c == ',' || c == '(' || c == ')' || c == '–');
        let lower = w.to_lowercase();
        let (num, pm) = if let Some(n) = lower.strip_suffix("pm") {
            (n.to_string(), Some(true))
        } else if let Some(n) = lower.strip_suffix("am") {
            (n.to_string(), Some(false))
        } else {
            let nx = words.get(i + 1).map(|s| s.to_lowercase().replace('.', ""));
            match nx.as_deref() {
                Some("pm") => (lower.clone(), Some(true)),
                Some("am") => (lower.clone(), Some(false)),
                _ => continue,
            }
        };
        let num = num.trim_end_matches('.');
        let (h, m) = match num.split_once([':', '.']) {
            Some((h, m)) => (h.parse::<u32>().ok(), m.parse::<u32>().ok()),
            None => (num.parse::<u32>().ok(), Some(0)),
        };
        if let (Some(h), Some(m), Some(pm)) = (h, m, pm) {
            let h = if pm && h < 12 { h + 12 } else { h };
            if let Some(t) = boardkit::date::Time::hm(h, m) {
                out.push(t);
            }
        }
    }
    out
}
