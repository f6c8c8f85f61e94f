//! The public minutes of a meeting: who attended, declarations, the items with their
//! minutes and decisions. Printed from the public version of the document, so a
//! confidential item shows only its number and the words "Confidential item".

use super::dates::long_date;
use crate::names;
use boardkit::index::Index;
use boardkit::meeting::{AgendaItem, AttendanceStatus, DecisionKind, Meeting, PersonRef, Resolved};
use serde::Serialize;

/// One agenda item as the public minutes print it.
#[derive(Debug, Clone, Serialize)]
pub struct MinutesItem {
    /// Its number ("4.1").
    pub number: String,
    /// Its title ("Confidential item" when withheld).
    pub title: String,
    /// Withheld from the public version.
    pub confidential: bool,
    /// Presenters by name.
    pub presenters: Vec<String>,
    /// Papers ("Paper 3, Appendix 1").
    pub papers: Vec<String>,
    /// The minute text, as paragraphs.
    pub paragraphs: Vec<String>,
    /// Decisions ("(a) AGREED: ...").
    pub decisions: Vec<String>,
}

/// A meeting's public minutes.
#[derive(Debug, Clone, Serialize)]
pub struct MinutesView {
    /// The meeting's title.
    pub title: String,
    /// "8 December 2016, 09:30 to 12:30".
    pub when: String,
    /// The venue.
    pub venue: Option<String>,
    /// The meeting's status in words.
    pub status: String,
    /// Members present (with organisation).
    pub present: Vec<String>,
    /// Deputies ("A (deputising for B)").
    pub deputies: Vec<String>,
    /// Apologies.
    pub apologies: Vec<String>,
    /// In attendance (officers, guests, minute-taker).
    pub in_attendance: Vec<String>,
    /// Declarations of interest, or "None declared." / "Not recorded.".
    pub declarations: Vec<String>,
    /// Items in order.
    pub items: Vec<MinutesItem>,
    /// The next meeting, in words.
    pub next_meeting: Option<String>,
}

fn decision_word(k: DecisionKind) -> &'static str {
    match k {
        DecisionKind::Agreed => "AGREED",
        DecisionKind::Resolved => "RESOLVED",
        DecisionKind::Noted => "NOTED",
        DecisionKind::Decision => "DECISION",
    }
}

/// A person as the minutes refer to them, by name when the initials or role resolve to
/// one person in the meeting's scope, else as written.
fn who(ix: &Index<'_>, m: &Meeting, r: &PersonRef) -> String {
    match boardkit::meeting::resolve_in_meeting(ix, m, r) {
        Resolved::Person(id) => names::person(ix, &id),
        Resolved::Nobody | Resolved::Ambiguous(_) => names::person_ref(ix, r),
    }
}

/// The public minutes of a meeting.
pub(super) fn view(ix: &Index<'_>, m: &Meeting) -> MinutesView {
    let mut when = long_date(m.date);
    match (m.start, m.end) {
        (Some(s), Some(e)) => when.push_str(&format!(", {s} to {e}")),
        (Some(s), None) => when.push_str(&format!(", {s}")),
        _ => {}
    }
    let mut v = MinutesView {
        title: m.title.clone(),
        when,
        venue: m.venue.clone(),
        status: names::words(&m.status),
        present: Vec::new(),
        deputies: Vec::new(),
        apologies: Vec::new(),
        in_attendance: Vec::new(),
        declarations: declarations(ix, m),
        items: m.agenda.iter().map(|i| item(ix, m, i)).collect(),
        next_meeting: None,
    };
    attendance(ix, m, &mut v);
    v.next_meeting = m.next_meeting.as_ref().map(|n| {
        let mut s = long_date(n.date);
        if let Some(t) = n.start {
            s.push_str(&format!(", {t}"));
        }
        if let Some(venue) = &n.venue {
            s.push_str(&format!(", {venue}"));
        }
        s
    });
    v
}

/// Who attended, each under how they attended.
fn attendance(ix: &Index<'_>, m: &Meeting, v: &mut MinutesView) {
    for a in &m.attendance {
        let who = names::person_with_org(ix, &a.person);
        match a.status {
            AttendanceStatus::Present => v.present.push(who),
            AttendanceStatus::Deputy => v.deputies.push(match &a.deputy_for {
                Some(f) => format!("{who} (deputising for {})", names::person(ix, f)),
                None => who,
            }),
            AttendanceStatus::Apologies => v.apologies.push(who),
            AttendanceStatus::InAttendance => v.in_attendance.push(who),
            AttendanceStatus::MinuteTaker => v.in_attendance.push(format!("{who} (minutes)")),
            AttendanceStatus::Substitute => v.deputies.push(match &a.deputy_for {
                Some(f) => format!("{who} (substitute for {})", names::person(ix, f)),
                None => format!("{who} (substitute)"),
            }),
            AttendanceStatus::Observer => v.in_attendance.push(format!("{who} (observer)")),
            AttendanceStatus::Unknown => v
                .in_attendance
                .push(format!("{who} (how they attended is not recorded)")),
            AttendanceStatus::Absent => {}
        }
    }
}

/// The declarations of interest, or that none were declared, or that none were recorded.
fn declarations(ix: &Index<'_>, m: &Meeting) -> Vec<String> {
    match &m.declarations {
        None => vec!["Not recorded.".into()],
        Some(d) if d.entries.is_empty() && d.none_declared => vec!["None declared.".into()],
        Some(d) => d
            .entries
            .iter()
            .map(|e| {
                format!(
                    "{}, item {}: {}{}",
                    who(ix, m, &e.person),
                    e.item,
                    e.nature,
                    if e.left_room { " (left the room)" } else { "" }
                )
            })
            .collect(),
    }
}

/// One agenda item: its presenters, papers, minute paragraphs and decisions.
fn item(ix: &Index<'_>, m: &Meeting, item: &AgendaItem) -> MinutesItem {
    MinutesItem {
        number: item.number.clone(),
        title: item.title.clone(),
        confidential: item.confidential,
        presenters: item.presenters.iter().map(|p| who(ix, m, p)).collect(),
        papers: item
            .papers
            .iter()
            .map(|p| {
                if p.appendices.is_empty() {
                    p.name.clone()
                } else {
                    format!("{} ({})", p.name, p.appendices.join(", "))
                }
            })
            .collect(),
        paragraphs: item
            .minutes
            .as_deref()
            .map(|t| {
                t.split("\n\n")
                    .map(str::trim)
                    .filter(|p| !p.is_empty())
                    .map(String::from)
                    .collect()
            })
            .unwrap_or_default(),
        decisions: item
            .decisions
            .iter()
            .map(|d| {
                let letter = d
                    .letter
                    .as_deref()
                    .map(|l| format!("({l}) "))
                    .unwrap_or_default();
                let owner = d
                    .owner
                    .as_ref()
                    .map(|o| format!(" Action by: {}.", who(ix, m, o)))
                    .unwrap_or_default();
                format!("{letter}{}: {}{owner}", decision_word(d.kind), d.text)
            })
            .collect(),
    }
}
