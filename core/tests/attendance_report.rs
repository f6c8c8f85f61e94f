//! Attendance over a period: meetings with no attendance recorded are left out.
use crate::common;
use boardkit::report::{attendance, AttendanceRequest, RowKey};
use boardkit::scorecard::Decimal;
use common::*;
use serde_json::json;

fn request(v: &serde_json::Value) -> AttendanceRequest {
    AttendanceRequest {
        document: doc(v),
        body: "b-lscb".into(),
        from: "2016-01-01".parse().unwrap(),
        to: "2016-12-31".parse().unwrap(),
        threshold_percent: Some(Decimal::from_int(75).unwrap()),
        places: 0,
    }
}

#[test]
fn unrecorded_meetings_are_not_counted() {
    let mut v = base();
    // m2 took place but its attendance was never recorded.
    set(&mut v, "/meetings/1/status", json!("held"));
    let r = attendance(&request(&v)).unwrap();
    assert_eq!(r.meetings_held, 1);
    assert_eq!(r.not_recorded, vec!["m2".to_string()]);
    let police = r
        .agencies
        .iter()
        .find(|a| a.row == RowKey::Organisation("o-pol".into()))
        .unwrap();
    assert_eq!(police.percent, Decimal::from_int(100));
    // Once attendance is recorded with the police absent, the police fall to 50%.
    set(
        &mut v,
        "/meetings/1/attendance",
        json!([{"person": "p-chair", "status": "present"}]),
    );
    let r = attendance(&request(&v)).unwrap();
    assert_eq!(r.meetings_held, 2);
    assert!(r.not_recorded.is_empty());
    let police = r
        .agencies
        .iter()
        .find(|a| a.row == RowKey::Organisation("o-pol".into()))
        .unwrap();
    assert_eq!(police.percent, Decimal::from_int(50));
    assert!(police.below_threshold);
}
