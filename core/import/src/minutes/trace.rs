//! Provenance of minutes: what one source line changed in the draft.
//!
//! Every line passes through [`super::Reader::line`]; a [`Mark`] taken before it and
//! compared after it names the JSON Pointers the line wrote (a new attendance entry, a
//! new agenda item, the minute text it was appended to, a decision, an action, the
//! preamble...). Work deferred to the end of the paper (initials and roles paired with
//! names later) records its pointers where it is done. All counts are O(1) to read, so
//! tracing keeps the import linear.

use super::reader::{Reader, Section};

/// The sizes of what a line can add to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Mark {
    attendance: usize,
    agenda: usize,
    minutes: usize,
    decisions: usize,
    actions: usize,
    preamble: usize,
    people: usize,
    /// Each key of the meeting's extensions and its size (entries of an array, else 1).
    extensions: Vec<(String, usize)>,
    declarations: usize,
    matters: usize,
    previous: bool,
    next: bool,
    section: Section,
}

const M: &str = "/meetings/0";

impl Mark {
    pub fn of(r: &Reader<'_>) -> Mark {
        let item = r.meeting.agenda.last();
        Mark {
            attendance: r.meeting.attendance.len(),
            agenda: r.meeting.agenda.len(),
            minutes: item.and_then(|i| i.minutes.as_ref()).map_or(0, String::len),
            decisions: item.map_or(0, |i| i.decisions.len()),
            actions: r.actions.len(),
            preamble: r.preamble.len(),
            people: r.book.people.len(),
            extensions: r
                .meeting
                .extensions
                .iter()
                .map(|(k, v)| (k.clone(), v.as_array().map_or(1, Vec::len)))
                .collect(),
            declarations: r
                .meeting
                .declarations
                .as_ref()
                .map_or(0, |d| d.entries.len() + 1),
            matters: r.meeting.matters_arising.len(),
            previous: r.meeting.previous_minutes.is_some(),
            next: r.meeting.next_meeting.is_some(),
            section: r.section,
        }
    }

    /// The pointers written since this mark was taken.
    pub fn since(&self, r: &Reader<'_>) -> Vec<String> {
        let now = Mark::of(r);
        let mut out = Vec::new();
        for i in self.attendance..now.attendance {
            out.push(format!("{M}/attendance/{i}"));
        }
        for i in self.agenda..now.agenda {
            out.push(format!("{M}/agenda/{i}"));
        }
        if let Some(n) = now.agenda.checked_sub(1) {
            let same = now.agenda == self.agenda;
            if now.minutes > if same { self.minutes } else { 0 } {
                out.push(format!("{M}/agenda/{n}/minutes"));
            }
            for d in if same { self.decisions } else { 0 }..now.decisions {
                out.push(format!("{M}/agenda/{n}/decisions/{d}"));
            }
        }
        for i in self.actions..now.actions {
            out.push(format!("/actions/{i}"));
        }
        for i in self.preamble..now.preamble {
            out.push(format!("{M}/extensions/preamble/{i}"));
        }
        for i in self.people..now.people {
            out.push(format!("/people/{i}"));
        }
        if now.declarations > self.declarations {
            out.push(format!("{M}/declarations"));
        }
        for i in self.matters..now.matters {
            out.push(format!("{M}/matters_arising/{i}"));
        }
        if now.previous && !self.previous {
            out.push(format!("{M}/previous_minutes"));
        }
        if now.next && !self.next {
            out.push(format!("{M}/next_meeting"));
        }
        for (key, len) in &now.extensions {
            let before = self
                .extensions
                .iter()
                .find(|(k, _)| k == key)
                .map_or(0, |(_, n)| *n);
            let is_array = r.meeting.extensions.get(key).is_some_and(|v| v.is_array());
            let key = crate::provenance::escape(key);
            if is_array {
                for i in before..*len {
                    out.push(format!("{M}/extensions/{key}/{i}"));
                }
            } else if *len > before {
                out.push(format!("{M}/extensions/{key}"));
            }
        }
        if out.is_empty() && now.section != self.section {
            // A heading that is structure: the list it opens.
            if let Section::Attend(_) = now.section {
                out.push(format!("{M}/attendance"));
            }
        }
        out
    }
}
