//! The attendance report credits deputies whose member is not named: a deputy for a
//! seat or an agency, a shared seat's mark, a substitute for a vacant seat.
use crate::common;
use boardkit::report::{attendance, AttendanceReport, AttendanceRequest, RowKey};
use common::*;
use serde_json::{json, Value};

fn report(v: &Value) -> AttendanceReport {
    attendance(&AttendanceRequest {
        document: doc(v),
        body: "b-lscb".into(),
        from: "2016-01-01".parse().unwrap(),
        to: "2016-12-31".parse().unwrap(),
        threshold_percent: None,
        places: 0,
    })
    .unwrap()
}

/// (attended, in person, by deputy) of an organisation's row.
fn row(r: &AttendanceReport, org: &str) -> (u32, u32, u32) {
    let a = r
        .agencies
        .iter()
        .find(|a| a.row == RowKey::Organisation(org.into()))
        .unwrap();
    (a.attended, a.in_person, a.by_deputy)
}

fn member(r: &AttendanceReport, p: &str) -> (u32, u32, u32) {
    let m = r.members.iter().find(|m| m.person == p).unwrap();
    (m.present, m.by_deputy, m.apologies)
}

/// The base document, the police head sending apologies and someone unnamed attending.
fn police_away(unnamed: Value) -> Value {
    let mut v = base();
    set(
        &mut v,
        "/meetings/0/attendance/3",
        json!({"person": "p-pol", "status": "apologies"}),
    );
    push(&mut v, "/meetings/0/attendance", unnamed);
    v
}

#[test]
fn an_agency_deputy_counts_for_the_agency() {
    let r = report(&police_away(
        json!({"status": "deputy", "organisation": "o-pol"}),
    ));
    assert_eq!(row(&r, "o-pol"), (1, 0, 1));
    // The member is not credited: the paper does not say whom the deputy stood in for.
    assert_eq!(member(&r, "p-pol"), (0, 0, 1));
    // A deputy for another agency does not count for the police.
    let r = report(&police_away(
        json!({"status": "deputy", "organisation": "o-ccg"}),
    ));
    assert_eq!(row(&r, "o-pol"), (0, 0, 0));
    // The CCG already attended through its named deputy: its one seat is not counted twice.
    assert_eq!(row(&r, "o-ccg"), (1, 0, 1));
}

#[test]
fn a_seat_deputy_counts_for_the_seats_only_holder() {
    let mut v = police_away(json!({"status": "deputy", "seat": "s-pol", "code": "D"}));
    set(
        &mut v,
        "/bodies/0/named_seats",
        json!([{"id": "s-pol", "name": "Police", "organisation": "o-pol"}]),
    );
    // Before the member is placed in the seat, the deputy counts for the seat's agency.
    let r = report(&v);
    assert_eq!(row(&r, "o-pol"), (1, 0, 1));
    assert_eq!(member(&r, "p-pol"), (0, 0, 1));
    // With the police head the seat's only holder, the deputy is theirs.
    set(&mut v, "/bodies/0/members/4/seat", json!("s-pol"));
    let r = report(&v);
    assert_eq!(row(&r, "o-pol"), (1, 0, 1));
    // Represented by a deputy, so no longer counted among apologies.
    assert_eq!(member(&r, "p-pol"), (0, 1, 0));
    // A holder who may not send a deputy is not credited.
    set(&mut v, "/bodies/0/members/4/may_send_deputy", json!(false));
    let r = report(&v);
    assert_eq!(row(&r, "o-pol"), (0, 0, 0));
}

#[test]
fn a_shared_seats_mark_counts_for_the_seats_agency() {
    // Two people share the police seat; the grid's "Y" does not say which attended.
    let mut v = police_away(json!({"status": "present", "seat": "s-pol", "code": "Y"}));
    set(
        &mut v,
        "/bodies/0/named_seats",
        json!([{"id": "s-pol", "name": "Police", "organisation": "o-pol", "shared": true}]),
    );
    set(&mut v, "/bodies/0/members/4/seat", json!("s-pol"));
    push(
        &mut v,
        "/people",
        json!({"id": "p-pol2", "name": "Police Deputy Head", "organisation": "o-pol"}),
    );
    push(
        &mut v,
        "/bodies/0/members",
        json!({"person": "p-pol2", "organisation": "o-pol", "category": "statutory", "seat": "s-pol"}),
    );
    // Two people, one named seat: one seat for the police row.
    let r = report(&v);
    let police = r
        .agencies
        .iter()
        .find(|a| a.row == RowKey::Organisation("o-pol".into()))
        .unwrap();
    assert_eq!(police.seats, 1);
    assert_eq!(row(&r, "o-pol"), (1, 1, 0));
    assert_eq!(member(&r, "p-pol"), (0, 0, 1));
    assert_eq!(member(&r, "p-pol2"), (0, 0, 0));
    // Both holders marked present still fill the one seat once.
    push(
        &mut v,
        "/meetings/0/attendance",
        json!({"person": "p-pol2", "status": "present"}),
    );
    assert_eq!(row(&report(&v), "o-pol"), (1, 1, 0));
    // Without the seat held, the two members are two seats: one filled by the second
    // member in person, one by the seat's mark (now for the police row).
    set(&mut v, "/bodies/0/members/4/seat", serde_json::Value::Null);
    set(&mut v, "/bodies/0/members/7/seat", serde_json::Value::Null);
    let r = report(&v);
    assert_eq!(row(&r, "o-pol"), (2, 2, 0));
    assert_eq!(
        r.agencies
            .iter()
            .find(|a| a.row == RowKey::Organisation("o-pol".into()))
            .unwrap()
            .seats,
        2
    );
}

#[test]
fn a_substitute_for_a_vacant_seat_counts_for_the_seat_not_its_former_holder() {
    let mut v = police_away(json!({"person": "p-dep", "status": "substitute", "seat": "s-pol"}));
    set(
        &mut v,
        "/bodies/0/named_seats",
        json!([{"id": "s-pol", "name": "Police", "organisation": "o-pol", "vacant_from": "2016-09-01"}]),
    );
    set(&mut v, "/bodies/0/members/4/seat", json!("s-pol"));
    set(&mut v, "/bodies/0/members/4/until", json!("2016-08-31"));
    let r = report(&v);
    assert_eq!(row(&r, "o-pol"), (1, 1, 0));
    assert_eq!(member(&r, "p-pol").0, 0);
}

#[test]
fn a_deputy_is_never_credited_to_an_own_right_row() {
    let mut v = base();
    set(
        &mut v,
        "/bodies/0/named_seats",
        json!([{"id": "s-lay", "name": "Lay members", "shared": true}]),
    );
    set(&mut v, "/bodies/0/members/1/seat", json!("s-lay"));
    push(
        &mut v,
        "/people",
        json!({"id": "p-lay2", "name": "Second Lay"}),
    );
    push(
        &mut v,
        "/bodies/0/members",
        json!({"person": "p-lay2", "category": "statutory", "role": "lay_member", "seat": "s-lay"}),
    );
    set(
        &mut v,
        "/meetings/0/attendance/1",
        json!({"status": "deputy", "seat": "s-lay"}),
    );
    let r = report(&v);
    let lay = r
        .agencies
        .iter()
        .find(|a| a.row == RowKey::Role(boardkit::board::SpecialRole::LayMember))
        .unwrap();
    assert_eq!((lay.attended, lay.by_deputy), (0, 0));
}
