//! Break-it tests for the rules for meetings as every board records them (deputies, substitutes, grids, dates,
//! minutes approval) and the silence of rules whose premise the paper did not record.
use crate::common;
use common::*;
use serde_json::json;

/// The base document's meeting m1 with one more attendance entry.
fn with_entry(entry: serde_json::Value) -> serde_json::Value {
    let mut v = base();
    push(&mut v, "/meetings/0/attendance", entry);
    v
}

#[test]
fn self_deputy_is_a_finding_and_is_not_counted() {
    // p-ccg "deputises" for themselves instead of the real deputy.
    let mut v = base();
    set(
        &mut v,
        "/meetings/0/attendance/4",
        json!({"person": "p-ccg", "status": "deputy", "deputy_for": "p-ccg"}),
    );
    let r = validate(&v);
    assert_finding(
        &r,
        "meeting.self_deputy",
        "/meetings/0/attendance/4/deputy_for",
    );
    // Not counted: the CCG is then not represented, so the meeting is inquorate.
    assert_finding(&r, "meeting.inquorate", "/meetings/0/attendance");
}

#[test]
fn two_different_deputies_for_one_member() {
    let mut v = with_entry(json!({"person": "p-mgr2", "status": "deputy", "deputy_for": "p-ccg"}));
    push(
        &mut v,
        "/people",
        json!({"id": "p-mgr2", "name": "Second Deputy"}),
    );
    let r = validate(&v);
    assert_finding(
        &r,
        "meeting.two_deputies_for_one_member",
        "/meetings/0/attendance/6/deputy_for",
    );
    // The first deputy is not flagged.
    assert!(!r.has(
        "meeting.two_deputies_for_one_member",
        "/meetings/0/attendance/4/deputy_for"
    ));
}

#[test]
fn deputy_for_someone_not_a_member_on_the_day() {
    // p-ccg's membership ended before the meeting: their deputy stands in for nobody.
    let mut v = base();
    set(&mut v, "/bodies/0/members/5/until", json!("2016-09-30"));
    assert_finding(
        &validate(&v),
        "meeting.deputy_for_non_member",
        "/meetings/0/attendance/4/deputy_for",
    );
    // A membership from a later date with the same person: still not current.
    set(&mut v, "/bodies/0/members/5/from", json!("2015-01-01"));
    assert_finding(
        &validate(&v),
        "meeting.deputy_for_non_member",
        "/meetings/0/attendance/4/deputy_for",
    );
}

#[test]
fn member_counted_as_present_and_as_deputised() {
    // The police head is present, and the manager also stands in for them.
    let mut v = base();
    set(
        &mut v,
        "/meetings/0/attendance/5",
        json!({"person": "p-mgr", "status": "present", "also_deputy_for": "p-pol"}),
    );
    assert_finding(
        &validate(&v),
        "meeting.deputy_and_principal_present",
        "/meetings/0/attendance/5/also_deputy_for",
    );
}

#[test]
fn one_person_in_two_capacities_is_accepted_and_counted() {
    // The police head is absent; the director of children's services sits in their own
    // seat and also represents the police: both count, no finding.
    let mut v = base();
    set(
        &mut v,
        "/meetings/0/attendance/3",
        json!({"person": "p-pol", "status": "apologies"}),
    );
    set(
        &mut v,
        "/meetings/0/attendance/2/also_deputy_for",
        json!("p-pol"),
    );
    let r = validate(&v);
    assert!(r.findings.is_empty(), "{:#?}", r.findings);
    let q = boardkit::meeting::quorum(&doc(&v), &doc(&v).bodies[0], &doc(&v).meetings[0]).unwrap();
    assert_eq!(q.voting_present, 5);
    // Without the second capacity the police are not represented.
    set(
        &mut v,
        "/meetings/0/attendance/2/also_deputy_for",
        serde_json::Value::Null,
    );
    let q = boardkit::meeting::quorum(&doc(&v), &doc(&v).bodies[0], &doc(&v).meetings[0]).unwrap();
    assert_eq!((q.voting_present, q.quorate), (4, false));
}

#[test]
fn deputy_for_an_agency_needs_no_named_member() {
    // The CCG's deputy names the agency only: accepted, and the CCG is represented.
    let mut v = base();
    set(
        &mut v,
        "/meetings/0/attendance/4",
        json!({"person": "p-dep", "status": "deputy", "organisation": "o-ccg"}),
    );
    let r = validate(&v);
    assert_no(&r, "meeting.deputy_without_principal");
    let q = boardkit::meeting::quorum(&doc(&v), &doc(&v).bodies[0], &doc(&v).meetings[0]).unwrap();
    assert!(q.missing_statutory_partners.is_empty());
}

