//! The meeting agenda units (umagenda) keep the order the agenda rules always reported
//! in: item numbers finding by finding in agenda order (not rule by rule), a declaration's
//! person before its item; and `check_ref` gives what the validation gives.
use crate::common;
use boardkit::meeting::{check_ref, PersonRef};
use boardkit::Report;
use common::*;
use serde_json::json;

/// The (code, path) of every finding of a report whose code is among `codes`, in order.
fn of(r: &Report, codes: &[&str]) -> Vec<(String, String)> {
    r.findings
        .iter()
        .filter(|f| codes.contains(&f.code.as_str()))
        .map(|f| (f.code.clone(), f.path.clone()))
        .collect()
}

fn pair(code: &str, path: &str) -> (String, String) {
    (code.to_string(), path.to_string())
}

#[test]
fn item_number_findings_come_in_agenda_order() {
    let mut v = base();
    // Item 1 is not a number, item 2 is lower than item 0, item 3 repeats item 0.
    for (k, n) in ["2", "two", "1", "2"].iter().enumerate() {
        set(&mut v, &format!("/meetings/0/agenda/{k}/number"), json!(n));
    }
    let codes = [
        "meeting.agenda_number_invalid",
        "meeting.agenda_number_duplicate",
        "meeting.agenda_out_of_order",
    ];
    let expected = vec![
        pair(codes[0], "/meetings/0/agenda/1/number"),
        pair(codes[2], "/meetings/0/agenda/2/number"),
        pair(codes[1], "/meetings/0/agenda/3/number"),
    ];
    assert_eq!(of(&validate(&v), &codes), expected);
}

#[test]
fn a_declarations_person_comes_before_its_item() {
    let mut v = base();
    set(
        &mut v,
        "/meetings/0/declarations",
        json!({"entries": [
            {"person": {"initials": "ZZ"}, "item": "9", "nature": "Employer"},
            {"person": {"person": "p-none"}, "item": "8", "nature": "Employer"}
        ]}),
    );
    let codes = [
        "meeting.initials_unresolved",
        "meeting.declaration_item_unknown",
        "board.unknown_reference",
    ];
    let at = "/meetings/0/declarations/entries";
    let expected = vec![
        pair(codes[0], &format!("{at}/0/person/initials")),
        pair(codes[1], &format!("{at}/0/item")),
        pair(codes[2], &format!("{at}/1/person/person")),
        pair(codes[1], &format!("{at}/1/item")),
    ];
    assert_eq!(of(&validate(&v), &codes), expected);
}

#[test]
fn check_ref_gives_what_the_validation_gives() {
    let mut v = base();
    let refs = [
        json!({"initials": "ZZ"}),
        json!({"name": "Nobody Known"}),
        json!({"person": "p-none"}),
        json!({"initials": "DC"}),
    ];
    set(&mut v, "/meetings/0/agenda/1/presenters", json!(refs));
    let whole = validate(&v);
    let d = doc(&v);
    for (p, r) in refs.iter().enumerate() {
        let path = format!("/meetings/0/agenda/1/presenters/{p}");
        let r: PersonRef = serde_json::from_value(r.clone()).unwrap();
        let mut one = Report::new();
        let resolved = check_ref(&d, &d.meetings[0], &r, &path, &mut one);
        let from_validation: Vec<_> = whole
            .findings
            .iter()
            .filter(|f| f.path.starts_with(&format!("{path}/")))
            .cloned()
            .collect();
        assert_eq!(one.findings, from_validation, "presenter {p}");
        assert_eq!(resolved.is_some(), one.findings.is_empty(), "presenter {p}");
    }
}
