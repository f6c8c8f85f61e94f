//! Break-it-on-purpose tests for the board and meeting rules.
use crate::common;
use common::*;
use serde_json::json;

#[test]
fn base_document_is_clean() {
    let r = validate(&base());
    assert!(r.findings.is_empty(), "{:#?}", r.findings);
}

#[test]
fn duplicate_attendance() {
    let mut v = base();
    push(
        &mut v,
        "/meetings/0/attendance",
        json!({"person": "p-lay", "status": "apologies"}),
    );
    assert_finding(
        &validate(&v),
        "meeting.duplicate_attendance",
        "/meetings/0/attendance/6/person",
    );
}

#[test]
fn deputy_without_principal() {
    let mut v = base();
    set(
        &mut v,
        "/meetings/0/attendance/4",
        json!({"person": "p-dep", "status": "deputy"}),
    );
    assert_finding(
        &validate(&v),
        "meeting.deputy_without_principal",
        "/meetings/0/attendance/4/deputy_for",
    );
    let mut v = base();
    set(
        &mut v,
        "/meetings/0/attendance/0/deputy_for",
        json!("p-ccg"),
    );
    assert_finding(
        &validate(&v),
        "meeting.deputy_without_principal",
        "/meetings/0/attendance/0/deputy_for",
    );
}

#[test]
fn deputy_for_non_member() {
    let mut v = base();
    // p-dep is a person but not a member of the board.
    push(
        &mut v,
        "/people",
        json!({"id": "p-x", "name": "X", "initials": "XX"}),
    );
    push(
        &mut v,
        "/meetings/0/attendance",
        json!({"person": "p-x", "status": "deputy", "deputy_for": "p-dep"}),
    );
    assert_finding(
        &validate(&v),
        "meeting.deputy_for_non_member",
        "/meetings/0/attendance/6/deputy_for",
    );
}

#[test]
fn deputy_not_allowed_for_special_roles() {
    for (principal, row) in [("p-chair", 0), ("p-lay", 1)] {
        let mut v = base();
        set(
            &mut v,
            &format!("/meetings/0/attendance/{row}"),
            json!({"person": "p-dep2", "status": "deputy", "deputy_for": principal}),
        );
        push(
            &mut v,
            "/people",
            json!({"id": "p-dep2", "name": "Y", "initials": "YY"}),
        );
        let r = validate(&v);
        assert_finding(
            &r,
            "meeting.deputy_not_allowed",
            &format!("/meetings/0/attendance/{row}/deputy_for"),
        );
    }
    // A lead member has no deputy either.
    let mut v = base();
    push(
        &mut v,
        "/people",
        json!({"id": "p-dep2", "name": "Y", "initials": "YY"}),
    );
    push(
        &mut v,
        "/meetings/0/attendance",
        json!({"person": "p-dep2", "status": "deputy", "deputy_for": "p-lead"}),
    );
    assert_finding(
        &validate(&v),
        "meeting.deputy_not_allowed",
        "/meetings/0/attendance/6/deputy_for",
    );
    // And a member marked may_send_deputy: false.
    let mut v = base();
    set(&mut v, "/bodies/0/members/5/may_send_deputy", json!(false));
    assert_finding(
        &validate(&v),
        "meeting.deputy_not_allowed",
        "/meetings/0/attendance/4/deputy_for",
    );
}

#[test]
fn deputy_and_principal_present() {
    let mut v = base();
    push(
        &mut v,
        "/meetings/0/attendance",
        json!({"person": "p-ccg", "status": "present"}),
    );
    assert_finding(
        &validate(&v),
        "meeting.deputy_and_principal_present",
        "/meetings/0/attendance/4/deputy_for",
    );
}

