//! Every kind of link to confidential material is followed by the public version
//! (nothing confidential may be reached by a link): each test plants a sentinel reachable only by that link and checks it is
//! withheld, with a public sentinel beside it that must survive.
use crate::common;

use common::*;
use serde_json::{json, Value};

/// The base document with item 2 of m1 confidential and m2 wholly confidential.
fn confidential_base() -> Value {
    let mut v = base();
    set(&mut v, "/meetings/0/agenda/1/confidential", json!(true));
    set(&mut v, "/meetings/1/confidential", json!(true));
    set(&mut v, "/meetings/1/status", json!("held"));
    v
}

fn public_of(v: &Value) -> String {
    doc(v).public_version().to_json()
}

fn assert_withheld(v: &Value, secret: &str, open: &str) {
    let raw = v.to_string();
    assert!(
        raw.contains(secret) && raw.contains(open),
        "planting lost a sentinel"
    );
    let p = public_of(v);
    assert!(
        !p.contains(secret),
        "{secret} survives in the public version"
    );
    assert!(p.contains(open), "{open} (public) is missing");
}

#[test]
fn an_action_created_by_a_confidential_decision_is_withheld() {
    let mut v = confidential_base();
    set(
        &mut v,
        "/meetings/0/agenda/1/decisions/0/actions",
        json!(["a-secret"]),
    );
    set(
        &mut v,
        "/meetings/0/agenda/3/decisions",
        json!([{"kind": "agreed", "text": "Open.", "actions": ["a-open", "a-secret"]}]),
    );
    set(
        &mut v,
        "/actions",
        json!([
            // Its ref names an open item: only the decision ties it.
            {"id": "a-secret", "ref": "3", "description": "SECRET-DECISION-ACTION", "raised_at": "m1",
             "milestones": [{"description": "SECRET-MILESTONE"}]},
            {"id": "a-open", "ref": "3", "description": "OPEN-ACTION", "raised_at": "m1"}
        ]),
    );
    // A matter arising at a later meeting about it, and a risk linking and planning it.
    set(&mut v, "/meetings/1/confidential", json!(false));
    set(
        &mut v,
        "/meetings/1/matters_arising",
        json!([
            {"action": "a-secret", "action_ref": "3", "status": "open", "note": "SECRET-ARISING"},
            {"action": "a-open", "action_ref": "3", "status": "open", "note": "OPEN-ARISING"}
        ]),
    );
    set(
        &mut v,
        "/risk_register",
        json!({
            "matrix": serde_json::to_value(boardkit::risk::Matrix::five_by_five()).unwrap(),
            "risks": [{"id": "r1", "title": "OPEN-RISK", "status": "open", "raised": {},
                       "linked_actions": ["a-secret", "a-open"],
                       "planned_actions": [{"description": "SECRET-PLANNED", "action": "a-secret"},
                                           {"description": "OPEN-PLANNED", "action": "a-open"}]}]
        }),
    );
    for (s, o) in [
        ("SECRET-DECISION-ACTION", "OPEN-ACTION"),
        ("SECRET-MILESTONE", "OPEN-ARISING"),
        ("SECRET-ARISING", "OPEN-ARISING"),
        ("SECRET-PLANNED", "OPEN-PLANNED"),
        ("a-secret", "a-open"),
    ] {
        assert_withheld(&v, s, o);
    }
}

#[test]
fn attendance_for_confidential_items_only_is_withheld_and_so_is_the_person() {
    let mut v = confidential_base();
    set(&mut v, "/meetings/1/confidential", json!(false));
    push(
        &mut v,
        "/people",
        json!({"id": "p-guest", "name": "SECRET-GUEST-NAME", "initials": "SGN", "post": "SECRET-POST"}),
    );
    push(
        &mut v,
        "/people",
        json!({"id": "p-open", "name": "OPEN-GUEST-NAME", "initials": "OGN"}),
    );
    push(
        &mut v,
        "/meetings/0/attendance",
        json!({"person": "p-guest", "status": "in_attendance", "items": ["2"], "note": "SECRET-NOTE"}),
    );
    push(
        &mut v,
        "/meetings/0/attendance",
        json!({"person": "p-open", "status": "in_attendance", "items": ["2", "3"]}),
    );
    assert_withheld(&v, "SECRET-GUEST-NAME", "OPEN-GUEST-NAME");
    assert_withheld(&v, "SECRET-POST", "OPEN-GUEST-NAME");
    assert_withheld(&v, "SECRET-NOTE", "OPEN-GUEST-NAME");
    assert_withheld(&v, "p-guest", "p-open");
    // Named in the open part too (a presenter of item 3): kept.
    set(
        &mut v,
        "/meetings/0/agenda/3/presenters",
        json!([{"person": "p-guest"}]),
    );
    assert!(public_of(&v).contains("SECRET-GUEST-NAME"));
}

