//! `boardkit test` and `boardkit validate --explain`, run as a user runs them.

use crate::common::{boardkit, EXAMPLE};
use serde_json::{json, Value};
use std::path::PathBuf;

const EXAMPLES: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../tests/conformance/examples"
);

/// A folder of this test run (one per process and test).
fn folder(test: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("boardkit-cli-test-{}-{test}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn write(dir: &std::path::Path, name: &str, v: &Value) -> String {
    let p = dir.join(name);
    std::fs::write(&p, serde_json::to_string_pretty(v).unwrap()).unwrap();
    p.to_str().unwrap().to_string()
}

/// A council's fixture: the example board, as of a date, only the rules named.
fn fixture(name: &str, only: &[&str], expect: Value) -> Value {
    json!({"name": name, "document_file": EXAMPLE, "as_of": "2017-02-01",
           "only": only, "expect": expect})
}

#[test]
fn the_pinned_examples_pass() {
    let (code, out, err) = boardkit(&["test", EXAMPLES]);
    assert_eq!(code, 0, "{out}{err}");
    let lines: Vec<&str> = out.lines().collect();
    assert!(
        lines.contains(&"ok example leicester-lscb as of 2017-02-01"),
        "{out}"
    );
    assert_eq!(
        *lines.last().unwrap(),
        format!("{} passed, 0 failed", lines.len() - 1)
    );
}

#[test]
fn a_failing_fixture_lists_what_is_missing_and_unexpected_and_exits_1() {
    let dir = folder("fail");
    let f = json!([
        fixture(
            "due dates",
            &["action.due_before_raised"],
            json!([{"code": "action.due_before_raised", "path": "/actions/18/due", "severity": "error"}])
        ),
        fixture(
            "wrong place",
            &["action.due_before_raised"],
            json!([{"code": "action.due_before_raised", "path": "/actions/3/due"}])
        ),
    ]);
    let file = write(&dir, "f.json", &f);
    let (code, out, _) = boardkit(&["test", &file]);
    assert_eq!(code, 1, "{out}");
    assert_eq!(
        out,
        "ok due dates\nFAIL wrong place\n    missing action.due_before_raised at /actions/3/due\n    unexpected action.due_before_raised at /actions/18/due (error)\n1 passed, 1 failed\n"
    );
    // --rule runs only the fixtures that name the rule.
    let (code, out, _) = boardkit(&["test", &file, "--rule", "action.overdue"]);
    assert_eq!((code, out.as_str()), (0, "0 passed, 0 failed\n"));
    // JSON: the results as the Rust API gives them.
    let (_, out, _) = boardkit(&["test", &file, "--format", "json"]);
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        (v["passed"].as_u64(), v["failed"].as_u64()),
        (Some(1), Some(1))
    );
    assert_eq!(v["results"][1]["missing"][0]["path"], "/actions/3/due");
    assert_eq!(v["results"][1]["unexpected"][0]["severity"], "error");
}

#[test]
fn an_invalid_fixture_exits_2_with_the_pointer_and_no_document_text() {
    let dir = folder("invalid");
    let mut f = fixture("bad", &["action.overdue", "made.up_code"], json!([]));
    f["document"] =
        json!({"schema_version": 4, "people": [{"id": "p-secret", "name": "Secret Name"}]});
    f.as_object_mut().unwrap().remove("document_file");
    let file = write(&dir, "bad.json", &f);
    let (code, out, err) = boardkit(&["test", &file]);
    assert_eq!(code, 2, "{out}{err}");
    assert!(err.contains("[shape.invalid] at /only/1"), "{err}");
    assert!(!err.contains("made.up") && !err.contains("Secret"), "{err}");
    // Two fixtures of one name in the corpus.
    let twice = json!([
        fixture("same", &[], json!([])),
        fixture("same", &[], json!([]))
    ]);
    let file = write(&dir, "twice.json", &twice);
    let (code, _, err) = boardkit(&["test", &file]);
    assert_eq!(code, 2);
    assert!(err.contains("at /1/name"), "{err}");
    // A document_file that is not there.
    let mut gone = fixture("gone", &[], json!([]));
    gone["document_file"] = json!("no-such-board.json");
    let file = write(&dir, "gone.json", &gone);
    let (code, _, err) = boardkit(&["test", &file]);
    assert_eq!(code, 2);
    assert!(err.contains("at /document_file"), "{err}");
}

