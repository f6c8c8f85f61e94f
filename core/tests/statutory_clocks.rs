//! The clocks as rules: papers published enough clear working days before a meeting,
//! minutes published within the constitution's working days after it, with the bank
//! holidays of the body's nation.
use crate::common::{self, assert_finding, assert_no, set};
use serde_json::{json, Value};

const PAPERS: &str = "meeting.papers_published_late";
const MINUTES: &str = "meeting.minutes_published_late";

/// The base board in England; its meeting of Thursday 20 October 2016.
fn board(kind: &str) -> Value {
    let mut v = common::base();
    set(&mut v, "/schema_version", json!(5));
    set(&mut v, "/bodies/0/kind", json!(kind));
    set(&mut v, "/bodies/0/constitution/nation", json!("england"));
    v
}

#[test]
fn a_council_committee_needs_five_clear_working_days_by_default() {
    // Thursday 13 October leaves Friday to Wednesday: 4 clear working days.
    let mut v = board("council_committee");
    set(&mut v, "/meetings/0/papers_published", json!("2016-10-13"));
    let r = common::validate(&v);
    assert_finding(&r, PAPERS, "/meetings/0/papers_published");
    let f = r.with_code(PAPERS).next().unwrap();
    assert!(
        f.message.contains("left 4 clear working days"),
        "{}",
        f.message
    );
    // Wednesday 12 October leaves 5.
    set(&mut v, "/meetings/0/papers_published", json!("2016-10-12"));
    assert_no(&common::validate(&v), PAPERS);
}

#[test]
fn a_board_that_is_not_a_council_committee_needs_its_own_threshold() {
    let mut v = board("board");
    set(&mut v, "/meetings/0/papers_published", json!("2016-10-19"));
    assert_no(&common::validate(&v), PAPERS);
    set(
        &mut v,
        "/bodies/0/constitution/thresholds",
        json!({"papers_clear_days": 3}),
    );
    assert_finding(
        &common::validate(&v),
        PAPERS,
        "/meetings/0/papers_published",
    );
    set(&mut v, "/meetings/0/papers_published", json!("2016-10-14"));
    assert_no(&common::validate(&v), PAPERS);
}

#[test]
fn papers_published_on_or_after_the_day_leave_no_clear_days() {
    let mut v = board("health_and_wellbeing_board");
    set(&mut v, "/meetings/0/papers_published", json!("2016-10-21"));
    let r = common::validate(&v);
    let f = r.with_code(PAPERS).next().expect("a finding");
    assert!(
        f.message.contains("left 0 clear working days"),
        "{}",
        f.message
    );
}

#[test]
fn bank_holidays_do_not_count_as_clear_days() {
    // Meeting on Thursday 1 June 2017; papers out Wednesday 24 May leave Thursday,
    // Friday, Tuesday, Wednesday (Monday 29 May is the spring bank holiday): 4.
    let mut v = board("council_committee");
    set(&mut v, "/meetings/0/date", json!("2017-06-01"));
    set(&mut v, "/meetings/0/next_meeting/date", json!("2017-07-01"));
    set(&mut v, "/meetings/1/date", json!("2017-07-01"));
    set(&mut v, "/meetings/0/papers_published", json!("2017-05-24"));
    assert_finding(
        &common::validate(&v),
        PAPERS,
        "/meetings/0/papers_published",
    );
    set(&mut v, "/meetings/0/papers_published", json!("2017-05-23"));
    assert_no(&common::validate(&v), PAPERS);
}

#[test]
fn without_the_nation_the_clocks_are_silent() {
    let mut v = board("council_committee");
    set(&mut v, "/meetings/0/papers_published", json!("2016-10-19"));
    set(
        &mut v,
        "/bodies/0/constitution/thresholds",
        json!({"minutes_publish_working_days": 1}),
    );
    set(&mut v, "/meetings/0/minutes_published", json!("2016-11-30"));
    let r = common::validate(&v);
    assert_finding(&r, PAPERS, "/meetings/0/papers_published");
    assert_finding(&r, MINUTES, "/meetings/0/minutes_published");
    v["bodies"][0]["constitution"]
        .as_object_mut()
        .unwrap()
        .remove("nation");
    let r = common::validate(&v);
    assert_no(&r, PAPERS);
    assert_no(&r, MINUTES);
}

#[test]
fn minutes_later_than_the_constitution_allows_break() {
    // Ten working days after Thursday 20 October 2016 is Thursday 3 November.
    let mut v = board("board");
    set(
        &mut v,
        "/bodies/0/constitution/thresholds",
        json!({"minutes_publish_working_days": 10}),
    );
    set(&mut v, "/meetings/0/minutes_published", json!("2016-11-04"));
    let r = common::validate(&v);
    assert_finding(&r, MINUTES, "/meetings/0/minutes_published");
    let f = r.with_code(MINUTES).next().unwrap();
    assert!(f.message.contains("11 working days"), "{}", f.message);
    set(&mut v, "/meetings/0/minutes_published", json!("2016-11-03"));
    assert_no(&common::validate(&v), MINUTES);
    // No threshold: minutes have no statutory number of days.
    set(&mut v, "/bodies/0/constitution/thresholds", json!({}));
    set(&mut v, "/meetings/0/minutes_published", json!("2017-11-03"));
    assert_no(&common::validate(&v), MINUTES);
}
