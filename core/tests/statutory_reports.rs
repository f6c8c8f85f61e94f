//! Yearly reports: each published within twelve months of the one before, and the next
//! not overdue as of the day asked; silent without reports in the document.
use crate::common::{self, assert_finding, assert_no, set};
use serde_json::{json, Value};

const CODE: &str = "meeting.yearly_report_late";

fn board(days: &[&str]) -> Value {
    let mut v = common::base();
    set(&mut v, "/schema_version", json!(5));
    let reports: Vec<Value> = days
        .iter()
        .map(|d| json!({"period_from": "2015-04-01", "period_to": "2016-03-31", "published": d, "signed_off_by": ["p-chair"]}))
        .collect();
    set(
        &mut v,
        "/bodies/0/statutory",
        json!({"yearly_reports": reports}),
    );
    v
}

#[test]
fn a_report_more_than_twelve_months_after_the_last_is_flagged_in_any_order() {
    let v = board(&["2017-10-01", "2016-09-30"]);
    assert_finding(
        &common::validate(&v),
        CODE,
        "/bodies/0/statutory/yearly_reports/0/published",
    );
    let v = board(&["2017-09-30", "2016-09-30"]);
    assert_no(&common::validate(&v), CODE);
}

#[test]
fn the_next_report_is_overdue_only_as_of_a_day_past_the_year() {
    let v = board(&["2016-09-30"]);
    assert_no(&common::validate(&v), CODE);
    assert_no(&common::validate_as_of(&v, "2017-09-30"), CODE);
    assert_finding(
        &common::validate_as_of(&v, "2017-10-01"),
        CODE,
        "/bodies/0/statutory/yearly_reports/0/published",
    );
}

#[test]
fn silent_without_reports_or_publication_dates() {
    let mut v = board(&[]);
    assert_no(&common::validate_as_of(&v, "2020-01-01"), CODE);
    set(
        &mut v,
        "/bodies/0/statutory",
        json!({"yearly_reports": [{"period_from": "2015-04-01"}]}),
    );
    assert_no(&common::validate_as_of(&v, "2020-01-01"), CODE);
}
