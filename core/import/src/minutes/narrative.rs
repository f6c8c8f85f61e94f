//! Attendance told in sentences inside the minutes: apologies "received from" a list,
//! "X attended in her absence", "X is substituting for Y", "A and B also attended",
//! "A from Org attended the meeting as a substitute for Cllr B".

use super::entry_text::*;
use super::reader::{Reader, Section};
use crate::codes::ImportCode;
use crate::people::looks_like_name;
use crate::text::Line;
use crate::Location;
use boardkit::meeting::AttendanceStatus;

impl Reader<'_> {
    /// Narrative attendance inside an item: "Apologies ... were received from A, B (X
    /// attended as substitute) and C.", "X attended in her absence.", "X is substituting
    /// for Y.", "A, B and C also attended the meeting.", "welcomed A and B to the meeting".
    /// Returns true when the line held attendance.
    pub(crate) fn narrative(&mut self, l: &Line) -> bool {
        let at = Location::line(l.no);
        let mut any = false;
        for sentence in sentences(&l.text) {
            any |= self.sentence_attendance(l.no, &sentence, &at);
        }
        any
    }

    /// One sentence, tried against each shape in turn: the first that fits reads it.
    /// True when it held attendance.
    fn sentence_attendance(&mut self, no: usize, sentence: &str, at: &Location) -> bool {
        let lower = sentence.to_lowercase();
        let lower = lower.as_str();
        if let Some(held) = self.received_from(sentence, lower, at) {
            return held;
        }
        if self.substitute_sentence(sentence, at) {
            return true;
        }
        if let Some(held) = self.sent_apologies(sentence, lower, at) {
            return held;
        }
        if let Some(held) = self.in_absence(no, sentence, lower, at) {
            return held;
        }
        if let Some(held) = self.substituting_for(no, sentence, lower, at) {
            return held;
        }
        if let Some(held) = self.also_attended(sentence, lower, at) {
            return held;
        }
        if let Some(held) = self.attended_in_accordance(sentence, lower, at) {
            return held;
        }
        self.welcomed(sentence, lower, at)
    }

    /// "Apologies ... were received from A, B (X attended as substitute) and C."
    fn received_from(&mut self, sentence: &str, lower: &str, at: &Location) -> Option<bool> {
        let pos = lower.find("received from")?;
        if !lower.contains("apolog") {
            return None;
        }
        let list = sentence
            .get(pos + "received from".len()..)
            .unwrap_or("")
            .trim();
        let list = list
            .trim_start_matches("the following")
            .trim()
            .trim_end_matches(':');
        if list.is_empty() {
            self.section = Section::Attend(AttendanceStatus::Apologies);
            return Some(true);
        }
        let pieces = split_list(list);
        let named = pieces.iter().filter(|p| !org_only(p)).count();
        self.absent_in_sentence = named;
        for p in pieces {
            if org_only(&p) {
                if let Some(i) = self.meeting.attendance.len().checked_sub(1) {
                    self.set_post(i, &p);
                }
                continue;
            }
            self.entry(&p, AttendanceStatus::Apologies, at);
        }
        Some(true)
    }

    /// "A and B have sent their apologies."
    fn sent_apologies(&mut self, sentence: &str, lower: &str, at: &Location) -> Option<bool> {
        let pos = lower
            .find(" sent ")
            .filter(|p| lower.get(*p..).is_some_and(|r| r.contains("apolog")))?;
        let list = sentence.get(..pos).unwrap_or("");
        let list = list
            .trim_end_matches(" have")
            .trim_end_matches(" has")
            .trim();
        let pieces = split_list(list);
        if pieces.is_empty() || !pieces.iter().all(|p| looks_like_name(p) || org_only(p)) {
            return None;
        }
        self.absent_in_sentence = pieces.len();
        for p in pieces {
            self.entry(&p, AttendanceStatus::Apologies, at);
        }
        Some(true)
    }

    /// "X attended in her absence."
    fn in_absence(
        &mut self,
        no: usize,
        sentence: &str,
        lower: &str,
        at: &Location,
    ) -> Option<bool> {
        let pos = lower
            .find(" attended in her absence")
            .or_else(|| lower.find(" attended in his absence"))
            .or_else(|| lower.find(" attended in their absence"))?;
        let who = sentence.get(..pos).unwrap_or("");
        let Some(d) = self.person(who, None, at) else {
            return Some(false);
        };
        let member = if self.absent_in_sentence > 1 {
            self.note(no, ImportCode::PersonAmbiguous, "A deputy attended \"in her absence\" or \"in his absence\" after apologies from several people, so whom they deputised for was not recorded; choose the member.");
            None
        } else {
            self.last_absent.clone()
        };
        self.attend(d, AttendanceStatus::Deputy, member, false);
        Some(true)
    }

    /// "X is substituting for Y." (or for the vacancy).
    fn substituting_for(
        &mut self,
        no: usize,
        sentence: &str,
        lower: &str,
        at: &Location,
    ) -> Option<bool> {
        let pos = lower.find(" is substituting for ")?;
        let who = sentence.get(..pos).unwrap_or("");
        let whom = sentence
            .get(pos + " is substituting for ".len()..)
            .unwrap_or("");
        let Some(d) = self.person(who, None, at) else {
            return Some(false);
        };
        if whom.to_lowercase().starts_with("the vacancy") {
            self.attend(d, AttendanceStatus::Deputy, None, false);
            self.note(no, ImportCode::NoField, "A substitute for a vacant seat was recorded as a deputy for nobody: the record has no place for a vacant seat.");
        } else {
            let member = self.person(whom, None, at);
            self.attend(d, AttendanceStatus::Deputy, member, false);
        }
        Some(true)
    }

    /// "A, B and C also attended the meeting."
    fn also_attended(&mut self, sentence: &str, lower: &str, at: &Location) -> Option<bool> {
        let pos = lower
            .find(" also attended the meeting")
            .or_else(|| lower.strip_suffix(" also attended").map(str::len))?;
        let list = sentence.get(..pos).unwrap_or("");
        for p in split_list(list) {
            self.entry(&p, AttendanceStatus::InAttendance, at);
        }
        Some(true)
    }

    /// "Councillors A and B attended the meeting in accordance with ..."
    fn attended_in_accordance(
        &mut self,
        sentence: &str,
        lower: &str,
        at: &Location,
    ) -> Option<bool> {
        let pos = lower.find(" attended the meeting in accordance with")?;
        let list = sentence.get(..pos).unwrap_or("");
        let (prefix, list) = match list.strip_prefix("Councillors ") {
            Some(r) => ("Cllr ", r),
            None => ("", list),
        };
        for p in split_list(list) {
            self.entry(&format!("{prefix}{p}"), AttendanceStatus::InAttendance, at);
        }
        Some(true)
    }

    /// "The Chair welcomed A and B to the meeting."
    fn welcomed(&mut self, sentence: &str, lower: &str, at: &Location) -> bool {
        let welcome = lower
            .find(" welcomed ")
            .map(|w| w + " welcomed ".len())
            .or_else(|| lower.find(" welcome ").map(|w| w + " welcome ".len()));
        let (Some(w), Some(e)) = (welcome, lower.find(" to the meeting")) else {
            return false;
        };
        if e <= w {
            return false;
        }
        let list = sentence.get(w..e).unwrap_or("");
        if list.to_lowercase().starts_with("everyone") || list.to_lowercase().starts_with("members")
        {
            return false;
        }
        for p in split_list(list) {
            self.entry(&p, AttendanceStatus::InAttendance, at);
        }
        true
    }

    /// "Cllr Ann Bee from Some Council attended the meeting as a substitute for Cllr
    /// Dee.": Ann Bee is a deputy for the member named after "for".
    fn substitute_sentence(&mut self, sentence: &str, at: &Location) -> bool {
        let lower = sentence.to_lowercase();
        let Some((pos, len)) = [
            " as a substitute for ",
            " as substitute for ",
            " substituted for ",
        ]
        .iter()
        .find_map(|k| lower.find(k).map(|p| (p, k.len()))) else {
            return false;
        };
        let head = lower.get(..pos).unwrap_or("");
        let cut = [
            " attended the meeting",
            " attended",
            " was present",
            " attending",
        ]
        .iter()
        .filter_map(|k| head.find(k))
        .min()
        .unwrap_or(head.len());
        let who = sentence.get(..cut).unwrap_or("");
        let who = match who.find(" from ") {
            Some(f) => who.get(..f).unwrap_or(who),
            None => who,
        };
        let whom = sentence.get(pos + len..).unwrap_or("").trim();
        if !(looks_like_name(who) || single_titled(who)) || !is_person_ref(whom) {
            return false;
        }
        let member = self.member_ref(whom, at);
        if let Some(d) = self.person(who, None, at) {
            self.attend(d, AttendanceStatus::Deputy, member.clone(), false);
        }
        if let Some(m) = member {
            self.attend(m, AttendanceStatus::Apologies, None, false);
        }
        true
    }
}
