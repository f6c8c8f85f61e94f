//! The meeting rules.

use super::*;
use crate::board::{StandingItem, UNKNOWN_REFERENCE};
use crate::index::Index;
use crate::validate::{Report, Rule};
use crate::{BoardDocument, Id};
use std::collections::{BTreeMap, BTreeSet};

use crate::validate::rule;

rule!(
    DUPLICATE_ATTENDANCE,
    "meeting.duplicate_attendance",
    Error,
    "A person has more than one attendance entry at one meeting."
);
rule!(DEPUTY_WITHOUT_PRINCIPAL, "meeting.deputy_without_principal", Error,
    "An attendance entry says deputy but does not name the member deputised for (deputy_for), or names deputy_for on an entry that is not a deputy.");
rule!(
    DEPUTY_FOR_NON_MEMBER,
    "meeting.deputy_for_non_member",
    Error,
    "A deputy attended for someone who is not a member of the body."
);
rule!(DEPUTY_NOT_ALLOWED, "meeting.deputy_not_allowed", Error,
    "A deputy attended for a member who may not be deputised: the independent chair, lay members and the lead member attend in their own right.");
rule!(
    DEPUTY_AND_PRINCIPAL_PRESENT,
    "meeting.deputy_and_principal_present",
    Warning,
    "A deputy attended for a member who is also recorded as present."
);
rule!(INITIALS_UNRESOLVED, "meeting.initials_unresolved", Error,
    "Initials used in the record match nobody in the meeting's attendance or the body's membership.");
rule!(INITIALS_AMBIGUOUS, "meeting.initials_ambiguous", Error,
    "Initials used in the record match more than one person in the meeting's attendance or the body's membership.");
rule!(
    ROLE_UNRESOLVED,
    "meeting.role_unresolved",
    Error,
    "The record names a role (the chair) that no member of the body holds."
);
rule!(PRESENTER_NOT_RECORDED, "meeting.presenter_not_recorded", Warning,
    "Someone presents an item but is not recorded in the meeting's attendance (present, deputy, in attendance or minute-taker).");
rule!(INQUORATE, "meeting.inquorate", Warning,
    "The meeting was not quorate under the body's constitution (observers do not count; a deputy counts for the member).");
rule!(
    DECISION_WHILE_INQUORATE,
    "meeting.decision_while_inquorate",
    Error,
    "A decision was agreed or resolved at a meeting that was not quorate."
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
rule!(
    AGENDA_NUMBER_INVALID,
    "meeting.agenda_number_invalid",
    Error,
    "An agenda item number is not numbers separated by dots (3, 3.1, 7.1.2, 253)."
);
rule!(
    AGENDA_NUMBER_DUPLICATE,
    "meeting.agenda_number_duplicate",
    Error,
    "Two agenda items of one meeting have the same number."
);
rule!(
    AGENDA_OUT_OF_ORDER,
    "meeting.agenda_out_of_order",
    Error,
    "An agenda item's number is lower than the item before it."
);
rule!(
    STANDING_ITEM_MISSING,
    "meeting.standing_item_missing",
    Warning,
    "A standing item of the body's agenda template is missing from a meeting that took place."
);
rule!(
    DECLARATIONS_CONTRADICTORY,
    "meeting.declarations_contradictory",
    Error,
    "Declarations say none were declared but list declarations."
);
rule!(
    DECLARATION_ITEM_UNKNOWN,
    "meeting.declaration_item_unknown",
    Error,
    "A declaration of interest names an agenda item the meeting does not have."
);
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
    &INITIALS_UNRESOLVED,
    &INITIALS_AMBIGUOUS,
    &ROLE_UNRESOLVED,
    &PRESENTER_NOT_RECORDED,
    &INQUORATE,
    &DECISION_WHILE_INQUORATE,
    &END_BEFORE_START,
    &PREVIOUS_MINUTES_NOT_EARLIER,
    &PREVIOUS_MINUTES_OTHER_BODY,
    &NEXT_MEETING_NOT_AFTER,
    &AGENDA_NUMBER_INVALID,
    &AGENDA_NUMBER_DUPLICATE,
    &AGENDA_OUT_OF_ORDER,
    &STANDING_ITEM_MISSING,
    &DECLARATIONS_CONTRADICTORY,
    &DECLARATION_ITEM_UNKNOWN,
    &ATTENDANCE_OF_UNHELD_MEETING,
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
    match resolve_in_meeting(ix, meeting, r) {
        Resolved::Person(id) => Some(id),
        Resolved::Ambiguous(n) => {
            out.push(
                &INITIALS_AMBIGUOUS,
                format!("{path}/initials"),
                format!("These initials match {n} people in this meeting's attendance and the body's membership."),
            );
            None
        }
        Resolved::Nobody => {
            match r {
                PersonRef::Person(_) => out.push(
                    &UNKNOWN_REFERENCE,
                    format!("{path}/person"),
                    "This person is not in the document's people.",
                ),
                PersonRef::Initials(_) => out.push(
                    &INITIALS_UNRESOLVED,
                    format!("{path}/initials"),
                    "These initials match nobody in this meeting's attendance or the body's membership.",
                ),
                PersonRef::Role(_) => out.push(
                    &ROLE_UNRESOLVED,
                    format!("{path}/role"),
                    "No member of the body holds this role.",
                ),
            }
            None
        }
    }
}

