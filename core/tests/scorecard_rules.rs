//! Scorecard rules, each broken on purpose, and the attendance report's counting rules.

use crate::common;

use boardkit::report::attendance::{attendance, AttendanceRequest, RowKey};
use boardkit::scorecard::{self, Scorecard, ValidateScorecardRequest};
use common::*;
use serde_json::{json, Value};

/// A valid scorecard on the base document: a quarterly percentage with count and total,
/// an annual rate with its population, and a target.
fn with_scorecard() -> Value {
    let mut v = base();
    set(
        &mut v,
        "/scorecards",
        json!([{
            "id": "sc1", "title": "Scorecard", "body": "b-lscb",
            "indicators": [
                {"id": "i-pct", "name": "Assessments in time", "unit": "percent",
                 "frequency": "quarterly", "polarity": "higher_is_better",
                 "target": {"value": 80, "tolerance": 5},
                 "comparators": [{"kind": "national", "period": "2016-04", "value": 83}],
                 "values": [
                    {"period": "2016-04", "value": 75, "count": 75, "total": 100},
                    {"period": "2016-07", "value": 82}
                 ]},
                {"id": "i-rate", "name": "Plans per 10,000", "unit": "rate_per_10000",
                 "frequency": "annual", "polarity": "lower_is_better", "places": 1,
                 "target": {"value": 50},
                 "values": [
                    {"period": "2015-04", "value": 60.5, "count": 605, "population": 100000},
                    {"period": "2016-04", "value": 49, "count": 490, "population": 100000}
                 ]}
            ]
        }]),
    );
    v
}

fn scorecard_codes(v: &Value) -> Vec<String> {
    validate(v)
        .findings
        .into_iter()
        .filter(|f| f.code.starts_with("scorecard.") || f.path.starts_with("/scorecards"))
        .map(|f| format!("{} {}", f.code, f.path))
        .collect()
}

#[test]
fn the_valid_scorecard_has_no_findings() {
    assert_eq!(scorecard_codes(&with_scorecard()), Vec::<String>::new());
}

#[test]
fn quarterly_value_for_a_mid_quarter_month_is_off_calendar() {
    let mut v = with_scorecard();
    set(
        &mut v,
        "/scorecards/0/indicators/0/values/1/period",
        json!("2016-08"),
    );
    assert_finding(
        &validate(&v),
        "scorecard.off_calendar",
        "/scorecards/0/indicators/0/values/1/period",
    );
}

#[test]
fn annual_value_off_the_reporting_year_is_off_calendar() {
    let mut v = with_scorecard();
    set(
        &mut v,
        "/scorecards/0/indicators/1/values/1/period",
        json!("2017-01"),
    );
    assert_finding(
        &validate(&v),
        "scorecard.off_calendar",
        "/scorecards/0/indicators/1/values/1/period",
    );
    // The same month starts the year of a calendar-year scorecard.
    set(&mut v, "/scorecards/0/year_start_month", json!(1));
    set(
        &mut v,
        "/scorecards/0/indicators/1/values/0/period",
        json!("2016-01"),
    );
    set(
        &mut v,
        "/scorecards/0/indicators/0/values/0/period",
        json!("2016-01"),
    );
    set(
        &mut v,
        "/scorecards/0/indicators/0/values/1/period",
        json!("2016-04"),
    );
    set(
        &mut v,
        "/scorecards/0/indicators/0/comparators/0/period",
        json!("2016-01"),
    );
    assert_no(&validate(&v), "scorecard.off_calendar");
}

#[test]
fn a_year_start_outside_1_to_12_is_a_shape_error() {
    let mut v = with_scorecard();
    set(&mut v, "/scorecards/0/year_start_month", json!(13));
    let e = boardkit::BoardDocument::from_json(&v.to_string()).unwrap_err();
    assert_eq!(e.code(), "shape.invalid");
    assert_eq!(e.path(), "/scorecards/0/year_start_month");
}

#[test]
fn two_values_for_one_period() {
    let mut v = with_scorecard();
    push(
        &mut v,
        "/scorecards/0/indicators/0/values",
        json!({"period": "2016-04", "value": 70}),
    );
    let r = validate(&v);
    assert_finding(
        &r,
        "scorecard.duplicate_period",
        "/scorecards/0/indicators/0/values/2/period",
    );
    assert_eq!(r.with_code("scorecard.duplicate_period").count(), 1);
}

