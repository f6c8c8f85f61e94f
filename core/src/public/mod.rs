//! The public version of a board document, and the one decision of what it withholds.
//!
//! # What a public version withholds
//!
//! A public version is what may go on the board's website. [`Confidentiality::of`] is the
//! one function that decides what is confidential; [`BoardDocument::public_version`] (and
//! every public output built on it) applies that decision and nothing else.
//!
//! **Markings.** Minutes are marked confidential in two ways: a meeting marked
//! `confidential` (a *wholly confidential* meeting), and an agenda item marked
//! `confidential`. A funding decision may be marked `confidential` on its own. [`item_marked`] is the one predicate that says whether an item is
//! marked (the place where confidentiality by part of a meeting belongs).
//!
//! **Tied to confidential material**, transitively:
//! 1. *Items*: a marked item and every item numbered beneath it (2.1 and 2.1.3 beneath 2).
//!    Item numbers are compared part by part between the dots: parts that are numbers as
//!    numbers ("02" and "2." name item 2), other parts exactly ("Part B" names only
//!    "Part B"; "Part B.1" is beneath it).
//! 2. *Declarations of interest* about such an item (numbers compared the same way).
//! 3. *Actions raised under it*: raised at that meeting with a ref naming the item or one
//!    beneath it.
//! 4. *Risks raised at it*: raised at that meeting with a minute naming the item or one
//!    beneath it.
//! 5. *Later references*: a matter arising that names a withheld action by id; one by
//!    ref alone that matches a withheld action as the action log matches refs, or names a
//!    confidential item of the body's previous meeting; the note of an approval of minutes that contain any confidential
//!    material (which part an amendment concerns cannot be told, so the note goes); the
//!    venue and times announced for a next meeting that is wholly confidential; carried-
//!    forward actions are the withheld actions themselves, wherever they are listed.
//! 6. *Item-only attendees*: a person in attendance (not a member) whom only confidential
//!    items name as a presenter.
//! 7. *A wholly confidential meeting*: everything but the fact that it took place. Its id,
//!    body, date and status are kept (and it stays marked confidential); its title becomes
//!    "Confidential meeting"; its times, venue, attendance, agenda, declarations, matters
//!    arising, previous-minutes approval, next meeting and host extensions are withheld;
//!    every action and risk raised at it is withheld, and so are the notes (and host
//!    extensions) of status and score history recorded at it for other actions and risks.
//!
//! **How it is withheld.** A confidential item of a meeting that is not wholly
//! confidential stays in the agenda as a placeholder: its number, standing-item kind and
//! time allocation are kept, its title becomes "Confidential item", everything else goes.
//! Tied declarations, attendance entries, matters arising, actions and risks are left
//! out; a public risk's links to withheld actions are left out; tied notes are emptied.
//! A funding decision marked `confidential` is left out. People, organisations, bodies,
//! budgets and scorecards are not tied to meetings and are kept.
//!
//! The placeholders are built field by field, so a field added to a meeting, an item, an
//! action or a risk does not compile here until it is decided whether it is withheld.

mod arising;

use crate::action::Action;
use crate::index::Index;
use crate::meeting::number::Numbering;
use crate::meeting::{AgendaItem, Attendance, AttendanceStatus, BodyRole, Meeting, PersonRef};
use crate::risk::{Risk, RiskRegister};
use crate::{BoardDocument, Extensions};
use arising::{previous_meetings, ArisingTies};
use std::collections::HashSet;

/// The title a confidential item carries in a public version.
pub const WITHHELD_ITEM_TITLE: &str = "Confidential item";

/// The title a wholly confidential meeting carries in a public version.
pub const WITHHELD_MEETING_TITLE: &str = "Confidential meeting";

/// Whether an agenda item is itself marked confidential: the item, or the whole meeting.
///
/// This is the one predicate of markings; everything else is derived from it by
/// [`Confidentiality::of`]. An item in a closed part of the meeting (a part marked
/// confidential) is marked too.
pub fn item_marked(meeting: &Meeting, item: &AgendaItem) -> bool {
    marked(meeting, item, |part| {
        meeting.parts.iter().any(|p| p.confidential && p.id == part)
    })
}

/// [`item_marked`], with whether a part (by id) is closed told by `closed`: a set
/// built once per meeting keeps a meeting of many parts and items linear.
fn marked(meeting: &Meeting, item: &AgendaItem, closed: impl Fn(&str) -> bool) -> bool {
    meeting.confidential || item.confidential || item.part.as_deref().is_some_and(closed)
}

/// Whether an attendance entry belongs to someone who attended only for confidential
/// material: in attendance (not a member), named by confidential items and by no other.
/// Attendance "for named items only" is added here.
pub fn attended_only_for_confidential(
    entry: &Attendance,
    named_by_confidential: bool,
    named_by_open: bool,
) -> bool {
    entry.status == AttendanceStatus::InAttendance && named_by_confidential && !named_by_open
}

