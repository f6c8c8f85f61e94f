//! Issue 28, meetings: what other boards' papers say and the model now holds without an
//! error or an invented value — a date window with an upper bound, "the minutes of the
//! last meeting", matters arising keyed to a minute with no status, a member present in
//! their own right representing an agency (a grid's "R"), blank grid marks, a meeting or
//! membership with no status or category, and a person known only by office.
use crate::common::*;
use boardkit::report::attendance::{attendance, AttendanceReport, AttendanceRequest, RowKey};
use serde_json::{json, Value};
use std::path::Path;

fn marrowby() -> Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../examples/data/field/marrowby-csp-2022-10-20.json");
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn codes(v: &Value) -> Vec<String> {
    let mut out: Vec<String> = validate_as_of(v, "2022-10-20")
        .findings
        .iter()
        .map(|f| format!("{} {}", f.code, f.path))
        .collect();
    out.sort();
    out
}

fn report(v: &Value) -> AttendanceReport {
    attendance(&AttendanceRequest {
        document: doc(v),
        body: "b-csp".into(),
        from: "2022-04-01".parse().unwrap(),
        to: "2023-03-31".parse().unwrap(),
        threshold_percent: None,
        places: 0,
    })
    .unwrap()
}

/// (seats, seat-meetings, not recorded, in person, by deputy, percent) of an agency row.
fn agency(r: &AttendanceReport, org: &str) -> (u32, u32, u32, u32, u32, String) {
    let a = r
        .agencies
        .iter()
        .find(|a| a.row == RowKey::Organisation(org.into()))
        .unwrap_or_else(|| panic!("no row {org}"));
    let pc = a.percent.map(|p| p.to_string()).unwrap_or_default();
    (
        a.seats,
        a.seat_meetings,
        a.not_recorded,
        a.in_person,
        a.by_deputy,
        pc,
    )
}

/// (present, apologies, absent, not recorded, percent) of a member.
fn member(r: &AttendanceReport, person: &str) -> (u32, u32, u32, u32, String) {
    let m = r.members.iter().find(|m| m.person == person).unwrap();
    let pc = m.percent.map(|p| p.to_string()).unwrap_or_default();
    (m.present, m.apologies, m.absent, m.not_recorded, pc)
}

/// The field document gives one finding: the window date is unknown. No blank name for
/// the decision maker known by office, no unnamed previous minutes, no missing status
/// for the matter arising keyed to a minute, nothing for the meeting with no status or
/// the memberships with no category.
#[test]
fn marrowby_gives_only_the_unknown_date() {
    assert_eq!(
        codes(&marrowby()),
        vec!["meeting.date_unknown /meetings/2/date_basis".to_string()]
    );
}

/// Three meetings: two grid columns (R and blank marks) and a ModernGov full list.
/// Council 2 seats: 1 + 2 + 2 of 6. Police: Y, blank, apologies: the blank is left out
/// of the row as of the member (1 of 2, 50%). Fire: R, Y, present (3 of 3). Health:
/// blank, R, present (2 of 2). Probation, with no member: represented by the two
/// members marked R (2 of 3, by deputy).
#[test]
fn marrowby_attendance_with_r_and_blank_marks() {
    let r = report(&marrowby());
    assert_eq!(r.meetings_held, 3);
    assert_eq!(agency(&r, "o-council"), (2, 6, 0, 5, 0, "83".into()));
    assert_eq!(agency(&r, "o-police"), (1, 2, 1, 1, 0, "50".into()));
    assert_eq!(agency(&r, "o-fire"), (1, 3, 0, 3, 0, "100".into()));
    assert_eq!(agency(&r, "o-health"), (1, 2, 1, 2, 0, "100".into()));
    assert_eq!(agency(&r, "o-probation"), (1, 3, 0, 0, 2, "67".into()));
    assert_eq!(member(&r, "p-cw"), (1, 1, 0, 1, "50".into()));
    assert_eq!(member(&r, "p-eh"), (2, 0, 0, 1, "100".into()));
    assert_eq!(member(&r, "p-df"), (3, 0, 0, 0, "100".into()));
    assert_eq!(
        r.below_threshold,
        vec![
            RowKey::Organisation("o-probation".into()),
            RowKey::Organisation("o-police".into())
        ]
    );
}

