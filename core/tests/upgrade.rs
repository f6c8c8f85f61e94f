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
    assert_eq!(SCHEMA_VERSION, 5);
    assert_eq!(OLDEST_SCHEMA_VERSION, 1);
    let doc = BoardDocument::from_json(&text).unwrap();
    assert_eq!(doc.schema_version, 5);
    let written: serde_json::Value = serde_json::from_str(&doc.to_json()).unwrap();
    assert_eq!(written["schema_version"], 5);
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
    assert_eq!(r.document.schema_version, 5);
}

#[test]
fn unknown_versions_are_shape_errors_at_their_path() {
    for v in [0, 6, 99] {
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
fn a_version_2_document_reads_unchanged_as_version_3() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../examples/data/field/fellmoor-hwb-2019-07-09.json"
    );
    let mut raw: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    raw["schema_version"] = 2.into();
    let doc = BoardDocument::from_json(&raw.to_string()).unwrap();
    assert_eq!(doc.schema_version, 5);
    assert!(doc.people.iter().all(|p| p.aliases.is_empty()));
    let mut written: serde_json::Value = serde_json::from_str(&doc.to_json()).unwrap();
    assert_eq!(written["schema_version"], 5);
    // Apart from its version the document is written back as it was read.
    written["schema_version"] = 2.into();
    let reread = BoardDocument::from_json(&written.to_string()).unwrap();
    assert_eq!(reread, doc);
}