/// What is tied to confidential material in one meeting (positions in its lists).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct MeetingTies {
    whole: bool,
    items: Vec<bool>,
    declarations: Vec<bool>,
    attendance: Vec<bool>,
    matters_arising: Vec<bool>,
    previous_minutes_note: bool,
    next_meeting_details: bool,
}

/// Which records of a board document are tied to confidential material (see the
/// [module](self) for the definition), computed once per document in time linear in its
/// size (and n log n for ordering meetings by date).
///
/// Positions are those of the document it was computed from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Confidentiality<'a> {
    meetings: Vec<MeetingTies>,
    actions: Vec<bool>,
    risks: Vec<bool>,
    funding_decisions: Vec<bool>,
    /// Ids of withheld actions (a public risk's links to them are withheld).
    withheld_actions: HashSet<&'a str>,
    /// Ids of wholly confidential meetings (notes recorded at them are withheld).
    whole_meetings: HashSet<&'a str>,
}

impl<'a> Confidentiality<'a> {
    /// Decide what in `doc` is tied to confidential material.
    pub fn of(doc: &'a BoardDocument) -> Self {
        // 1. The markings, as a tree of item numbers per meeting id. Meetings that share
        //    an id share a tree: what is confidential in one is withheld in both.
        let numbering = Numbering::of(&doc.meetings);
        let whole_meetings: HashSet<&str> = doc
            .meetings
            .iter()
            .filter(|m| numbering.whole(&m.id))
            .map(|m| m.id.as_str())
            .collect();

        // 2. Actions and risks raised under confidential items or at confidential meetings.
        let actions: Vec<bool> = doc
            .actions
            .iter()
            .map(|a| {
                a.raised_at
                    .as_deref()
                    .is_some_and(|m| numbering.tied(m, &a.reference))
            })
            .collect();
        let withheld_actions: HashSet<&str> = doc
            .actions
            .iter()
            .zip(&actions)
            .filter(|(_, &t)| t)
            .map(|(a, _)| a.id.as_str())
            .collect();
        let risks: Vec<bool> =
            doc.risk_register
                .iter()
                .flat_map(|r| &r.risks)
                .map(|r| {
                    r.raised.meeting.as_deref().is_some_and(|m| {
                        numbering.tied(m, r.raised.minute.as_deref().unwrap_or(""))
                    })
                })
                .collect();

        // 3. Each meeting's own lists and its references to earlier meetings.
        let ix = Index::new(doc);
        let arising = ArisingTies::new(doc, &actions);
        let previous = previous_meetings(doc);
        let meetings = doc
            .meetings
            .iter()
            .enumerate()
            .map(|(mi, m)| {
                let whole = numbering.whole(&m.id);
                let items: Vec<bool> = m
                    .agenda
                    .iter()
                    .map(|item| numbering.tied(&m.id, &item.number))
                    .collect();
                let declarations = m
                    .declarations
                    .iter()
                    .flat_map(|d| &d.entries)
                    .map(|e| numbering.tied(&m.id, &e.item))
                    .collect();
                let prev = previous.get(mi).copied().flatten();
                let matters_arising = m
                    .matters_arising
                    .iter()
                    .map(|ma| {
                        whole
                            || match arising.by_id(&ma.action) {
                                Some(withheld) => withheld,
                                None => {
                                    arising.by_ref(m, &ma.action_ref)
                                        || prev.is_some_and(|p| numbering.tied(p, &ma.action_ref))
                                }
                            }
                    })
                    .collect();
                MeetingTies {
                    whole,
                    attendance: item_only_attendees(&ix, m, &items, whole),
                    items,
                    declarations,
                    matters_arising,
                    previous_minutes_note: whole
                        || m.previous_minutes
                            .as_ref()
                            .is_some_and(|p| numbering.any_marked(&p.meeting)),
                    next_meeting_details: whole
                        || m.next_meeting
                            .as_ref()
                            .and_then(|n| n.meeting.as_deref())
                            .is_some_and(|id| numbering.whole(id)),
                }
            })
            .collect();
        let funding_decisions = doc
            .funding_decisions
            .iter()
            .map(|d| d.confidential == Some(true))
            .collect();
        Confidentiality {
            meetings,
            actions,
            risks,
            funding_decisions,
            withheld_actions,
            whole_meetings,
        }
    }

    /// Whether the meeting at this position is wholly confidential.
    pub fn meeting(&self, meeting: usize) -> bool {
        self.meetings.get(meeting).is_some_and(|m| m.whole)
    }

    /// Whether an agenda item (by position) is confidential: marked, beneath a marked
    /// item, or in a wholly confidential meeting.
    pub fn item(&self, meeting: usize, item: usize) -> bool {
        flag(self.meetings.get(meeting).map(|m| &m.items), item)
    }