#[test]
fn initials_unresolved_and_ambiguous() {
    let mut v = base();
    set(
        &mut v,
        "/meetings/0/agenda/1/presenters/0",
        json!({"initials": "ZZ"}),
    );
    assert_finding(
        &validate(&v),
        "meeting.initials_unresolved",
        "/meetings/0/agenda/1/presenters/0/initials",
    );

    let mut v = base();
    // Two people in the meeting's scope share "DC".
    set(&mut v, "/people/6/initials", json!("DC"));
    let r = validate(&v);
    assert_finding(
        &r,
        "meeting.initials_ambiguous",
        "/meetings/0/agenda/1/presenters/0/initials",
    );
}

#[test]
fn initials_are_case_sensitive_like_the_minutes() {
    // "SC" and "SCh" are different people in real minutes; "dc" is not "DC".
    let mut v = base();
    set(
        &mut v,
        "/meetings/0/agenda/1/presenters/0",
        json!({"initials": "dc"}),
    );
    assert_finding(
        &validate(&v),
        "meeting.initials_unresolved",
        "/meetings/0/agenda/1/presenters/0/initials",
    );
}

#[test]
fn role_unresolved() {
    let mut v = base();
    set(&mut v, "/bodies/0/members/0/role", serde_json::Value::Null);
    set(
        &mut v,
        "/meetings/0/agenda/1/presenters/0",
        json!({"role": "chair"}),
    );
    assert_finding(
        &validate(&v),
        "meeting.role_unresolved",
        "/meetings/0/agenda/1/presenters/0/role",
    );
}

#[test]
fn presenter_not_recorded() {
    let mut v = base();
    // BM is a member but is not in the attendance when we drop the minute-taker entry.
    v.pointer_mut("/meetings/0/attendance")
        .unwrap()
        .as_array_mut()
        .unwrap()
        .pop();
    set(
        &mut v,
        "/meetings/0/agenda/2/presenters",
        json!([{"initials": "BM"}]),
    );
    assert_finding(
        &validate(&v),
        "meeting.presenter_not_recorded",
        "/meetings/0/agenda/2/presenters/0",
    );
}

#[test]
fn inquorate_and_decision_while_inquorate() {
    let mut v = base();
    // Police sends apologies: a statutory partner is missing.
    set(
        &mut v,
        "/meetings/0/attendance/3/status",
        json!("apologies"),
    );
    let r = validate(&v);
    assert_finding(&r, "meeting.inquorate", "/meetings/0/attendance");
    assert_finding(
        &r,
        "meeting.decision_while_inquorate",
        "/meetings/0/agenda/1/decisions/0",
    );
    // A noted item is not a decision needing a quorum.
    set(
        &mut v,
        "/meetings/0/agenda/1/decisions/0/kind",
        json!("noted"),
    );
    assert_no(&validate(&v), "meeting.decision_while_inquorate");
}

#[test]
fn observers_do_not_count_towards_quorum() {
    let mut v = base();
    // Quorum of 5 voting members: chair, lay, dcs, police, ccg (by deputy) = 5. The lead
    // member (observer) and the board manager (non-voting) would make 7 if they counted.
    set(
        &mut v,
        "/bodies/0/constitution/quorum",
        json!({"min_voting_members": 5}),
    );
    assert_no(&validate(&v), "meeting.inquorate");
    set(
        &mut v,
        "/meetings/0/attendance/1/status",
        json!("apologies"),
    );
    push(
        &mut v,
        "/meetings/0/attendance",
        json!({"person": "p-lead", "status": "present"}),
    );
    let r = validate(&v);
    assert_finding(&r, "meeting.inquorate", "/meetings/0/attendance");
}

#[test]
fn deputy_counts_towards_quorum() {
    let mut v = base();
    set(
        &mut v,
        "/bodies/0/constitution/quorum",
        json!({"min_voting_members": 5, "each_statutory_partner": true}),
    );
    assert_no(&validate(&v), "meeting.inquorate");
    // Without the deputy, health is unrepresented and only 4 are present.
    set(
        &mut v,
        "/meetings/0/attendance/4/status",
        json!("in_attendance"),
    );
    v.pointer_mut("/meetings/0/attendance/4")
        .unwrap()
        .as_object_mut()
        .unwrap()
        .remove("deputy_for");
    assert_finding(&validate(&v), "meeting.inquorate", "/meetings/0/attendance");
}