/// Without the representation, the agency is not represented; the member still counts
/// present for her own seat.
#[test]
fn an_r_mark_without_its_agency_represents_nobody() {
    let mut v = marrowby();
    let at = "/meetings/0/attendance/3";
    v.pointer_mut(at)
        .and_then(Value::as_object_mut)
        .unwrap()
        .remove("organisation");
    let r = report(&v);
    assert_eq!(agency(&r, "o-probation").4, 1);
    assert_eq!(agency(&r, "o-fire").3, 3);
}

/// A present member representing a statutory partner makes that partner represented
/// for a quorum that asks for each statutory partner.
#[test]
fn representing_an_agency_counts_for_each_statutory_partner() {
    let missing = |v: &Value| {
        let d = doc(v);
        boardkit::meeting::quorum(&d, &d.bodies[0], &d.meetings[0])
            .unwrap()
            .missing_statutory_partners
    };
    let mut v = marrowby();
    set(
        &mut v,
        "/bodies/0/constitution",
        json!({"quorum": {"each_statutory_partner": true}}),
    );
    // The health member's mark is blank: health alone is not represented.
    assert_eq!(missing(&v), vec!["o-health".to_string()]);
    set(
        &mut v,
        "/meetings/0/attendance/3/organisation",
        json!("o-fire"),
    );
    assert_eq!(
        missing(&v),
        vec!["o-health".to_string(), "o-probation".to_string()]
    );
}

/// "The minutes of the last meeting": no error; without `last_meeting` the same approval
/// names nothing and is an error.
#[test]
fn the_minutes_of_the_last_meeting() {
    let mut v = marrowby();
    assert_no(
        &validate_as_of(&v, "2022-10-20"),
        "meeting.previous_minutes_unnamed",
    );
    set(
        &mut v,
        "/meetings/3/previous_minutes",
        json!({"approved": true}),
    );
    assert_finding(
        &validate_as_of(&v, "2022-10-20"),
        "meeting.previous_minutes_unnamed",
        "/meetings/3/previous_minutes",
    );
}

/// A matter arising keyed to a minute needs no status; one keyed to an action does.
#[test]
fn a_matter_arising_about_an_action_needs_a_status() {
    let mut v = marrowby();
    assert_no(
        &validate_as_of(&v, "2022-10-20"),
        "meeting.matter_arising_status_missing",
    );
    push(
        &mut v,
        "/meetings/3/matters_arising",
        json!({"action_ref": "27.1"}),
    );
    assert_finding(
        &validate_as_of(&v, "2022-10-20"),
        "meeting.matter_arising_status_missing",
        "/meetings/3/matters_arising/1/status",
    );
}

/// The window's upper bound reads, round-trips and is checked against the lower.
#[test]
fn a_date_window_with_an_upper_bound() {
    let mut v = marrowby();
    let d = doc(&v);
    let m = &d.meetings[2];
    assert_eq!(m.latest_date, Some("2022-10-02".parse().unwrap()));
    assert_eq!(m.known_date(), None);
    let back = serde_json::to_value(&d).unwrap();
    assert_eq!(back["meetings"][2]["latest_date"], json!("2022-10-02"));
    set(&mut v, "/meetings/2/latest_date", json!("2022-09-01"));
    assert_finding(
        &validate_as_of(&v, "2022-10-20"),
        "meeting.date_window_reversed",
        "/meetings/2/latest_date",
    );
    set(&mut v, "/meetings/2/date_basis", json!("stated"));
    set(&mut v, "/meetings/2/latest_date", json!("2022-10-02"));
    assert_finding(
        &validate_as_of(&v, "2022-10-20"),
        "meeting.date_window_reversed",
        "/meetings/2/latest_date",
    );
}

