//! The meeting rules: their codes, and the check of every meeting, one function per
//! rule in `checks/` (attendance, agenda and decisions, dates and minutes). Each is linear
//! in the meeting's records: look-ups go through hash maps built once per meeting.

use super::*;
use crate::board::{Body, UNKNOWN_REFERENCE};
use crate::index::Index;
use crate::validate::{Report, Rule, ValidateOptions};
use crate::{BoardDocument, Id};
use std::collections::{HashMap, HashSet};

mod agenda_rules;
mod attendance_rules;
mod minutes_rules;

use crate::validate::rule;

rule!(
    DUPLICATE_ATTENDANCE,
    "meeting.duplicate_attendance",
    Error,
    "A person has more than one attendance entry at one meeting."
);
rule!(DEPUTY_WITHOUT_PRINCIPAL, "meeting.deputy_without_principal", Error,
    "An attendance entry says deputy but names neither the member deputised for (deputy_for) nor the seat or agency, or names deputy_for on an entry that is not a deputy.");
rule!(
    DEPUTY_FOR_NON_MEMBER,
    "meeting.deputy_for_non_member",
    Error,
    "A deputy attended for someone who is not expected: not a member of the body on the meeting's date."
);
rule!(DEPUTY_NOT_ALLOWED, "meeting.deputy_not_allowed", Error,
    "A deputy attended for a member who may not be deputised: the independent chair, lay members and the lead member attend in their own right.");
rule!(
    DEPUTY_AND_PRINCIPAL_PRESENT,
    "meeting.deputy_and_principal_present",
    Warning,
    "A member is counted both as present and as deputised for (a deputy attended for a member who is also recorded as present)."
);
rule!(
    END_BEFORE_START,
    "meeting.end_before_start",
    Error,
    "The meeting (or the announced next meeting) ends before or when it starts."
);
rule!(
    PREVIOUS_MINUTES_NOT_EARLIER,
    "meeting.previous_minutes_not_earlier",
    Error,
    "The minutes approved at a meeting are of a meeting that is not earlier than it."
);
rule!(
    PREVIOUS_MINUTES_OTHER_BODY,
    "meeting.previous_minutes_other_body",
    Warning,
    "The minutes approved at a meeting are of a meeting of another body."
);
rule!(
    NEXT_MEETING_NOT_AFTER,
    "meeting.next_meeting_not_after",
    Error,
    "The next meeting is dated on or before this one."
);
rule!(SELF_DEPUTY, "meeting.self_deputy", Error,
    "A person is recorded as deputising for themselves; they are not counted towards the quorum as a deputy.");
rule!(
    TWO_DEPUTIES,
    "meeting.two_deputies_for_one_member",
    Error,
    "Two different people are recorded as deputising for one member at one meeting."
);
rule!(SUBSTITUTE_WITHOUT_SEAT, "meeting.substitute_without_seat", Error,
    "A substitute does not name the vacant seat they sat in, or names a seat that a member held on the meeting's date.");
rule!(ATTENDANCE_CODE_UNDEFINED, "meeting.attendance_code_undefined", Warning,
    "An attendance grid's cell holds a mark that the grid's key does not define (silent when the paper gives no key).");
rule!(ATTENDANCE_ITEM_UNKNOWN, "meeting.attendance_item_unknown", Error,
    "Someone is in attendance for an agenda item the meeting does not have (silent when the agenda is not recorded).");
rule!(DATE_INFERRED, "meeting.date_inferred", Info,
    "The paper does not state the meeting's date; the date used is inferred, and rules that compare dates rely on it.");
rule!(DATE_UNKNOWN, "meeting.date_unknown", Info,
    "The meeting's date is unknown (only the earliest day, or a window of days, is recorded); rules that compare its date are skipped for it.");
rule!(
    PREVIOUS_MINUTES_UNNAMED,
    "meeting.previous_minutes_unnamed",
    Error,
    "An approval of earlier minutes names neither the meeting nor its date; silent when the minutes name it only as \"the last meeting\" (last_meeting)."
);
rule!(
    PREVIOUS_MINUTES_DATE_MISMATCH,
    "meeting.previous_minutes_date_mismatch",
    Warning,
    "An approval of earlier minutes gives a date that is not the date of the meeting it names."
);
rule!(MINUTES_APPROVED_BEFORE_HELD, "meeting.minutes_approved_before_held", Error,
    "Minutes are recorded as approved on a day before the meeting they record was held (silent when either date is unknown).");
rule!(
    ATTENDANCE_OF_UNHELD_MEETING,
    "meeting.attendance_of_unheld_meeting",
    Warning,
    "A scheduled or cancelled meeting records people as present."
);

