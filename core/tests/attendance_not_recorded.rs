//! The attendance report says "not recorded", not "absent", where the paper did not
//! record attendance; a body's constitution sets its threshold.
use crate::common;
use boardkit::report::attendance::{attendance, AttendanceRequest};
use boardkit::scorecard::Decimal;
use common::*;
use serde_json::json;

fn request(v: &serde_json::Value, threshold: Option<i64>) -> AttendanceRequest {
    AttendanceRequest {
        document: doc(v),
        body: "b-lscb".into(),
        from: "2016-04-01".parse().unwrap(),
        to: "2017-03-31".parse().unwrap(),
        threshold_percent: threshold.map(|t| Decimal::from_int(t).unwrap()),
        places: 0,
    }
}

/// The base document with m2 held and recorded by apologies only (the police).
fn two_meetings() -> serde_json::Value {
    let mut v = base();
    set(&mut v, "/meetings/1/status", json!("minutes_drafted"));
    set(
        &mut v,
        "/meetings/1/attendance",
        json!([{"person": "p-pol", "status": "apologies"}]),
    );
    set(
        &mut v,
        "/meetings/1/attendance_record",
        json!("apologies_only"),
    );
    v
}

#[test]
fn apologies_only_meeting_is_not_recorded_not_absent() {
    let v = two_meetings();
    let r = attendance(&request(&v, None)).unwrap();
    assert_eq!(r.meetings_held, 1);
    assert_eq!(r.not_recorded, vec!["m2".to_string()]);
    let dcs = r.members.iter().find(|m| m.person == "p-dcs").unwrap();
    assert_eq!((dcs.present, dcs.absent), (1, 0));
    // Read as a full list, the same paper makes the director absent.
    let mut w = v.clone();
    set(&mut w, "/meetings/1/attendance_record", json!("full"));
    let r = attendance(&request(&w, None)).unwrap();
    let dcs = r.members.iter().find(|m| m.person == "p-dcs").unwrap();
    assert_eq!((dcs.present, dcs.absent), (1, 1));
}

#[test]
fn an_unknown_grid_mark_is_not_recorded_for_that_member() {
    let mut v = base();
    set(&mut v, "/meetings/0/attendance/2/status", json!("unknown"));
    let r = attendance(&request(&v, None)).unwrap();
    let dcs = r.members.iter().find(|m| m.person == "p-dcs").unwrap();
    assert_eq!((dcs.present, dcs.absent, dcs.not_recorded), (0, 0, 1));
    assert_eq!(dcs.percent, None);
}

#[test]
fn the_constitution_sets_the_threshold_unless_the_request_does() {
    let mut v = two_meetings();
    set(&mut v, "/meetings/1/attendance_record", json!("full"));
    // Each member attended one of two meetings: 50%.
    let r = attendance(&request(&v, None)).unwrap();
    assert_eq!(r.threshold_percent, Decimal::from_int(75).unwrap());
    let lcc = boardkit::report::attendance::RowKey::Organisation("o-lcc".into());
    assert!(r.below_threshold.contains(&lcc));
    set(
        &mut v,
        "/bodies/0/constitution/thresholds",
        json!({"attendance_percent": 50}),
    );
    let r = attendance(&request(&v, None)).unwrap();
    assert_eq!(r.threshold_percent, Decimal::from_int(50).unwrap());
    assert!(!r.below_threshold.contains(&lcc), "{:?}", r.below_threshold);
    let r = attendance(&request(&v, Some(80))).unwrap();
    assert_eq!(r.threshold_percent, Decimal::from_int(80).unwrap());
}
