//! Documents of an earlier schema version read, upgraded, and are written as the current
//! version; versions this library does not know are shape errors.
use boardkit::document::{ValidateOptions, OLDEST_SCHEMA_VERSION};
use boardkit::{BoardDocument, SCHEMA_VERSION};
use serde_json::json;

fn leicester_v1() -> String {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../examples/data/leicester-lscb.json"
    );
    std::fs::read_to_string(path).unwrap()
}

#[test]
fn the_committed_leicester_file_is_version_1_and_reads_upgraded() {
    let text = leicester_v1();
    let raw: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(raw["schema_version"], 1);
    assert_eq!(SCHEMA_VERSION, 7);
    assert_eq!(OLDEST_SCHEMA_VERSION, 1);
    let doc = BoardDocument::from_json(&text).unwrap();
    assert_eq!(doc.schema_version, SCHEMA_VERSION);
    let written: serde_json::Value = serde_json::from_str(&doc.to_json()).unwrap();
    assert_eq!(written["schema_version"], SCHEMA_VERSION);
    // Reading what was written gives the same document.
    let again = BoardDocument::from_json(&doc.to_json()).unwrap();
    assert_eq!(again, doc);
    // The upgrade changes no finding: the example's one error is still there.
    let report = doc.validate(&ValidateOptions::default());
    assert!(report
        .findings
        .iter()
        .any(|f| f.code == "action.due_before_raised"));
}

#[test]
fn an_embedded_version_1_document_is_upgraded_too() {
    let text = leicester_v1();
    let doc: serde_json::Value = serde_json::from_str(&text).unwrap();
    let request = json!({"document": doc, "as_of": "2017-02-01"}).to_string();
    let r = boardkit::error::from_json::<boardkit::action::LogRequest>(&request).unwrap();
    assert_eq!(r.document.schema_version, SCHEMA_VERSION);
}

#[test]
fn unknown_versions_are_shape_errors_at_their_path() {
    for v in [0, 8, 99] {
        let text = json!({"schema_version": v}).to_string();
        let e = BoardDocument::from_json(&text).unwrap_err();
        assert_eq!(
            (e.code(), e.path()),
            ("shape.schema_version", "/schema_version")
        );
    }
}

#[test]
fn shape_errors_inside_an_old_document_keep_their_path() {
    let text = json!({"schema_version": 1, "people": [{"id": "p", "name": 5}]}).to_string();
    let e = BoardDocument::from_json(&text).unwrap_err();
    assert_eq!(e.path(), "/people/0/name");
}

#[test]
fn a_version_2_document_reads_unchanged_as_the_current_version() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../examples/data/field/fellmoor-hwb-2019-07-09.json"
    );
    let mut raw: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    raw["schema_version"] = 2.into();
    let doc = BoardDocument::from_json(&raw.to_string()).unwrap();
    assert_eq!(doc.schema_version, SCHEMA_VERSION);
    assert!(doc.people.iter().all(|p| p.aliases.is_empty()));
    let mut written: serde_json::Value = serde_json::from_str(&doc.to_json()).unwrap();
    assert_eq!(written["schema_version"], SCHEMA_VERSION);
    // Apart from its version the document is written back as it was read.
    written["schema_version"] = 2.into();
    let reread = BoardDocument::from_json(&written.to_string()).unwrap();
    assert_eq!(reread, doc);
}