#[test]
fn coverage_counts_breaking_and_silent_fixtures_per_rule() {
    let dir = folder("coverage");
    let f = json!([
        fixture(
            "breaks",
            &["action.due_before_raised"],
            json!([{"code": "action.due_before_raised"}])
        ),
        json!({"name": "silent", "document": {"schema_version": 4}, "as_of": "2017-02-01",
               "only": ["action.due_before_raised"], "expect": []}),
    ]);
    let file = write(&dir, "c.json", &f);
    let (code, out, _) = boardkit(&["test", &file, "--coverage"]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.lines()
            .any(|l| l == "     1      1 (  1) action.due_before_raised"),
        "{out}"
    );
    assert!(
        out.lines()
            .any(|l| l == "     0      0 (  0) action.overdue"),
        "{out}"
    );
    assert_eq!(out.lines().last(), Some("2 passed, 0 failed"));
    let (code, _, _) = boardkit(&["test", &file, "--coverage-min", "1"]);
    assert_eq!(code, 1, "the other rules have no fixture");
    let (_, out, _) = boardkit(&["test", &file, "--coverage", "--format", "json"]);
    let v: Value = serde_json::from_str(&out).unwrap();
    let rule = v["coverage"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["code"] == "action.due_before_raised")
        .unwrap();
    assert_eq!(
        (rule["breaks"].as_u64(), rule["silent_in_only"].as_u64()),
        (Some(1), Some(1))
    );
}

#[test]
fn bless_writes_the_findings_only_when_asked() {
    let dir = folder("bless");
    let f = json!([fixture("pin", &["action.due_before_raised"], json!([]))]);
    let file = write(&dir, "pin.json", &f);
    let before = std::fs::read_to_string(&file).unwrap();
    let (code, _, _) = boardkit(&["test", &file]);
    assert_eq!(code, 1);
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        before,
        "no file is written without --bless"
    );
    boardkit(&["test", &file, "--bless"]);
    let (code, out, _) = boardkit(&["test", &file]);
    assert_eq!(code, 0, "{out}");
    let v: Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    assert_eq!(
        v[0]["expect"],
        json!([{"code": "action.due_before_raised", "path": "/actions/18/due", "severity": "error"}])
    );
}

#[test]
fn validate_explain_lists_each_rule_without_a_finding() {
    let (_, out, _) = boardkit(&["validate", EXAMPLE, "--explain"]);
    assert!(out.contains("Rules with no finding:\n"), "{out}");
    assert!(
        out.lines()
            .any(|l| l.starts_with("not_evidenced  action.overdue (needs ")),
        "{out}"
    );
    let (_, out, _) = boardkit(&[
        "validate",
        EXAMPLE,
        "--as-of",
        "2017-02-01",
        "--explain",
        "--format",
        "json",
    ]);
    let v: Value = serde_json::from_str(&out).unwrap();
    let explained = v["explained"].as_array().unwrap();
    let codes: Vec<&str> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["code"].as_str().unwrap())
        .collect();
    assert!(explained
        .iter()
        .all(|e| !codes.contains(&e["code"].as_str().unwrap())));
    let n = boardkit::catalogue::all().len();
    let mut distinct = codes.clone();
    distinct.sort();
    distinct.dedup();
    assert_eq!(
        explained.len() + distinct.len(),
        n,
        "every rule: a finding or an explanation"
    );
    let (_, out, _) = boardkit(&["validate", EXAMPLE]);
    assert!(!out.contains("Rules with no finding"));
}

/// The README's "Test your board's rules": its fixture is the file's first lines, and the
/// outputs it shows are what the commands print.
#[test]
fn the_readme_section_shows_what_the_commands_print() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");
    let readme = std::fs::read_to_string(format!("{root}/README.md")).unwrap();
    let file = format!("{root}/tests/conformance/examples/council-quorum-deputy.json");
    let text = std::fs::read_to_string(&file).unwrap();
    let head: String = text.lines().take(5).map(|l| format!("{l}\n")).collect();
    assert!(
        readme.contains(&format!("```json\n{head}")),
        "the README's fixture"
    );
    let (code, out, _) = boardkit(&["test", &file]);
    assert_eq!(code, 0);
    assert!(readme.contains(&format!("```text\n{out}```")), "{out}");
    let dir = folder("readme");
    let mut five: Value = serde_json::from_str(&text).unwrap();
    five["profile"]["quorum"]["min_voting_members"] = json!(5);
    let (code, out, _) = boardkit(&["test", &write(&dir, "five.json", &five)]);
    assert_eq!(code, 1);
    assert!(readme.contains(&format!("```text\n{out}```")), "{out}");
    let (_, out, _) = boardkit(&["validate", EXAMPLE, "--as-of", "2017-02-01", "--explain"]);
    for line in [
        "not_evidenced  board.reporting_cycle (needs /bodies/*/reports_to)",
        "passed         meeting.inquorate",
    ] {
        assert!(
            out.lines().any(|l| l == line) && readme.contains(line),
            "{line}"
        );
    }
    // The README says both outcomes occur without quoting their counts (every new rule
    // would change them): each is there, and between them they are most of the catalogue.
    let count = |w: &str| out.lines().filter(|l| l.starts_with(w)).count();
    let (passed, nothing) = (count("passed "), count("not_evidenced "));
    assert!(passed > 0 && nothing > 0, "{passed} {nothing}");
    let rules = boardkit::catalogue::all().len();
    assert!(
        2 * (passed + nothing) > rules,
        "{passed} {nothing} of {rules}"
    );
    assert!(readme
        .replace('\n', " ")
        .contains("most rules either passed or had nothing to check"));
}
