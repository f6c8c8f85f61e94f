//! Validating one record in the context of its document, as a form does; embedded
//! documents are version-checked too.
use crate::common;
use boardkit::document::{validate_record, RecordKind, ValidateRecordRequest};
use common::*;
use serde_json::json;

fn request(kind: RecordKind, record: serde_json::Value) -> ValidateRecordRequest {
    ValidateRecordRequest {
        kind,
        record,
        context: Some(doc(&base())),
        as_of: Some("2016-12-01".parse().unwrap()),
    }
}

#[test]
fn an_action_form_gets_paths_relative_to_the_action() {
    let action = json!({
        "id": "a-new", "ref": "2", "description": "Write to schools",
        "owners": [{"initials": "DC"}], "raised_at": "m1", "due": "2016-09-30"
    });
    let r = validate_record(&request(RecordKind::Action, action.clone())).unwrap();
    assert_finding(&r, "action.due_before_raised", "/due");
    assert!(r.findings.iter().all(|f| !f.path.starts_with("/actions")));
    // Fix the due date: the finding goes.
    let mut fixed = action;
    fixed["due"] = json!("2016-11-30");
    let r = validate_record(&request(RecordKind::Action, fixed)).unwrap();
    assert_no(&r, "action.due_before_raised");
}

#[test]
fn editing_an_existing_meeting_replaces_it() {
    let mut meeting = base()["meetings"][0].clone();
    meeting["end"] = json!("09:00");
    let r = validate_record(&request(RecordKind::Meeting, meeting)).unwrap();
    assert_finding(&r, "meeting.end_before_start", "/end");
    // Replaced, not added: no duplicate id finding.
    assert_no(&r, "board.duplicate_id");
}

#[test]
fn a_risk_without_a_register_uses_the_5x5_matrix() {
    let mut req = request(
        RecordKind::Risk,
        json!({"id": "r1", "title": "Early Help remodelling", "status": "open",
               "raised": {"date": "2016-12-08"},
               "current": {"likelihood": 6, "impact": 3}}),
    );
    req.context = None;
    let r = validate_record(&req).unwrap();
    assert_finding(&r, "risk.out_of_matrix", "/current/likelihood");
}

#[test]
fn a_malformed_record_gets_its_shape_problems_as_findings() {
    let r = validate_record(&request(
        RecordKind::Action,
        json!({"id": "a", "ref": "1", "description": "x", "raised_at": "m1", "due": "2017-02-31"}),
    ))
    .unwrap();
    assert_finding(&r, "shape.invalid", "/due");
    let f = r.with_code("shape.invalid").next().unwrap();
    assert_eq!(f.severity, boardkit::Severity::Error);
    assert!(
        f.message.starts_with("Enter a date like 2017-01-31"),
        "{}",
        f.message
    );
    // The due date was set aside, so "no due date" is not reported about it.
    assert!(r
        .findings
        .iter()
        .all(|f| f.path != "/due" || f.code == "shape.invalid"));
}

#[test]
fn an_empty_risk_form_reports_its_date_and_its_blank_title_at_once() {
    let r = validate_record(&request(
        RecordKind::Risk,
        json!({"id": "r-new", "title": "   ", "status": "open", "raised": {"date": ""},
               "current": {"likelihood": "", "impact": 3}}),
    ))
    .unwrap();
    assert_finding(&r, "shape.invalid", "/raised/date");
    assert_finding(&r, "shape.invalid", "/current/likelihood");
    assert_finding(&r, "record.blank_text", "/title");
}

#[test]
fn blank_required_text_is_a_finding_on_a_readable_record() {
    let r = validate_record(&request(
        RecordKind::Action,
        json!({"id": "a-new", "ref": "2", "description": " \t ", "raised_at": "m1", "due": "2016-12-31"}),
    ))
    .unwrap();
    assert_finding(&r, "record.blank_text", "/description");
    // The police head (a member with no special role, so the paper would name them).
    let mut v = base();
    set(&mut v, "/people/4/name", json!(""));
    // A person the paper names only by initials has no name to record: silent.
    set(&mut v, "/people/4/initials", json!("JR"));
    let r = doc(&v).validate(&Default::default());
    assert!(!r.has("record.blank_text", "/people/4/name"));
    // Without initials the person is nobody: the blank name is a finding.
    set(&mut v, "/people/4/initials", json!(null));
    let r = doc(&v).validate(&Default::default());
    assert_finding(&r, "record.blank_text", "/people/4/name");
}

#[test]
fn a_duplicate_key_in_the_record_is_an_error_at_its_path() {
    let text = r#"{"kind": "action", "record": {"id": "a", "ref": "1", "description": "x",
        "raised_at": "m1", "due": "2017-02-01", "due": "2016-01-01"}}"#;
    let e = boardkit::error::from_json::<ValidateRecordRequest>(text).unwrap_err();
    assert_eq!((e.code(), e.path()), ("shape.invalid", "/record/due"));
}

#[test]
fn a_context_with_an_unusable_matrix_is_reported() {
    let mut v = base();
    set(
        &mut v,
        "/risk_register",
        json!({"matrix": {"likelihood": ["a", "b"], "impact": ["a", "b"],
               "bands": [{"min": 1, "max": 2, "rating": "green"}]}, "risks": []}),
    );
    let text = json!({"kind": "risk", "record": {}, "context": v}).to_string();
    let e = boardkit::error::from_json::<ValidateRecordRequest>(&text).unwrap_err();
    assert_eq!(e.code(), "shape.config");
    assert!(
        e.path().starts_with("/context/risk_register/matrix"),
        "{}",
        e.path()
    );
}

#[test]
fn embedded_documents_are_version_checked() {
    let mut v = base();
    set(&mut v, "/schema_version", json!(8));
    let text = json!({"document": v, "as_of": "2017-02-01"}).to_string();
    let e = boardkit::error::from_json::<boardkit::action::LogRequest>(&text).unwrap_err();
    assert_eq!(
        (e.code(), e.path()),
        ("shape.schema_version", "/document/schema_version")
    );
}
