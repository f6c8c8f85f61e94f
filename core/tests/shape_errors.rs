//! Malformed input gets an error carrying the JSON Pointer of the bad value, and never
//! quotes the value.
use crate::common;
use boardkit::BoardDocument;
use common::*;
use serde_json::json;

fn err(v: &serde_json::Value) -> boardkit::Error {
    BoardDocument::from_json(&v.to_string()).unwrap_err()
}

#[test]
fn impossible_date_names_its_path() {
    let mut v = base();
    set(&mut v, "/meetings/0/date", json!("2017-02-31"));
    let e = err(&v);
    assert_eq!(e.code(), "shape.invalid");
    assert_eq!(e.path(), "/meetings/0/date");
}

#[test]
fn wrong_type_names_its_path_and_does_not_quote() {
    let mut v = base();
    set(&mut v, "/people/2/initials", json!(42));
    let e = err(&v);
    assert_eq!(e.path(), "/people/2/initials");
    let mut v = base();
    set(&mut v, "/meetings/0/status", json!("Child Q's case"));
    let e = err(&v);
    assert_eq!(e.path(), "/meetings/0/status");
    assert!(!e.to_string().contains("Child Q"), "{e}");
}

#[test]
fn unknown_field_is_an_error_not_dropped() {
    let mut v = base();
    set(&mut v, "/meetings/0/agenda/1/colour", json!("red"));
    let e = err(&v);
    assert_eq!(e.code(), "shape.invalid");
    assert_eq!(e.path(), "/meetings/0/agenda/1");
    assert!(!e.to_string().contains("colour"), "{e}");
}

#[test]
fn missing_required_field() {
    let mut v = base();
    v.pointer_mut("/meetings/0")
        .unwrap()
        .as_object_mut()
        .unwrap()
        .remove("date");
    let e = err(&v);
    // Reported at the field itself, so a form can show it there.
    assert_eq!(e.path(), "/meetings/0/date");
    assert_eq!(e.to_string(), "Date must be given.");
}

#[test]
fn bad_time_and_bad_enum() {
    let mut v = base();
    set(&mut v, "/meetings/0/start", json!("9.15am"));
    assert_eq!(err(&v).path(), "/meetings/0/start");
    let mut v = base();
    set(&mut v, "/bodies/0/members/3/category", json!("boss"));
    assert_eq!(err(&v).path(), "/bodies/0/members/3/category");
}

#[test]
fn syntax_errors_and_empty_input() {
    let e = BoardDocument::from_json("{\"schema_version\": 1, \"people\": [").unwrap_err();
    assert_eq!(e.code(), "shape.syntax");
    let e = BoardDocument::from_json("").unwrap_err();
    assert_eq!(e.code(), "shape.empty");
    let e = BoardDocument::from_json("{\"schema_version\": 1} {}").unwrap_err();
    assert_eq!(e.code(), "shape.syntax");
}

#[test]
fn schema_version_checked() {
    let mut v = base();
    set(&mut v, "/schema_version", json!(8));
    let e = err(&v);
    assert_eq!(e.code(), "shape.schema_version");
    assert_eq!(e.path(), "/schema_version");
}

#[test]
fn extensions_survive_a_round_trip() {
    let mut v = base();
    set(
        &mut v,
        "/extensions",
        json!({"host_case_system": {"ref": "ABC-1"}}),
    );
    set(
        &mut v,
        "/meetings/0/extensions",
        json!({"sharepoint_id": 17}),
    );
    set(
        &mut v,
        "/meetings/0/agenda/1/extensions",
        json!({"slot": "am"}),
    );
    let d = doc(&v);
    let back: serde_json::Value = serde_json::from_str(&d.to_json()).unwrap();
    // Written at the current version.
    set(&mut v, "/schema_version", json!(boardkit::SCHEMA_VERSION));
    assert_eq!(back, v);
}
