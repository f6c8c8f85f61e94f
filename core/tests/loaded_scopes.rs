//! The loaded board by construction: every rule that reports on an action or a meeting
//! (a path under `/actions/N` or `/meetings/N` in its conformance fixtures' findings)
//! reads only the kinds of record a loaded board's neighbourhood holds
//! (`boardkit::loaded::scopes::NEIGHBOURHOOD`). A rule that reads one more kind fails
//! here, instead of silently disagreeing with the one-shot check on a loaded board.

use boardkit::loaded::scopes::{outside, NEIGHBOURHOOD};
use boardkit::registry::UNITS;
use boardkit::unit::Scope;
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::Path;

/// Rules that read a kind outside the neighbourhood only for findings on that kind (never
/// on an action or a meeting), each with the kind: a loaded board's check of an action or
/// meeting keeps only the findings on the record, so these agree with the one-shot check.
const READ_FOR_OTHER_FINDINGS: &[(&str, Scope)] = &[
    // Its findings on risks (`/risk_register/risks/N/raised/minute`) read the register;
    // those on actions and meetings read only meetings and actions.
    ("meeting.number_relation_undecided", Scope::Risk),
];

/// Every code whose fixtures report a finding on an action or a meeting.
fn codes_on_actions_and_meetings() -> BTreeSet<String> {
    let file = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/conformance/results.tsv");
    let text = std::fs::read_to_string(file).unwrap();
    let mut codes = BTreeSet::new();
    for line in text.lines() {
        let (_, json) = line.split_once('\t').unwrap();
        let value: Value = serde_json::from_str(json).unwrap();
        let cases = match value {
            Value::Array(cases) => cases,
            one => vec![one],
        };
        for case in &cases {
            for f in case["findings"].as_array().into_iter().flatten() {
                let path = f["path"].as_str().unwrap_or("");
                if path.starts_with("/actions/") || path.starts_with("/meetings/") {
                    codes.insert(f["code"].as_str().unwrap().to_string());
                }
            }
        }
    }
    codes
}

#[test]
fn every_rule_on_an_action_or_meeting_reads_only_what_a_neighbourhood_holds() {
    let codes = codes_on_actions_and_meetings();
    // The fixtures reach both kinds of record, across many areas.
    assert!(codes.iter().any(|c| c.starts_with("action.")), "{codes:?}");
    assert!(codes.iter().any(|c| c.starts_with("meeting.")), "{codes:?}");
    let mut wrong = Vec::new();
    for code in &codes {
        let unit = UNITS.iter().find(|u| u.rule.code == code);
        let unit = unit.unwrap_or_else(|| panic!("{code} is not a unit of the registry"));
        let out: Vec<Scope> = outside(unit.scope)
            .into_iter()
            .filter(|s| !READ_FOR_OTHER_FINDINGS.contains(&(code.as_str(), *s)))
            .collect();
        if !out.is_empty() {
            wrong.push(format!("{code} reads {out:?}"));
        }
    }
    assert!(
        wrong.is_empty(),
        "rules reporting on an action or meeting that read what a loaded board's \
         neighbourhood does not hold (gather it in core/src/loaded/around.rs and add the \
         scope to loaded/scopes.rs, or report elsewhere):\n{}",
        wrong.join("\n")
    );
}

#[test]
fn a_scope_the_neighbourhood_does_not_hold_is_named() {
    assert_eq!(outside(&[Scope::Person, Scope::Risk]), [Scope::Risk]);
    assert_eq!(outside(&[Scope::Budget, Scope::Challenge]).len(), 2);
    assert!(outside(NEIGHBOURHOOD).is_empty());
}

#[test]
fn every_listed_exception_still_reads_outside() {
    for (code, scope) in READ_FOR_OTHER_FINDINGS {
        let unit = UNITS.iter().find(|u| u.rule.code == *code).unwrap();
        assert!(
            outside(unit.scope).contains(scope),
            "{code} no longer reads {scope:?}: remove it from READ_FOR_OTHER_FINDINGS"
        );
    }
}
