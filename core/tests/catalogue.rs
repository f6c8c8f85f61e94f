//! The rule catalogue and the code agree; every rule has a break-it-on-purpose test.

use std::collections::BTreeSet;
use std::path::Path;

#[test]
fn rules_md_matches_the_code() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../RULES.md");
    let on_disk = std::fs::read_to_string(&path).unwrap_or_default();
    let fresh = boardkit::catalogue::markdown();
    assert!(
        on_disk == fresh,
        "RULES.md is stale: run `cargo run -p boardkit --example catalogue > RULES.md`"
    );
}

#[test]
fn codes_are_unique_and_well_formed() {
    let mut seen = BTreeSet::new();
    for r in boardkit::catalogue::all() {
        assert!(seen.insert(r.code), "duplicate rule code {}", r.code);
        let (area, what) = r.code.split_once('.').expect("area.what");
        assert!(!area.is_empty() && !what.is_empty(), "{}", r.code);
        assert!(
            r.code
                .chars()
                .all(|c| c.is_ascii_lowercase() || c == '_' || c == '.' || c.is_ascii_digit()),
            "{} is not snake_case",
            r.code
        );
        assert!(!r.summary.is_empty(), "{} has no summary", r.code);
    }
}

/// Each rule code must appear in a rule test under core/tests/ (other than this file),
/// where a test breaks the rule on purpose and asserts the code.
#[test]
fn every_rule_has_a_break_it_test() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    let mut text = String::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let p = entry.unwrap().path();
        if p.extension().is_some_and(|e| e == "rs") && !p.ends_with("catalogue.rs") {
            text.push_str(&std::fs::read_to_string(&p).unwrap());
        }
    }
    let missing: Vec<&str> = boardkit::catalogue::all()
        .into_iter()
        .map(|r| r.code)
        .filter(|c| !text.contains(&format!("\"{c}\"")) && !breaks_in_fixture(c))
        .collect();
    assert!(missing.is_empty(), "rules with no test: {missing:?}");
}

/// A rule's conformance fixture (`tests/conformance/rules/<area>/<code>.json`, run by
/// `conformance.rs`) is its break-it test when one of its cases reports only this rule
/// and expects a finding of it.
fn breaks_in_fixture(code: &str) -> bool {
    let area = code.split('.').next().unwrap_or("");
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/conformance/rules")
        .join(area)
        .join(format!("{code}.json"));
    let Ok(text) = std::fs::read_to_string(path) else {
        return false;
    };
    let cases: serde_json::Value = serde_json::from_str(&text).unwrap();
    cases.as_array().into_iter().flatten().any(|case| {
        let only = case["only"]
            .as_array()
            .is_some_and(|o| o == &[serde_json::json!(code)]);
        let expects = case["expect"]
            .as_array()
            .is_some_and(|e| e.iter().any(|f| f["code"] == code));
        only && expects
    })
}