    /// Whether a declaration of interest (by position in the meeting's entries) is about
    /// confidential material.
    pub fn declaration(&self, meeting: usize, entry: usize) -> bool {
        flag(self.meetings.get(meeting).map(|m| &m.declarations), entry)
    }

    /// Whether an attendance entry (by position) is withheld: a wholly confidential
    /// meeting's, or an item-only attendee's.
    pub fn attendance(&self, meeting: usize, entry: usize) -> bool {
        flag(self.meetings.get(meeting).map(|m| &m.attendance), entry)
    }

    /// Whether a matter arising (by position) refers to confidential material.
    pub fn matter_arising(&self, meeting: usize, entry: usize) -> bool {
        flag(
            self.meetings.get(meeting).map(|m| &m.matters_arising),
            entry,
        )
    }

    /// Whether the action at this position in the action log is withheld.
    pub fn action(&self, action: usize) -> bool {
        self.actions.get(action).copied().unwrap_or(false)
    }

    /// Whether the risk at this position in the register is withheld.
    pub fn risk(&self, risk: usize) -> bool {
        self.risks.get(risk).copied().unwrap_or(false)
    }

    /// Whether the funding decision at this position is withheld (marked confidential).
    pub fn funding_decision(&self, decision: usize) -> bool {
        self.funding_decisions
            .get(decision)
            .copied()
            .unwrap_or(false)
    }

    /// Whether a note recorded at this meeting (a history entry's `meeting`) is withheld.
    pub fn recorded_at(&self, meeting: Option<&str>) -> bool {
        meeting.is_some_and(|m| self.whole_meetings.contains(m))
    }

    /// The public version of `doc`, which must be the document this was computed from.
    /// Built field by field: a new field of the document or of its register does not
    /// compile here until it is decided whether it is withheld.
    pub fn apply(&self, doc: &BoardDocument) -> BoardDocument {
        let BoardDocument {
            schema_version,
            organisations,
            people,
            bodies,
            meetings,
            actions,
            risk_register,
            budgets,
            funding_decisions,
            scorecards,
            extensions,
        } = doc;
        BoardDocument {
            schema_version: *schema_version,
            organisations: organisations.clone(),
            people: people.clone(),
            bodies: bodies.clone(),
            meetings: meetings
                .iter()
                .zip(&self.meetings)
                .map(|(m, ties)| public_meeting(m, ties))
                .collect(),
            actions: actions
                .iter()
                .zip(&self.actions)
                .filter(|(_, &t)| !t)
                .map(|(a, _)| self.public_action(a))
                .collect(),
            risk_register: risk_register.as_ref().map(|r| self.public_register(r)),
            budgets: budgets.clone(),
            funding_decisions: kept(funding_decisions, &self.funding_decisions),
            scorecards: scorecards.clone(),
            extensions: extensions.clone(),
        }
    }

    fn public_register(&self, register: &RiskRegister) -> RiskRegister {
        let RiskRegister {
            title,
            body,
            matrix,
            escalation_score,
            top_band_review_days,
            reviewed_on,
            stated_counts,
            risks,
            extensions,
        } = register;
        RiskRegister {
            title: title.clone(),
            body: body.clone(),
            matrix: matrix.clone(),
            escalation_score: *escalation_score,
            top_band_review_days: *top_band_review_days,
            reviewed_on: *reviewed_on,
            stated_counts: stated_counts.clone(),
            risks: risks
                .iter()
                .zip(&self.risks)
                .filter(|(_, &t)| !t)
                .map(|(r, _)| self.public_risk(r))
                .collect(),
            extensions: extensions.clone(),
        }
    }

    fn public_action(&self, a: &Action) -> Action {
        let mut a = a.clone();
        for h in &mut a.history {
            if self.recorded_at(h.meeting.as_deref()) {
                h.note = None;
                h.extensions = Extensions::new();
            }
        }
        a
    }

    fn public_risk(&self, r: &Risk) -> Risk {
        let mut r = r.clone();
        r.linked_actions
            .retain(|id| !self.withheld_actions.contains(id.as_str()));
        for h in &mut r.history {
            if self.recorded_at(h.meeting.as_deref()) {
                h.note = None;
            }
        }
        r
    }
}

fn flag(list: Option<&Vec<bool>>, i: usize) -> bool {
    list.and_then(|l| l.get(i)).copied().unwrap_or(false)
}

/// Keep the entries of `list` whose flag is false.
fn kept<T: Clone>(list: &[T], flags: &[bool]) -> Vec<T> {
    list.iter()
        .zip(flags.iter().copied().chain(std::iter::repeat(false)))
        .filter(|(_, t)| !t)
        .map(|(x, _)| x.clone())
        .collect()
}

