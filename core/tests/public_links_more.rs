//! More links the public version follows (nothing confidential may be reached by a link): an action replacing or absorbing a
//! withheld one, matters arising keyed by minute or section, blank refs at a meeting with
//! confidential items, acknowledgements naming a withheld person or record, and people
//! matched by reference, never by display text.
use crate::common;

use common::*;
use serde_json::{json, Value};

/// The base document with item 2 of m1 confidential; m2 held after it.
fn confidential_base() -> Value {
    let mut v = base();
    set(&mut v, "/meetings/0/agenda/1/confidential", json!(true));
    set(&mut v, "/meetings/1/status", json!("held"));
    v
}

fn public_of(v: &Value) -> String {
    doc(v).public_version().to_json()
}

fn assert_withheld(v: &Value, secrets: &[&str], open: &str) {
    let raw = v.to_string();
    let p = public_of(v);
    assert!(
        raw.contains(open) && p.contains(open),
        "{open} (public) is missing"
    );
    for s in secrets {
        assert!(raw.contains(s), "planting lost {s}");
        assert!(!p.contains(s), "{s} survives in the public version");
    }
}

#[test]
fn an_action_replacing_or_absorbing_a_withheld_one_is_withheld_transitively() {
    let mut v = confidential_base();
    set(
        &mut v,
        "/actions",
        json!([
            {"id": "a-secret", "ref": "2", "description": "SECRET-ORIGINAL", "raised_at": "m1",
             "superseded_by": "a-next", "status": "superseded"},
            {"id": "a-next", "ref": "3", "description": "SECRET-REPLACEMENT", "raised_at": "m1",
             "merged_into": "a-last"},
            {"id": "a-last", "ref": "3", "description": "SECRET-ABSORBED", "raised_at": "m1"},
            {"id": "a-open", "ref": "3", "description": "OPEN-ACTION", "raised_at": "m1"}
        ]),
    );
    assert_withheld(
        &v,
        &["SECRET-ORIGINAL", "SECRET-REPLACEMENT", "SECRET-ABSORBED"],
        "OPEN-ACTION",
    );
}

#[test]
fn a_public_actions_link_to_a_withheld_action_is_withheld() {
    let mut v = confidential_base();
    set(
        &mut v,
        "/actions",
        json!([
            {"id": "a-open", "ref": "3", "description": "OPEN-ACTION", "raised_at": "m1",
             "superseded_by": "a-secret-id", "merged_into": "a-secret-id"},
            {"id": "a-secret-id", "ref": "2", "description": "SECRET-ACTION", "raised_at": "m1"}
        ]),
    );
    assert_withheld(&v, &["SECRET-ACTION", "a-secret-id"], "OPEN-ACTION");
}

#[test]
fn a_matter_arising_keyed_by_minute_or_section_to_a_confidential_item_is_withheld() {
    let mut v = confidential_base();
    set(
        &mut v,
        "/meetings/1/matters_arising",
        json!([
            {"action_ref": "", "minute_ref": "2", "status": "open", "note": "SECRET-BY-MINUTE"},
            {"action_ref": "", "section": "2.1", "status": "open", "note": "SECRET-BY-SECTION"},
            {"action_ref": "", "status": "open", "note": "SECRET-NO-KEY"},
            {"action_ref": "", "minute_ref": "3", "status": "open", "note": "OPEN-BY-MINUTE"}
        ]),
    );
    assert_withheld(
        &v,
        &["SECRET-BY-MINUTE", "SECRET-BY-SECTION", "SECRET-NO-KEY"],
        "OPEN-BY-MINUTE",
    );
}

