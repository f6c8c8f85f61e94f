//! One reading of item numbers (`boardkit::meeting::number`): every written form of "beneath
//! a confidential item" is withheld from the public version, and a number whose relation
//! cannot be decided is withheld with a finding.
use crate::common;

use common::*;
use serde_json::{json, Value};

/// The base document with item 5, item M5 and Part B (closed) confidential at m1, and one
/// action and one declaration numbered `number` there, each with a sentinel.
fn with_number(number: &str) -> Value {
    let mut v = base();
    set(
        &mut v,
        "/meetings/0/parts",
        json!([{"id": "pa", "name": "Open"}, {"id": "pb", "name": "Closed", "confidential": true}]),
    );
    for (n, conf, part) in [
        ("4", false, None),
        ("5", true, None),
        ("6", false, None),
        ("M4", false, None),
        ("M5", true, None),
        ("Part B", false, Some("pb")),
    ] {
        let mut item = json!({"number": n, "title": "Item", "confidential": conf});
        if let Some(p) = part {
            item["part"] = json!(p);
        }
        push(&mut v, "/meetings/0/agenda", item);
    }
    set(
        &mut v,
        "/actions",
        json!([{"id": "a1", "ref": number, "description": "SENTINEL-ACTION", "raised_at": "m1"}]),
    );
    set(
        &mut v,
        "/meetings/0/declarations",
        json!({"entries": [{"person": {"initials": "PH"}, "item": number, "nature": "SENTINEL-DECL"}]}),
    );
    v
}

fn public_text(v: &Value) -> String {
    doc(v).public_version().to_json()
}

#[test]
fn every_form_beneath_a_confidential_item_is_withheld() {
    for number in [
        "5",
        "5a",
        "5(a)",
        "5 (a)",
        "5(i)",
        "5/1",
        "5-1",
        "5,1",
        "Item 5",
        "Item 5.1",
        "05.2",
        "M5",
        "M5a",
        "M5.1",
        "Part B",
        "Part B 1",
        "PART B.1",
        "Part  B.1",
        "B.1",
    ] {
        let public = public_text(&with_number(number));
        assert!(
            !public.contains("SENTINEL-ACTION"),
            "action numbered {number:?} survives"
        );
        assert!(
            !public.contains("SENTINEL-DECL"),
            "declaration on {number:?} survives"
        );
    }
}

#[test]
fn open_numbers_stay_public_and_raise_nothing() {
    for number in [
        "4", "4a", "4(i)", "Item 6.1", "6/1", "M4", "M4a", "15", "50", "Part A.1",
    ] {
        let v = with_number(number);
        let public = public_text(&v);
        assert!(
            public.contains("SENTINEL-ACTION"),
            "action numbered {number:?} lost"
        );
        assert!(
            public.contains("SENTINEL-DECL"),
            "declaration on {number:?} lost"
        );
        assert_no(&validate(&v), "meeting.number_relation_undecided");
    }
}

#[test]
fn an_undecided_number_is_withheld_and_a_finding_says_so() {
    let v = with_number("A5");
    let public = public_text(&v);
    assert!(!public.contains("SENTINEL-ACTION") && !public.contains("SENTINEL-DECL"));
    let r = validate(&v);
    assert_finding(&r, "meeting.number_relation_undecided", "/actions/0/ref");
    assert_finding(
        &r,
        "meeting.number_relation_undecided",
        "/meetings/0/declarations/entries/0/item",
    );
    // The message names no number and quotes nothing.
    for f in r.with_code("meeting.number_relation_undecided") {
        assert!(!f.message.contains("A5"), "{}", f.message);
    }
    // A5 beside an open item 4 is not undecided: nothing confidential could own it.
    let v = with_number("A4");
    assert_no(&validate(&v), "meeting.number_relation_undecided");
    assert!(public_text(&v).contains("SENTINEL-ACTION"));
}

#[test]
fn a_meeting_that_uses_a_letter_series_decides_it() {
    // With an A series at the meeting, A5 is that series' item, not item 5's.
    let mut v = with_number("A5");
    push(
        &mut v,
        "/meetings/0/agenda",
        json!({"number": "A1", "title": "Annex"}),
    );
    assert_no(&validate(&v), "meeting.number_relation_undecided");
    assert!(public_text(&v).contains("SENTINEL-ACTION"));
}

#[test]
fn the_agenda_rule_reads_numbers_the_same_way() {
    let mut v = base();
    set(&mut v, "/meetings/0/agenda/2/number", json!("Item 2/1"));
    let r = validate(&v);
    assert_no(&r, "meeting.agenda_number_invalid");
    // "Item 2/1" is 2.1: a second 2.1 is a duplicate.
    push(
        &mut v,
        "/meetings/0/agenda",
        json!({"number": "2.1", "title": "Again"}),
    );
    assert_finding(
        &validate(&v),
        "meeting.agenda_number_duplicate",
        "/meetings/0/agenda/4/number",
    );
}
