//! The `boardkit` binary on the Leicester example.

use std::process::Command;

use crate::common::EXAMPLE;

/// The Leicester document as if its minutes were public (its December 2016 meeting is
/// marked confidential, and a public version withholds what is tied to it), written once
/// to a temporary file.
fn open_doc() -> String {
    static PATH: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    PATH.get_or_init(|| {
        let text = std::fs::read_to_string(EXAMPLE).unwrap();
        let mut v: serde_json::Value = serde_json::from_str(&text).unwrap();
        for m in v["meetings"].as_array_mut().unwrap() {
            m.as_object_mut().unwrap().remove("confidential");
        }
        let p = std::env::temp_dir().join(format!("boardkit-cli-open-{}.json", std::process::id()));
        std::fs::write(&p, v.to_string()).unwrap();
        p.to_str().unwrap().to_string()
    })
    .clone()
}

fn run(args: &[&str]) -> (i32, Vec<u8>, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_boardkit"))
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        out.stdout,
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn renders_the_pack_as_html_and_markdown() {
    let doc = open_doc();
    let doc_path = doc.as_str();
    let (code, out, err) = run(&[
        "render",
        "pack",
        doc_path,
        "--format",
        "html",
        "--as-of",
        "2017-02-01",
    ]);
    assert_eq!(code, 0, "{err}");
    let html = String::from_utf8(out).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert_eq!(html.matches("<svg").count(), 4);
    let (code, out, _) = run(&[
        "render",
        "risks",
        doc_path,
        "--format",
        "md",
        "--as-of",
        "2017-02-01",
    ]);
    assert_eq!(code, 0);
    assert!(String::from_utf8(out).unwrap().starts_with("# "));
}

#[test]
fn renders_a_section_as_csv_and_the_pack_as_csv_files() {
    let doc = open_doc();
    let doc_path = doc.as_str();
    let (code, out, err) = run(&[
        "render",
        "actions",
        doc_path,
        "--format",
        "csv",
        "--as-of",
        "2017-02-01",
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with(b"\xEF\xBB\xBFGroup,Ref,Action"));
    let dir = std::env::temp_dir().join(format!("boardkit-cli-csv-{}", std::process::id()));
    let d = dir.to_str().unwrap();
    let (code, _, err) = run(&[
        "render",
        "pack",
        doc_path,
        "--format",
        "csv",
        "--as-of",
        "2017-02-01",
        "--out",
        d,
    ]);
    assert_eq!(code, 0, "{err}");
    for f in [
        "actions.csv",
        "budget-income.csv",
        "attendance-by-agency.csv",
        "risks.csv",
        "scorecard.csv",
    ] {
        assert!(dir.join(f).exists(), "{f}");
    }
    // The records tables read back through `boardkit import` with no mapping.
    for (kind, f, path, n) in [
        ("actions", "action-records.csv", "/document/actions", 19),
        (
            "risks",
            "risk-register.csv",
            "/document/risk_register/risks",
            3,
        ),
    ] {
        let file = dir.join(f);
        let (code, out, err) = run(&[
            "import",
            kind,
            file.to_str().unwrap(),
            "--context",
            doc_path,
        ]);
        assert_eq!(code, 0, "{err}");
        let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
        assert_eq!(
            v.pointer(path).and_then(|a| a.as_array()).map(Vec::len),
            Some(n),
            "{f}"
        );
        assert!(!err.contains("import.column_unknown"), "{f}: {err}");
    }
    assert!(dir.join("attendance-grid.csv").exists());
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn exports_icalendar_and_oparl() {
    let doc = open_doc();
    let doc_path = doc.as_str();
    let (code, out, err) = run(&["export", "ical", doc_path, "--as-of", "2017-02-01"]);
    assert_eq!(code, 0, "{err}");
    let ics = String::from_utf8(out).unwrap();
    assert!(ics.starts_with("BEGIN:VCALENDAR"));
    assert!(ics.matches("BEGIN:VEVENT").count() > 4);
    let (code, out, err) = run(&[
        "export",
        "oparl",
        doc_path,
        "--base",
        "https://papers.example.org/oparl",
    ]);
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(
        v["body"][0]["id"],
        "https://papers.example.org/oparl/body/b-lscb"
    );
    let dir = std::env::temp_dir().join(format!("boardkit-cli-oparl-{}", std::process::id()));
    let (code, _, err) = run(&[
        "export",
        "oparl",
        doc_path,
        "--base",
        "https://papers.example.org/oparl",
        "--out",
        dir.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(dir.join("body/b-lscb.json").exists());
    assert!(dir.join("meeting/m-2016-12-08.json").exists());
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn mistakes_are_said_plainly_with_the_right_exit_code() {
    let doc = open_doc();
    let doc_path = doc.as_str();
    let (code, _, err) = run(&["render", "pack", doc_path, "--format", "html"]);
    assert_eq!(code, 2);
    assert!(err.contains("--as-of is needed"));
    let (code, _, err) = run(&[
        "render",
        "minutes",
        doc_path,
        "--format",
        "pdf",
        "--as-of",
        "2017-02-01",
    ]);
    assert_eq!(code, 2);
    assert!(err.contains("--format is html, md or csv"));
    let (code, _, err) = run(&["render", "pack", doc_path, "--as-of", "1 Feb"]);
    assert_eq!(code, 2);
    assert!(err.contains("YYYY-MM-DD"));
    let bad = std::env::temp_dir().join(format!("boardkit-cli-bad-{}.json", std::process::id()));
    std::fs::write(
        &bad,
        r#"{"schema_version": 1, "people": [{"id": "p", "name": "Secret Name", "shoe": 1}]}"#,
    )
    .unwrap();
    let (code, _, err) = run(&[
        "render",
        "pack",
        bad.to_str().unwrap(),
        "--as-of",
        "2017-02-01",
    ]);
    assert_eq!(code, 1);
    assert!(err.contains("/people/0"), "{err}");
    assert!(!err.contains("Secret Name"));
    std::fs::remove_file(&bad).unwrap();
}