#[test]
fn a_blank_ref_at_a_meeting_with_confidential_items_is_withheld_with_a_finding() {
    let mut v = confidential_base();
    set(
        &mut v,
        "/actions",
        json!([
            {"id": "a-blank", "ref": " ", "description": "SECRET-BLANK-REF", "raised_at": "m1"},
            {"id": "a-open", "ref": "3", "description": "OPEN-ACTION", "raised_at": "m1"}
        ]),
    );
    set(
        &mut v,
        "/risk_register",
        json!({"title": "Risks", "matrix": boardkit::risk::Matrix::five_by_five(),
               "risks": [{"id": "r-none", "title": "SECRET-NO-MINUTE", "status": "open",
                          "raised": {"meeting": "m1"}}]}),
    );
    assert_withheld(&v, &["SECRET-BLANK-REF", "SECRET-NO-MINUTE"], "OPEN-ACTION");
    let r = validate(&v);
    assert_finding(&r, "meeting.number_relation_undecided", "/actions/0/ref");
    assert_finding(
        &r,
        "meeting.number_relation_undecided",
        "/risk_register/risks/0/raised/minute",
    );
    // At a meeting with nothing confidential, a blank ref is kept and not reported.
    set(&mut v, "/meetings/0/agenda/1/confidential", json!(false));
    assert!(public_of(&v).contains("SECRET-BLANK-REF"));
    assert_no(&validate(&v), "meeting.number_relation_undecided");
}

#[test]
fn an_acknowledgement_naming_a_withheld_person_or_record_is_withheld() {
    let mut v = confidential_base();
    push(
        &mut v,
        "/people",
        json!({"id": "p-guest", "name": "Zelda Quarry", "initials": "ZQ"}),
    );
    push(
        &mut v,
        "/meetings/0/attendance",
        json!({"person": "p-guest", "status": "in_attendance", "items": ["2"]}),
    );
    set(
        &mut v,
        "/actions",
        json!([{"id": "a-hidden", "ref": "2", "description": "Hidden.", "raised_at": "m1"}]),
    );
    set(
        &mut v,
        "/bodies/0/constitution/acknowledgements",
        json!([
            {"code": "meeting.inquorate", "path": "/meetings/1", "by": "p-chair", "on": "2016-12-08",
             "reason": "SECRET-ACK-1 agreed with zelda quarry."},
            {"code": "meeting.inquorate", "path": "/meetings/1", "by": "p-guest", "on": "2016-12-08",
             "reason": "SECRET-ACK-2"},
            {"code": "meeting.inquorate", "path": "/meetings/1", "by": "p-chair", "on": "2016-12-08",
             "reason": "SECRET-ACK-3 see a-hidden"},
            {"code": "meeting.inquorate", "path": "/meetings/1", "by": "p-chair", "on": "2016-12-08",
             "reason": "OPEN-ACK agreed by the board."}
        ]),
    );
    assert_withheld(
        &v,
        &[
            "SECRET-ACK-1",
            "SECRET-ACK-2",
            "SECRET-ACK-3",
            "Zelda",
            "p-guest",
        ],
        "OPEN-ACK",
    );
}

#[test]
fn people_are_matched_by_reference_not_by_display_text() {
    // A guest for the confidential item only, whose name happens to equal a public
    // item's title and whose id equals a public minute: still left out.
    let mut v = confidential_base();
    push(
        &mut v,
        "/people",
        json!({"id": "p-guest", "name": "AOB", "initials": "ZQG"}),
    );
    push(
        &mut v,
        "/meetings/0/attendance",
        json!({"person": "p-guest", "status": "in_attendance", "items": ["2"]}),
    );
    set(&mut v, "/meetings/0/agenda/0/minutes", json!("p-guest"));
    let public = doc(&v).public_version();
    assert!(
        public.people.iter().all(|p| p.id != "p-guest"),
        "the guest is kept"
    );
    assert!(
        public.people.iter().any(|p| p.id == "p-chair"),
        "by emptying"
    );
    // Named by a public reference (an open item's presenter by initials), they are kept.
    set(
        &mut v,
        "/meetings/0/agenda/3/presenters",
        json!([{"initials": "ZQG"}]),
    );
    let public = doc(&v).public_version();
    assert!(public.people.iter().any(|p| p.id == "p-guest"));
}