#[test]
fn substitute_needs_a_vacant_seat() {
    let mut v = with_entry(json!({"person": "p-sub", "status": "substitute"}));
    push(&mut v, "/people", json!({"id": "p-sub", "name": "Sub"}));
    set(
        &mut v,
        "/bodies/0/named_seats",
        json!([{"id": "s-gov", "name": "Governor seat", "vacant_from": "2016-09-01"},
               {"id": "s-ccg", "name": "CCG seat", "organisation": "o-ccg"}]),
    );
    assert_finding(
        &validate(&v),
        "meeting.substitute_without_seat",
        "/meetings/0/attendance/6/seat",
    );
    // Sitting in the vacant seat: fine.
    set(&mut v, "/meetings/0/attendance/6/seat", json!("s-gov"));
    assert_no(&validate(&v), "meeting.substitute_without_seat");
    // Sitting in a seat a member holds: not vacant.
    set(&mut v, "/bodies/0/members/5/seat", json!("s-ccg"));
    set(&mut v, "/meetings/0/attendance/6/seat", json!("s-ccg"));
    assert_finding(
        &validate(&v),
        "meeting.substitute_without_seat",
        "/meetings/0/attendance/6/seat",
    );
}

#[test]
fn grid_code_not_in_the_key() {
    let mut v = base();
    set(
        &mut v,
        "/meetings/0/attendance_key",
        json!([{"code": "Y", "status": "present"}, {"code": "A", "status": "apologies"}]),
    );
    set(&mut v, "/meetings/0/attendance_record", json!("grid"));
    set(&mut v, "/meetings/0/attendance/0/code", json!("Y"));
    set(&mut v, "/meetings/0/attendance/1/code", json!("-"));
    let r = validate(&v);
    assert_finding(
        &r,
        "meeting.attendance_code_undefined",
        "/meetings/0/attendance/1/code",
    );
    assert!(!r.has(
        "meeting.attendance_code_undefined",
        "/meetings/0/attendance/0/code"
    ));
}

#[test]
fn in_attendance_for_an_item_the_meeting_lacks() {
    let mut v =
        with_entry(json!({"person": "p-vis", "status": "in_attendance", "items": ["2", "9"]}));
    push(&mut v, "/people", json!({"id": "p-vis", "name": "Visitor"}));
    let r = validate(&v);
    assert_finding(
        &r,
        "meeting.attendance_item_unknown",
        "/meetings/0/attendance/6/items/1",
    );
    assert!(!r.has(
        "meeting.attendance_item_unknown",
        "/meetings/0/attendance/6/items/0"
    ));
}

#[test]
fn inferred_and_unknown_dates_inform_and_unknown_skips_date_rules() {
    let mut v = base();
    set(&mut v, "/meetings/0/date_basis", json!("inferred"));
    assert_finding(
        &validate(&v),
        "meeting.date_inferred",
        "/meetings/0/date_basis",
    );
    // Unknown date: the next-meeting comparison is skipped even when it would fail.
    set(&mut v, "/meetings/0/date_basis", json!("not_before"));
    set(&mut v, "/meetings/0/next_meeting/date", json!("2016-10-01"));
    let r = validate(&v);
    assert_finding(&r, "meeting.date_unknown", "/meetings/0/date_basis");
    assert_no(&r, "meeting.next_meeting_not_after");
}

#[test]
fn previous_minutes_by_date_of_a_meeting_not_in_the_document() {
    let mut v = base();
    set(
        &mut v,
        "/meetings/0/previous_minutes",
        json!({"meeting_date": "2016-07-14", "amendments": ["An attendance list corrected."]}),
    );
    assert!(validate(&v).findings.is_empty());
    // Dated on or after the meeting that approved them.
    set(
        &mut v,
        "/meetings/0/previous_minutes/meeting_date",
        json!("2016-10-20"),
    );
    assert_finding(
        &validate(&v),
        "meeting.previous_minutes_not_earlier",
        "/meetings/0/previous_minutes/meeting_date",
    );
    // Neither a meeting nor a date.
    set(
        &mut v,
        "/meetings/0/previous_minutes",
        json!({"approved": true}),
    );
    assert_finding(
        &validate(&v),
        "meeting.previous_minutes_unnamed",
        "/meetings/0/previous_minutes",
    );
}

