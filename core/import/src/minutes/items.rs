//! Records inside agenda items: decisions, actions, declarations, approval of the
//! previous minutes, matters arising, the next meeting.

use super::markers::*;
use super::reader::{Pending, Reader, Section};
use crate::codes::ImportCode;
use crate::dates::{self, Read};
use crate::people::is_initials;
use crate::text::Line;
use crate::Location;
use boardkit::action::Status;
use boardkit::meeting::{Decision, DecisionKind, MatterArising, PersonRef};
use serde_json::Value;

impl Reader<'_> {
    /// Continue a multi-line construct; None when the line ends it (and is read anew).
    pub(crate) fn pending_line(&mut self, l: &Line) -> Option<usize> {
        match self.pending.clone() {
            Pending::None => None,
            Pending::Decisions(kind, seen, count) => self.pending_decision(l, kind, seen, count),
            Pending::ActionBy(count) => self.action_by_line(l, count),
            Pending::Actions(k) => self.pending_action(l, k),
            Pending::ActionTable(cols) => self.action_table_row(l, &cols),
            Pending::DueNext => self.due_next(l),
            Pending::NextMeeting => {
                self.pending = Pending::None;
                if self.next_meeting(l, true) {
                    return Some(1);
                }
                None
            }
        }
    }

    /// After a decision marker: an enumerated decision, "Action by", or the one
    /// decision's text.
    fn pending_decision(
        &mut self,
        l: &Line,
        kind: DecisionKind,
        seen: bool,
        count: usize,
    ) -> Option<usize> {
        let t = l.text.as_str();
        if let Some((letter, text)) = enumerated(t) {
            self.decision(l, kind, Some(letter), text.clone());
            self.pending = Pending::Decisions(kind, true, count + 1);
            return Some(1);
        }
        if t.to_lowercase().starts_with("action by") {
            self.pending = Pending::ActionBy(count);
            return Some(1);
        }
        self.pending = Pending::None;
        let heading_like = t.chars().next().is_some_and(|c| c.is_ascii_digit())
            && t.trim_end_matches('.').chars().all(|c| c.is_ascii_digit());
        if !seen && count == 0 && !heading_like {
            self.decision(l, kind, None, t.to_string());
            return Some(1);
        }
        None
    }

    /// After "Action by:": the owner of the last `count` decisions ("Role (Name)"), then
    /// a supporting owner (`count` is `usize::MAX` once the owner is read).
    fn action_by_line(&mut self, l: &Line, count: usize) -> Option<usize> {
        let t = l.text.as_str();
        let at = Location::line(l.no);
        let is_owner_line =
            t.len() < 120 && (t.contains('(') || !t.chars().any(char::is_lowercase));
        if !is_owner_line {
            self.pending = Pending::None;
            return None;
        }
        if count == usize::MAX {
            self.note(l.no, ImportCode::NoField, "A decision names a second, supporting owner; a decision has one owner, so the second was kept under the item's extensions (supporting_owner).");
            self.item()
                .extensions
                .insert("supporting_owner".into(), Value::String(t.to_string()));
            self.pending = Pending::None;
            return Some(1);
        }
        let (role, name) = match (t.find('('), t.rfind(')')) {
            (Some(o), Some(c)) if c > o => (
                t.get(..o).unwrap_or("").trim(),
                t.get(o + 1..c).unwrap_or("").trim(),
            ),
            _ => ("", t),
        };
        let owner = if name.is_empty() {
            None
        } else {
            self.book
                .by_name(name, Some(role), &at, &mut self.out)
                .map(PersonRef::Person)
        };
        let item = self.item();
        let n = item.decisions.len();
        for d in item.decisions.iter_mut().skip(n.saturating_sub(count)) {
            d.owner = owner.clone();
        }
        self.pending = Pending::ActionBy(usize::MAX);
        Some(1)
    }

    /// After "Action:" / "Actions:" alone: actions with their owners at the end.
    fn pending_action(&mut self, l: &Line, k: usize) -> Option<usize> {
        let body = l.text.trim();
        if let Some((desc, owner)) = trailing_owner(body) {
            let r = self.current_ref();
            self.add_action(l.no, r, desc, Some(&owner), None, None, None);
            self.pending = Pending::Actions(k + 1);
            return Some(1);
        }
        self.pending = Pending::None;
        if k == 0 && !body.chars().next().is_some_and(|c| c.is_ascii_digit()) {
            let r = self.current_ref();
            self.add_action(l.no, r, body.to_string(), None, None, None, None);
            return Some(1);
        }
        None
    }

    /// A row of an action table (columns of ref, action, owner, by, outcome).
    fn action_table_row(&mut self, l: &Line, cols: &[Option<usize>; 5]) -> Option<usize> {
        let cell = |i: Option<usize>| i.and_then(|i| l.cells.get(i)).cloned().unwrap_or_default();
        let owner = cell(cols[2]);
        let by = cell(cols[3]);
        let desc = cell(cols[1]);
        if l.cells.len() < 3 || desc.is_empty() || (owner.is_empty() && by.is_empty()) {
            self.pending = Pending::None;
            return None;
        }
        let r = cell(cols[0]);
        let r = if r.is_empty() { self.current_ref() } else { r };
        let outcome = cell(cols[4]);
        let o = (!owner.is_empty()).then_some(owner.as_str());
        let b = (!by.is_empty()).then_some(by.as_str());
        self.add_action(l.no, r, desc, o, b, Some(outcome), None);
        Some(1)
    }

    /// After an action from an ACTION column: a short line with a date is its due.
    fn due_next(&mut self, l: &Line) -> Option<usize> {
        let t = l.text.as_str();
        self.pending = Pending::None;
        let short = t.chars().count() <= 25;
        let text = t.trim_start_matches("by ").to_string();
        if !short || dates::first(&text).is_none() {
            return None;
        }
        let mut ext = boardkit::Extensions::new();
        let due = self.due(&text, l.no, &mut ext);
        if let Some(a) = self.actions.last_mut() {
            a.due = due.map(boardkit::action::Due::from);
            a.extensions.extend(ext);
        }
        Some(1)
    }

    fn decision(&mut self, l: &Line, kind: DecisionKind, letter: Option<String>, text: String) {
        self.approval(l);
        self.next_meeting(l, false);
        let at = Location::line(l.no);
        let (proposer, seconder) = match self.proposal.take() {
            Some((p, s)) => (
                self.person(&p, None, &at).map(PersonRef::Person),
                self.person(&s, None, &at).map(PersonRef::Person),
            ),
            None => (None, None),
        };
        self.item().decisions.push(Decision {
            separate_block: false,
            owners: Vec::new(),
            due: None,
            proposer,
            seconder,
            vote: None,
            actions: Vec::new(),
            access: None,
            extensions: Default::default(),
            letter,
            kind,
            text,
            owner: None,
        });
    }

    /// A proposal sentence: remembered for the item's next resolution. A line starting
    /// "That ..." right after it is that resolution.
    fn proposal_line(&mut self, l: &Line) -> bool {
        if let Some(ps) = super::proposal::proposal(&l.text) {
            self.proposal = Some(ps);
            // "It was proposed ... and that X be elected": the resolution is on the line.
            return false;
        }
        if self.proposal.is_some() && l.text.starts_with("That ") {
            self.decision(l, DecisionKind::Resolved, None, l.text.clone());
            return true;
        }
        false
    }

    /// Records on one line; true when any was read.
    pub(crate) fn records(&mut self, l: &Line) -> bool {
        let t = l.text.as_str();
        let lower = t.to_lowercase();
        if self.attendance_goes_on(l, &lower) {
            return true;
        }
        if lower == "minutes:" || lower == "minutes" {
            return false;
        }
        if self.proposal_line(l) || self.outstanding_line(l) {
            return true;
        }
        let mut any = self.narrative(l);
        if self.action_table_header(l) {
            return true;
        }
        if lower == "next meeting:" || lower == "next meeting" || lower == "date of next meeting" {
            self.pending = Pending::NextMeeting;
            return true;
        }
        let Some(body) = self.paragraph(t) else {
            return true;
        };
        if self.action_column {
            self.numbered_in_table(&body);
        }
        let bl = body.to_lowercase();
        if !l.bullet && self.decision_line(l, &body, &bl) {
            return true;
        }
        if self.action_line(l.no, &body, &bl) {
            return true;
        }
        let spans = self.run_together_actions(l.no, &body, &bl);
        any |= !spans.is_empty();
        if self.timescale_column {
            any |= self.responsible_timescale(l.no, &body, &spans);
        }
        any |= self.owned_action(l, &body, &bl);
        any |= self.declarations(l, &body);
        any |= self.approval(l);
        any |= self.next_meeting(l, false);
        if self.item_title().contains("matters arising") {
            self.ma_line(&body);
        }
        any
    }

    /// In an attendance list after the first item: an entry of it (true), unless the
    /// line starts the minutes or is too long to be an entry (the list ends).
    fn attendance_goes_on(&mut self, l: &Line, lower: &str) -> bool {
        let Section::Attend(status) = self.section else {
            return false;
        };
        if self.meeting.agenda.is_empty() {
            return false;
        }
        if lower.starts_with("minutes") || l.text.len() > 160 {
            self.section = Section::Item;
            return false;
        }
        self.entry(&l.text, status, &Location::line(l.no));
        true
    }

    /// An action table's header row (an action column and an owner column): the rows
    /// after it are read as actions.
    fn action_table_header(&mut self, l: &Line) -> bool {
        if l.cells.len() < 3 {
            return false;
        }
        let lc: Vec<String> = l.cells.iter().map(|c| c.to_lowercase()).collect();
        let find = |pred: &dyn Fn(&str) -> bool| lc.iter().position(|c| pred(c));
        let action =
            find(&|c| c == "actions" || c == "action" || c.starts_with("discussion and agreed"));
        let owner = find(&|c| c.contains("responsible") || c == "lead" || c == "owner");
        if action.is_none() || owner.is_none() {
            return false;
        }
        let cols = [
            find(&|c| c == "ref" || c == "no" || c == "subject" || c == "item"),
            action,
            owner,
            find(&|c| c == "by" || c == "timescale" || c.starts_with("due") || c == "deadline"),
            find(&|c| c.contains("outcome")),
        ];
        self.pending = Pending::ActionTable(cols);
        true
    }

    /// Paragraph refs: 3.1, M2 (and matters arising keyed to them). The line's text
    /// after its ref; None when nothing is left to read.
    fn paragraph(&mut self, t: &str) -> Option<String> {
        let Some((r, rest)) = para_ref(t) else {
            return Some(t.to_string());
        };
        let item_no = self
            .item_number()
            .map(|n| n.to_string())
            .unwrap_or_default();
        let in_ma = self.item_title().contains("matters arising");
        if in_ma && !r.starts_with(&format!("{item_no}.")) {
            if let Some(status) = status_of(&rest) {
                self.matter_arising(r, status, &rest);
                return None;
            }
        }
        self.para_ref = Some(r);
        (!rest.is_empty()).then_some(rest)
    }

    /// "2 Section 11 Audit Summary ..." numbers an item in a table of minutes.
    fn numbered_in_table(&mut self, body: &str) {
        let digits: String = body.chars().take_while(char::is_ascii_digit).collect();
        if !digits.is_empty()
            && digits.len() <= 2
            && body.get(digits.len()..).is_some_and(|r| {
                r.starts_with(' ') && r.chars().nth(1).is_some_and(char::is_uppercase)
            })
        {
            self.para_ref = Some(digits);
        }
    }

    /// Decisions: a marker ("RESOLVED", "AGREED:") with the text or the list after it,
    /// or a sentence that says it was agreed.
    fn decision_line(&mut self, l: &Line, body: &str, bl: &str) -> bool {
        if let Some((kind, rest, dec)) = marker(body) {
            if dec {
                self.note(l.no, ImportCode::NoField, "A block minuted as DECISION was recorded as resolved: the record knows agreed, resolved and noted.");
            }
            let rl = rest.to_lowercase();
            if rest.is_empty()
                || rl == "that"
                || rl.starts_with("that the committee") && rl.len() < 24
            {
                self.pending = Pending::Decisions(kind, false, 0);
            } else if let Some(parts) = inline_enumeration(&rest) {
                for (letter, text) in parts {
                    self.decision(l, kind, Some(letter), text);
                }
            } else {
                self.decision(l, kind, None, rest);
            }
            return true;
        }
        if body_agreed(bl) {
            self.decision(l, DecisionKind::Agreed, None, body.to_string());
            return true;
        }
        false
    }

    /// "Action:" alone (actions follow) or "Action: text" / "Action – text".
    fn action_line(&mut self, no: usize, body: &str, bl: &str) -> bool {
        if bl == "action:" || bl == "actions:" || bl == "action" || bl == "actions" {
            self.pending = Pending::Actions(0);
            return true;
        }
        let Some(rest) = ["action:", "action –", "action -", "actions:"]
            .iter()
            .find_map(|p| bl.strip_prefix(p).map(|r| r.len()))
        else {
            return false;
        };
        let text = body
            .get(body.len() - rest..)
            .unwrap_or("")
            .trim()
            .to_string();
        self.inline_action(no, &text);
        true
    }

    /// "... Action – SK to provide ... locality." inside a run-together line: each
    /// such action, and the spans of the line they took.
    fn run_together_actions(&mut self, no: usize, body: &str, bl: &str) -> Vec<(usize, usize)> {
        let mut spans: Vec<(usize, usize)> = Vec::new();
        for marker in [" action – ", " action - "] {
            let mut from = 0;
            while let Some(p) = bl
                .get(from..)
                .and_then(|s| s.find(marker))
                .map(|p| p + from)
            {
                let start = p + marker.len();
                let rest = body.get(start..).unwrap_or("");
                let end = rest.find(". ").map(|e| e + 1).unwrap_or(rest.len());
                let text = rest
                    .get(..end)
                    .unwrap_or(rest)
                    .trim_end_matches('.')
                    .to_string();
                let r = run_together_ref(body.get(..p).unwrap_or(""))
                    .unwrap_or_else(|| self.current_ref());
                self.inline_action_at(no, &text, r);
                spans.push((p, start + end));
                from = start;
            }
        }
        spans
    }

    /// "text (Action: owner)", and in a table with an ACTION column a line ending with
    /// its owner's initials (its due may follow).
    fn owned_action(&mut self, l: &Line, body: &str, bl: &str) -> bool {
        let mut any = false;
        if let Some(pos) = bl.find("(action:") {
            let inner = body.get(pos + 8..).unwrap_or("");
            let owner = inner.split(')').next().unwrap_or("").trim().to_string();
            let desc = body.get(..pos).unwrap_or("").trim().to_string();
            let r = self.current_ref();
            self.add_action(l.no, r, desc, Some(&owner), None, None, None);
            any = true;
        }
        if self.action_column && !l.bullet {
            if let Some((desc, owner)) = trailing_initials(body) {
                let r = self.current_ref();
                self.add_action(l.no, r, desc, Some(&owner), None, None, None);
                self.pending = Pending::DueNext;
                any = true;
            }
        }
        any
    }

    /// In a run-together Subject | Discussion | Responsible Person | Timescale table, an
    /// owner's initials followed by a date ("... chased by the Business Unit. JC 30.6.16")
    /// outside any "Action –" text is an action of that paragraph.
    fn responsible_timescale(&mut self, line: usize, body: &str, spans: &[(usize, usize)]) -> bool {
        let mut any = false;
        let mut offset = 0usize;
        let words: Vec<(usize, &str)> = body
            .split(' ')
            .map(|w| {
                let at = offset;
                offset += w.len() + 1;
                (at, w)
            })
            .collect();
        let mut last_end = 0usize;
        for pair in words.windows(2) {
            let (Some((at, ini)), Some((_, date))) = (pair.first(), pair.get(1)) else {
                continue;
            };
            if !is_initials(ini) || !matches!(dates::numeric(date), Some(Read::Day(_))) {
                continue;
            }
            if spans.iter().any(|(a, b)| *at >= *a && *at < *b) {
                continue;
            }
            let before = body.get(..*at).unwrap_or("");
            let r = run_together_ref(before).unwrap_or_else(|| self.current_ref());
            let start = before
                .rfind(&r)
                .map(|p| p.max(last_end))
                .unwrap_or(last_end);
            let desc = body.get(start..*at).unwrap_or("").trim().to_string();
            last_end = *at;
            self.add_action(line, r, desc, Some(ini), Some(date), None, None);
            any = true;
        }
        any
    }

    /// "196. Title" then "The action on this item had been completed."
    fn ma_line(&mut self, body: &str) {
        let digits: String = body
            .chars()
            .take_while(|c| c.is_ascii_digit() || *c == '.')
            .collect();
        let digits = digits.trim_end_matches('.').to_string();
        if !digits.is_empty() && body.len() > digits.len() {
            self.ma_ref = Some(digits);
            return;
        }
        if let Some(r) = self.ma_ref.take() {
            if let Some(status) = status_of(body) {
                self.matter_arising(r, status, body);
            }
        }
    }

    /// A matter arising keyed to an action: its ref, the status the line reports, and the
    /// line itself as its note.
    fn matter_arising(&mut self, action_ref: String, status: Status, note: &str) {
        self.meeting.matters_arising.push(MatterArising {
            minute_ref: None,
            page: None,
            section: None,
            action_ref,
            action: None,
            status: Some(status),
            note: Some(note.to_string()),
        });
    }

    fn inline_action(&mut self, line: usize, text: &str) {
        let r = self.current_ref();
        self.inline_action_at(line, text, r);
    }

    /// An action written inline: "X to do Y", "... – Owner", with a run-together
    /// Responsible Person / Timescale ("RJ 30.7.16") or "by 30/04/18".
    fn inline_action_at(&mut self, line: usize, text: &str, r: String) {
        let mut status = None;
        let mut t = text.to_string();
        for w in [" COMPLETE", " COMPLETED"] {
            if let Some(s) = t.strip_suffix(w) {
                status = Some(Status::Completed);
                t = s.to_string();
            }
        }
        if let Some((desc, owner)) = trailing_owner(&t) {
            self.add_action(line, r, desc, Some(&owner), None, None, status);
            return;
        }
        let owner = t
            .split_once(" to ")
            .map(|(o, _)| o.to_string())
            .filter(|o| o.split_whitespace().count() <= 5);
        let words: Vec<&str> = t.split_whitespace().collect();
        let mut due = None;
        for (i, w) in words.iter().enumerate().skip(1) {
            let prev = words.get(i - 1).copied().unwrap_or("");
            let is_date = dates::numeric(w).is_some();
            if is_date && (prev.eq_ignore_ascii_case("by") || owner.as_deref() == Some(prev)) {
                due = Some(w.to_string());
                break;
            }
        }
        self.add_action(
            line,
            r,
            t.clone(),
            owner.as_deref(),
            due.as_deref(),
            None,
            status,
        );
    }
}
