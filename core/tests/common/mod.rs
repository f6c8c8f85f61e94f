//! Shared helpers for the rule tests: a small valid board document that each test
//! breaks on purpose.
#![allow(dead_code)]

use boardkit::document::ValidateOptions;
use boardkit::{BoardDocument, Report};
use serde_json::{json, Value};

/// A small, valid board document: one board with a constitution, five members
/// (chair, lay member, lead member, two statutory partners), one meeting.
pub fn base() -> Value {
    json!({
        "schema_version": 3,
        "organisations": [
            {"id": "o-lcc", "name": "City Council", "sector": "local_authority", "statutory_partner": true},
            {"id": "o-pol", "name": "Police", "sector": "police", "statutory_partner": true},
            {"id": "o-ccg", "name": "CCG", "sector": "health", "statutory_partner": true}
        ],
        "people": [
            {"id": "p-chair", "name": "Chair Person", "initials": "CP"},
            {"id": "p-lay", "name": "Lay Person", "initials": "LP"},
            {"id": "p-lead", "name": "Lead Councillor", "initials": "LC"},
            {"id": "p-dcs", "name": "Director Children", "initials": "DC", "organisation": "o-lcc"},
            {"id": "p-pol", "name": "Police Head", "initials": "PH", "organisation": "o-pol"},
            {"id": "p-ccg", "name": "Nurse Designate", "initials": "ND", "organisation": "o-ccg"},
            {"id": "p-dep", "name": "Deputy Nurse", "initials": "DN", "organisation": "o-ccg"},
            {"id": "p-mgr", "name": "Board Manager", "initials": "BM"}
        ],
        "bodies": [
            {
                "id": "b-lscb", "name": "Safeguarding Children Board", "kind": "board",
                "members": [
                    {"person": "p-chair", "category": "statutory", "role": "independent_chair"},
                    {"person": "p-lay", "category": "statutory", "role": "lay_member"},
                    {"person": "p-lead", "category": "participant_adviser", "role": "lead_member", "voting": false},
                    {"person": "p-dcs", "organisation": "o-lcc", "category": "statutory"},
                    {"person": "p-pol", "organisation": "o-pol", "category": "statutory"},
                    {"person": "p-ccg", "organisation": "o-ccg", "category": "statutory"},
                    {"person": "p-mgr", "category": "participant_adviser", "voting": false}
                ],
                "groups": [{"id": "g-office", "name": "Board Office"}],
                "constitution": {
                    "quorum": {"min_voting_percent": 50, "each_statutory_partner": true},
                    "standing_items": ["welcome_and_apologies", "any_other_business"]
                }
            },
            {"id": "b-sub", "name": "Audit Sub-group", "kind": "sub_group", "reports_to": ["b-lscb"]}
        ],
        "meetings": [
            {
                "id": "m1", "body": "b-lscb", "title": "Board meeting", "date": "2016-10-20",
                "start": "09:15", "end": "12:30", "status": "minutes_approved",
                "attendance": [
                    {"person": "p-chair", "status": "present"},
                    {"person": "p-lay", "status": "present"},
                    {"person": "p-dcs", "status": "present"},
                    {"person": "p-pol", "status": "present"},
                    {"person": "p-dep", "status": "deputy", "deputy_for": "p-ccg"},
                    {"person": "p-mgr", "status": "minute_taker"}
                ],
                "agenda": [
                    {"number": "1", "title": "Welcome", "standing": "welcome_and_apologies"},
                    {"number": "2", "title": "Report", "presenters": [{"initials": "DC"}],
                     "decisions": [{"letter": "a", "kind": "agreed", "text": "Agreed the report."}]},
                    {"number": "2.1", "title": "Sub item"},
                    {"number": "3", "title": "AOB", "standing": "any_other_business"}
                ],
                "declarations": {"none_declared": true},
                "next_meeting": {"date": "2016-12-08", "start": "09:15", "end": "12:30", "meeting": "m2"}
            },
            {
                "id": "m2", "body": "b-lscb", "title": "Board meeting", "date": "2016-12-08",
                "status": "scheduled",
                "previous_minutes": {"meeting": "m1"}
            }
        ]
    })
}

/// Parse a JSON value as a board document (panics with the error if it is not one).
pub fn doc(v: &Value) -> BoardDocument {
    BoardDocument::from_json(&v.to_string()).unwrap_or_else(|e| panic!("{e}"))
}

/// Validate with no as-of date.
pub fn validate(v: &Value) -> Report {
    doc(v).validate(&ValidateOptions::default())
}

/// Validate as of a date (YYYY-MM-DD).
pub fn validate_as_of(v: &Value, as_of: &str) -> Report {
    let options = ValidateOptions {
        as_of: Some(as_of.parse().unwrap()),
        ..Default::default()
    };
    doc(v).validate(&options)
}

/// Set the value at a JSON Pointer (which must exist, or whose parent must be an object).
pub fn set(v: &mut Value, pointer: &str, new: Value) {
    if let Some(slot) = v.pointer_mut(pointer) {
        *slot = new;
        return;
    }
    let (parent, key) = pointer.rsplit_once('/').unwrap();
    let p = v
        .pointer_mut(parent)
        .unwrap_or_else(|| panic!("no parent at {parent}"));
    p.as_object_mut()
        .unwrap_or_else(|| panic!("parent of {pointer} is not an object"))
        .insert(key.to_string(), new);
}

/// Append to the array at a JSON Pointer.
pub fn push(v: &mut Value, pointer: &str, new: Value) {
    v.pointer_mut(pointer)
        .and_then(Value::as_array_mut)
        .unwrap_or_else(|| panic!("no array at {pointer}"))
        .push(new);
}

/// Assert that a report has a finding with this code at this path.
#[track_caller]
pub fn assert_finding(r: &Report, code: &str, path: &str) {
    assert!(
        r.has(code, path),
        "expected {code} at {path}; findings were:\n{:#?}",
        r.findings
    );
}

/// Assert that a report has no finding with this code.
#[track_caller]
pub fn assert_no(r: &Report, code: &str) {
    let hits: Vec<_> = r.with_code(code).collect();
    assert!(hits.is_empty(), "unexpected {code}: {hits:#?}");
}