#[test]
fn previous_minutes_date_not_that_of_the_meeting_named() {
    let mut v = base();
    set(
        &mut v,
        "/meetings/1/previous_minutes/meeting_date",
        json!("2016-10-21"),
    );
    assert_finding(
        &validate(&v),
        "meeting.previous_minutes_date_mismatch",
        "/meetings/1/previous_minutes/meeting_date",
    );
}

#[test]
fn minutes_approved_before_the_meeting_was_held() {
    let mut v = base();
    set(
        &mut v,
        "/meetings/1/previous_minutes/approved_on",
        json!("2016-10-19"),
    );
    assert_finding(
        &validate(&v),
        "meeting.minutes_approved_before_held",
        "/meetings/1/previous_minutes/approved_on",
    );
    set(
        &mut v,
        "/meetings/1/previous_minutes/approved_on",
        json!("2016-10-20"),
    );
    assert_no(&validate(&v), "meeting.minutes_approved_before_held");
}

#[test]
fn approval_dated_after_the_as_of_date() {
    let mut v = base();
    set(&mut v, "/meetings/1/status", json!("held"));
    let r = validate_as_of(&v, "2016-11-30");
    assert_finding(&r, "meeting.approval_after_as_of", "/meetings/1/date");
    assert_no(
        &validate_as_of(&v, "2016-12-08"),
        "meeting.approval_after_as_of",
    );
    // A scheduled meeting names the minutes it will approve: no finding.
    set(&mut v, "/meetings/1/status", json!("scheduled"));
    assert_no(
        &validate_as_of(&v, "2016-11-30"),
        "meeting.approval_after_as_of",
    );
    // Silent without an as-of date.
    set(&mut v, "/meetings/1/status", json!("held"));
    assert_no(&validate(&v), "meeting.approval_after_as_of");
}

#[test]
fn minutes_confirmed_then_challenged() {
    let mut v = base();
    set(
        &mut v,
        "/meetings/1/previous_minutes/challenged",
        json!(true),
    );
    assert_finding(
        &validate(&v),
        "meeting.minutes_challenged",
        "/meetings/1/previous_minutes/challenged",
    );
    set(
        &mut v,
        "/meetings/1/previous_minutes/amendments",
        json!(["Corrected."]),
    );
    assert_no(&validate(&v), "meeting.minutes_challenged");
}

#[test]
fn rules_needing_a_full_list_are_silent_on_apologies_only() {
    // Apologies only: the presenter and the quorum are not judged.
    let mut v = base();
    set(
        &mut v,
        "/meetings/0/attendance",
        json!([{"person": "p-pol", "status": "apologies"}]),
    );
    set(
        &mut v,
        "/meetings/0/attendance_record",
        json!("apologies_only"),
    );
    let r = validate(&v);
    assert_no(&r, "meeting.presenter_not_recorded");
    assert_no(&r, "meeting.inquorate");
    // The same list read as full: both fire.
    set(&mut v, "/meetings/0/attendance_record", json!("full"));
    let r = validate(&v);
    assert_finding(
        &r,
        "meeting.presenter_not_recorded",
        "/meetings/0/agenda/1/presenters/0",
    );
    assert_finding(&r, "meeting.inquorate", "/meetings/0/attendance");
}

#[test]
fn decision_links_and_people_are_checked() {
    let mut v = base();
    set(
        &mut v,
        "/meetings/0/agenda/1/decisions/0",
        json!({"letter": "1", "kind": "decision", "text": "To note.", "separate_block": true,
               "owners": [{"role": "chair"}, {"group": "g-office"}, {"group": "g-none"}],
               "proposer": {"initials": "CP"}, "seconder": {"initials": "ZZ"},
               "vote": {"for": 5, "against": 0, "abstained": 1},
               "due": "next_meeting", "actions": ["a-none"]}),
    );
    let r = validate(&v);
    let base = "/meetings/0/agenda/1/decisions/0";
    assert_finding(
        &r,
        "board.unknown_reference",
        &format!("{base}/owners/2/group"),
    );
    assert_finding(
        &r,
        "meeting.initials_unresolved",
        &format!("{base}/seconder/initials"),
    );
    assert_finding(&r, "board.unknown_reference", &format!("{base}/actions/0"));
    assert_eq!(r.findings.len(), 3, "{:#?}", r.findings);
}

