//! Declarations meet the register of interests: a declared interest should be on the
//! body's register within 28 days of the meeting; silent without a register.
use crate::common::{self, assert_finding, assert_no, set};
use serde_json::{json, Value};

const CODE: &str = "meeting.interest_not_registered";
const AT: &str = "/meetings/0/declarations/entries/0";

/// The base board with a declaration by p-pol at its meeting of 20 October 2016, and a
/// register of interests holding one entry of another member's.
fn board() -> Value {
    let mut v = common::base();
    set(&mut v, "/schema_version", json!(5));
    set(
        &mut v,
        "/meetings/0/declarations",
        json!({"entries": [{"person": {"person": "p-pol"}, "item": "2", "nature": "A relative works for a provider."}]}),
    );
    set(
        &mut v,
        "/bodies/0/statutory",
        json!({"interests_register": [{"person": "p-dcs", "interest": "Governor of a school.", "from": "2015-01-05"}]}),
    );
    v
}

fn register(v: &mut Value, entry: Value) {
    v.pointer_mut("/bodies/0/statutory/interests_register")
        .and_then(Value::as_array_mut)
        .unwrap()
        .push(entry);
}

#[test]
fn a_declared_interest_missing_from_the_register_is_flagged() {
    let v = board();
    assert_finding(&common::validate(&v), CODE, AT);
}

#[test]
fn an_entry_registered_within_28_days_keeps_it_silent() {
    let mut v = board();
    // 17 November 2016 is the 28th day after the meeting.
    register(
        &mut v,
        json!({"person": "p-pol", "interest": "A relative at a provider.", "from": "2016-11-17"}),
    );
    assert_no(&common::validate(&v), CODE);
    set(
        &mut v,
        "/bodies/0/statutory/interests_register/1/from",
        json!("2016-11-18"),
    );
    assert_finding(&common::validate(&v), CODE, AT);
}

#[test]
fn an_entry_that_ended_before_the_meeting_does_not_count() {
    let mut v = board();
    register(
        &mut v,
        json!({"person": "p-pol", "interest": "Old interest.", "from": "2014-01-01", "until": "2016-10-19"}),
    );
    assert_finding(&common::validate(&v), CODE, AT);
    set(
        &mut v,
        "/bodies/0/statutory/interests_register/1/until",
        json!("2016-10-20"),
    );
    assert_no(&common::validate(&v), CODE);
}

#[test]
fn silent_without_a_register_for_a_non_registrable_interest_or_within_the_28_days() {
    let v = board();
    let mut none = v.clone();
    set(&mut none, "/bodies/0/statutory", json!({}));
    assert_no(&common::validate(&none), CODE);
    let mut kind = v.clone();
    set(&mut kind, &format!("{AT}/kind"), json!("non_registrable"));
    assert_no(&common::validate(&kind), CODE);
    assert_no(&common::validate_as_of(&v, "2016-11-16"), CODE);
    assert_finding(&common::validate_as_of(&v, "2016-11-17"), CODE, AT);
}