fn public_meeting(m: &Meeting, ties: &MeetingTies) -> Meeting {
    if ties.whole {
        return withheld_meeting(m);
    }
    let mut out = m.clone();
    out.agenda = m
        .agenda
        .iter()
        .zip(&ties.items)
        .map(|(item, &t)| if t { withheld_item(item) } else { item.clone() })
        .collect();
    if let Some(d) = &mut out.declarations {
        d.entries = kept(&d.entries, &ties.declarations);
    }
    out.attendance = kept(&m.attendance, &ties.attendance);
    out.matters_arising = kept(&m.matters_arising, &ties.matters_arising);
    if ties.previous_minutes_note {
        if let Some(p) = &mut out.previous_minutes {
            p.note = None;
        }
    }
    if ties.next_meeting_details {
        if let Some(n) = &mut out.next_meeting {
            n.venue = None;
            n.start = None;
            n.end = None;
        }
    }
    out
}

/// A wholly confidential meeting in a public version: that it took place, nothing more.
fn withheld_meeting(m: &Meeting) -> Meeting {
    let Meeting {
        id,
        body,
        title: _,
        date,
        date_basis,
        start: _,
        end: _,
        venue: _,
        status,
        mode: _,
        numbering,
        versions: _,
        confidential: _,
        parts: _,
        attendance_record: _,
        attendance_key: _,
        attendance: _,
        agenda: _,
        declarations: _,
        matters_arising: _,
        previous_minutes: _,
        next_meeting: _,
        extensions: _,
    } = m;
    Meeting {
        id: id.clone(),
        body: body.clone(),
        title: WITHHELD_MEETING_TITLE.to_string(),
        date: *date,
        date_basis: *date_basis,
        start: None,
        end: None,
        venue: None,
        status: *status,
        mode: None,
        numbering: *numbering,
        versions: Vec::new(),
        confidential: true,
        parts: Vec::new(),
        attendance_record: None,
        attendance_key: Vec::new(),
        attendance: Vec::new(),
        agenda: Vec::new(),
        declarations: None,
        matters_arising: Vec::new(),
        previous_minutes: None,
        next_meeting: None,
        extensions: Extensions::new(),
    }
}

/// A confidential item in a public version: its place in the agenda, nothing more.
fn withheld_item(item: &AgendaItem) -> AgendaItem {
    let AgendaItem {
        number,
        title: _,
        presenters: _,
        papers: _,
        minutes_allocated,
        confidential: _,
        part,
        refers_to: _,
        deferred_to: _,
        standing,
        minutes: _,
        decisions: _,
        extensions: _,
    } = item;
    AgendaItem {
        number: number.clone(),
        title: WITHHELD_ITEM_TITLE.to_string(),
        presenters: Vec::new(),
        papers: Vec::new(),
        minutes_allocated: *minutes_allocated,
        confidential: true,
        part: part.clone(),
        refers_to: None,
        deferred_to: None,
        standing: *standing,
        minutes: None,
        decisions: Vec::new(),
        extensions: Extensions::new(),
    }
}

/// The attendance entries of people who attended only for confidential items: in
/// attendance and named as a presenter by confidential items only. A presenter reference
/// names an attendee when it is their id, their initials, or the chair role they hold.
fn item_only_attendees(ix: &Index<'_>, m: &Meeting, items: &[bool], whole: bool) -> Vec<bool> {
    if whole {
        return vec![true; m.attendance.len()];
    }
    let mut confidential: HashSet<&PersonRef> = HashSet::new();
    let mut open: HashSet<&PersonRef> = HashSet::new();
    for (item, &t) in m.agenda.iter().zip(items) {
        let set = if t { &mut confidential } else { &mut open };
        set.extend(&item.presenters);
    }
    if confidential.is_empty() {
        return vec![false; m.attendance.len()];
    }
    let chair_ref = PersonRef::Role(BodyRole::Chair);
    let chair = if confidential.contains(&chair_ref) || open.contains(&chair_ref) {
        ix.body(&m.body)
            .and_then(|b| b.chair())
            .map(|c| c.person.as_str())
    } else {
        None
    };
    m.attendance
        .iter()
        .map(|a| {
            let mut refs = vec![PersonRef::Person(a.person.clone())];
            if let Some(p) = ix.person(&a.person) {
                refs.extend(
                    p.initial_forms()
                        .map(|f| PersonRef::Initials(f.to_string())),
                );
                refs.extend(p.name_forms().map(|f| PersonRef::Name(f.to_string())));
            }
            if chair == Some(a.person.as_str()) {
                refs.push(chair_ref.clone());
            }
            attended_only_for_confidential(
                a,
                refs.iter().any(|r| confidential.contains(r)),
                refs.iter().any(|r| open.contains(r)),
            )
        })
        .collect()
}