#[test]
fn agenda_numbers_with_a_letter_prefix_and_unknown_parts() {
    let mut v = base();
    push(
        &mut v,
        "/meetings/0/agenda",
        json!({"number": "M1", "title": "Matter", "part": "p-closed"}),
    );
    push(
        &mut v,
        "/meetings/0/agenda",
        json!({"number": "M2", "title": "Matter"}),
    );
    let r = validate(&v);
    assert_no(&r, "meeting.agenda_number_invalid");
    assert_no(&r, "meeting.agenda_out_of_order");
    assert_finding(&r, "board.unknown_reference", "/meetings/0/agenda/4/part");
    set(
        &mut v,
        "/meetings/0/parts",
        json!([{"id": "p-closed", "name": "Part 3", "confidential": true}]),
    );
    assert!(validate(&v).findings.is_empty());
}

#[test]
fn membership_over_time() {
    // The same person twice, for periods that do not overlap: accepted.
    let mut v = base();
    set(&mut v, "/bodies/0/members/5/until", json!("2015-12-31"));
    push(
        &mut v,
        "/bodies/0/members",
        json!({"person": "p-ccg", "organisation": "o-ccg", "category": "statutory", "from": "2016-01-01"}),
    );
    let r = validate(&v);
    assert!(r.findings.is_empty(), "{:#?}", r.findings);
    // Overlapping periods: a duplicate membership.
    set(&mut v, "/bodies/0/members/7/from", json!("2015-06-01"));
    assert_finding(
        &validate(&v),
        "board.duplicate_member",
        "/bodies/0/members/7/person",
    );
    // A membership that ends before it starts.
    set(&mut v, "/bodies/0/members/7/until", json!("2015-01-01"));
    assert_finding(
        &validate(&v),
        "board.membership_ends_before_start",
        "/bodies/0/members/7/until",
    );
}

#[test]
fn seat_changes_hands_or_is_shared() {
    let mut v = base();
    set(
        &mut v,
        "/bodies/0/named_seats",
        json!([{"id": "s-pol", "name": "Police", "organisation": "o-pol"}]),
    );
    push(
        &mut v,
        "/people",
        json!({"id": "p-pol2", "name": "New Police Head"}),
    );
    set(&mut v, "/bodies/0/members/4/seat", json!("s-pol"));
    set(&mut v, "/bodies/0/members/4/until", json!("2016-12-01"));
    push(
        &mut v,
        "/bodies/0/members",
        json!({"person": "p-pol2", "organisation": "o-pol", "category": "statutory",
               "seat": "s-pol", "from": "2016-12-02", "recorded_at": "m1"}),
    );
    assert!(
        validate(&v).findings.is_empty(),
        "{:#?}",
        validate(&v).findings
    );
    // Both holding it at once, the seat not shared.
    set(&mut v, "/bodies/0/members/7/from", json!("2016-11-01"));
    assert_finding(
        &validate(&v),
        "board.seat_overfilled",
        "/bodies/0/members/7/seat",
    );
    // Shared: fine.
    set(&mut v, "/bodies/0/named_seats/0/shared", json!(true));
    assert_no(&validate(&v), "board.seat_overfilled");
    // A seat that does not exist.
    set(&mut v, "/bodies/0/members/7/seat", json!("s-none"));
    assert_finding(
        &validate(&v),
        "board.unknown_reference",
        "/bodies/0/members/7/seat",
    );
}

#[test]
fn minute_number_skipped_only_when_numbering_is_within_meeting() {
    let mut v = base();
    push(
        &mut v,
        "/meetings/0/agenda",
        json!({"number": "3.2", "title": "Para"}),
    );
    push(
        &mut v,
        "/meetings/0/agenda",
        json!({"number": "3.4", "title": "Para"}),
    );
    assert_no(&validate(&v), "meeting.minute_number_skipped");
    set(&mut v, "/meetings/0/numbering", json!("within_meeting"));
    let r = validate(&v);
    assert_finding(
        &r,
        "meeting.minute_number_skipped",
        "/meetings/0/agenda/5/number",
    );
    // 2.1 then 3, and 3 then 3.2 (a first child numbered 2), are not skips.
    assert_eq!(
        r.with_code("meeting.minute_number_skipped").count(),
        1,
        "{:#?}",
        r.findings
    );
}
