//! Rule profiles: a body's constitution changes the findings of the same document.
use crate::common;
use boardkit::validate::Severity;
use common::*;
use serde_json::json;

/// The base document with two irregularities: a missing standing item and an
/// inquorate meeting (the police absent).
fn broken() -> serde_json::Value {
    let mut v = base();
    set(
        &mut v,
        "/meetings/0/agenda/3/standing",
        serde_json::Value::Null,
    );
    set(
        &mut v,
        "/meetings/0/attendance/3",
        json!({"person": "p-pol", "status": "apologies"}),
    );
    v
}

#[test]
fn without_a_profile_the_defaults_apply() {
    let r = validate(&broken());
    let sev = |code: &str| r.with_code(code).next().map(|f| f.severity);
    assert_eq!(
        sev("meeting.standing_item_missing"),
        Some(Severity::Warning)
    );
    assert_eq!(sev("meeting.inquorate"), Some(Severity::Warning));
    assert!(r.switched_off.is_empty());
}

#[test]
fn a_constitution_overrides_severity_and_switches_a_rule_off() {
    let mut v = broken();
    set(
        &mut v,
        "/bodies/0/constitution/rule_settings",
        json!([
            {"code": "meeting.inquorate", "severity": "error", "reason": "Constitution 4.2: inquorate meetings take no decisions."},
            {"code": "meeting.standing_item_missing", "off": true, "reason": "Standing items are kept on the agenda template only."}
        ]),
    );
    let r = validate(&v);
    let inq = r.with_code("meeting.inquorate").next().unwrap();
    assert_eq!(inq.severity, Severity::Error);
    assert_eq!(
        inq.setting.as_deref(),
        Some("/bodies/0/constitution/rule_settings/0")
    );
    assert_no(&r, "meeting.standing_item_missing");
    assert_eq!(r.switched_off.len(), 1);
    assert_eq!(r.switched_off[0].code, "meeting.standing_item_missing");
    assert!(!r.is_valid());
    // The sub-group's settings do not touch the board's findings.
    let mut w = broken();
    set(
        &mut w,
        "/bodies/1/constitution",
        json!({"rule_settings": [{"code": "meeting.inquorate", "off": true, "reason": "x"}]}),
    );
    assert_eq!(validate(&w).with_code("meeting.inquorate").count(), 1);
}

#[test]
fn an_acknowledged_finding_is_reported_as_acknowledged() {
    let mut v = broken();
    set(
        &mut v,
        "/bodies/0/constitution/rule_settings",
        json!([{"code": "meeting.inquorate", "severity": "error", "reason": "Constitution 4.2."}]),
    );
    assert!(!validate(&v).is_valid());
    set(
        &mut v,
        "/bodies/0/constitution/acknowledgements",
        json!([{"code": "meeting.inquorate", "path": "/meetings/0/attendance",
                "by": "p-chair", "on": "2016-12-08", "meeting": "m2",
                "reason": "The police attended by telephone; the board accepts the record."},
               {"code": "meeting.decision_while_inquorate", "path": "/meetings/0/agenda/1/decisions/0",
                "by": "p-chair", "on": "2016-12-08", "reason": "As above."}]),
    );
    let r = validate(&v);
    let inq = r.with_code("meeting.inquorate").next().unwrap();
    assert_eq!(
        inq.acknowledged.as_deref(),
        Some("/bodies/0/constitution/acknowledgements/0")
    );
    assert!(r.is_valid(), "{:#?}", r.findings);
}

#[test]
fn stale_acknowledgements_and_unknown_codes_are_findings() {
    let mut v = base();
    set(
        &mut v,
        "/bodies/0/constitution/acknowledgements",
        json!([{"code": "meeting.inquorate", "path": "/meetings/0/attendance",
                "by": "p-nobody", "on": "2016-12-08", "reason": "Fixed since."}]),
    );
    set(
        &mut v,
        "/bodies/0/constitution/rule_settings",
        json!([{"code": "meeting.no_such_rule", "off": true, "reason": "x"}]),
    );
    let r = validate(&v);
    assert_finding(
        &r,
        "board.acknowledgement_unused",
        "/bodies/0/constitution/acknowledgements/0",
    );
    assert_finding(
        &r,
        "board.unknown_reference",
        "/bodies/0/constitution/acknowledgements/0/by",
    );
    assert_finding(
        &r,
        "board.unknown_rule_code",
        "/bodies/0/constitution/rule_settings/0/code",
    );
}
