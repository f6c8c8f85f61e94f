//! The `boardkit` binary on the Leicester example.

use std::process::Command;

const EXAMPLE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../examples/data/leicester-lscb.json"
);

/// The example with the whole-meeting CONFIDENTIAL marking of its 8 December 2016
/// minutes lifted: a public version of a wholly confidential meeting keeps only that it
/// took place, and these tests need its actions, risks and attendance in the outputs.
fn doc() -> &'static str {
    static PATH: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    PATH.get_or_init(|| {
        let mut v: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(EXAMPLE).unwrap()).unwrap();
        for m in v["meetings"].as_array_mut().unwrap() {
            m["confidential"] = serde_json::Value::Bool(false);
        }
        let path =
            std::env::temp_dir().join(format!("boardkit-cli-doc-{}.json", std::process::id()));
        std::fs::write(&path, v.to_string()).unwrap();
        path.to_str().unwrap().to_string()
    })
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
    let (code, out, err) = run(&[
        "render",
        "pack",
        doc(),
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
        doc(),
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
    let (code, out, err) = run(&[
        "render",
        "actions",
        doc(),
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
        doc(),
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
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn exports_icalendar_and_oparl() {
    let (code, out, err) = run(&["export", "ical", doc(), "--as-of", "2017-02-01"]);
    assert_eq!(code, 0, "{err}");
    let ics = String::from_utf8(out).unwrap();
    assert!(ics.starts_with("BEGIN:VCALENDAR"));
    assert!(ics.matches("BEGIN:VEVENT").count() > 4);
    let (code, out, err) = run(&[
        "export",
        "oparl",
        doc(),
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
        doc(),
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
    let (code, _, err) = run(&["render", "pack", doc(), "--format", "html"]);
    assert_eq!(code, 2);
    assert!(err.contains("--as-of is needed"));
    let (code, _, err) = run(&[
        "render",
        "minutes",
        doc(),
        "--format",
        "pdf",
        "--as-of",
        "2017-02-01",
    ]);
    assert_eq!(code, 2);
    assert!(err.contains("--format is html, md or csv"));
    let (code, _, err) = run(&["render", "pack", doc(), "--as-of", "1 Feb"]);
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
