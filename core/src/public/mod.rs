//! The public version of a board document, and the one decision of what it withholds.
//!
//! # What a public version withholds
//!
//! A public version is what may go on the board's website. [`Confidentiality::of`] is the
//! one function that decides what is confidential; [`BoardDocument::public_version`] (and
//! every public output built on it) applies that decision and nothing else.
//!
//! **Every field is classified** in one table ([`fields::TABLE`]): always public, follows
//! the value holding it, or withheld when its record is tied to confidential material. A
//! tied record is reduced through the table (its public fields kept, placeholders for its
//! required ones) or left out when nothing of it is public; a test walks the JSON Schema
//! and fails on a field the table does not classify.
//!
//! **Markings.** A meeting marked `confidential` (a *wholly confidential* meeting), an
//! agenda item marked `confidential`, an item in a closed part (a part marked
//! `confidential`), a funding decision marked `confidential`. [`item_marked`] is the one
//! predicate of an item's marking.
//!
//! **Tied to confidential material**, by following every reference, in one pass:
//! 1. *Items*: a marked item and every item beneath it, read by the one reading of item
//!    numbers ([`crate::meeting::number`]: `5a`, `5(i)`, `5/1`, `Item 5.1` are beneath 5;
//!    `Part B 1`, `B.1` beneath Part B). A number that may or may not be beneath a
//!    confidential item (`A5` with item 5 confidential) is withheld.
//! 2. *Declarations of interest* about such an item.
//! 3. *Actions*: raised at the meeting with a ref naming such an item (or with a blank ref
//!    at a meeting with confidential items), raised at a wholly confidential meeting,
//!    created by a decision of such an item (`decisions[].actions`), or replacing a
//!    withheld action or absorbing one (`superseded_by`, `merged_into`), transitively. A
//!    public action's `superseded_by` or `merged_into` naming a withheld action is withheld.
//! 4. *Risks* raised at the meeting with a minute naming such an item, or at a wholly
//!    confidential meeting.
//! 5. *Later references*: a matter arising that names a withheld action by id, or by ref
//!    alone matches one (as the action log matches refs), or whose ref, minute or section
//!    names a confidential item of the body's previous meeting (or that has no key at all
//!    when that meeting has confidential items); the note and amendments of an approval of minutes that
//!    contain confidential material; the venue and times announced for a wholly
//!    confidential next meeting; a public risk's links and planned actions naming a
//!    withheld action; a public decision's links to withheld actions; the notes of status
//!    and score history, and the revised dues and owner changes, recorded at a wholly
//!    confidential meeting; an acknowledgement whose finding is inside withheld material
//!    or that was agreed at a wholly confidential meeting; a closed part's name.
//!    An acknowledgement whose `by` or reason names a person left out (item 7, decided
//!    without the acknowledgements) or a withheld record by id is withheld too.
//! 6. *Attendees*: everyone at a wholly confidential meeting; a person in attendance (not a
//!    member) whom only confidential items name as a presenter; anyone in attendance for
//!    named items only (`items`) when every one of them is confidential.
//! 7. *People*: a person referred to somewhere in the document (by id, initials or name,
//!    in a reference, never by matching display text) and nowhere in its public version
//!    is left out of the people list, so of every export.
//!
//! **The ledger.** [`Confidentiality::ledger`] (and [`BoardDocument::redaction_ledger`])
//! counts per meeting what was withheld, by kind, with the Schedule 12A paragraphs and
//! review date the paper records on the confidential items and closed parts
//! (`exemption`); never the content. The public version carries it: each edited meeting's
//! `redactions` ([`crate::meeting::Redactions`], schema version 5), kept (the larger
//! count of each kind) when a public version is made again from a public version. The
//! pack, the public minutes and OParl's edited file print its notice from there.
//!

mod apply;
mod arising;
pub mod fields;
mod ledger;
mod people;

