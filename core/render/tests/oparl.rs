//! OParl 1.1: every exported object validates against the OParl JSON Schemas, read at
//! test time from the shared standards folder beside the repository
//! (`<repo>/../shared/standards/oparl/`, the nearest such folder above the crate, or the
//! folder in `OPARL_SCHEMAS`). A missing folder fails the test; it never skips.

mod common;
use boardkit_render::oparl::{export, OPARL_VERSION};
use boardkit_render::Options;
use common::{date, leicester};
use serde_json::Value;
use std::path::PathBuf;

fn schema_dir() -> PathBuf {
    if let Ok(d) = std::env::var("OPARL_SCHEMAS") {
        return PathBuf::from(d);
    }
    // The nearest `shared/standards/oparl` above the crate: beside the repository in a
    // checkout and in CI (`<repo>/../shared`), further up for a worktree.
    let here = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    here.ancestors()
        .map(|a| a.join("shared/standards/oparl"))
        .find(|p| p.is_dir())
        .unwrap_or_else(|| here.join("../../../shared/standards/oparl"))
}

fn validator(kind: &str) -> jsonschema::Validator {
    let path = schema_dir().join(format!("{kind}.json"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "the OParl schema {} is needed ({e}); set OPARL_SCHEMAS to the folder of the OParl 1.1 schemas",
            path.display()
        )
    });
    let schema: Value = serde_json::from_str(&text).unwrap();
    jsonschema::options()
        .should_validate_formats(true)
        .with_format("url", |s: &str| {
            (s.starts_with("https://") || s.starts_with("http://")) && !s.contains(' ')
        })
        .build(&schema)
        .unwrap()
}

const BASE: &str = "https://papers.example.org/oparl";

#[test]
fn every_object_validates_against_its_oparl_schema() {
    let ex = export(&leicester(), &Options::as_of(date("2017-02-01")), BASE).unwrap();
    let kinds = [
        "System",
        "Body",
        "Organization",
        "Person",
        "Membership",
        "Meeting",
        "AgendaItem",
        "Paper",
    ];
    let validators: Vec<(&str, jsonschema::Validator)> =
        kinds.iter().map(|k| (*k, validator(k))).collect();
    let mut checked = std::collections::BTreeMap::<&str, usize>::new();
    for (kind, obj) in ex.objects() {
        let (_, v) = validators.iter().find(|(k, _)| *k == kind).unwrap();
        let errors: Vec<String> = v
            .iter_errors(obj)
            .map(|e| format!("{} at {}", e, e.instance_path))
            .collect();
        assert!(errors.is_empty(), "{kind} {}: {errors:?}", obj["id"]);
        assert!(obj["id"].as_str().unwrap().starts_with(BASE));
        *checked.entry(kind).or_default() += 1;
    }
    // Embedded agenda items and locations validate too.
    let item = validator("AgendaItem");
    let location = validator("Location");
    for m in &ex.meeting {
        for a in m["agendaItem"].as_array().unwrap() {
            assert!(item.is_valid(a));
        }
        if let Some(l) = m.get("location") {
            assert!(location.is_valid(l), "{l}");
        }
    }
    assert_eq!(checked["Body"], 1);
    assert_eq!(checked["Person"], 36);
    assert_eq!(checked["Organization"], 2 + 14);
    assert!(checked["Membership"] > 30);
    assert_eq!(checked["Meeting"], 4);
    assert!(checked["AgendaItem"] > 20);
    assert_eq!(ex.system["oparlVersion"], OPARL_VERSION);
}

#[test]
fn the_schemas_reject_a_broken_object() {
    // The validator is not a rubber stamp: a meeting without its type fails.
    let ex = export(&leicester(), &Options::as_of(date("2017-02-01")), BASE).unwrap();
    let mut m = ex.meeting[0].clone();
    m["type"] = Value::String("https://schema.oparl.org/1.1/Paper".into());
    assert!(!validator("Meeting").is_valid(&m));
    let mut m = ex.meeting[0].clone();
    m["start"] = Value::String("8 December 2016".into());
    assert!(!validator("Meeting").is_valid(&m));
}

#[test]
fn urls_are_stable_and_confidential_items_are_not_public() {
    let doc = leicester();
    let o = Options::as_of(date("2017-02-01"));
    let a = export(&doc, &o, BASE).unwrap();
    let b = export(&doc, &o, &format!("{BASE}/")).unwrap();
    assert_eq!(a, b, "a trailing slash on the base changes nothing");
    let m = a
        .meeting
        .iter()
        .find(|m| m["id"] == format!("{BASE}/meeting/m-2016-12-08"))
        .unwrap();
    // No start time recorded: midnight local time (said in the README).
    assert_eq!(m["start"], "2016-12-08T00:00:00+00:00");
    let next = a
        .meeting
        .iter()
        .find(|m| m["start"] == "2017-02-09T09:15:00+00:00");
    assert!(next.is_some(), "the February meeting starts at 09:15 GMT");
    // As committed, the meeting of 8 December 2016 is marked confidential: only that it
    // took place is published, no item at all.
    let marked = export(&common::leicester_as_marked(), &o, BASE).unwrap();
    let m = marked
        .meeting
        .iter()
        .find(|m| m["id"] == format!("{BASE}/meeting/m-2016-12-08"))
        .unwrap();
    assert!(
        m["agendaItem"].as_array().is_none_or(|a| a.is_empty()),
        "{m}"
    );
    assert!(!serde_json::to_string(&marked.meeting)
        .unwrap()
        .contains("City Hall, Charles Street"));
    let err = export(&doc, &o, "papers.example.org").unwrap_err();
    assert_eq!(err.code(), "render.option");
}

#[test]
fn summer_meetings_carry_british_summer_time() {
    let t = |s: &str| chrono::NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap();
    assert_eq!(
        boardkit_render::oparl::uk_date_time(t("2017-06-01 14:00")),
        "2017-06-01T14:00:00+01:00"
    );
    assert_eq!(
        boardkit_render::oparl::uk_date_time(t("2017-03-26 00:30")),
        "2017-03-26T00:30:00+00:00"
    );
    assert_eq!(
        boardkit_render::oparl::uk_date_time(t("2017-03-26 02:30")),
        "2017-03-26T02:30:00+01:00"
    );
    assert_eq!(
        boardkit_render::oparl::uk_date_time(t("2017-10-29 00:30")),
        "2017-10-29T00:30:00+01:00"
    );
    assert_eq!(
        boardkit_render::oparl::uk_date_time(t("2017-10-29 03:00")),
        "2017-10-29T03:00:00+00:00"
    );
}
