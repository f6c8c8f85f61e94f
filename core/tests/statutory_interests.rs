//! Interests meet votes: a member with a disclosable pecuniary or prejudicial interest
//! in an item who took part, proposed or seconded, with no dispensation and without
//! leaving the room.
use crate::common::{self, assert_finding, assert_no, set};
use serde_json::{json, Value};

const CODE: &str = "meeting.interest_took_part";

/// The base board where the police head declares an interest of `kind` in item 2 and
/// proposes its decision.
fn declared(kind: &str) -> Value {
    let mut v = common::base();
    set(&mut v, "/schema_version", json!(5));
    set(
        &mut v,
        "/meetings/0/declarations",
        json!({"entries": [{"person": {"person": "p-pol"}, "item": "2", "nature": "Spouse employed by a provider.", "kind": kind}]}),
    );
    set(
        &mut v,
        "/meetings/0/agenda/1/decisions/0/proposer",
        json!({"initials": "PH"}),
    );
    v
}

#[test]
fn a_pecuniary_interest_and_proposing_the_decision_breaks() {
    let r = common::validate(&declared("disclosable_pecuniary"));
    assert_finding(&r, CODE, "/meetings/0/agenda/1/decisions/0/proposer");
    assert_eq!(r.with_code(CODE).count(), 1);
}

#[test]
fn seconding_and_taking_part_break_too_and_a_prejudicial_interest_bars_likewise() {
    let mut v = declared("prejudicial");
    set(
        &mut v,
        "/meetings/0/agenda/1/decisions/0/proposer",
        json!({"person": "p-chair"}),
    );
    set(
        &mut v,
        "/meetings/0/agenda/1/decisions/0/seconder",
        json!({"person": "p-pol"}),
    );
    set(
        &mut v,
        "/meetings/0/declarations/entries/0/took_part",
        json!(true),
    );
    let r = common::validate(&v);
    assert_finding(&r, CODE, "/meetings/0/agenda/1/decisions/0/seconder");
    assert_finding(&r, CODE, "/meetings/0/declarations/entries/0/took_part");
    assert_eq!(r.with_code(CODE).count(), 2);
}

#[test]
fn the_item_is_matched_by_its_number_not_its_spelling() {
    let mut v = declared("disclosable_pecuniary");
    set(
        &mut v,
        "/meetings/0/declarations/entries/0/item",
        json!("Item 2"),
    );
    assert_finding(
        &common::validate(&v),
        CODE,
        "/meetings/0/agenda/1/decisions/0/proposer",
    );
    set(
        &mut v,
        "/meetings/0/declarations/entries/0/item",
        json!("2.1"),
    );
    assert_no(&common::validate(&v), CODE);
}

#[test]
fn a_dispensation_leaving_the_room_or_a_lesser_interest_keeps_it_silent() {
    let mut v = declared("disclosable_pecuniary");
    set(
        &mut v,
        "/meetings/0/declarations/entries/0/dispensation",
        json!(true),
    );
    assert_no(&common::validate(&v), CODE);
    let mut v = declared("disclosable_pecuniary");
    set(
        &mut v,
        "/meetings/0/declarations/entries/0/left_room",
        json!(true),
    );
    assert_no(&common::validate(&v), CODE);
    for kind in ["other_registrable", "non_registrable"] {
        assert_no(&common::validate(&declared(kind)), CODE);
    }
    // No kind recorded: the premise is missing.
    let mut v = declared("prejudicial");
    v["meetings"][0]["declarations"]["entries"][0]
        .as_object_mut()
        .unwrap()
        .remove("kind");
    assert_no(&common::validate(&v), CODE);
}

#[test]
fn another_member_proposing_is_silent() {
    let mut v = declared("disclosable_pecuniary");
    set(
        &mut v,
        "/meetings/0/agenda/1/decisions/0/proposer",
        json!({"initials": "DC"}),
    );
    assert_no(&common::validate(&v), CODE);
}

#[test]
fn many_declarations_and_decisions_are_joined_through_one_index() {
    // 2,000 items, each with a decision proposed by the declaring member, and 2,000
    // declarations: a nested scan would be four million comparisons per meeting.
    let mut v = declared("disclosable_pecuniary");
    let n = 2000;
    let items: Vec<Value> = (1..=n)
        .map(|i| json!({"number": format!("{i}"), "title": "Item", "decisions": [{"kind": "agreed", "text": "Agreed.", "proposer": {"person": "p-pol"}}]}))
        .collect();
    let entries: Vec<Value> = (1..=n)
        .map(|i| json!({"person": {"person": "p-pol"}, "item": format!("{i}"), "nature": "Interest.", "kind": if i % 2 == 0 { "disclosable_pecuniary" } else { "other_registrable" }}))
        .collect();
    set(&mut v, "/meetings/0/agenda", json!(items));
    set(
        &mut v,
        "/meetings/0/declarations",
        json!({"entries": entries}),
    );
    let r = common::validate(&v);
    assert_eq!(r.with_code(CODE).count(), n / 2);
    assert_finding(&r, CODE, "/meetings/0/agenda/1/decisions/0/proposer");
    assert!(!r.has(CODE, "/meetings/0/agenda/0/decisions/0/proposer"));
}
