//! The synthetic boards of the benchmarks (`core/benches/synth`) are deterministic, have
//! the sizes the benchmarks claim, and are valid documents: their findings are the
//! warnings a real board sees (overdue actions, reviews due), never errors.

use crate::board_synth as synth;

use boardkit::document::ValidateOptions;
use boardkit::{BoardDocument, Severity};
use std::collections::BTreeMap;

fn options(scale: u32) -> ValidateOptions {
    ValidateOptions {
        as_of: Some(serde_json::from_value(serde_json::json!(synth::as_of_str(scale))).unwrap()),
        ..Default::default()
    }
}

#[test]
fn the_generator_is_deterministic() {
    assert_eq!(synth::board_json(1), synth::board_json(1));
    assert_ne!(synth::board_seeded(1, 1), synth::board_seeded(1, 2));
}

#[test]
fn one_year_has_the_sizes_of_a_real_board() {
    let doc = BoardDocument::from_json(&synth::board_json(1)).unwrap();
    assert_eq!(doc.meetings.len(), 10);
    assert_eq!(doc.actions.len(), 200);
    assert_eq!(doc.risk_register.as_ref().unwrap().risks.len(), 20);
    assert_eq!(doc.budgets.len(), 1);
}

#[test]
fn ten_years_are_ten_times_one() {
    let doc = BoardDocument::from_json(&synth::board_json(10)).unwrap();
    assert_eq!(doc.meetings.len(), 100);
    assert_eq!(doc.actions.len(), 2000);
    assert_eq!(doc.risk_register.as_ref().unwrap().risks.len(), 200);
    assert_eq!(doc.budgets.len(), 10);
}

fn findings_by_code(scale: u32) -> BTreeMap<String, (Severity, usize)> {
    let doc = BoardDocument::from_json(&synth::board_json(scale)).unwrap();
    let report = doc.validate(&options(scale));
    let mut by_code: BTreeMap<String, (Severity, usize)> = BTreeMap::new();
    for f in &report.findings {
        by_code.entry(f.code.clone()).or_insert((f.severity, 0)).1 += 1;
    }
    by_code
}

#[test]
fn synthetic_boards_raise_warnings_but_no_errors() {
    for scale in [1, 10] {
        let by_code = findings_by_code(scale);
        let errors: Vec<_> = by_code
            .iter()
            .filter(|(_, (s, _))| *s == Severity::Error)
            .collect();
        assert!(errors.is_empty(), "scale {scale}: {by_code:?}");
        // a realistic board has some overdue actions
        assert!(
            by_code.contains_key("action.overdue"),
            "scale {scale}: {by_code:?}"
        );
    }
}