#[test]
fn a_percentage_outside_0_to_100() {
    let mut v = with_scorecard();
    set(
        &mut v,
        "/scorecards/0/indicators/0/values/1/value",
        json!(100.5),
    );
    set(&mut v, "/scorecards/0/indicators/0/target/value", json!(-1));
    set(
        &mut v,
        "/scorecards/0/indicators/0/comparators/0/value",
        json!(101),
    );
    let r = validate(&v);
    assert_finding(
        &r,
        "scorecard.percent_out_of_range",
        "/scorecards/0/indicators/0/values/1/value",
    );
    assert_finding(
        &r,
        "scorecard.percent_out_of_range",
        "/scorecards/0/indicators/0/target/value",
    );
    assert_finding(
        &r,
        "scorecard.percent_out_of_range",
        "/scorecards/0/indicators/0/comparators/0/value",
    );
    // Exactly 100 and 0 are fine; so is a rate above 100.
    set(
        &mut v,
        "/scorecards/0/indicators/0/values/1/value",
        json!(100),
    );
    set(&mut v, "/scorecards/0/indicators/0/target/value", json!(0));
    set(
        &mut v,
        "/scorecards/0/indicators/0/comparators/0/value",
        json!(0),
    );
    set(
        &mut v,
        "/scorecards/0/indicators/1/values/1/value",
        json!(490),
    );
    set(
        &mut v,
        "/scorecards/0/indicators/1/values/1/count",
        json!(4900),
    );
    assert_no(&validate(&v), "scorecard.percent_out_of_range");
}

#[test]
fn a_rate_without_a_population() {
    let mut v = with_scorecard();
    v.pointer_mut("/scorecards/0/indicators/1/values/1")
        .unwrap()
        .as_object_mut()
        .unwrap()
        .remove("population");
    let r = validate(&v);
    assert_finding(
        &r,
        "scorecard.rate_without_population",
        "/scorecards/0/indicators/1/values/1/population",
    );
    assert!(r.is_valid(), "a warning, not an error");
}

#[test]
fn a_target_worse_than_the_baseline_is_on_the_wrong_side() {
    let mut v = with_scorecard();
    // Lower is better and the baseline is 60.5: a target of 65 allows a rise.
    set(&mut v, "/scorecards/0/indicators/1/target/value", json!(65));
    let r = validate(&v);
    assert_finding(
        &r,
        "scorecard.target_wrong_side",
        "/scorecards/0/indicators/1/target/value",
    );
    assert!(r.is_valid(), "a warning, not an error");
    // Higher is better and the baseline is 75: a target of 70 allows a fall.
    let mut v = with_scorecard();
    set(&mut v, "/scorecards/0/indicators/0/target/value", json!(70));
    assert_finding(
        &validate(&v),
        "scorecard.target_wrong_side",
        "/scorecards/0/indicators/0/target/value",
    );
}

#[test]
fn a_negative_tolerance_is_on_the_wrong_side() {
    let mut v = with_scorecard();
    set(
        &mut v,
        "/scorecards/0/indicators/0/target/tolerance",
        json!(-5),
    );
    assert_finding(
        &validate(&v),
        "scorecard.target_wrong_side",
        "/scorecards/0/indicators/0/target/tolerance",
    );
}

#[test]
fn a_published_figure_its_own_count_does_not_give() {
    let mut v = with_scorecard();
    // 75 of 100 is 75%, not 76%.
    set(
        &mut v,
        "/scorecards/0/indicators/0/values/0/value",
        json!(76),
    );
    // 490 per 100,000 is 49.0 per 10,000, not 49.1.
    set(
        &mut v,
        "/scorecards/0/indicators/1/values/1/value",
        json!(49.1),
    );
    let r = validate(&v);
    assert_finding(
        &r,
        "scorecard.value_mismatch",
        "/scorecards/0/indicators/0/values/0/value",
    );
    assert_finding(
        &r,
        "scorecard.value_mismatch",
        "/scorecards/0/indicators/1/values/1/value",
    );
    let m = &r
        .with_code("scorecard.value_mismatch")
        .next()
        .unwrap()
        .message;
    assert!(
        m.contains("differs") && !m.contains("75") && !m.contains("Assessments"),
        "{m}"
    );
}

