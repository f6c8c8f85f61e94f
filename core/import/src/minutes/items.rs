//! Records inside agenda items: decisions, actions, declarations, approval of the
//! previous minutes, matters arising, the next meeting.

use super::attendance::sentences;
use super::{Pending, Reader, Section};
use crate::dates::{self, Read};
use crate::people::is_initials;
use crate::text::Line;
use crate::Location;
use boardkit::action::Status;
use boardkit::meeting::{
    Decision, DecisionKind, Declaration, Declarations, MatterArising, MinutesApproval, NextMeeting,
    PersonRef,
};
use serde_json::Value;

/// "(a) ", "a) ", "(ii) ", "(1) ", "1. " at the start of a line: (letter, rest).
pub(crate) fn enumerated(t: &str) -> Option<(String, String)> {
    let (inner, rest) = if let Some(r) = t.strip_prefix('(') {
        r.split_once(')')?
    } else {
        let end = t.find([')', '.'])?;
        (t.get(..end)?, t.get(end + 1..)?)
    };
    let ok = !inner.is_empty()
        && inner.len() <= 4
        && (inner.chars().all(|c| c.is_ascii_digit())
            || inner.len() == 1 && inner.chars().all(|c| c.is_ascii_lowercase())
            || inner.chars().all(|c| matches!(c, 'i' | 'v' | 'x')));
    if !ok || !rest.starts_with([' ', '\t']) {
        return None;
    }
    Some((inner.to_string(), rest.trim().to_string()))
}

/// A decision marker at the start of a line: (kind, remainder, minuted as "decision").
fn marker(t: &str) -> Option<(DecisionKind, String, bool)> {
    let t = strip_ref(t);
    let lower = t.to_lowercase();
    let forms: &[(&str, DecisionKind, bool)] = &[
        ("it was resolved", DecisionKind::Resolved, false),
        ("it was agreed", DecisionKind::Agreed, false),
        ("resolved", DecisionKind::Resolved, false),
        ("agreed", DecisionKind::Agreed, false),
        ("decision", DecisionKind::Resolved, true),
        ("noted:", DecisionKind::Noted, false),
    ];
    for (m, kind, dec) in forms {
        if let Some(rest) = lower.strip_prefix(m) {
            if rest.starts_with(|c: char| c.is_alphanumeric()) {
                continue; // "Agreement", "Decisions"
            }
            if *dec && rest.trim() == "summary:" {
                return Some((*kind, String::new(), *dec));
            }
            if *dec && !(rest.trim().is_empty() || rest.trim() == ":") {
                continue; // "Decision summary:", "Decision Reference"
            }
            let orig = t.get(t.len() - rest.len()..).unwrap_or("");
            let r = orig
                .trim_start_matches([':', ',', '–', '-', ' '])
                .trim()
                .to_string();
            return Some((*kind, r, *dec));
        }
    }
    None
}

/// "The Board agreed to ...", "The Partnership agreed that ...": the body's own decision
/// (not the approval of minutes, read elsewhere).
fn body_agreed(lower: &str) -> bool {
    let Some(rest) = lower.strip_prefix("the ") else {
        return false;
    };
    let bodies = [
        "board",
        "partnership",
        "committee",
        "panel",
        "group",
        "executive",
        "members",
    ];
    bodies.iter().any(|b| {
        rest.strip_prefix(b).is_some_and(|r| {
            r.starts_with(" agreed to ")
                || r.starts_with(" agreed that ")
                || r.starts_with(" resolved that ")
        })
    }) && !lower.contains("minutes")
}

/// "3.9 Resolved" → "Resolved".
fn strip_ref(t: &str) -> &str {
    let end = t.find(' ').unwrap_or(0);
    let head = t.get(..end).unwrap_or("");
    if !head.is_empty()
        && head.contains('.')
        && head.chars().all(|c| c.is_ascii_digit() || c == '.')
    {
        t.get(end..).unwrap_or(t).trim_start()
    } else {
        t
    }
}

