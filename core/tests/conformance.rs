//! The rule fixtures of `tests/conformance/` (the format is in its README): every fixture
//! passes, every catalogue rule is broken by one and kept silent by one with the rule in
//! its `only` list, and the results the C and Node tests compare with
//! (`tests/conformance/results.tsv`) are current. Also the runner itself: strict reading,
//! `only`, `profile`, `record`, matching, and the premises behind `explain`.

use crate::common;
use boardkit::document::ValidateOptions;
use boardkit::premise::{self, Outcome};
use boardkit::testing::{self, FixtureResult};
use serde_json::{json, Value};
use std::path::{Path, PathBuf};

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/conformance")
}

/// Every `.json` file under the folder, in sorted order.
fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            files(&p, out);
        } else if p.extension().is_some_and(|x| x == "json") {
            out.push(p);
        }
    }
    out.sort();
}

fn corpus_files() -> Vec<PathBuf> {
    let mut out = Vec::new();
    files(&corpus(), &mut out);
    out
}

/// The file's path under `tests/conformance/`, with `/` between folders.
fn relative(p: &Path) -> String {
    let rel = p.strip_prefix(corpus()).unwrap();
    rel.components()
        .map(|c| c.as_os_str().to_str().unwrap())
        .collect::<Vec<_>>()
        .join("/")
}

fn run_file(p: &Path) -> Vec<FixtureResult> {
    let text = std::fs::read_to_string(p).unwrap();
    testing::run_fixtures(&text, p.parent()).unwrap_or_else(|e| {
        panic!(
            "{}: invalid fixture: {e} [{}] at {}",
            relative(p),
            e.code(),
            e.path()
        )
    })
}