#[test]
fn duplicate_ids_and_unknown_body() {
    let mut v = with_scorecard();
    set(&mut v, "/scorecards/0/indicators/1/id", json!("i-pct"));
    set(&mut v, "/scorecards/0/body", json!("b-nowhere"));
    let sc = v.pointer("/scorecards/0").unwrap().clone();
    push(&mut v, "/scorecards", sc);
    let r = validate(&v);
    assert_finding(&r, "board.duplicate_id", "/scorecards/0/indicators/1/id");
    assert_finding(&r, "board.duplicate_id", "/scorecards/1/id");
    assert_finding(&r, "board.unknown_reference", "/scorecards/0/body");
}

#[test]
fn messages_do_not_quote_free_text() {
    let mut v = with_scorecard();
    set(
        &mut v,
        "/scorecards/0/indicators/0/name",
        json!("Child A secret"),
    );
    set(
        &mut v,
        "/scorecards/0/indicators/0/values/1/period",
        json!("2016-08"),
    );
    set(
        &mut v,
        "/scorecards/0/indicators/0/values/1/value",
        json!(180),
    );
    set(&mut v, "/scorecards/0/indicators/0/target/value", json!(10));
    for f in validate(&v).findings {
        assert!(!f.message.contains("Child A"), "{}", f.message);
    }
}

#[test]
fn validate_capability_reports_paths_relative_to_the_scorecard() {
    let mut v = with_scorecard();
    set(
        &mut v,
        "/scorecards/0/indicators/0/values/1/period",
        json!("2016-08"),
    );
    let sc: Scorecard =
        serde_json::from_value(v.pointer("/scorecards/0").unwrap().clone()).unwrap();
    let r = scorecard::validate(&ValidateScorecardRequest { scorecard: sc });
    assert_finding(
        &r,
        "scorecard.off_calendar",
        "/indicators/0/values/1/period",
    );
}

#[test]
fn the_example_part_loads_and_warns_of_rates_without_population_and_the_41_percent() {
    let part: Value =
        serde_json::from_str(include_str!("../../examples/data/leicester-lscb.json")).unwrap();
    let mut v = base();
    set(&mut v, "/scorecards", part["scorecards"].clone());
    let r = validate(&v);
    let ours: Vec<_> = r
        .findings
        .iter()
        .filter(|f| f.path.starts_with("/scorecards"))
        .collect();
    assert!(!ours.is_empty());
    // The report writes "a decrease of 41%" for referral forms falling from 62 to 36
    // (truly 41.9%): one finding on that indicator's note.
    let quoted: Vec<_> = ours
        .iter()
        .filter(|f| f.code == "scorecard.quoted_change_differs")
        .collect();
    let rates: Vec<_> = ours
        .iter()
        .filter(|f| f.code != "scorecard.quoted_change_differs")
        .collect();
    assert_eq!(quoted.len(), 1);
    assert_eq!(quoted[0].path, "/scorecards/0/indicators/12/note");
    for f in &rates {
        assert_eq!(f.code, "scorecard.rate_without_population", "{f:?}");
    }
    // The report publishes five rates (CIN 337 and 274, CPP 65.63 and 49.84, LAC 80.5)
    // without the child population behind them.
    assert_eq!(rates.len(), 5);
    // Round trip: nothing dropped.
    let d = doc(&v);
    let back: Value = serde_json::from_str(&d.to_json()).unwrap();
    assert_eq!(back["scorecards"], part["scorecards"]);
}

// ---------------------------------------------------------------------------------------
// Attendance report
// ---------------------------------------------------------------------------------------

fn request(v: &Value) -> AttendanceRequest {
    AttendanceRequest {
        document: doc(v),
        body: "b-lscb".into(),
        from: "2016-04-01".parse().unwrap(),
        to: "2017-03-31".parse().unwrap(),
        threshold_percent: Some(boardkit::scorecard::Decimal::from_int(75).unwrap()),
        places: 0,
    }
}

fn row<'a>(
    r: &'a boardkit::report::AttendanceReport,
    key: &RowKey,
) -> &'a boardkit::report::attendance::AgencyAttendance {
    r.agencies.iter().find(|a| &a.row == key).unwrap()
}

/// A second held meeting where the police send apologies and a deputy attends for the
/// chair (which must not count: the chair attends in their own right).
fn two_meetings() -> Value {
    let mut v = base();
    set(&mut v, "/meetings/1/status", json!("held"));
    set(
        &mut v,
        "/meetings/1/attendance",
        json!([
            {"person": "p-dep", "status": "deputy", "deputy_for": "p-chair"},
            {"person": "p-lay", "status": "present"},
            {"person": "p-lead", "status": "present"},
            {"person": "p-dcs", "status": "present"},
            {"person": "p-pol", "status": "apologies"},
            {"person": "p-ccg", "status": "present"}
        ]),
    );
    v
}

