//! The five field documents in examples/data/field/ (synthetic papers in the layouts of
//! real boards' papers): each irregularity the paper really
//! contains is flagged, and nothing else is.

use boardkit::document::{validate_json, ValidateOptions};
use std::path::Path;

/// The findings of one field document as sorted "code path" lines.
fn findings(name: &str) -> Vec<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../examples/data/field")
        .join(name);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{name}: {e}"));
    let report =
        validate_json(&text, &ValidateOptions::default()).unwrap_or_else(|e| panic!("{e}"));
    let mut v: Vec<String> = report
        .findings
        .iter()
        .map(|f| format!("{} {}", f.code, f.path))
        .collect();
    v.sort();
    v
}

fn sorted(v: &[&str]) -> Vec<String> {
    let mut v: Vec<String> = v.iter().map(|s| s.to_string()).collect();
    v.sort();
    v
}

/// Year attendance grid with key Y/N/A/D and table-style minutes with initials
/// (Calderdale's layout). Irregularities: the "-" mark is not in the key (7 cells); BL
/// is two members (lead member seat, probation); RJ is both a lay member and an officer
/// at the meeting, so "RJ" presents and owns actions ambiguously; MP, who corrected the
/// previous minutes, is in neither the grid nor the visitors; the date is inferred.
/// The mistyped due date 31.7.2106 is recorded as written; no rule yet looks for due
/// dates implausibly far ahead (action rules are tested with the action logs).
#[test]
fn kestrelford_year_grid() {
    let expected = sorted(&[
        "board.ambiguous_initials /bodies/0/members/19/person",
        "meeting.attendance_code_undefined /meetings/0/attendance/4/code",
        "meeting.attendance_code_undefined /meetings/0/attendance/7/code",
        "meeting.attendance_code_undefined /meetings/0/attendance/21/code",
        "meeting.attendance_code_undefined /meetings/1/attendance/5/code",
        "meeting.attendance_code_undefined /meetings/1/attendance/7/code",
        "meeting.attendance_code_undefined /meetings/2/attendance/5/code",
        "meeting.attendance_code_undefined /meetings/2/attendance/20/code",
        "meeting.initials_ambiguous /meetings/2/agenda/3/presenters/0/initials",
        "meeting.initials_ambiguous /meetings/2/agenda/4/presenters/0/initials",
        "meeting.date_inferred /meetings/2/date_basis",
        "action.owner_unresolved /actions/3/owners/0",
        "action.owner_ambiguous /actions/5/owners/0",
        "action.owner_ambiguous /actions/6/owners/0",
    ]);
    assert_eq!(findings("kestrelford-kscb-2016-06-02.json"), expected);
}

/// ModernGov draft minutes of a health and wellbeing board: apologies with deputies in
/// two forms, a declaration (left the room), numbered resolutions, a month due. The one
/// record irregularity: the previous meeting's date is a day that does not exist
/// (31 April), so the approval names no meeting and no date.
#[test]
fn fellmoor_moderngov_hwb() {
    assert_eq!(
        findings("fellmoor-hwb-2019-07-09.json"),
        sorted(&["meeting.previous_minutes_unnamed /meetings/0/previous_minutes"])
    );
}

/// A post-2019 safeguarding children partnership's annual report at scrutiny and at
/// Cabinet: DECISION 1-4 in a separate block with a lead and a supporting owner, the
/// independent scrutineer, lead partnership members in attendance for the item.
/// Its quirks (an unbalanced bracket) are in the text, not the record: no findings.
#[test]
fn hollinsvale_partnership_decisions_and_owners() {
    assert_eq!(
        findings("hollinsvale-hscp-cabinet-2021-10-27.json"),
        Vec::<String>::new()
    );
}

/// Table-style attendance with initials (Member / Role / Initial), clashes resolved as
/// JH / JHa / JHo and PDo / PDh, a nameless row kept with its initials and role, board
/// support, members not attending whose apologies are cut off (unknown). No record
/// irregularity: no findings (and no initials clash, since the paper disambiguated).
#[test]
fn aldermoor_table_with_initials() {
    assert_eq!(
        findings("aldermoor-lscb-2017-10-19.json"),
        Vec::<String>::new()
    );
}

/// A virtual scrutiny committee taking a safeguarding children executive's independent
/// scrutineer report (post-2019 arrangements), paragraphs numbered within the item,
/// previous minutes of a meeting not in the document approved with an amendment.
/// Irregularity: paragraph 3.6 is skipped.
#[test]
fn ambershire_post_2019_scrutiny() {
    assert_eq!(
        findings("ambershire-cfosc-2021-01-19.json"),
        sorted(&["meeting.minute_number_skipped /meetings/0/agenda/8/number"])
    );
}

/// Rules that need a full attendance list stay silent on the partial and apologies-only
/// records of these papers, while reading the same papers as full lists would raise
/// them: the silence comes from the recorded completeness, not from a lucky document.
#[test]
fn partial_records_keep_full_list_rules_silent() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../examples/data/field/hollinsvale-hscp-cabinet-2021-10-27.json");
    let text = std::fs::read_to_string(path).unwrap();
    let mut v: serde_json::Value = serde_json::from_str(&text).unwrap();
    // Read the scrutiny meeting's list as complete and give it a presenter not on it.
    v["meetings"][0]["attendance_record"] = "full".into();
    v["meetings"][0]["agenda"][0]["presenters"] = serde_json::json!([{"person": "p-rah"}]);
    let r = validate_json(&v.to_string(), &ValidateOptions::default()).unwrap();
    assert!(r.has(
        "meeting.presenter_not_recorded",
        "/meetings/0/agenda/0/presenters/0"
    ));
    v["meetings"][0]["attendance_record"] = "partial".into();
    let r = validate_json(&v.to_string(), &ValidateOptions::default()).unwrap();
    assert!(r.findings.is_empty(), "{:#?}", r.findings);
}