#[test]
fn every_fixture_of_the_corpus_passes() {
    let files = corpus_files();
    assert!(
        files
            .iter()
            .filter(|p| relative(p).starts_with("examples/"))
            .count()
            >= 14,
        "the example documents are pinned under tests/conformance/examples"
    );
    let mut failures = Vec::new();
    let mut names = std::collections::HashSet::new();
    for p in &files {
        for r in run_file(p) {
            assert!(
                names.insert(r.name.clone()),
                "a fixture name is given twice ({})",
                relative(p)
            );
            if !r.passed {
                failures.push(format!(
                    "{}: FAIL {}\n    {}",
                    relative(p),
                    r.name,
                    r.failure_lines().join("\n    ")
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Fails until the rule fixtures (`tests/conformance/rules/`) cover the whole catalogue.
#[test]
fn every_rule_is_broken_and_kept_silent_by_a_fixture() {
    let mut all = Vec::new();
    for p in corpus_files() {
        all.extend(testing::read_fixtures(&std::fs::read_to_string(&p).unwrap()).unwrap());
    }
    let short: Vec<String> = testing::coverage(&all)
        .into_iter()
        .filter(|c| c.breaks == 0 || c.silent_in_only == 0)
        .map(|c| {
            format!(
                "{} (breaks {}, silent with it in only {})",
                c.code, c.breaks, c.silent_in_only
            )
        })
        .collect();
    assert!(
        short.is_empty(),
        "{} rule(s) lack a fixture that breaks them or keeps them silent with the rule in only:\n{}",
        short.len(),
        short.join("\n")
    );
}

/// `tests/conformance/results.tsv`: a line per fixture file, its path under
/// tests/conformance, a tab, and the compact JSON of its results (an array for a file
/// holding an array, else one object) exactly as `boardkit_test_fixture` and
/// `runFixture` return them. `BOARDKIT_BLESS=1` rewrites it.
/// A rule's fixtures are in `rules/<area>/<code>.json`: each file there is named by a
/// catalogue code of its folder's area, so a reader finds a rule's fixtures by its code.
#[test]
fn every_rule_file_is_named_by_a_catalogue_code_of_its_area() {
    let codes: Vec<&str> = boardkit::catalogue::all().iter().map(|r| r.code).collect();
    let mut wrong = Vec::new();
    for area in std::fs::read_dir(corpus().join("rules")).unwrap() {
        let area = area.unwrap().path();
        let name = area.file_name().unwrap().to_string_lossy().into_owned();
        for f in std::fs::read_dir(&area).unwrap() {
            let f = f.unwrap().path();
            let stem = f.file_stem().unwrap().to_string_lossy().into_owned();
            let in_area = stem.starts_with(&format!("{name}."));
            if !in_area || !codes.contains(&stem.as_str()) {
                wrong.push(relative(&f));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "name these files by their rule's code: {wrong:?}"
    );
}

#[test]
fn the_results_the_bindings_compare_with_are_current() {
    let mut s = String::new();
    for p in corpus_files() {
        let text = std::fs::read_to_string(&p).unwrap();
        let results = run_file(&p);
        let json = if text.trim_start().starts_with('[') {
            serde_json::to_string(&results).unwrap()
        } else {
            serde_json::to_string(&results[0]).unwrap()
        };
        s.push_str(&format!("{}\t{json}\n", relative(&p)));
    }
    let at = corpus().join("results.tsv");
    if std::env::var_os("BOARDKIT_BLESS").is_some() {
        std::fs::write(&at, &s).unwrap();
    }
    let committed = std::fs::read_to_string(&at).unwrap_or_default();
    assert!(
        committed == s,
        "tests/conformance/results.tsv is stale: run BOARDKIT_BLESS=1 cargo test -p boardkit --test main conformance"
    );
}

#[test]
fn every_catalogue_rule_has_a_premise_in_catalogue_order() {
    let codes: Vec<&str> = boardkit::catalogue::all().iter().map(|r| r.code).collect();
    let missing: Vec<&&str> = codes.iter().filter(|c| premise::of(c).is_none()).collect();
    assert!(missing.is_empty(), "rules without a premise: {missing:?}");
    // Every rule is a unit, and a unit carries its own premise.
    let others: Vec<&&str> = codes
        .iter()
        .filter(|c| boardkit::catalogue::unit(c).is_none())
        .collect();
    assert!(others.is_empty(), "rules not written as units: {others:?}");
    for u in boardkit::registry::UNITS {
        assert_eq!(
            u.premise.code, u.rule.code,
            "a unit's premise names its own rule"
        );
    }
    let all: Vec<&premise::Premise> = codes.iter().filter_map(|c| premise::of(c)).collect();
    for p in all {
        assert!(
            p.text.starts_with(char::is_uppercase) && p.text.ends_with('.'),
            "{}",
            p.code
        );
        assert_eq!(
            p.approximate,
            p.text.contains("approximate"),
            "{}: say so in the text",
            p.code
        );
        for need in p.needs.iter().flat_map(|n| n.split('|')) {
            let need = need.strip_prefix('!').unwrap_or(need);
            assert!(
                need == "@as_of" || need.starts_with('/'),
                "{}: {need}",
                p.code
            );
        }
    }
    let rules =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../RULES.md")).unwrap();
    assert!(rules.contains(premise::of("meeting.inquorate").unwrap().text));
}

fn fixture(extra: Value) -> Value {
    let mut f =
        json!({"name": "t", "document": common::base(), "as_of": "2016-11-01", "expect": []});
    for (k, v) in extra.as_object().unwrap() {
        f[k] = v.clone();
    }
    f
}

fn run(f: &Value) -> Result<FixtureResult, boardkit::Error> {
    testing::run_fixture(&f.to_string(), None)
}

#[test]
fn the_base_document_gives_no_finding_and_passes() {
    let r = run(&fixture(json!({}))).unwrap();
    assert!(r.passed, "{:?}", r.failure_lines());
    assert!(r.findings.is_empty());
}

#[test]
fn a_broken_rule_is_missing_or_unexpected_with_its_path() {
    let mut f = fixture(json!({}));
    f["document"]["meetings"][0]["end"] = json!("09:00");
    let r = run(&f).unwrap();
    assert!(!r.passed);
    let u = &r.unexpected[0];
    assert_eq!(u.code, "meeting.end_before_start");
    assert!(u.path.starts_with("/meetings/0"), "{}", u.path);
    assert_eq!(
        r.failure_lines(),
        vec![format!(
            "unexpected meeting.end_before_start at {} (error)",
            u.path
        )]
    );
    // Expected by code alone: it passes; at another path: missing and unexpected.
    f["expect"] = json!([{"code": "meeting.end_before_start"}]);
    assert!(run(&f).unwrap().passed);
    f["expect"] = json!([{"code": "meeting.end_before_start", "path": "/meetings/1/end"}]);
    let r = run(&f).unwrap();
    assert_eq!(r.missing.len(), 1);
    assert_eq!(r.unexpected.len(), 1);
    assert_eq!(
        r.failure_lines()[0],
        "missing meeting.end_before_start at /meetings/1/end"
    );
    // With expect_exactly false, other findings are ignored; a wrong severity is missing.
    f["expect"] = json!([{"code": "meeting.end_before_start", "severity": "warning"}]);
    f["expect_exactly"] = json!(false);
    let r = run(&f).unwrap();
    assert_eq!((r.missing.len(), r.unexpected.len()), (1, 0));
}

#[test]
fn only_reports_just_those_rules() {
    let mut f = fixture(json!({"only": ["action.overdue"]}));
    f["document"]["meetings"][0]["end"] = json!("09:00");
    let r = run(&f).unwrap();
    assert!(r.passed && r.findings.is_empty(), "{:?}", r.findings);
    f["only"] = json!(["meeting.end_before_start"]);
    assert_eq!(run(&f).unwrap().findings.len(), 1);
}

#[test]
fn a_profile_sets_keys_of_every_constitution() {
    // A quorum of every voting member: the deputy and the lay member do not make it.
    let f = fixture(json!({
        "profile": {"quorum": {"min_voting_members": 9}},
        "only": ["meeting.inquorate"],
        "expect": [{"code": "meeting.inquorate", "path": "/meetings/0/attendance", "severity": "warning"}]
    }));
    let r = run(&f).unwrap();
    assert!(r.passed, "{:?} {:?}", r.failure_lines(), r.findings);
}

#[test]
fn a_record_is_checked_against_the_document() {
    let f = fixture(json!({
        "record": {"kind": "action", "id": "a-new", "ref": "1", "description": "Report back.",
                   "raised_at": "m1", "due": "2016-01-01", "owners": [{"person": "p-dcs"}]},
        "only": ["action.due_before_raised"],
        "expect": [{"code": "action.due_before_raised", "path": "/due", "severity": "error"}]
    }));
    let r = run(&f).unwrap();
    assert!(r.passed, "{:?} {:?}", r.failure_lines(), r.findings);
    let mut bad = f.clone();
    bad["record"]["kind"] = json!("minutes");
    assert_eq!(run(&bad).unwrap_err().path(), "/record/kind");
}

fn refused(f: &Value) -> boardkit::Error {
    let e = run(f).unwrap_err();
    let text = e.to_string();
    assert!(
        text.starts_with(char::is_uppercase) && text.ends_with('.'),
        "{text}"
    );
    e
}

#[test]
fn a_fixture_is_read_strictly_with_the_pointer_of_the_bad_value() {
    let e = refused(&fixture(json!({"colour_of_sky": 1})));
    assert_eq!(e.code(), "shape.invalid");
    assert!(!e.to_string().contains("colour_of_sky"));
    let e = refused(&fixture(json!({"document_file": "board.json"})));
    assert_eq!(e.path(), "/document_file");
    let mut neither = fixture(json!({}));
    neither.as_object_mut().unwrap().remove("document");
    assert_eq!(refused(&neither).path(), "");
    let e = refused(&fixture(
        json!({"only": ["action.overdue", "made.up_rule"]}),
    ));
    assert_eq!(e.path(), "/only/1");
    assert!(!e.to_string().contains("made.up"));
    let e = refused(&fixture(json!({"expect": [{"code": "made.up_rule"}]})));
    assert_eq!(e.path(), "/expect/0/code");
    let e = refused(&fixture(
        json!({"expect": [{"code": "action.overdue", "severity": "fatal"}]}),
    ));
    assert!(e.path().starts_with("/expect/0"), "{}", e.path());
    // A document that is not a board document: the pointer is inside /document.
    let mut f = fixture(json!({}));
    f["document"]["meetings"][0]["date"] = json!("2016-02-31");
    assert_eq!(refused(&f).path(), "/document/meetings/0/date");
    // In an array, the fixture's position leads the pointer.
    let text = json!([fixture(json!({})), fixture(json!({"only": ["nope"]}))]).to_string();
    assert_eq!(
        testing::run_fixtures(&text, None).unwrap_err().path(),
        "/1/only/0"
    );
}

#[test]
fn a_document_file_is_read_beside_the_fixture_only_when_there_is_a_folder() {
    let f = json!({"name": "t", "document_file": "../../../examples/data/leicester-lscb.json",
                   "as_of": "2017-02-01", "only": ["action.due_before_raised"],
                   "expect": [{"code": "action.due_before_raised", "path": "/actions/18/due"}]});
    let e = testing::run_fixture(&f.to_string(), None).unwrap_err();
    assert_eq!(e.path(), "/document_file");
    let dir = corpus().join("examples");
    let r = testing::run_fixture(&f.to_string(), Some(&dir)).unwrap();
    assert!(r.passed, "{:?}", r.failure_lines());
}

fn explained(v: &Value, options: ValidateOptions) -> Vec<premise::Explanation> {
    common::doc(v)
        .validate(&ValidateOptions {
            explain: true,
            ..options
        })
        .explained
}

fn outcome(list: &[premise::Explanation], code: &str) -> premise::Explanation {
    list.iter()
        .find(|e| e.code == code)
        .unwrap_or_else(|| panic!("{code} not explained"))
        .clone()
}

#[test]
fn explain_says_why_each_rule_gave_no_finding() {
    let mut v = common::base();
    let list = explained(&v, ValidateOptions::default());
    assert_eq!(
        list.len(),
        boardkit::catalogue::all().len(),
        "the base gives no finding"
    );
    // No as-of date: the overdue rule had nothing to judge against.
    let e = outcome(&list, "action.overdue");
    assert_eq!(e.outcome, Outcome::NotEvidenced);
    assert_eq!(e.premise, premise::of("action.overdue").unwrap().text);
    // No risk register: nothing for the risk rules.
    assert_eq!(
        outcome(&list, "risk.review_overdue").outcome,
        Outcome::NotEvidenced
    );
    // Attendance and a quorum recorded, and quorate: passed.
    assert_eq!(outcome(&list, "meeting.inquorate").outcome, Outcome::Passed);
    assert_eq!(outcome(&list, "record.blank_text").outcome, Outcome::Passed);
    // Without a quorum in the constitution the quorum rule is not evidenced.
    let mut no_quorum = v.clone();
    no_quorum["bodies"][0]["constitution"]["quorum"] = json!({});
    let e = outcome(
        &explained(&no_quorum, ValidateOptions::default()),
        "meeting.inquorate",
    );
    assert_eq!(e.outcome, Outcome::NotEvidenced);
    // Switched off, with the setting's pointer.
    v["bodies"][0]["constitution"]["rule_settings"] =
        json!([{"code": "meeting.inquorate", "off": true, "reason": "Agreed."}]);
    let e = outcome(
        &explained(&v, ValidateOptions::default()),
        "meeting.inquorate",
    );
    assert_eq!(e.outcome, Outcome::SwitchedOff);
    assert_eq!(
        e.setting.as_deref(),
        Some("/bodies/0/constitution/rule_settings/0")
    );
    // Outside only.
    let only = ValidateOptions {
        only: Some(vec!["action.overdue".into()]),
        ..Default::default()
    };
    let list = explained(&v, only);
    assert_eq!(
        outcome(&list, "meeting.inquorate").outcome,
        Outcome::OutsideOnly
    );
    assert_eq!(
        outcome(&list, "action.overdue").outcome,
        Outcome::NotEvidenced
    );
}

#[test]
fn a_rule_with_a_finding_is_not_explained_and_nothing_without_the_flag() {
    let mut v = common::base();
    v["meetings"][0]["end"] = json!("09:00");
    let list = explained(&v, ValidateOptions::default());
    assert!(list.iter().all(|e| e.code != "meeting.end_before_start"));
    assert!(common::validate(&v).explained.is_empty());
}

#[test]
fn validate_options_refuse_a_code_outside_the_catalogue_in_only() {
    let e = boardkit::error::from_json::<ValidateOptions>(
        r#"{"only": ["action.overdue", "no.such_rule"]}"#,
    )
    .unwrap_err();
    assert_eq!((e.code(), e.path()), ("shape.invalid", "/only/1"));
    assert!(!e.to_string().contains("no.such"));
    let o: ValidateOptions =
        boardkit::error::from_json(r#"{"only": ["action.overdue"], "explain": true}"#).unwrap();
    assert!(o.explain);
}