#[test]
fn attendance_counts_seat_meetings_by_agency() {
    let r = attendance(&request(&two_meetings())).unwrap();
    assert_eq!(r.meetings_held, 2);
    assert_eq!(r.meetings, vec!["m1", "m2"]);
    let chair = row(
        &r,
        &RowKey::Role(boardkit::board::SpecialRole::IndependentChair),
    );
    assert_eq!(
        (chair.attended, chair.seat_meetings),
        (1, 2),
        "a chair's deputy does not count"
    );
    assert_eq!(chair.percent.unwrap().to_string(), "50");
    let ccg = row(&r, &RowKey::Organisation("o-ccg".into()));
    assert_eq!(
        (ccg.in_person, ccg.by_deputy, ccg.attended),
        (1, 1, 2),
        "a deputy counts for the agency"
    );
    assert!(!ccg.below_threshold);
    let pol = row(&r, &RowKey::Organisation("o-pol".into()));
    assert_eq!(pol.percent.unwrap().to_string(), "50");
    let lead = row(&r, &RowKey::Role(boardkit::board::SpecialRole::LeadMember));
    assert_eq!(lead.attended, 1);
    assert!(r
        .below_threshold
        .contains(&RowKey::Organisation("o-pol".into())));
    assert!(!r
        .below_threshold
        .contains(&RowKey::Organisation("o-ccg".into())));

    let pol_m = r.members.iter().find(|m| m.person == "p-pol").unwrap();
    assert_eq!((pol_m.present, pol_m.apologies, pol_m.absent), (1, 1, 0));
    let ccg_m = r.members.iter().find(|m| m.person == "p-ccg").unwrap();
    assert_eq!((ccg_m.present, ccg_m.by_deputy), (1, 1));
    let lead_m = r.members.iter().find(|m| m.person == "p-lead").unwrap();
    assert_eq!((lead_m.present, lead_m.absent), (1, 1));
}

#[test]
fn attendance_uses_seat_allocations_and_caps_at_seats() {
    let mut v = two_meetings();
    // Two seats for the CCG: one member, so at most one seat is filled at a meeting.
    set(
        &mut v,
        "/bodies/0/seats",
        json!([{"organisation": "o-ccg", "seats": 2}]),
    );
    let r = attendance(&request(&v)).unwrap();
    let ccg = row(&r, &RowKey::Organisation("o-ccg".into()));
    assert_eq!((ccg.seats, ccg.seat_meetings, ccg.attended), (2, 4, 2));
    assert!(ccg.below_threshold, "50% is below 75%");
    // The CCG's seat row comes before the other agencies (seat-allocation order).
    let first_org = r
        .agencies
        .iter()
        .position(|a| matches!(a.row, RowKey::Organisation(_)))
        .unwrap();
    assert_eq!(
        r.agencies[first_org].row,
        RowKey::Organisation("o-ccg".into())
    );
}

#[test]
fn attendance_counts_only_meetings_held_in_the_period() {
    let v = base(); // m2 is only scheduled
    let mut req = request(&v);
    let r = attendance(&req).unwrap();
    assert_eq!(r.meetings_held, 1);
    req.from = "2016-11-01".parse().unwrap();
    let r = attendance(&req).unwrap();
    assert_eq!(r.meetings_held, 0);
    assert!(r
        .agencies
        .iter()
        .all(|a| a.percent.is_none() && !a.below_threshold));
}

#[test]
fn attendance_request_errors_carry_paths() {
    let v = base();
    let mut req = request(&v);
    req.body = "b-nowhere".into();
    assert_eq!(attendance(&req).unwrap_err().path(), "/body");
    let mut req = request(&v);
    req.to = "2016-01-01".parse().unwrap();
    assert_eq!(attendance(&req).unwrap_err().path(), "/to");
    // From JSON, unknown fields are refused.
    let text = json!({"document": base(), "body": "b-lscb", "from": "2016-04-01", "to": "2017-03-31", "colour": 1});
    let e = boardkit::error::from_json::<AttendanceRequest>(&text.to_string()).unwrap_err();
    assert_eq!(e.code(), "shape.invalid");
}