/// A paragraph ref at the start: "3.1", "7.1.2", "M2" → (ref, rest).
fn para_ref(t: &str) -> Option<(String, String)> {
    let end = t.find([' ', '\t']).unwrap_or(t.len());
    let head = t.get(..end)?.trim_end_matches('.');
    let is_dotted = head.contains('.')
        && head
            .split('.')
            .all(|p| !p.is_empty() && p.len() <= 3 && p.chars().all(|c| c.is_ascii_digit()));
    let is_m = head.len() >= 2
        && head.starts_with('M')
        && head
            .get(1..)
            .is_some_and(|d| d.chars().all(|c| c.is_ascii_digit()));
    if !(is_dotted || is_m) {
        return None;
    }
    Some((
        head.to_string(),
        t.get(end..)
            .unwrap_or("")
            .trim()
            .trim_start_matches(['–', '-'])
            .trim()
            .to_string(),
    ))
}

/// An action status as minutes word it.
pub(crate) fn status_of(t: &str) -> Option<Status> {
    let l = t.to_lowercase();
    if l.contains("to be actioned") || l.contains("on today") || l.contains("on the agenda") {
        return Some(Status::OnAgenda);
    }
    if l.contains("incomplete") || l.contains("not complete") {
        return Some(Status::Outstanding);
    }
    if l.contains("complete") || l.starts_with("actioned") || l.contains("had been done") {
        return Some(Status::Completed);
    }
    if l.contains("outstanding") || l.contains("carried forward") {
        return Some(Status::Outstanding);
    }
    if l.contains("in progress") {
        return Some(Status::InProgress);
    }
    if l.contains("on-going") || l.contains("ongoing") {
        return Some(Status::OnGoing);
    }
    if l.contains("closed") {
        return Some(Status::Closed);
    }
    None
}

