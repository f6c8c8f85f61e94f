//! The redaction ledger: per meeting, what the public version withholds, counted by kind,
//! with the Schedule 12A paragraph and review date the paper records; never the content.
use crate::common;

use common::*;
use serde_json::{json, Value};

fn edited() -> Value {
    let mut v = base();
    set(&mut v, "/schema_version", json!(4));
    set(&mut v, "/meetings/0/agenda/1/confidential", json!(true));
    set(
        &mut v,
        "/meetings/0/agenda/1/exemption",
        json!({"paragraph": 2, "review_by": "2017-10-20"}),
    );
    set(
        &mut v,
        "/meetings/0/parts",
        json!([{"id": "pb", "name": "SECRET-PART", "confidential": true,
                                              "exemption": {"paragraph": 1}}]),
    );
    set(&mut v, "/meetings/0/agenda/3/part", json!("pb"));
    set(
        &mut v,
        "/meetings/0/declarations",
        json!({"entries": [
        {"person": {"initials": "PH"}, "item": "2.1", "nature": "SECRET-NATURE"}]}),
    );
    push(
        &mut v,
        "/people",
        json!({"id": "p-guest", "name": "SECRET-GUEST"}),
    );
    push(
        &mut v,
        "/meetings/0/attendance",
        json!({"person": "p-guest", "status": "in_attendance", "items": ["2"]}),
    );
    set(
        &mut v,
        "/actions",
        json!([
            {"id": "a1", "ref": "2.1", "description": "SECRET-ACTION", "raised_at": "m1"},
            {"id": "a2", "ref": "1", "description": "OPEN-ACTION", "raised_at": "m1"}
        ]),
    );
    v
}

#[test]
fn the_ledger_counts_each_kind_and_gives_the_grounds() {
    let l = doc(&edited()).redaction_ledger();
    assert_eq!(l.meetings.len(), 1, "{l:?}");
    let m = &l.meetings[0];
    assert_eq!(m.meeting, "m1");
    // Items 2, 2.1 (beneath 2) and 3 (in the closed part); item 2's one decision.
    assert_eq!((m.items, m.decisions, m.actions, m.risks), (3, 1, 1, 0));
    assert_eq!((m.attendees, m.declarations), (1, 1));
    assert_eq!(m.paragraphs, vec![1, 2]);
    assert_eq!(
        m.review_by.map(|d| d.to_string()).as_deref(),
        Some("2017-10-20")
    );
    assert!(!m.whole);
    assert_eq!(
        m.notice().unwrap(),
        "This is an edited version: 3 items were withheld under paragraphs 1, 2 of Schedule 12A. \
         The exemption is to be reviewed by 2017-10-20."
    );
    // Never the content.
    let text = serde_json::to_string(&l).unwrap();
    for s in ["SECRET", "2.1"] {
        assert!(!text.contains(s), "{s} in the ledger");
    }
}

#[test]
fn one_item_one_paragraph_and_a_wholly_confidential_meeting() {
    let mut v = base();
    set(&mut v, "/meetings/0/agenda/3/confidential", json!(true));
    set(
        &mut v,
        "/meetings/0/agenda/3/exemption",
        json!({"paragraph": 2}),
    );
    let l = doc(&v).redaction_ledger();
    assert_eq!(
        l.meeting("m1").unwrap().notice().unwrap(),
        "This is an edited version: 1 item was withheld under paragraph 2 of Schedule 12A."
    );
    // No ground recorded: the notice says nothing of one.
    set(&mut v, "/meetings/0/agenda/3/exemption", json!(null));
    let l = doc(&v).redaction_ledger();
    assert_eq!(
        l.meeting("m1").unwrap().notice().unwrap(),
        "This is an edited version: 1 item was withheld."
    );
    set(&mut v, "/meetings/0/confidential", json!(true));
    let l = doc(&v).redaction_ledger();
    let m = l.meeting("m1").unwrap();
    assert!(m.whole && m.items == 4 && m.attendees == 6, "{m:?}");
    assert!(m
        .notice()
        .unwrap()
        .contains("the minutes of this meeting were withheld"));
}

