//! The standing records of a meeting read from its minutes: declarations of interest
//! (and "none declared"), approval of the previous minutes, the next meeting.

use super::entry_text::sentences;
use super::reader::Reader;
use crate::codes::ImportCode;
use crate::dates::{self, Read};
use crate::text::Line;
use crate::Location;
use boardkit::meeting::{Declaration, Declarations, MinutesApproval, NextMeeting, PersonRef};

impl Reader<'_> {
    pub(crate) fn declarations(&mut self, l: &Line, body: &str) -> bool {
        let lower = body.to_lowercase();
        let title = self.item_title();
        let in_item = title.contains("declaration")
            || title.contains("disclosure")
            || title.contains("interest");
        let none = [
            "no declarations",
            "no interests were declared",
            "none declared",
            "there were no declarations",
            "no declarations of interest",
        ];
        let named = lower.contains("declarations of interest");
        if (in_item || named) && none.iter().any(|n| lower.contains(n)) {
            let d = self.meeting.declarations.get_or_insert(Declarations {
                none_declared: false,
                entries: Vec::new(),
            });
            if d.entries.is_empty() {
                d.none_declared = true;
            }
            return true;
        }
        let left_room = lower.contains("left the room") || lower.contains("left the meeting");
        let mut any = false;
        for s in sentences(body) {
            any |= self.declaration(l.no, &s, left_room);
        }
        any
    }

    /// "X declared an interest in item 5": one declaration; false when the sentence is
    /// not one (or names nobody).
    fn declaration(&mut self, no: usize, s: &str, left_room: bool) -> bool {
        let sl = s.to_lowercase();
        if sl.starts_with("having") || sl.starts_with("members are asked") || sl.starts_with("to ")
        {
            return false;
        }
        let pos = sl
            .find(" declared a")
            .or_else(|| sl.find(" made a declaration"));
        let Some(pos) = pos else { return false };
        let who = s.get(..pos).unwrap_or("");
        let who = who
            .rsplit(", ")
            .next()
            .unwrap_or(who)
            .trim_end_matches(" also");
        let at = Location::line(no);
        let Some(person) = self.person(who, None, &at) else {
            return false;
        };
        let item = ["agenda item ", "item ", "minute "]
            .iter()
            .find_map(|k| {
                sl.find(k).map(|p| {
                    sl.get(p + k.len()..)
                        .unwrap_or("")
                        .chars()
                        .take_while(|c| c.is_ascii_digit() || *c == '.')
                        .collect::<String>()
                })
            })
            .map(|s| s.trim_end_matches('.').to_string())
            .unwrap_or_default();
        let nature = s
            .get(pos..)
            .unwrap_or("")
            .trim()
            .trim_start_matches("declared ")
            .to_string();
        let d = self.meeting.declarations.get_or_insert(Declarations {
            none_declared: false,
            entries: Vec::new(),
        });
        d.none_declared = false;
        d.entries.push(Declaration {
            person: PersonRef::Person(person),
            item,
            nature,
            left_room,
            took_part: !left_room,
            kind: None,
            dispensation: false,
        });
        true
    }

    /// Approval of the previous minutes.
    pub(crate) fn approval(&mut self, l: &Line) -> bool {
        if self.meeting.previous_minutes.is_some() {
            return false;
        }
        let lower = l.text.to_lowercase();
        if !lower.contains("minutes")
            || lower.starts_with("to ")
            || lower.contains("to confirm")
            || lower.contains("to agree")
        {
            return false;
        }
        let keys = [
            "correct record",
            "accurate record",
            "confirmed",
            "approved",
            "were agreed",
            "be agreed",
            "agreed the minutes",
            "true and correct",
            "signed off",
        ];
        if !keys.iter().any(|k| lower.contains(k)) {
            return self.minutes_listed(l, &lower);
        }
        let mut note = lower
            .find("subject to")
            .and_then(|p| l.text.get(p..))
            .map(str::to_string);
        // "The minutes of the last meeting" with no date: the paper names the meeting
        // only as the last one, which the record says (`last_meeting`).
        let mut last_meeting = false;
        let id = match dates::first(&l.text).map(|f| f.read) {
            Some(Read::Day(d)) => format!("m-{d}"),
            Some(Read::Impossible) => {
                self.note(l.no, ImportCode::DateImpossible, "The date of the previous meeting does not exist, for example 31 April; the approval is recorded without the meeting it refers to. Add that meeting's date, for example 20/10/2016.");
                String::new()
            }
            _ => {
                // No meeting can be named without its date: the approval is kept as
                // minuted, with no reference that would dangle.
                self.note(l.no, ImportCode::DateUnread, "The minutes approved are not dated, so the approval does not name the meeting they belong to; the sentence is kept as the approval's note. Add that meeting's date, for example 20/10/2016.");
                note.get_or_insert_with(|| l.text.clone());
                last_meeting = ["last meeting", "previous meeting"]
                    .iter()
                    .any(|k| lower.contains(k));
                String::new()
            }
        };
        self.meeting.previous_minutes = Some(MinutesApproval {
            meeting_date: None,
            last_meeting,
            amendments: Vec::new(),
            challenged: false,
            approved_on: None,
            meeting: id,
            approved: true,
            note,
        });
        true
    }

    /// An agenda line that lists the minutes of a dated meeting, the date in brackets
    /// after the word ("Minutes & Matters Arising (Wednesday 17th July 2019)"), with no
    /// word of approval (the action column may say only that all note them): the
    /// minutes were considered, recorded as approved with `import.approval_assumed`.
    fn minutes_listed(&mut self, l: &Line, lower: &str) -> bool {
        let Some(after) = lower.find("minutes").and_then(|p| l.text.get(p..)) else {
            return false;
        };
        let Some((_, rest)) = after.split_once('(') else {
            return false;
        };
        let inside = rest.split(')').next().unwrap_or("");
        let Some(Read::Day(d)) = dates::first(inside).map(|f| f.read) else {
            return false;
        };
        if self.date_found && d >= self.meeting.date {
            return false;
        }
        self.note(l.no, ImportCode::ApprovalAssumed, "The minutes of an earlier meeting are listed for this meeting, but the paper does not say they were approved; they are recorded as approved. Check the approval, and record any amendments.");
        self.meeting.previous_minutes = Some(MinutesApproval {
            meeting_date: None,
            last_meeting: false,
            amendments: Vec::new(),
            challenged: false,
            approved_on: None,
            meeting: format!("m-{d}"),
            approved: true,
            note: None,
        });
        true
    }

    /// The next meeting: "The next meeting will be held on ...", a date under its item.
    pub(crate) fn next_meeting(&mut self, l: &Line, forced: bool) -> bool {
        if self.meeting.next_meeting.is_some() {
            return false;
        }
        let lower = l.text.to_lowercase();
        // "the next meeting of the X Sub-group will be held ...": another body's meeting
        // unless X is this meeting's own body (named in its title).
        let of_body = lower.find("next meeting of ").map(|p| {
            let rest = lower.get(p + "next meeting of ".len()..).unwrap_or("");
            let end = [" to be held", " will be held", " is ", " on "]
                .iter()
                .filter_map(|k| rest.find(k))
                .min()
                .unwrap_or(rest.len());
            let body = rest.get(..end).unwrap_or("").trim();
            let body = body.strip_prefix("the ").unwrap_or(body);
            !body.is_empty() && self.meeting.title.to_lowercase().contains(body)
        });
        if of_body == Some(false) {
            return false;
        }
        let said = forced
            || of_body == Some(true)
            || self.item_title().contains("next meeting")
            || [
                "next meeting will be held",
                "next meeting be held",
                "next meeting would be held",
                "date of the next meeting is",
                "next meeting is",
                "next meeting:",
            ]
            .iter()
            .any(|k| lower.contains(k));
        if !said {
            return false;
        }
        let Some(found) = dates::first(&l.text) else {
            return false;
        };
        let date = match found.read {
            Read::Day(d) => d,
            Read::NoYear(..) if !self.date_found => {
                self.note(l.no, ImportCode::DateUnread, "The next meeting's date was written without a year and this meeting's date is unknown, so it was not recorded.");
                return false;
            }
            Read::NoYear(d, m) => match dates::infer_year(d, m, self.meeting.date) {
                Some(x) => {
                    self.note(l.no, ImportCode::DateYearInferred, "The next meeting's date was written without a year; the first such date after the meeting was used.");
                    x
                }
                None => return false,
            },
            Read::Impossible => {
                self.note(
                    l.no,
                    ImportCode::DateImpossible,
                    "The next meeting's date does not exist; it was not recorded.",
                );
                return false;
            }
            Read::Month(_) => return false,
        };
        if dates::suspicious(date, Some(self.meeting.date)) || date <= self.meeting.date {
            self.note(l.no, ImportCode::DateSuspicious, "The next meeting's date is far from this meeting or before it, for example 2102 for 2012; it was used as written, check it.");
        }
        let t = super::header::times(&l.text);
        self.meeting.next_meeting = Some(NextMeeting {
            date,
            start: t.first().copied(),
            end: t.get(1).copied(),
            venue: None,
            meeting: None,
        });
        true
    }
}