#[test]
fn every_earlier_version_reads_as_the_current_one_and_redactions_round_trip() {
    // Versions 1 to 4 had no `redactions`: each reads as it is, written as the current
    // version.
    let meeting = json!({"id": "m1", "body": "b", "title": "Board", "date": "2019-03-14",
                         "status": "held"});
    for v in 1..=4 {
        let text = json!({"schema_version": v, "meetings": [meeting]}).to_string();
        let doc = BoardDocument::from_json(&text).unwrap();
        assert_eq!(doc.schema_version, SCHEMA_VERSION, "version {v}");
        assert!(doc.meetings[0].redactions.is_none(), "version {v}");
        let written: serde_json::Value = serde_json::from_str(&doc.to_json()).unwrap();
        assert_eq!(written["schema_version"], SCHEMA_VERSION);
        assert!(written["meetings"][0].get("redactions").is_none());
    }
    // A version-5 meeting's `redactions` reads and is written back as it was.
    let mut m = meeting.clone();
    m["redactions"] = json!({"whole": false, "items": 2, "decisions": 1, "actions": 0,
                             "risks": 0, "attendees": 1, "declarations": 0,
                             "paragraphs": [2], "review_by": "2019-09-30"});
    let text = json!({"schema_version": 5, "meetings": [m]}).to_string();
    let doc = BoardDocument::from_json(&text).unwrap();
    assert_eq!(
        doc.meetings[0].redactions.as_ref().map(|r| r.items),
        Some(2)
    );
    let written: serde_json::Value = serde_json::from_str(&doc.to_json()).unwrap();
    assert_eq!(written["meetings"][0]["redactions"], m["redactions"]);
    // An unknown key inside it is a shape error at its path.
    let mut bad = m;
    bad["redactions"]["titles"] = json!(1);
    let text = json!({"schema_version": 5, "meetings": [bad]}).to_string();
    let e = BoardDocument::from_json(&text).unwrap_err();
    assert!(
        e.path().starts_with("/meetings/0/redactions"),
        "{}",
        e.path()
    );
}

/// Version 6 made a membership's `category` and a meeting's `status` optional and added
/// optional fields only: a version-5 document reads with the same meaning (its values
/// kept, nothing added), is written as the current version, and gives the same findings.
#[test]
fn a_version_5_document_reads_as_version_6_with_the_same_meaning() {
    let mut v: serde_json::Value = serde_json::from_str(&leicester_v1()).unwrap();
    v["schema_version"] = json!(5);
    let text = v.to_string();
    let doc = BoardDocument::from_json(&text).unwrap();
    assert_eq!(doc.schema_version, SCHEMA_VERSION);
    let mut written: serde_json::Value = serde_json::from_str(&doc.to_json()).unwrap();
    assert_eq!(written["schema_version"], SCHEMA_VERSION);
    // Every membership keeps its category and every meeting its status.
    for (i, b) in v["bodies"].as_array().unwrap().iter().enumerate() {
        for (k, m) in b["members"].as_array().into_iter().flatten().enumerate() {
            assert_eq!(
                written["bodies"][i]["members"][k]["category"],
                m["category"]
            );
        }
    }
    for (i, m) in v["meetings"].as_array().unwrap().iter().enumerate() {
        assert_eq!(written["meetings"][i]["status"], m["status"]);
    }
    // The same findings as the version-1 file read directly.
    let as_v1 = BoardDocument::from_json(&leicester_v1()).unwrap();
    let options = ValidateOptions::default();
    assert_eq!(doc.validate(&options), as_v1.validate(&options));
    // Written as the current version, read again: the same document.
    written["schema_version"] = json!(SCHEMA_VERSION);
    let again = BoardDocument::from_json(&written.to_string()).unwrap();
    assert_eq!(again, doc);
}

/// Version 7 added optional fields only: a version-6 document reads with the same
/// meaning and gives the same findings.
#[test]
fn a_version_6_document_reads_as_version_7_with_the_same_meaning() {
    let mut v: serde_json::Value = serde_json::from_str(&leicester_v1()).unwrap();
    v["schema_version"] = json!(6);
    let doc = BoardDocument::from_json(&v.to_string()).unwrap();
    assert_eq!(doc.schema_version, 7);
    let as_v1 = BoardDocument::from_json(&leicester_v1()).unwrap();
    let options = ValidateOptions::default();
    assert_eq!(doc.validate(&options), as_v1.validate(&options));
    assert_eq!(doc, as_v1);
    let written: serde_json::Value = serde_json::from_str(&doc.to_json()).unwrap();
    assert_eq!(written["schema_version"], 7);
}