#[test]
fn end_before_start() {
    let mut v = base();
    set(&mut v, "/meetings/0/end", json!("09:00"));
    assert_finding(&validate(&v), "meeting.end_before_start", "/meetings/0/end");
    let mut v = base();
    set(&mut v, "/meetings/0/next_meeting/end", json!("09:15"));
    assert_finding(
        &validate(&v),
        "meeting.end_before_start",
        "/meetings/0/next_meeting/end",
    );
}

#[test]
fn previous_minutes_not_earlier() {
    let mut v = base();
    set(&mut v, "/meetings/1/date", json!("2016-10-20"));
    set(&mut v, "/meetings/0/next_meeting/date", json!("2016-10-21"));
    assert_finding(
        &validate(&v),
        "meeting.previous_minutes_not_earlier",
        "/meetings/1/previous_minutes/meeting",
    );
}

#[test]
fn previous_minutes_other_body() {
    let mut v = base();
    set(&mut v, "/meetings/1/body", json!("b-sub"));
    assert_finding(
        &validate(&v),
        "meeting.previous_minutes_other_body",
        "/meetings/1/previous_minutes/meeting",
    );
}

#[test]
fn next_meeting_not_after() {
    let mut v = base();
    set(&mut v, "/meetings/0/next_meeting/date", json!("2016-10-20"));
    assert_finding(
        &validate(&v),
        "meeting.next_meeting_not_after",
        "/meetings/0/next_meeting/date",
    );
}

#[test]
fn agenda_numbers() {
    let mut v = base();
    set(&mut v, "/meetings/0/agenda/2/number", json!("2"));
    assert_finding(
        &validate(&v),
        "meeting.agenda_number_duplicate",
        "/meetings/0/agenda/2/number",
    );
    let mut v = base();
    set(&mut v, "/meetings/0/agenda/2/number", json!("1.5"));
    assert_finding(
        &validate(&v),
        "meeting.agenda_out_of_order",
        "/meetings/0/agenda/2/number",
    );
    let mut v = base();
    set(&mut v, "/meetings/0/agenda/2/number", json!("2.a"));
    assert_finding(
        &validate(&v),
        "meeting.agenda_number_invalid",
        "/meetings/0/agenda/2/number",
    );
}

#[test]
fn continuous_numbering_across_meetings_is_fine() {
    let mut v = base();
    for (i, n) in ["253", "254", "254.1", "255"].iter().enumerate() {
        set(&mut v, &format!("/meetings/0/agenda/{i}/number"), json!(n));
    }
    let r = validate(&v);
    assert!(r.findings.is_empty(), "{:#?}", r.findings);
}

#[test]
fn standing_item_missing() {
    let mut v = base();
    v.pointer_mut("/meetings/0/agenda")
        .unwrap()
        .as_array_mut()
        .unwrap()
        .pop();
    let r = validate(&v);
    assert_finding(&r, "meeting.standing_item_missing", "/meetings/0/agenda");
    assert!(
        r.is_valid(),
        "a missing standing item is a warning, not an error"
    );
}

#[test]
fn declarations() {
    let mut v = base();
    set(
        &mut v,
        "/meetings/0/declarations",
        json!({"none_declared": true, "entries": [
            {"person": {"initials": "PH"}, "item": "2", "nature": "Employer", "left_room": true}
        ]}),
    );
    assert_finding(
        &validate(&v),
        "meeting.declarations_contradictory",
        "/meetings/0/declarations/none_declared",
    );
    let mut v = base();
    set(
        &mut v,
        "/meetings/0/declarations",
        json!({"entries": [
            {"person": {"initials": "PH"}, "item": "9", "nature": "Employer"}
        ]}),
    );
    assert_finding(
        &validate(&v),
        "meeting.declaration_item_unknown",
        "/meetings/0/declarations/entries/0/item",
    );
}