#[test]
fn nothing_withheld_means_no_entry() {
    let l = doc(&base()).redaction_ledger();
    assert!(l.meetings.is_empty() && l.funding_decisions == 0, "{l:?}");
    assert!(l.meeting("m1").is_none());
}

#[test]
fn a_version_3_document_reads_and_the_ground_round_trips_at_the_current_version() {
    // Version 3 had no `exemption`: it reads as it is and is written at the current version.
    let v3 = base();
    let d = doc(&v3);
    assert_eq!(d.schema_version, boardkit::SCHEMA_VERSION);
    let written: Value = serde_json::from_str(&d.to_json()).unwrap();
    assert_eq!(written["schema_version"], boardkit::SCHEMA_VERSION);
    // The ground survives a round trip and the public version (it is not content).
    let d = doc(&edited());
    let again: Value = serde_json::from_str(&d.to_json()).unwrap();
    assert_eq!(
        again["meetings"][0]["agenda"][1]["exemption"],
        json!({"paragraph": 2, "review_by": "2017-10-20"})
    );
    let public: Value = serde_json::from_str(&d.public_version().to_json()).unwrap();
    assert_eq!(
        public["meetings"][0]["agenda"][1]["exemption"]["paragraph"],
        2
    );
    assert_eq!(
        public["meetings"][0]["parts"][0]["exemption"]["paragraph"],
        1
    );
    // An unknown field inside it is an error naming its path.
    let mut bad = edited();
    set(&mut bad, "/meetings/0/agenda/1/exemption/para", json!(2));
    let e = boardkit::BoardDocument::from_json(&bad.to_string()).unwrap_err();
    assert!(
        e.path().starts_with("/meetings/0/agenda/1/exemption"),
        "{}",
        e.path()
    );
}

#[test]
fn the_public_version_carries_the_ledger_on_each_meeting() {
    let full = doc(&edited());
    let public = full.public_version();
    let r = public.meetings[0]
        .redactions
        .as_ref()
        .expect("the edited meeting's ledger");
    assert_eq!((r.items, r.decisions, r.actions, r.risks), (3, 1, 1, 0));
    assert_eq!((r.attendees, r.declarations, r.whole), (1, 1, false));
    assert_eq!(r.paragraphs, vec![1, 2]);
    assert_eq!(
        r.review_by.map(|d| d.to_string()).as_deref(),
        Some("2017-10-20")
    );
    // The same entry as the ledger alone gives.
    let ledger = full.redaction_ledger();
    assert_eq!(&ledger.meetings[0].withheld, r);
    // It is written, and the written public version reads back with it.
    let text = public.to_json();
    let written: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(written["meetings"][0]["redactions"]["items"], 3);
    assert_eq!(
        written["meetings"][0]["redactions"]["paragraphs"],
        json!([1, 2])
    );
    assert!(
        !text.contains("SECRET"),
        "withheld text in the public version"
    );
    let reread = boardkit::BoardDocument::from_json(&text).unwrap();
    assert_eq!(reread, public);
    // A public version made again from the public version keeps the counts.
    let again = public.public_version();
    assert_eq!(again.meetings[0].redactions.as_ref(), Some(r));
    assert_eq!(again.redaction_ledger().meetings[0].withheld, *r);
}

#[test]
fn a_meeting_with_nothing_withheld_carries_no_ledger() {
    let public = doc(&base()).public_version();
    assert!(public.meetings.iter().all(|m| m.redactions.is_none()));
    let written: Value = serde_json::from_str(&public.to_json()).unwrap();
    assert!(written["meetings"][0].get("redactions").is_none());
    // A wholly confidential meeting carries one saying so.
    let mut v = base();
    set(&mut v, "/meetings/0/confidential", json!(true));
    let public = doc(&v).public_version();
    let r = public.meetings[0].redactions.as_ref().unwrap();
    assert!(r.whole && r.items == 4 && r.attendees == 6, "{r:?}");
}