/// Check every meeting of a document.
pub(crate) fn check(doc: &Index<'_>, out: &mut Report) {
    crate::board::duplicate_ids(doc.meetings.iter().map(|m| m.id.as_str()), "/meetings", out);
    // Matters arising name actions by id: one set, not a scan of the log per entry.
    let action_ids: std::collections::HashSet<&str> =
        doc.actions.iter().map(|a| a.id.as_str()).collect();
    for (i, m) in doc.meetings.iter().enumerate() {
        check_meeting(doc, i, m, &action_ids, out);
    }
}

fn check_meeting(
    doc: &Index<'_>,
    i: usize,
    m: &Meeting,
    action_ids: &std::collections::HashSet<&str>,
    out: &mut Report,
) {
    let base = format!("/meetings/{i}");
    let body = doc.body(&m.body);
    if body.is_none() {
        out.push(
            &UNKNOWN_REFERENCE,
            format!("{base}/body"),
            "This meeting's body is not in the document's bodies.",
        );
    }

    if let (Some(s), Some(e)) = (m.start, m.end) {
        if e <= s {
            out.push(
                &END_BEFORE_START,
                format!("{base}/end"),
                "The meeting ends before or when it starts.",
            );
        }
    }

    // Attendance.
    let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
    let present: BTreeSet<&str> = m
        .attendance
        .iter()
        .filter(|a| a.status == AttendanceStatus::Present)
        .map(|a| a.person.as_str())
        .collect();
    for (j, a) in m.attendance.iter().enumerate() {
        let path = format!("{base}/attendance/{j}");
        if doc.person(&a.person).is_none() {
            out.push(
                &UNKNOWN_REFERENCE,
                format!("{path}/person"),
                "This person is not in the document's people.",
            );
        }
        if let Some(first) = seen.get(a.person.as_str()) {
            out.push(
                &DUPLICATE_ATTENDANCE,
                format!("{path}/person"),
                format!("This person already has attendance entry {first} at this meeting."),
            );
        } else {
            seen.insert(a.person.as_str(), j);
        }
        if !m.status.took_place() && a.status.in_room() {
            out.push(
                &ATTENDANCE_OF_UNHELD_MEETING,
                format!("{path}/status"),
                "The meeting has not taken place (scheduled or cancelled) but this person is recorded in the room.",
            );
        }
        match (a.status, &a.deputy_for) {
            (AttendanceStatus::Deputy, None) => out.push(
                &DEPUTY_WITHOUT_PRINCIPAL,
                format!("{path}/deputy_for"),
                "A deputy must name the member they deputise for.",
            ),
            (AttendanceStatus::Deputy, Some(principal)) => {
                let member = body.and_then(|b| doc.member(b, principal));
                match member {
                    None => out.push(
                        &DEPUTY_FOR_NON_MEMBER,
                        format!("{path}/deputy_for"),
                        "The person deputised for is not a member of this body.",
                    ),
                    Some(mem) if !mem.deputisable() => out.push(
                        &DEPUTY_NOT_ALLOWED,
                        format!("{path}/deputy_for"),
                        "This member attends in their own right and may not send a deputy.",
                    ),
                    Some(_) => {}
                }
                if present.contains(principal.as_str()) {
                    out.push(
                        &DEPUTY_AND_PRINCIPAL_PRESENT,
                        format!("{path}/deputy_for"),
                        "The member deputised for is also recorded as present.",
                    );
                }
            }
            (_, Some(_)) => out.push(
                &DEPUTY_WITHOUT_PRINCIPAL,
                format!("{path}/deputy_for"),
                "Only a deputy entry may name deputy_for.",
            ),
            (_, None) => {}
        }
    }
    let in_room: BTreeSet<&str> = m
        .attendance
        .iter()
        .filter(|a| a.status.in_room())
        .map(|a| a.person.as_str())
        .collect();

    // Agenda numbering and references.
    let mut numbers: BTreeMap<Vec<u32>, usize> = BTreeMap::new();
    let mut previous: Option<Vec<u32>> = None;
    for (k, item) in m.agenda.iter().enumerate() {
        let path = format!("{base}/agenda/{k}");
        match item_number(&item.number) {
            None => out.push(
                &AGENDA_NUMBER_INVALID,
                format!("{path}/number"),
                "An item number must be numbers separated by dots.",
            ),
            Some(n) => {
                if let Some(first) = numbers.get(&n) {
                    out.push(
                        &AGENDA_NUMBER_DUPLICATE,
                        format!("{path}/number"),
                        format!("Agenda item {first} of this meeting has the same number."),
                    );
                } else if previous.as_ref().is_some_and(|p| n < *p) {
                    out.push(
                        &AGENDA_OUT_OF_ORDER,
                        format!("{path}/number"),
                        "This item's number is lower than the item before it.",
                    );
                }
                numbers.entry(n.clone()).or_insert(k);
                previous = Some(n);
            }
        }
        for (p, r) in item.presenters.iter().enumerate() {
            let ppath = format!("{path}/presenters/{p}");
            if let Some(id) = check_ref_in(doc, m, r, &ppath, out) {
                if m.status.took_place() && !in_room.contains(id.as_str()) {
                    out.push(
                        &PRESENTER_NOT_RECORDED,
                        ppath,
                        "This presenter is not recorded in the meeting's attendance.",
                    );
                }
            }
        }
        for (d, dec) in item.decisions.iter().enumerate() {
            if let Some(owner) = &dec.owner {
                check_ref_in(doc, m, owner, &format!("{path}/decisions/{d}/owner"), out);
            }
        }
    }

    // Standing items (only where the agenda is recorded).
    if m.status.took_place() && !m.agenda.is_empty() {
        if let Some(c) = body.and_then(|b| b.constitution.as_ref()) {
            let have: BTreeSet<StandingItem> = m.agenda.iter().filter_map(|a| a.standing).collect();
            for s in &c.standing_items {
                if !have.contains(s) {
                    let name = serde_json::to_value(s)
                        .ok()
                        .and_then(|v| v.as_str().map(str::to_string))
                        .unwrap_or_default();
                    out.push(
                        &STANDING_ITEM_MISSING,
                        format!("{base}/agenda"),
                        format!(
                            "The standing item {name} of the body's template is not on the agenda."
                        ),
                    );
                }
            }
        }
    }

    // Declarations.
    if let Some(d) = &m.declarations {
        if d.none_declared && !d.entries.is_empty() {
            out.push(
                &DECLARATIONS_CONTRADICTORY,
                format!("{base}/declarations/none_declared"),
                "None declared is set but declarations are listed.",
            );
        }
        for (k, e) in d.entries.iter().enumerate() {
            let path = format!("{base}/declarations/entries/{k}");
            check_ref_in(doc, m, &e.person, &format!("{path}/person"), out);
            let known = item_number(&e.item).is_some_and(|n| numbers.contains_key(&n));
            if !known {
                out.push(
                    &DECLARATION_ITEM_UNKNOWN,
                    format!("{path}/item"),
                    "This meeting has no agenda item with this number.",
                );
            }
        }
    }

    // Quorum and decisions (only where attendance is recorded).
    if m.status.took_place() && !m.attendance.is_empty() {
        if let Some(q) = body.and_then(|b| quorum(doc, b, m)) {
            if !q.quorate {
                let mut msg = format!(
                    "{} of {} voting members were present in person or by deputy; {} needed.",
                    q.voting_present, q.voting_members, q.required
                );
                if !q.missing_statutory_partners.is_empty() {
                    msg.push_str(&format!(
                        " {} statutory partner(s) not represented.",
                        q.missing_statutory_partners.len()
                    ));
                }
                out.push(&INQUORATE, format!("{base}/attendance"), msg);
                for (k, item) in m.agenda.iter().enumerate() {
                    for (d, dec) in item.decisions.iter().enumerate() {
                        if dec.kind != DecisionKind::Noted {
                            out.push(
                                &DECISION_WHILE_INQUORATE,
                                format!("{base}/agenda/{k}/decisions/{d}"),
                                "This decision was recorded at a meeting that was not quorate.",
                            );
                        }
                    }
                }
            }
        }
    }

    // Previous minutes and next meeting.
    if let Some(pm) = &m.previous_minutes {
        match doc.meeting(&pm.meeting) {
            None => out.push(
                &UNKNOWN_REFERENCE,
                format!("{base}/previous_minutes/meeting"),
                "The meeting whose minutes were approved is not in the document.",
            ),
            Some(prev) => {
                if prev.date >= m.date {
                    out.push(
                        &PREVIOUS_MINUTES_NOT_EARLIER,
                        format!("{base}/previous_minutes/meeting"),
                        "Minutes can only be approved at a later meeting.",
                    );
                }
                if prev.body != m.body {
                    out.push(
                        &PREVIOUS_MINUTES_OTHER_BODY,
                        format!("{base}/previous_minutes/meeting"),
                        "These minutes are of a meeting of another body.",
                    );
                }
            }
        }
    }
    if let Some(next) = &m.next_meeting {
        if next.date <= m.date {
            out.push(
                &NEXT_MEETING_NOT_AFTER,
                format!("{base}/next_meeting/date"),
                "The next meeting must be after this one.",
            );
        }
        if let (Some(s), Some(e)) = (next.start, next.end) {
            if e <= s {
                out.push(
                    &END_BEFORE_START,
                    format!("{base}/next_meeting/end"),
                    "The next meeting ends before or when it starts.",
                );
            }
        }
        if let Some(id) = &next.meeting {
            if doc.meeting(id).is_none() {
                out.push(
                    &UNKNOWN_REFERENCE,
                    format!("{base}/next_meeting/meeting"),
                    "The next meeting's record is not in the document.",
                );
            }
        }
    }
    for (k, ma) in m.matters_arising.iter().enumerate() {
        if let Some(id) = &ma.action {
            if !action_ids.contains(id.as_str()) {
                out.push(
                    &UNKNOWN_REFERENCE,
                    format!("{base}/matters_arising/{k}/action"),
                    "This matter arising names an action that is not in the document.",
                );
            }
        }
    }
}