#[test]
fn amendments_of_minutes_with_confidential_material_are_withheld() {
    let mut v = confidential_base();
    set(&mut v, "/meetings/1/confidential", json!(false));
    set(
        &mut v,
        "/meetings/1/previous_minutes",
        json!({"meeting": "m1", "amendments": ["SECRET-AMENDMENT"], "note": "SECRET-APPROVAL", "approved_on": "2016-12-08"}),
    );
    assert_withheld(&v, "SECRET-AMENDMENT", "2016-12-08");
    assert_withheld(&v, "SECRET-APPROVAL", "2016-12-08");
}

#[test]
fn what_a_wholly_confidential_meeting_recorded_for_a_public_action_is_withheld() {
    let mut v = confidential_base();
    set(
        &mut v,
        "/actions",
        json!([{
            "id": "a1", "ref": "3", "description": "OPEN-ACTION", "raised_at": "m1",
            "owners": [{"person": "p-dcs"}],
            "revised_due": [{"due": "2017-03-31", "meeting": "m2", "note": "SECRET-REVISION"},
                            {"due": "2017-02-28", "note": "OPEN-REVISION"}],
            "owner_changes": [{"on": "2016-12-08", "meeting": "m2", "owners": [{"name": "SECRET-NEW-OWNER"}]}],
            "history": [{"date": "2016-12-08", "status": "in_progress", "meeting": "m2", "note": "SECRET-HISTORY"}]
        }]),
    );
    for s in [
        "SECRET-REVISION",
        "SECRET-NEW-OWNER",
        "SECRET-HISTORY",
        "2017-03-31",
    ] {
        assert_withheld(&v, s, "OPEN-REVISION");
    }
    // The status change itself (date, status) is public.
    assert!(public_of(&v).contains("in_progress"));
}

#[test]
fn an_acknowledgement_of_a_finding_in_withheld_material_is_withheld() {
    let mut v = confidential_base();
    set(
        &mut v,
        "/bodies/0/constitution/acknowledgements",
        json!([
            {"code": "meeting.presenter_not_recorded", "path": "/meetings/0/agenda/1/presenters/0",
             "by": "p-chair", "on": "2016-10-20", "reason": "SECRET-ACK-ITEM"},
            {"code": "meeting.presenter_not_recorded", "path": "/meetings/0/agenda/3/presenters/0",
             "by": "p-chair", "on": "2016-10-20", "reason": "OPEN-ACK"},
            {"code": "meeting.inquorate", "path": "/meetings/0", "meeting": "m2",
             "by": "p-chair", "on": "2016-12-08", "reason": "SECRET-ACK-MEETING"}
        ]),
    );
    assert_withheld(&v, "SECRET-ACK-ITEM", "OPEN-ACK");
    assert_withheld(&v, "SECRET-ACK-MEETING", "OPEN-ACK");
    // Into a withheld action, a withheld funding decision, a public action's entry
    // recorded at the wholly confidential meeting.
    set(
        &mut v,
        "/actions",
        json!([
            {"id": "a1", "ref": "2", "description": "Withheld.", "raised_at": "m1"},
            {"id": "a2", "ref": "3", "description": "Open.", "raised_at": "m1",
             "revised_due": [{"due": "2017-03-31", "meeting": "m2"}]}
        ]),
    );
    set(
        &mut v,
        "/funding_decisions",
        json!([{"id": "d1", "funder": "o-lcc", "confidential": true,
        "allocation": {"kind": "per_area", "amount": 100}, "recipients": [{"body": "b-lscb"}]}]),
    );
    let ack = |path: &str, reason: &str| {
        json!({"code": "action.due_before_raised", "path": path,
        "by": "p-chair", "on": "2016-10-20", "reason": reason})
    };
    set(
        &mut v,
        "/bodies/0/constitution/acknowledgements",
        json!([
            ack("/actions/0/due", "SECRET-ACK-ACTION"),
            ack("/funding_decisions/0/recipients", "SECRET-ACK-FUNDING"),
            ack("/actions/1/revised_due/0/due", "SECRET-ACK-REVISION"),
            ack("/actions/1/due", "OPEN-ACK")
        ]),
    );
    for s in [
        "SECRET-ACK-ACTION",
        "SECRET-ACK-FUNDING",
        "SECRET-ACK-REVISION",
    ] {
        assert_withheld(&v, s, "OPEN-ACK");
    }
}

#[test]
fn a_closed_part_keeps_its_place_not_its_name() {
    let mut v = confidential_base();
    set(
        &mut v,
        "/meetings/0/parts",
        json!([
            {"id": "pa", "name": "OPEN-PART"}, {"id": "pb", "name": "SECRET-PART", "confidential": true}
        ]),
    );
    set(&mut v, "/meetings/0/agenda/2/part", json!("pb"));
    assert_withheld(&v, "SECRET-PART", "OPEN-PART");
    let p: Value = serde_json::from_str(&public_of(&v)).unwrap();
    assert_eq!(
        p["meetings"][0]["parts"][1],
        json!({"id": "pb", "name": "Closed part", "confidential": true})
    );
}

#[test]
fn the_public_version_of_the_public_version_is_itself() {
    let v = confidential_base();
    let once = public_of(&v);
    let twice = boardkit::BoardDocument::from_json(&once)
        .unwrap()
        .public_version()
        .to_json();
    assert_eq!(once, twice);
}
