//! Rules adjusted so the field's minutes raise no false alarms, each still broken on
//! purpose: unnumbered items and lettered series, completion known only from the board's
//! words, people named only by role or alias, owners checked against a full list only.
use crate::common;
use common::*;
use serde_json::json;

#[test]
fn unnumbered_items_are_silent_and_each_series_keeps_its_order() {
    let mut v = base();
    set(
        &mut v,
        "/meetings/0/agenda",
        json!([
            {"number": "", "title": "Welcome", "standing": "welcome_and_apologies"},
            {"number": "M", "title": "Minutes"},
            {"number": "M1", "title": "Matter arising"},
            {"number": "M2", "title": "Matter arising"},
            {"number": "1", "title": "Report", "presenters": [{"initials": "DC"}]},
            {"number": "2", "title": "AOB", "standing": "any_other_business"}
        ]),
    );
    let r = validate(&v);
    assert_no(&r, "meeting.agenda_number_invalid");
    assert_no(&r, "meeting.agenda_out_of_order");
    // Out of order within the lettered series.
    set(&mut v, "/meetings/0/agenda/3/number", json!("M0"));
    assert_finding(
        &validate(&v),
        "meeting.agenda_out_of_order",
        "/meetings/0/agenda/3/number",
    );
    // Out of order within the plain series.
    set(&mut v, "/meetings/0/agenda/3/number", json!("M2"));
    set(&mut v, "/meetings/0/agenda/5/number", json!("0"));
    assert_finding(
        &validate(&v),
        "meeting.agenda_out_of_order",
        "/meetings/0/agenda/5/number",
    );
    // A number that is not one is still invalid.
    set(&mut v, "/meetings/0/agenda/5/number", json!("two"));
    assert_finding(
        &validate(&v),
        "meeting.agenda_number_invalid",
        "/meetings/0/agenda/5/number",
    );
}

fn with_action(extra: serde_json::Value) -> serde_json::Value {
    let mut a = json!({"id": "a1", "ref": "2", "description": "Circulate the report.",
                       "owners": [{"person": "p-dcs"}], "raised_at": "m1"});
    for (k, x) in extra.as_object().unwrap() {
        a[k] = x.clone();
    }
    let mut v = base();
    set(&mut v, "/actions", json!([a]));
    v
}

#[test]
fn a_completion_known_only_from_the_boards_words_needs_no_date() {
    let v = with_action(json!({"status_text": "Actioned by DC"}));
    assert_no(&validate(&v), "action.closed_without_date");
    // A status the host records as completed still needs its date.
    let v = with_action(json!({"status": "completed"}));
    assert_finding(
        &validate(&v),
        "action.closed_without_date",
        "/actions/0/closed_on",
    );
}

#[test]
fn actions_sharing_a_ref_keep_their_own_words() {
    let mut v = with_action(json!({"ref": "", "status_text": "Actioned by DC"}));
    push(
        &mut v,
        "/actions",
        json!({"id": "a2", "ref": "", "description": "Another.", "owners": [{"person": "p-dcs"}],
               "raised_at": "m1", "status_text": "Outstanding"}),
    );
    push(
        &mut v,
        "/actions",
        json!({"id": "a3", "ref": "", "description": "A third.", "owners": [{"person": "p-dcs"}],
               "raised_at": "m1"}),
    );
    let d = doc(&v);
    let log = boardkit::action::log::entries(&d, "2016-11-01".parse().unwrap(), 14);
    let status = |id: &str| log.iter().find(|e| e.id == id).unwrap().status;
    use boardkit::action::Status;
    assert_eq!(status("a1"), Status::Completed);
    assert_eq!(status("a2"), Status::Outstanding);
    assert_eq!(status("a3"), Status::Open);
}

#[test]
fn a_person_named_only_by_role_or_alias_needs_no_name() {
    let mut v = base();
    push(&mut v, "/people", json!({"id": "p-vc"}));
    assert_finding(&validate(&v), "record.blank_text", "/people/8/name");
    // Known to the paper only as the vice-chair.
    push(
        &mut v,
        "/bodies/0/members",
        json!({"person": "p-vc", "category": "statutory", "role": "vice_chair"}),
    );
    assert_no(&validate(&v), "record.blank_text");
    let mut w = base();
    push(
        &mut w,
        "/people",
        json!({"id": "p-x", "aliases": ["Joanne P."]}),
    );
    assert_no(&validate(&w), "record.blank_text");
}

#[test]
fn an_owner_is_checked_against_the_membership_only_on_a_full_list() {
    let v = with_action(json!({"owners": [{"person": "p-dep"}]}));
    // p-dep deputised at m1, so is on its list; p-mgr's colleague below is not.
    assert_no(&validate(&v), "action.owner_not_member");
    let mut v = base();
    push(
        &mut v,
        "/people",
        json!({"id": "p-out", "name": "Outside Officer"}),
    );
    set(
        &mut v,
        "/actions",
        json!([{"id": "a1", "ref": "2", "description": "Circulate the report.",
                "owners": [{"person": "p-out"}], "raised_at": "m1"}]),
    );
    assert_finding(
        &validate(&v),
        "action.owner_not_member",
        "/actions/0/owners/0",
    );
    // The same paper recording only apologies cannot show the officer was not there.
    set(
        &mut v,
        "/meetings/0/attendance_record",
        json!("apologies_only"),
    );
    assert_no(&validate(&v), "action.owner_not_member");
}
