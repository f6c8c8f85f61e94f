//! `boardkit validate`, run as a user runs it: findings by code and path, text and JSON,
//! exit 1 on errors, and an import draft read as it is printed.

use crate::common::{boardkit, EXAMPLE};
use serde_json::Value;
use std::path::PathBuf;

/// A file of this test run (one folder per process).
fn temp(name: &str, text: &str) -> String {
    let dir = std::env::temp_dir().join(format!("boardkit-cli-validate-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p: PathBuf = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p.to_str().unwrap().to_string()
}

fn example() -> Value {
    serde_json::from_str(&std::fs::read_to_string(EXAMPLE).unwrap()).unwrap()
}

#[test]
fn the_example_has_one_error_and_exits_1() {
    let (code, out, err) = boardkit(&["validate", EXAMPLE, "--as-of", "2017-02-01"]);
    assert_eq!(code, 1, "{err}");
    assert!(out.contains("Rules as of 2017-02-01."), "{out}");
    assert!(out.contains("1 error(s), "), "{out}");
    // The real anomalies of the minutes, by code and path.
    assert!(out.contains("action.due_before_raised                 /actions/18/due"));
    assert!(
        out.contains("meeting.presenter_not_recorded           /meetings/1/agenda/11/presenters/0")
    );
    assert!(
        out.contains("action.overdue"),
        "the date-dependent rules ran"
    );
    assert!(
        out.ends_with("Not valid: correct the errors above.\n"),
        "{out}"
    );
}

#[test]
fn without_a_date_the_date_rules_are_not_run() {
    let (code, out, _) = boardkit(&["validate", EXAMPLE]);
    assert_eq!(code, 1);
    assert!(out.contains("No --as-of date given"));
    assert!(!out.contains("action.overdue"));
}

#[test]
fn json_lists_every_finding() {
    let (code, out, err) = boardkit(&[
        "validate",
        EXAMPLE,
        "--as-of",
        "2017-02-01",
        "--format",
        "json",
    ]);
    assert_eq!(code, 1, "{err}");
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["valid"], false);
    assert_eq!(v["as_of"], "2017-02-01");
    assert_eq!(v["counts"]["errors"], 1);
    let findings = v["findings"].as_array().unwrap();
    let warnings = findings
        .iter()
        .filter(|f| f["severity"] == "warning")
        .count();
    assert_eq!(v["counts"]["warnings"], warnings);
    assert!(findings
        .iter()
        .any(|f| f["code"] == "action.due_before_raised" && f["path"] == "/actions/18/due"));
    for f in findings {
        let m = f["message"].as_str().unwrap();
        assert!(m.ends_with('.') && m.starts_with(char::is_uppercase), "{m}");
    }
}

#[test]
fn a_corrected_document_is_valid_and_exits_0() {
    let mut doc = example();
    // The one error: a due date before the meeting that raised the action.
    doc["actions"][18]["due"] = "2017-01-30".into();
    let path = temp("corrected.json", &doc.to_string());
    let (code, out, err) = boardkit(&["validate", &path, "--as-of", "2017-02-01"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("0 error(s), "));
    assert!(out.ends_with("Valid: no error.\n"));
    let (code, out, _) = boardkit(&["validate", &path, "--format", "json"]);
    assert_eq!(code, 0);
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["valid"], true);
    assert_eq!(v["as_of"], Value::Null);
}

#[test]
fn an_import_draft_is_read_with_paths_into_the_draft() {
    let minutes = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../import/tests/data/leicester-lscb-minutes-2016-12-08.txt"
    );
    let (code, draft, err) = boardkit(&["import", "minutes", minutes, "--context", EXAMPLE]);
    assert_eq!(code, 0, "{err}");
    assert!(draft.trim_start().starts_with('{') && draft.contains("\"uncertainties\""));
    let path = temp("draft.json", &draft);
    let (code, out, err) = boardkit(&[
        "validate",
        &path,
        "--as-of",
        "2017-02-01",
        "--format",
        "json",
    ]);
    assert!(code == 0 || code == 1, "{err}");
    let v: Value = serde_json::from_str(&out).unwrap();
    let findings = v["findings"].as_array().unwrap();
    assert!(!findings.is_empty());
    for f in findings {
        let p = f["path"].as_str().unwrap();
        assert!(p.starts_with("/document/"), "{p}");
    }
    assert_eq!(v["valid"] == true, code == 0);
    let (_, text, _) = boardkit(&["validate", &path, "--as-of", "2017-02-01"]);
    assert!(text.starts_with("An import draft: paths point into its document.\n"));
}

#[test]
fn a_file_that_is_not_a_board_document_exits_1() {
    let path = temp(
        "not-a-board.json",
        r#"{"schema_version": 2, "meetings": 3}"#,
    );
    let (code, out, err) = boardkit(&["validate", &path]);
    assert_eq!(code, 1);
    assert!(out.is_empty());
    assert!(
        err.starts_with("boardkit: The file is not a board document: "),
        "{err}"
    );
    assert!(err.contains(" at /meetings"), "{err}");
    assert!(!err.contains(".."), "{err}");
    let (code, out, _) = boardkit(&["validate", &path, "--format", "json"]);
    assert_eq!(code, 1);
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["valid"], false);
    assert_eq!(v["error"]["path"], "/meetings");
    assert_eq!(v["error"]["code"], "shape.invalid");
}

#[test]
fn messages_never_name_the_file() {
    let (code, _, err) = boardkit(&["validate", "no-such-child-name.json"]);
    assert_eq!(code, 1);
    assert!(err.contains("could not be read"), "{err}");
    assert!(!err.contains("child-name"), "{err}");
    let path = temp("another-child-name.json", "not json");
    let (code, _, err) = boardkit(&["validate", &path]);
    assert_eq!(code, 1);
    assert!(!err.contains("child-name"), "{err}");
}

#[test]
fn usage_mistakes_exit_2() {
    assert_eq!(boardkit(&["validate"]).0, 2);
    assert_eq!(boardkit(&["validate", EXAMPLE, "--format", "xml"]).0, 2);
    let (code, _, err) = boardkit(&["validate", EXAMPLE, "--as-of", "1/2/2017"]);
    assert_eq!(code, 2);
    assert!(err.contains("for example 2017-02-01"), "{err}");
}
