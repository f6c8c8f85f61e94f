//! The `boardkit import` command, run as a user runs it.

use crate::common::boardkit;

const DATA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../import/tests/data/");

#[test]
fn minutes_with_context() {
    let file = format!("{DATA}leicester-lscb-minutes-2016-12-08.txt");
    let ctx = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../examples/data/leicester-lscb.json"
    );
    let (code, out, err) = boardkit(&["import", "minutes", &file, "--context", ctx]);
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["document"]["actions"].as_array().unwrap().len(), 14);
    assert_eq!(v["document"]["meetings"][0]["date"], "2016-12-08");
    assert!(err.contains("uncertainties to check"));
    assert!(err.contains("[import.date_suspicious]"));
}

#[test]
fn actions_csv_with_mapping() {
    let dir = std::env::temp_dir().join(format!("boardkit-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let csv = dir.join("log.csv");
    std::fs::write(
        &csv,
        "Item,What,Who,Deadline,Notes\n1,Do it,AB,01/02/2017,x\n",
    )
    .unwrap();
    let (code, out, err) = boardkit(&[
        "import",
        "actions",
        csv.to_str().unwrap(),
        "--mapping",
        r#"{"ref":"Item","description":"What","owners":"Who","due":"Deadline"}"#,
    ]);
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["document"]["actions"][0]["description"], "Do it");
    assert_eq!(v["document"]["actions"][0]["extensions"]["Notes"], "x");
    assert_eq!(v["mapping"]["due"], "Deadline");
    assert!(err.contains("row 1 column 5  [import.column_unknown]"));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn usage_and_errors() {
    assert_eq!(boardkit(&[]).0, 2);
    assert_eq!(boardkit(&["import", "minutes"]).0, 2);
    let (code, _, err) = boardkit(&["import", "actions", "/nonexistent/file.csv"]);
    assert_eq!(code, 1);
    assert!(err.contains("cannot read the file"));
    let (code, _, err) = boardkit(&[
        "import",
        "actions",
        &format!("{DATA}haringey_csp_minutes_2010-02-18.sample.txt"),
        "--mapping",
        "{\"colour\":\"x\"}",
    ]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("mapping is not usable"));
}
