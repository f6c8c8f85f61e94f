//! The walk of every meeting: the stages of the meeting units (`meeting::rules`) in the
//! order the meeting rules always ran, in `checks/` (attendance, agenda and decisions,
//! dates and minutes), with the references the board's `board.unknown_reference` (not
//! yet a unit) checks between them. Look-ups go through hash maps built once per
//! meeting, or once per document (the memberships). This file gathers and calls: what
//! the parts read of a meeting is `checks/context.rs`, which they import instead of it.

use super::*;
use crate::board::UNKNOWN_REFERENCE;
use crate::index::Index;
use crate::pointer::Pointer;
use crate::unit::{MeetingAt, MeetingWalk};
use crate::validate::{Report, ValidateOptions};
use crate::{BoardDocument, Id};
use std::cell::OnceCell;
use std::collections::{HashMap, HashSet};

mod agenda_rules;
mod attendance_rules;
mod context;
mod minutes_rules;

use context::Ctx;

/// Check a person reference found at `path` in the scope of a meeting, reporting
/// unresolved or ambiguous initials and roles. Returns the person when resolved.
pub fn check_ref(
    doc: &BoardDocument,
    meeting: &Meeting,
    r: &PersonRef,
    path: &str,
    out: &mut Report,
) -> Option<Id> {
    check_ref_in(&Index::new(doc), meeting, r, path, out)
}

/// [`check_ref`] through an index of the document.
pub fn check_ref_in(
    ix: &Index<'_>,
    meeting: &Meeting,
    r: &PersonRef,
    path: &str,
    out: &mut Report,
) -> Option<Id> {
    let resolved = resolve_in_meeting(ix, meeting, r);
    if let Some(f) = RefFinding::of(r, &resolved) {
        let rule = match f {
            RefFinding::PersonUnknown => &UNKNOWN_REFERENCE,
            RefFinding::InitialsUnresolved => &INITIALS_UNRESOLVED,
            RefFinding::InitialsAmbiguous(_) => &INITIALS_AMBIGUOUS,
            RefFinding::NameUnresolved => &NAME_UNRESOLVED,
            RefFinding::NameAmbiguous(_) => &NAME_AMBIGUOUS,
            RefFinding::RoleUnresolved => &ROLE_UNRESOLVED,
        };
        out.push(rule, Pointer::at(path).field(f.field()), f.message());
    }
    match resolved {
        Resolved::Person(id) => Some(id),
        _ => None,
    }
}

/// Check every meeting of a document.
pub(crate) fn check(doc: &Index<'_>, options: &ValidateOptions, out: &mut Report) {
    crate::board::duplicate_ids(
        doc.document().meetings.iter().map(|m| m.id.as_str()),
        "/meetings",
        out,
    );
    // Matters arising and decisions name actions by id: one set, not a scan of the log.
    let action_ids: HashSet<&str> = doc
        .document()
        .actions
        .iter()
        .map(|a| a.id.as_str())
        .collect();
    let (memberships, seat_holders) = memberships(&doc.document().bodies);
    for (i, m) in doc.document().meetings.iter().enumerate() {
        let mut entries = HashMap::with_capacity(m.attendance.len());
        for a in m.attendance.iter().filter(|a| !a.person.is_empty()) {
            entries.entry(a.person.as_str()).or_insert(a);
        }
        let mut numbers = HashMap::with_capacity(m.agenda.len());
        let parsed: Vec<Option<Vec<u32>>> =
            m.agenda.iter().map(|a| item_number(&a.number)).collect();
        for (k, n) in parsed.iter().enumerate() {
            if let Some(n) = n {
                numbers.entry(n.clone()).or_insert(k);
            }
        }
        let base = Pointer::root().item("meetings", i);
        let body = doc.body(&m.body);
        let at = MeetingAt {
            m,
            base: base.as_str(),
            body,
            entries: &entries,
            numbers: &numbers,
            parsed: &parsed,
            quorum: OnceCell::new(),
            memberships: &memberships,
            seat_holders: &seat_holders,
        };
        let walk = MeetingWalk::new(doc, options, &at);
        let cx = Ctx {
            ix: doc,
            m,
            body,
            base: base.as_str(),
            at: i,
            options,
        };
        if cx.body.is_none() {
            out.push(
                &UNKNOWN_REFERENCE,
                Pointer::at(cx.base).field("body"),
                "This meeting's body is not in the document's bodies.",
            );
        }
        attendance_rules::check(&cx, &walk, out);
        agenda_rules::check(&cx, &walk, out);
        minutes_rules::check(&cx, &walk, &action_ids, out);
    }
    crate::unit::run_meeting_numbers(doc, options, out);
}

/// The rule on numbers that may be beneath a confidential item, on its own: it reports
/// about actions, risks, declarations and attendees, so a check of an action record that
/// leaves the other meeting rules out still runs it.
pub(crate) fn check_numbers(ix: &Index<'_>, options: &ValidateOptions, out: &mut Report) {
    crate::unit::run_meeting_numbers(ix, options, out);
}