pub use ledger::{Ledger, MeetingLedger};

use crate::index::Index;
use crate::meeting::number::Numbering;
use crate::meeting::{AgendaItem, Attendance, AttendanceStatus, BodyRole, Meeting, PersonRef};
use crate::BoardDocument;
use arising::{previous_meetings, ArisingTies};
use std::collections::{HashMap, HashSet};

/// The title a confidential item carries in a public version.
pub const WITHHELD_ITEM_TITLE: &str = "Confidential item";

/// The title a wholly confidential meeting carries in a public version.
pub const WITHHELD_MEETING_TITLE: &str = "Confidential meeting";

/// The name a closed part carries in a public version.
pub const WITHHELD_PART_NAME: &str = "Closed part";

/// Whether an agenda item is itself marked confidential: the item, the whole meeting, or
/// the closed part it was taken in.
///
/// This is the one predicate of markings; everything else is derived from it by
/// [`Confidentiality::of`] (through [`Numbering::of`], which applies the same test).
pub fn item_marked(meeting: &Meeting, item: &AgendaItem) -> bool {
    meeting.confidential
        || item.confidential
        || item
            .part
            .as_deref()
            .is_some_and(|part| meeting.parts.iter().any(|p| p.confidential && p.id == part))
}

/// Whether an attendance entry belongs to someone who attended only for confidential
/// material: in attendance (not a member), named by confidential items and by no other.
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
    previous_minutes: bool,
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
    /// Ids of withheld actions (a public risk's or decision's links to them are withheld).
    withheld_actions: HashSet<&'a str>,
    /// Ids of wholly confidential meetings (what is recorded at them is withheld).
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
        let items: Vec<Vec<bool>> = doc
            .meetings
            .iter()
            .map(|m| {
                m.agenda
                    .iter()
                    .map(|item| numbering.tied(&m.id, &item.number))
                    .collect()
            })
            .collect();

        // 2. Actions: raised under confidential items or at confidential meetings, or
        //    created by a decision of a confidential item.
        let actions = tied_actions(doc, &numbering, &items);
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
            .zip(items)
            .enumerate()
            .map(|(mi, (m, items))| {
                let prev = previous.get(mi).copied().flatten();
                meeting_ties(&ix, &numbering, &arising, prev, m, items)
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

    /// Whether something recorded at this meeting (a history entry's, revision's or owner
    /// change's `meeting`) is withheld: the meeting is wholly confidential.
    pub fn recorded_at(&self, meeting: Option<&str>) -> bool {
        meeting.is_some_and(|m| self.whole_meetings.contains(m))
    }

    /// Whether the action with this id is withheld.
    pub fn action_withheld(&self, id: &str) -> bool {
        self.withheld_actions.contains(id)
    }
}

/// What is tied to confidential material in one meeting: `items` are its agenda items'
/// flags, `prev` the id of the body's previous meeting.
fn meeting_ties(
    ix: &Index<'_>,
    numbering: &Numbering<'_>,
    arising: &ArisingTies<'_>,
    prev: Option<&str>,
    m: &Meeting,
    items: Vec<bool>,
) -> MeetingTies {
    let whole = numbering.whole(&m.id);
    let declarations = m
        .declarations
        .iter()
        .flat_map(|d| &d.entries)
        .map(|e| numbering.tied(&m.id, &e.item))
        .collect();
    let matters_arising = m
        .matters_arising
        .iter()
        .map(|ma| {
            whole
                || match arising.by_id(&ma.action) {
                    Some(withheld) => withheld || keyed_to_confidential(numbering, prev, ma, false),
                    None => {
                        arising.by_ref(m, &ma.action_ref)
                            || keyed_to_confidential(numbering, prev, ma, true)
                    }
                }
        })
        .collect();
    let attendance = item_only_attendees(ix, m, &items, whole)
        .into_iter()
        .zip(&m.attendance)
        .map(|(t, a)| {
            t || (!a.items.is_empty() && a.items.iter().all(|i| numbering.tied(&m.id, i)))
        })
        .collect();
    MeetingTies {
        whole,
        attendance,
        items,
        declarations,
        matters_arising,
        previous_minutes: whole
            || m.previous_minutes
                .as_ref()
                .is_some_and(|p| numbering.any_marked(&p.meeting)),
        next_meeting_details: whole
            || m.next_meeting
                .as_ref()
                .and_then(|n| n.meeting.as_deref())
                .is_some_and(|id| numbering.whole(id)),
    }
}

/// Whether a matter arising is keyed to confidential material of the body's previous
/// meeting: its minute or section (and, when `by_ref`, its action ref: it names no action
/// the log has) names a confidential item there or one it may be beneath; or, by ref, it
/// has no key at all while that meeting has confidential items (it may be any item's).
fn keyed_to_confidential(
    numbering: &Numbering<'_>,
    prev: Option<&str>,
    ma: &crate::meeting::MatterArising,
    by_ref: bool,
) -> bool {
    let Some(p) = prev else { return false };
    let action_ref = by_ref.then_some(ma.action_ref.as_str());
    let keys: Vec<&str> = [action_ref, ma.minute_ref.as_deref(), ma.section.as_deref()]
        .into_iter()
        .flatten()
        .filter(|k| !k.trim().is_empty())
        .collect();
    if keys.is_empty() {
        return by_ref && numbering.tied(p, "");
    }
    keys.iter().any(|k| numbering.tied(p, k))
}

fn flag(list: Option<&Vec<bool>>, i: usize) -> bool {
    list.and_then(|l| l.get(i)).copied().unwrap_or(false)
}

/// Per action (by position): raised under a confidential item (its ref, at the meeting
/// that raised it), at a wholly confidential meeting, or created by a decision of a
/// confidential item. Linear: one look-up per ref and per decision link.
fn tied_actions(doc: &BoardDocument, numbering: &Numbering<'_>, items: &[Vec<bool>]) -> Vec<bool> {
    let mut tied: Vec<bool> = doc
        .actions
        .iter()
        .map(|a| {
            a.raised_at
                .as_deref()
                .is_some_and(|m| numbering.tied(m, &a.reference))
        })
        .collect();
    let mut by_id: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, a) in doc.actions.iter().enumerate() {
        by_id.entry(a.id.as_str()).or_default().push(i);
    }
    for (m, flags) in doc.meetings.iter().zip(items) {
        for (item, _) in m.agenda.iter().zip(flags).filter(|(_, &t)| t) {
            for id in item.decisions.iter().flat_map(|d| &d.actions) {
                for &i in by_id.get(id.as_str()).into_iter().flatten() {
                    if let Some(t) = tied.get_mut(i) {
                        *t = true;
                    }
                }
            }
        }
    }
    continued(doc, &by_id, &mut tied);
    tied
}

/// An action that replaced a withheld action or that one was merged into carries its work
/// on: withheld too, transitively (`superseded_by`, `merged_into`). Each action is queued
/// once, so linear.
fn continued(doc: &BoardDocument, by_id: &HashMap<&str, Vec<usize>>, tied: &mut [bool]) {
    let mut queue: Vec<usize> = (0..tied.len()).filter(|&i| flag_at(tied, i)).collect();
    while let Some(i) = queue.pop() {
        let Some(a) = doc.actions.get(i) else {
            continue;
        };
        for id in [&a.superseded_by, &a.merged_into].into_iter().flatten() {
            for &j in by_id.get(id.as_str()).into_iter().flatten() {
                if let Some(t) = tied.get_mut(j).filter(|t| !**t) {
                    *t = true;
                    queue.push(j);
                }
            }
        }
    }
}

fn flag_at(list: &[bool], i: usize) -> bool {
    list.get(i).copied().unwrap_or(false)
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