/// Rules of this module, for the catalogue.
pub const RULES: &[&Rule] = &[
    &DUPLICATE_ATTENDANCE,
    &DEPUTY_WITHOUT_PRINCIPAL,
    &DEPUTY_FOR_NON_MEMBER,
    &DEPUTY_NOT_ALLOWED,
    &DEPUTY_AND_PRINCIPAL_PRESENT,
    &END_BEFORE_START,
    &PREVIOUS_MINUTES_NOT_EARLIER,
    &PREVIOUS_MINUTES_OTHER_BODY,
    &NEXT_MEETING_NOT_AFTER,
    &ATTENDANCE_OF_UNHELD_MEETING,
    &SELF_DEPUTY,
    &TWO_DEPUTIES,
    &SUBSTITUTE_WITHOUT_SEAT,
    &ATTENDANCE_CODE_UNDEFINED,
    &ATTENDANCE_ITEM_UNKNOWN,
    &DATE_INFERRED,
    &DATE_UNKNOWN,
    &PREVIOUS_MINUTES_UNNAMED,
    &PREVIOUS_MINUTES_DATE_MISMATCH,
    &MINUTES_APPROVED_BEFORE_HELD,
];

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
        out.push(rule, format!("{path}/{}", f.field()), f.message());
    }
    match resolved {
        Resolved::Person(id) => Some(id),
        _ => None,
    }
}

/// One meeting under check: the document's index, the meeting, its body and its path.
pub(crate) struct Ctx<'a, 'b> {
    ix: &'b Index<'a>,
    m: &'a Meeting,
    body: Option<&'a Body>,
    base: String,
    /// The meeting's position in the document's meetings.
    at: usize,
    options: &'b ValidateOptions,
    /// Attendance entries by person (the first entry of each).
    entries: HashMap<&'a str, &'a Attendance>,
    /// Agenda item numbers, parsed, to their first position.
    numbers: HashMap<Vec<u32>, usize>,
    /// Every membership of the document, by (body id, person id).
    memberships: &'b Memberships<'a>,
    /// Every membership of the document that holds a named seat, by (body id, seat id).
    seat_holders: &'b Memberships<'a>,
}

/// Memberships by (body id, person or seat id), built once per document (a person may
/// hold several memberships of one body over time; a seat passes between people).
pub(crate) type Memberships<'a> = HashMap<(&'a str, &'a str), Vec<&'a crate::board::Member>>;

impl Ctx<'_, '_> {
    /// The membership of a person on the meeting's body, current on the meeting's date
    /// (any membership when the date is unknown).
    fn member(&self, person: &str) -> Option<&crate::board::Member> {
        let all = self.memberships.get(&(self.body?.id.as_str(), person))?;
        match self.m.known_date() {
            Some(d) => all.iter().copied().find(|x| x.current_on(d)),
            None => all.first().copied(),
        }
    }
}

/// Check every meeting of a document.
pub(crate) fn check(doc: &Index<'_>, options: &ValidateOptions, out: &mut Report) {
    crate::board::duplicate_ids(doc.meetings.iter().map(|m| m.id.as_str()), "/meetings", out);
    // Matters arising and decisions name actions by id: one set, not a scan of the log.
    let action_ids: HashSet<&str> = doc.actions.iter().map(|a| a.id.as_str()).collect();
    let mut memberships: Memberships<'_> = HashMap::new();
    let mut seat_holders: Memberships<'_> = HashMap::new();
    for b in &doc.bodies {
        for mem in &b.members {
            memberships
                .entry((b.id.as_str(), mem.person.as_str()))
                .or_default()
                .push(mem);
            if let Some(seat) = &mem.seat {
                seat_holders
                    .entry((b.id.as_str(), seat.as_str()))
                    .or_default()
                    .push(mem);
            }
        }
    }
    for (i, m) in doc.meetings.iter().enumerate() {
        let mut entries = HashMap::with_capacity(m.attendance.len());
        for a in m.attendance.iter().filter(|a| !a.person.is_empty()) {
            entries.entry(a.person.as_str()).or_insert(a);
        }
        let mut numbers = HashMap::with_capacity(m.agenda.len());
        for (k, item) in m.agenda.iter().enumerate() {
            if let Some(n) = item_number(&item.number) {
                numbers.entry(n).or_insert(k);
            }
        }
        let cx = Ctx {
            ix: doc,
            m,
            body: doc.body(&m.body),
            base: format!("/meetings/{i}"),
            at: i,
            options,
            entries,
            numbers,
            memberships: &memberships,
            seat_holders: &seat_holders,
        };
        if cx.body.is_none() {
            out.push(
                &UNKNOWN_REFERENCE,
                format!("{}/body", cx.base),
                "This meeting's body is not in the document's bodies.",
            );
        }
        attendance_rules::check(&cx, out);
        agenda_rules::check(&cx, out);
        minutes_rules::check(&cx, &action_ids, out);
    }
    crate::unit::run_meeting_numbers(doc, options, out);
}

/// The rule on numbers that may be beneath a confidential item, on its own: it reports
/// about actions, risks, declarations and attendees, so a check of an action record that
/// leaves the other meeting rules out still runs it.
pub(crate) fn check_numbers(ix: &Index<'_>, options: &ValidateOptions, out: &mut Report) {
    crate::unit::run_meeting_numbers(ix, options, out);
}