impl Reader<'_> {
    /// Continue a multi-line construct; None when the line ends it (and is read anew).
    pub(crate) fn pending_line(&mut self, l: &Line) -> Option<usize> {
        let t = l.text.as_str();
        match self.pending.clone() {
            Pending::None => None,
            Pending::Decisions(kind, seen, count) => {
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
            Pending::ActionBy(count) => {
                let at = Location::line(l.no);
                let is_owner_line =
                    t.len() < 120 && (t.contains('(') || !t.chars().any(char::is_lowercase));
                if !is_owner_line {
                    self.pending = Pending::None;
                    return None;
                }
                if count == usize::MAX {
                    self.note(l.no, "import.no_field", "A decision names a second, supporting owner; a decision has one owner, so the second was kept under the item's extensions (supporting_owner).");
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
            Pending::Actions(k) => {
                let body = t.trim();
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
            Pending::ActionTable(cols) => {
                let cell =
                    |i: Option<usize>| i.and_then(|i| l.cells.get(i)).cloned().unwrap_or_default();
                let owner = cell(cols[2]);
                let by = cell(cols[3]);
                let desc = cell(cols[1]);
                if l.cells.len() >= 3 && !desc.is_empty() && (!owner.is_empty() || !by.is_empty()) {
                    let r = cell(cols[0]);
                    let r = if r.is_empty() { self.current_ref() } else { r };
                    let outcome = cell(cols[4]);
                    let (o, b) = (
                        if owner.is_empty() {
                            None
                        } else {
                            Some(owner.as_str())
                        },
                        if by.is_empty() {
                            None
                        } else {
                            Some(by.as_str())
                        },
                    );
                    self.add_action(l.no, r, desc, o, b, Some(outcome), None);
                    return Some(1);
                }
                self.pending = Pending::None;
                None
            }
            Pending::DueNext => {
                self.pending = Pending::None;
                let short = t.chars().count() <= 25;
                let text = t.trim_start_matches("by ").to_string();
                if short && dates::first(&text).is_some() {
                    let mut ext = boardkit::Extensions::new();
                    let due = self.due(&text, l.no, &mut ext);
                    if let Some(a) = self.actions.last_mut() {
                        a.due = due.map(boardkit::action::Due::from);
                        a.extensions.extend(ext);
                    }
                    return Some(1);
                }
                None
            }
            Pending::NextMeeting => {
                self.pending = Pending::None;
                if self.next_meeting(l, true) {
                    return Some(1);
                }
                None
            }
        }
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
        if let Section::Attend(status) = self.section {
            if !self.meeting.agenda.is_empty() {
                if lower.starts_with("minutes") || t.len() > 160 {
                    self.section = Section::Item;
                } else {
                    self.entry(t, status, &Location::line(l.no));
                    return true;
                }
            }
        }
        if lower == "minutes:" || lower == "minutes" {
            return false;
        }
        if self.proposal_line(l) || self.outstanding_line(l) {
            return true;
        }
        let mut any = self.narrative(l);
        // Action table header.
        if l.cells.len() >= 3 {
            let lc: Vec<String> = l.cells.iter().map(|c| c.to_lowercase()).collect();
            let find = |pred: &dyn Fn(&str) -> bool| lc.iter().position(|c| pred(c));
            let action = find(&|c| {
                c == "actions" || c == "action" || c.starts_with("discussion and agreed")
            });
            let owner = find(&|c| c.contains("responsible") || c == "lead" || c == "owner");
            if action.is_some() && owner.is_some() {
                let cols = [
                    find(&|c| c == "ref" || c == "no" || c == "subject" || c == "item"),
                    action,
                    owner,
                    find(&|c| {
                        c == "by" || c == "timescale" || c.starts_with("due") || c == "deadline"
                    }),
                    find(&|c| c.contains("outcome")),
                ];
                self.pending = Pending::ActionTable(cols);
                return true;
            }
        }
        if lower == "next meeting:" || lower == "next meeting" || lower == "date of next meeting" {
            self.pending = Pending::NextMeeting;
            return true;
        }
        // Paragraph refs: 3.1, M2 (and matters arising keyed to them).
        let mut body = t.to_string();
        if let Some((r, rest)) = para_ref(t) {
            let item_no = self
                .item_number()
                .map(|n| n.to_string())
                .unwrap_or_default();
            let in_ma = self.item_title().contains("matters arising");
            if in_ma && !r.starts_with(&format!("{item_no}.")) {
                if let Some(status) = status_of(&rest) {
                    self.meeting.matters_arising.push(MatterArising {
                        minute_ref: None,
                        page: None,
                        section: None,
                        action_ref: r,
                        action: None,
                        status,
                        note: Some(rest.clone()),
                    });
                    return true;
                }
            }
            self.para_ref = Some(r);
            body = rest;
            if body.is_empty() {
                return true;
            }
        }
        if self.action_column {
            // "2 Section 11 Audit Summary ..." numbers an item in a table of minutes.
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
        let bl = body.to_lowercase();
        // Decisions.
        if !l.bullet {
            if let Some((kind, rest, dec)) = marker(&body) {
                if dec {
                    self.note(l.no, "import.no_field", "A block minuted as DECISION was recorded as resolved: the record knows agreed, resolved and noted.");
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
            if body_agreed(&bl) {
                self.decision(l, DecisionKind::Agreed, None, body.to_string());
                return true;
            }
        }
        // Actions.
        if bl == "action:" || bl == "actions:" || bl == "action" || bl == "actions" {
            self.pending = Pending::Actions(0);
            return true;
        }
        if let Some(rest) = ["action:", "action –", "action -", "actions:"]
            .iter()
            .find_map(|p| bl.strip_prefix(p).map(|r| r.len()))
        {
            let text = body
                .get(body.len() - rest..)
                .unwrap_or("")
                .trim()
                .to_string();
            self.inline_action(l.no, &text);
            return true;
        }
        // "... Action – SK to provide ... locality." inside a run-together line.
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
                self.inline_action_at(l.no, &text, r);
                spans.push((p, start + end));
                any = true;
                from = start;
            }
        }
        if self.timescale_column {
            any |= self.responsible_timescale(l.no, &body, &spans);
        }
        if let Some(pos) = bl.find("(action:") {
            let inner = body.get(pos + 8..).unwrap_or("");
            let owner = inner.split(')').next().unwrap_or("").trim().to_string();
            let desc = body.get(..pos).unwrap_or("").trim().to_string();
            let r = self.current_ref();
            self.add_action(l.no, r, desc, Some(&owner), None, None, None);
            any = true;
        }
        if self.action_column && !l.bullet {
            if let Some((desc, owner)) = trailing_initials(&body) {
                let r = self.current_ref();
                self.add_action(l.no, r, desc, Some(&owner), None, None, None);
                self.pending = Pending::DueNext;
                any = true;
            }
        }
        any |= self.declarations(l, &body);
        any |= self.approval(l);
        any |= self.next_meeting(l, false);
        if self.item_title().contains("matters arising") {
            self.ma_line(&body);
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
                self.meeting.matters_arising.push(MatterArising {
                    minute_ref: None,
                    page: None,
                    section: None,
                    action_ref: r,
                    action: None,
                    status,
                    note: Some(body.to_string()),
                });
            }
        }
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

    fn declarations(&mut self, l: &Line, body: &str) -> bool {
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
        let mut any = false;
        let left_room = lower.contains("left the room") || lower.contains("left the meeting");
        for s in sentences(body) {
            let sl = s.to_lowercase();
            if sl.starts_with("having")
                || sl.starts_with("members are asked")
                || sl.starts_with("to ")
            {
                continue;
            }
            let pos = sl
                .find(" declared a")
                .or_else(|| sl.find(" made a declaration"));
            let Some(pos) = pos else { continue };
            let who = s.get(..pos).unwrap_or("");
            let who = who
                .rsplit(", ")
                .next()
                .unwrap_or(who)
                .trim_end_matches(" also");
            let at = Location::line(l.no);
            let Some(person) = self.person(who, None, &at) else {
                continue;
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
            any = true;
        }
        any
    }

    /// Approval of the previous minutes.
    fn approval(&mut self, l: &Line) -> bool {
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
            return false;
        }
        let id = match dates::first(&l.text).map(|f| f.read) {
            Some(Read::Day(d)) => format!("m-{d}"),
            Some(Read::Impossible) => {
                self.note(l.no, "import.date_impossible", "The date of the previous meeting does not exist, for example 31 April; the approval refers to the meeting id m-previous.");
                "m-previous".into()
            }
            _ => "m-previous".into(),
        };
        let note = lower
            .find("subject to")
            .and_then(|p| l.text.get(p..))
            .map(str::to_string);
        self.meeting.previous_minutes = Some(MinutesApproval {
            meeting_date: None,
            amendments: Vec::new(),
            challenged: false,
            approved_on: None,
            meeting: id,
            approved: true,
            note,
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
                self.note(l.no, "import.date_unread", "The next meeting's date was written without a year and this meeting's date is unknown, so it was not recorded.");
                return false;
            }
            Read::NoYear(d, m) => match dates::infer_year(d, m, self.meeting.date) {
                Some(x) => {
                    self.note(l.no, "import.date_year_inferred", "The next meeting's date was written without a year; the first such date after the meeting was used.");
                    x
                }
                None => return false,
            },
            Read::Impossible => {
                self.note(
                    l.no,
                    "import.date_impossible",
                    "The next meeting's date does not exist; it was not recorded.",
                );
                return false;
            }
            Read::Month(_) => return false,
        };
        if dates::suspicious(date, Some(self.meeting.date)) || date <= self.meeting.date {
            self.note(l.no, "import.date_suspicious", "The next meeting's date is far from this meeting or before it, for example 2102 for 2012; it was used as written, check it.");
        }
        let t = super::times(&l.text);
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

/// The last paragraph ref before a run-together action: "3.2 Serious Case Review ..."
/// (a dotted number followed by a capitalised word), else a leading item number.
fn run_together_ref(before: &str) -> Option<String> {
    let words: Vec<&str> = before.split_whitespace().collect();
    let dotted = words.windows(2).rev().find_map(|w| {
        let (a, b) = (w.first()?, w.get(1)?);
        let ok = a.contains('.')
            && a.split('.')
                .all(|p| !p.is_empty() && p.len() <= 2 && p.chars().all(|c| c.is_ascii_digit()))
            && (b.chars().next().is_some_and(char::is_uppercase) || *b == "–");
        ok.then(|| a.to_string())
    });
    dotted.or_else(|| {
        let first = words.first()?;
        (first.len() <= 2 && first.chars().all(|c| c.is_ascii_digit())).then(|| first.to_string())
    })
}

/// "(a) that X, and (b) that Y." → [("a", "that X"), ("b", "that Y.")].
fn inline_enumeration(t: &str) -> Option<Vec<(String, String)>> {
    enumerated(t)?;
    let mut out: Vec<(String, String)> = Vec::new();
    let mut rest = t.to_string();
    while let Some((letter, after)) = enumerated(&rest) {
        // Find the next "(x) " marker.
        let next = after
            .match_indices('(')
            .map(|(i, _)| i)
            .find(|i| enumerated(after.get(*i..).unwrap_or("")).is_some());
        match next {
            Some(i) => {
                let text = after
                    .get(..i)
                    .unwrap_or("")
                    .trim()
                    .trim_end_matches(" and")
                    .trim_end_matches(',')
                    .trim();
                out.push((letter, text.to_string()));
                rest = after.get(i..).unwrap_or("").to_string();
            }
            None => {
                out.push((letter, after.trim().to_string()));
                break;
            }
        }
    }
    Some(out)
}

/// "To inform the Board ... – Natasha Wright." → (description, owner).
pub(crate) fn trailing_owner(t: &str) -> Option<(String, String)> {
    let t = t.trim().trim_end_matches('.');
    let pos = [" – ", " - ", " — "]
        .iter()
        .filter_map(|d| t.rfind(d).map(|p| (p, d.len())))
        .max()?;
    let owner = t.get(pos.0 + pos.1..)?.trim();
    let words = owner.split_whitespace().count();
    let ok = (1..=4).contains(&words)
        && owner
            .split_whitespace()
            .all(|w| w.chars().next().is_some_and(|c| c.is_uppercase()))
        && !owner.chars().any(|c| c.is_ascii_digit());
    if !ok {
        return None;
    }
    Some((t.get(..pos.0)?.trim().to_string(), owner.to_string()))
}

/// "... appropriate. RK" or "... RK / JP" in a document with an ACTION column.
fn trailing_initials(t: &str) -> Option<(String, String)> {
    let t = t.trim();
    let dot = t.rfind(". ")?;
    let mut tail = t.get(dot + 2..)?.trim();
    // A last "Y" is a "paper circulated" column run into the action column.
    if let Some(x) = tail.strip_suffix(" Y").or_else(|| tail.strip_suffix(" N")) {
        tail = x.trim();
    }
    if tail.is_empty()
        || !tail.split_whitespace().all(|w| w == "/" || is_initials(w))
        || tail.contains("ALL")
    {
        return None;
    }
    Some((t.get(..dot + 1)?.to_string(), tail.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers_and_enumerations() {
        assert_eq!(
            enumerated("(ii) That partners send"),
            Some(("ii".into(), "That partners send".into()))
        );
        assert_eq!(
            enumerated("a) that the LSCB"),
            Some(("a".into(), "that the LSCB".into()))
        );
        assert_eq!(
            enumerated("1. To note the work"),
            Some(("1".into(), "To note the work".into()))
        );
        assert!(enumerated("2016/17 was").is_none());
        assert!(marker("Decision summary:").is_some_and(|m| m.1.is_empty()));
        assert!(marker("Decision Reference Number: X").is_none());
        assert!(marker("RESOLVED:").is_some());
        assert_eq!(
            marker("3.9 Resolved: that the committee").unwrap().1,
            "that the committee"
        );
        let parts = inline_enumeration(
            "(a) that the agreement be approved, and (b) that the Director sign it.",
        )
        .unwrap();
        assert_eq!(parts.len(), 2);
        assert_eq!(
            trailing_owner("To inform the Board at the December Board meeting – Natasha Wright.")
                .unwrap()
                .1,
            "Natasha Wright"
        );
        assert_eq!(
            para_ref("7.1.2 – This action is in progress.").unwrap().0,
            "7.1.2"
        );
        assert_eq!(
            status_of("This item is on today’s agenda."),
            Some(Status::OnAgenda)
        );
    }
}