#[test]
fn attendance_of_unheld_meeting() {
    let mut v = base();
    set(
        &mut v,
        "/meetings/1/attendance",
        json!([{"person": "p-chair", "status": "present"}]),
    );
    assert_finding(
        &validate(&v),
        "meeting.attendance_of_unheld_meeting",
        "/meetings/1/attendance/0/status",
    );
}

#[test]
fn duplicate_ids_and_unknown_references() {
    let mut v = base();
    set(&mut v, "/meetings/1/id", json!("m1"));
    assert_finding(&validate(&v), "board.duplicate_id", "/meetings/1/id");
    let mut v = base();
    set(&mut v, "/meetings/0/attendance/0/person", json!("p-nobody"));
    assert_finding(
        &validate(&v),
        "board.unknown_reference",
        "/meetings/0/attendance/0/person",
    );
    let mut v = base();
    set(&mut v, "/meetings/0/body", json!("b-nobody"));
    assert_finding(&validate(&v), "board.unknown_reference", "/meetings/0/body");
}

#[test]
fn reporting_cycle() {
    let mut v = base();
    set(&mut v, "/bodies/0/reports_to", json!(["b-sub"]));
    let r = validate(&v);
    assert_finding(&r, "board.reporting_cycle", "/bodies/0/reports_to/0");
    assert_finding(&r, "board.reporting_cycle", "/bodies/1/reports_to/0");
    // A joint group reporting to two boards is not a cycle.
    let mut v = base();
    push(
        &mut v,
        "/bodies",
        json!({"id": "b-sab", "name": "Adults Board", "kind": "board"}),
    );
    push(
        &mut v,
        "/bodies",
        json!({"id": "b-joint", "name": "Joint group", "kind": "joint_board", "reports_to": ["b-lscb", "b-sab"]}),
    );
    assert_no(&validate(&v), "board.reporting_cycle");
}

#[test]
fn duplicate_member_observer_voting_ambiguous_initials() {
    let mut v = base();
    push(
        &mut v,
        "/bodies/0/members",
        json!({"person": "p-pol", "category": "co_opted"}),
    );
    assert_finding(
        &validate(&v),
        "board.duplicate_member",
        "/bodies/0/members/7/person",
    );
    let mut v = base();
    set(&mut v, "/bodies/0/members/2/voting", json!(true));
    assert_finding(
        &validate(&v),
        "board.observer_voting",
        "/bodies/0/members/2/voting",
    );
    let mut v = base();
    set(&mut v, "/people/5/initials", json!("PH"));
    assert_finding(
        &validate(&v),
        "board.ambiguous_initials",
        "/bodies/0/members/5/person",
    );
}

#[test]
fn messages_never_quote_record_text() {
    let mut v = base();
    let secret = "Child Q disclosed at school";
    set(
        &mut v,
        "/meetings/0/agenda/1/presenters/0",
        json!({"initials": secret}),
    );
    set(&mut v, "/meetings/0/agenda/2/number", json!(secret));
    set(&mut v, "/meetings/0/attendance/0/person", json!(secret));
    let r = validate(&v);
    assert!(r.findings.len() >= 3);
    for f in &r.findings {
        assert!(!f.message.contains("Child Q"), "{f:?}");
    }
}

#[test]
fn initials_resolve_against_the_attendance_list_first() {
    let mut v = base();
    // A non-attending member shares "DC" with the attending director: the attendance
    // list decides, so there is no ambiguity.
    set(&mut v, "/people/2/initials", json!("DC"));
    let r = validate(&v);
    assert_no(&r, "meeting.initials_ambiguous");
}
