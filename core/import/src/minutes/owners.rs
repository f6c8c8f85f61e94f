//! Owners of actions and decisions as minutes write them, and the making of actions.

use super::reader::Reader;
use crate::codes::ImportCode;
use crate::dates::{self, Read};
use crate::Location;
use boardkit::action::{Owner, Status};
use boardkit::date::When;
use boardkit::Extensions;
use serde_json::Value;

impl Reader<'_> {
    /// Owners from text (see [`crate::people::owners`]).
    pub(crate) fn owners(&mut self, text: &str, at: &Location, ext: &mut Extensions) -> Vec<Owner> {
        crate::people::owners(&mut self.book, self.context, text, at, &mut self.out, ext)
    }

    /// A due from text: a date, a month, "next meeting"; unread text kept with an
    /// uncertainty.
    pub(crate) fn due(&mut self, text: &str, line: usize, ext: &mut Extensions) -> Option<When> {
        let t = text.trim();
        if t.is_empty() {
            return None;
        }
        match dates::due(t) {
            Some(Read::Day(d)) => {
                if dates::suspicious(d, Some(self.meeting.date)) || d < self.meeting.date {
                    self.note(line, ImportCode::DateSuspicious, "A due date is far from the meeting date or before it, for example 2106 for 2016; it was used as written, check it.");
                }
                Some(When::Date(d))
            }
            Some(Read::Month(m)) => Some(When::Month(m)),
            Some(Read::NoYear(d, m)) => {
                let inferred = dates::infer_year(d, m, self.meeting.date)?;
                self.note(line, ImportCode::DateYearInferred, "A due date was written without a year; the first such date on or after the meeting was used.");
                Some(When::Date(inferred))
            }
            Some(Read::Impossible) => {
                self.note(line, ImportCode::DateImpossible, "A due date does not exist, for example 31 April; it was kept as text under the action's extensions (due_text).");
                ext.insert("due_text".into(), Value::String(t.to_string()));
                None
            }
            None if dates::says_next_meeting(t) => Some(When::NextMeeting),
            None => {
                self.note(line, ImportCode::DateUnread, "A due date could not be read, for example \"the December Board meeting\"; it was kept as text under the action's extensions (due_text).");
                ext.insert("due_text".into(), Value::String(t.to_string()));
                None
            }
        }
    }

    /// Add an action raised at this meeting.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn add_action(
        &mut self,
        line: usize,
        reference: String,
        description: String,
        owner_text: Option<&str>,
        due_text: Option<&str>,
        outcome: Option<String>,
        status: Option<Status>,
    ) {
        let at = Location::line(line);
        let mut ext = Extensions::new();
        let owners = match owner_text {
            Some(o) => self.owners(o, &at, &mut ext),
            None => Vec::new(),
        };
        if owners.is_empty() && !ext.contains_key("owner_text") {
            self.note(
                line,
                ImportCode::OwnerUnread,
                "An action has no owner that could be read; add one.",
            );
        }
        let mut due = due_text.and_then(|d| self.due(d, line, &mut ext));
        if due.is_none() && due_text.is_none() && dates::says_next_meeting(&description) {
            due = Some(When::NextMeeting);
        }
        let n = self.actions.len() + 1;
        let Some(mut a) = crate::new_action(
            format!("a-{n}"),
            reference,
            description,
            self.meeting.id.clone(),
        ) else {
            return;
        };
        a.owners = owners;
        a.due = due.map(boardkit::action::Due::from);
        a.desired_outcome = outcome.filter(|o| !o.is_empty());
        a.status = status;
        a.extensions = ext;
        self.actions.push(a);
    }
}
