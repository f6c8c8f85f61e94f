//! Executive and key decisions: call-in (not put into effect before the period ends)
//! and the elements of the written record, each silent without its premise.
use crate::common::{self, assert_finding, assert_no, push, set};
use serde_json::{json, Value};

const CALL_IN: &str = "meeting.implemented_during_call_in";
const RECORD: &str = "meeting.decision_record_incomplete";
const DEC: &str = "/meetings/0/agenda/1/decisions/0";

/// The base board in England; a key decision of Thursday 20 October 2016 whose notice
/// went out on Friday 21 October, with a complete record.
fn board() -> Value {
    let mut v = common::base();
    set(&mut v, "/schema_version", json!(5));
    set(&mut v, "/bodies/0/constitution/nation", json!("england"));
    set(
        &mut v,
        &format!("{DEC}/access"),
        json!({
            "key": true,
            "notice_published": "2016-10-21",
            "reasons": "The review found the old document out of date.",
            "alternatives_rejected": "Keeping the old document.",
            "conflict_declared": false
        }),
    );
    v
}

fn implemented(v: &mut Value, day: &str) {
    set(v, &format!("{DEC}/access/implemented_on"), json!(day));
}

#[test]
fn a_key_decision_put_into_effect_on_the_fifth_working_day_is_flagged() {
    let mut v = board();
    // Monday 24 to Friday 28 October are the five working days after the notice.
    implemented(&mut v, "2016-10-28");
    let r = common::validate(&v);
    assert_finding(&r, CALL_IN, &format!("{DEC}/access/implemented_on"));
    implemented(&mut v, "2016-10-31");
    assert_no(&common::validate(&v), CALL_IN);
}

#[test]
fn implementation_before_the_notice_is_flagged() {
    let mut v = board();
    implemented(&mut v, "2016-10-20");
    assert_finding(
        &common::validate(&v),
        CALL_IN,
        &format!("{DEC}/access/implemented_on"),
    );
}

#[test]
fn an_action_of_the_decision_closed_during_call_in_is_flagged() {
    let mut v = board();
    set(&mut v, "/actions", json!([]));
    push(
        &mut v,
        "/actions",
        json!({"id": "a1", "ref": "2", "description": "Issue the document.", "raised_at": "m1",
               "owners": [{"person": "p-dcs"}], "status": "completed", "closed_on": "2016-10-25"}),
    );
    set(&mut v, &format!("{DEC}/actions"), json!(["a1"]));
    assert_finding(&common::validate(&v), CALL_IN, "/actions/0/closed_on");
    set(&mut v, "/actions/0/closed_on", json!("2016-11-01"));
    assert_no(&common::validate(&v), CALL_IN);
}

#[test]
fn call_in_is_silent_when_exempt_not_key_or_without_its_premise() {
    let mut v = board();
    implemented(&mut v, "2016-10-24");
    assert_finding(
        &common::validate(&v),
        CALL_IN,
        &format!("{DEC}/access/implemented_on"),
    );
    let mut exempt = v.clone();
    set(
        &mut exempt,
        &format!("{DEC}/access/call_in_exempt"),
        json!(true),
    );
    assert_no(&common::validate(&exempt), CALL_IN);
    let mut not_key = v.clone();
    set(&mut not_key, &format!("{DEC}/access/key"), json!(false));
    set(
        &mut not_key,
        &format!("{DEC}/access/executive"),
        json!(true),
    );
    assert_no(&common::validate(&not_key), CALL_IN);
    let mut no_nation = v.clone();
    set(&mut no_nation, "/bodies/0/constitution/nation", Value::Null);
    assert_no(&common::validate(&no_nation), CALL_IN);
    let mut no_notice = v;
    let access = no_notice.pointer_mut(&format!("{DEC}/access")).unwrap();
    access.as_object_mut().unwrap().remove("notice_published");
    assert_no(&common::validate(&no_notice), CALL_IN);
}

#[test]
fn a_complete_record_is_silent_and_each_missing_element_is_a_finding() {
    let v = board();
    assert_no(&common::validate(&v), RECORD);
    let mut bare = v.clone();
    set(
        &mut bare,
        &format!("{DEC}/access"),
        json!({"executive": true}),
    );
    let r = common::validate(&bare);
    for field in ["reasons", "alternatives_rejected", "conflict_declared"] {
        assert_finding(&r, RECORD, &format!("{DEC}/access/{field}"));
    }
    // The meeting's date stands for the decision's.
    assert_eq!(r.with_code(RECORD).count(), 3);
    let mut blank = v.clone();
    set(&mut blank, &format!("{DEC}/text"), json!("  "));
    set(
        &mut blank,
        &format!("{DEC}/access/conflict_declared"),
        json!(true),
    );
    let r = common::validate(&blank);
    assert_finding(&r, RECORD, &format!("{DEC}/text"));
    assert_finding(&r, RECORD, &format!("{DEC}/access/dispensation_granted"));
    set(
        &mut blank,
        &format!("{DEC}/access/dispensation_granted"),
        json!(false),
    );
    set(
        &mut blank,
        &format!("{DEC}/text"),
        json!("Approved the document."),
    );
    assert_no(&common::validate(&blank), RECORD);
}

#[test]
fn the_record_rule_is_silent_for_a_decision_not_marked_executive_or_key() {
    let mut v = board();
    set(
        &mut v,
        &format!("{DEC}/access"),
        json!({"reasons": "Because."}),
    );
    assert_no(&common::validate(&v), RECORD);
}

#[test]
fn a_decisions_record_findings_come_before_its_call_in_finding() {
    // The order the report has always given: the written record's gaps, then call-in
    // (the units run per decision, the record's first, whatever the registry's order).
    let mut v = board();
    set(&mut v, &format!("{DEC}/access/reasons"), Value::Null);
    implemented(&mut v, "2016-10-24");
    let r = common::validate(&v);
    let codes: Vec<&str> = r
        .findings
        .iter()
        .map(|f| f.code.as_str())
        .filter(|c| *c == CALL_IN || *c == RECORD)
        .collect();
    assert_eq!(codes, [RECORD, CALL_IN]);
}