/// A meeting without a status and memberships without a category read, and are written
/// back without them; the meeting is held for the attendance report (people were in the
/// room), and the rules that need the status stay silent.
#[test]
fn status_and_category_may_be_absent() {
    let v = marrowby();
    let d = doc(&v);
    assert_eq!(
        d.meetings[3].status,
        boardkit::meeting::MeetingStatus::NotRecorded
    );
    assert_eq!(d.bodies[0].members[0].category, None);
    let back = serde_json::to_value(&d).unwrap();
    assert!(back["meetings"][3].get("status").is_none());
    assert!(back["bodies"][0]["members"][0].get("category").is_none());
    assert_eq!(
        back["bodies"][0]["members"][4]["category"],
        json!("statutory")
    );
    assert!(report(&v).meetings.iter().any(|m| m == "m-2022-10-20"));
    let mut empty = v.clone();
    set(&mut empty, "/meetings/3/attendance", json!([]));
    set(
        &mut empty,
        "/meetings/3/attendance_record",
        json!("not_recorded"),
    );
    assert!(!report(&empty).meetings.iter().any(|m| m == "m-2022-10-20"));
}

/// A person recorded by office alone is not a blank name; a person with no name, no
/// office, no initials and no role still is.
#[test]
fn a_person_known_only_by_office() {
    let mut v = marrowby();
    assert_no(&validate_as_of(&v, "2022-10-20"), "record.blank_text");
    let d = doc(&v);
    let dm = d.people.iter().find(|p| p.id == "p-dm").unwrap();
    assert!(dm.name.is_empty());
    assert_eq!(dm.offices.len(), 2);
    // A reference by office (the presenter, "Deputy Chief Executive") resolves to them.
    let office = boardkit::meeting::PersonRef::Name("Deputy Chief Executive".into());
    assert_eq!(
        boardkit::meeting::resolve(&d, &d.meetings[3], &office),
        boardkit::meeting::Resolved::Person("p-dm".into())
    );
    assert_no(&validate_as_of(&v, "2022-10-20"), "meeting.name_unresolved");
    set(&mut v, "/people/6/post", json!(" "));
    set(
        &mut v,
        "/people/6/offices",
        json!(["Deputy Chief Executive"]),
    );
    assert_no(&validate_as_of(&v, "2022-10-20"), "record.blank_text");
    set(&mut v, "/people/6/offices", json!([]));
    let r = validate_as_of(&v, "2022-10-20");
    assert_finding(&r, "record.blank_text", "/people/6/name");
    assert_finding(
        &r,
        "meeting.name_unresolved",
        "/meetings/3/agenda/3/presenters/0/name",
    );
}

/// Kestrelford's year grid has "-" marks (status unknown): each is left out of the
/// member's row and of the agency's alike, so an agency with one member and one seat
/// has the member's figures (before, the agency's row counted the mark as not attended).
#[test]
fn a_blank_mark_counts_alike_for_the_member_and_the_agency() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../examples/data/field/kestrelford-kscb-2016-06-02.json");
    let v: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let body = v["bodies"][0]["id"].as_str().unwrap().to_string();
    let r = attendance(&AttendanceRequest {
        document: doc(&v),
        body,
        from: "2015-04-01".parse().unwrap(),
        to: "2017-03-31".parse().unwrap(),
        threshold_percent: None,
        places: 2,
    })
    .unwrap();
    let mut compared = 0;
    let mut blanks = 0;
    for a in r.agencies.iter().filter(|a| a.seats == 1) {
        let members: Vec<_> = r.members.iter().filter(|m| m.row == a.row).collect();
        if let [m] = members.as_slice() {
            assert_eq!(a.not_recorded, m.not_recorded, "{:?}", a.row);
            assert_eq!(a.percent, m.percent, "{:?}", a.row);
            compared += 1;
            blanks += m.not_recorded;
        }
    }
    assert!(compared > 5, "{compared} rows compared");
    assert!(blanks > 0, "no blank mark compared");
}
