//! Every integration test of this crate in one test binary: one link instead of one
//! per file (the dominant cost of a test run on a small machine). Each file of this
//! folder is a module; a new file joins with one `mod` line (a test below fails
//! until it does) and uses the shared helpers as `use crate::common;`.
#![recursion_limit = "512"]

/// The synthetic boards of the benchmarks, shared by several tests.
#[path = "../benches/synth/mod.rs"]
mod board_synth;
mod board_walk_order;
mod challenge_rules;
mod common;

mod action_field_rules;
mod action_fit_third;
mod action_props;
mod action_rules;
mod annual_report_figures;
mod attendance_not_recorded;
mod attendance_report;
mod attendance_unnamed_deputies;
mod budget_formula_walk;
mod budget_formulas;
mod budget_funding;
mod budget_props;
mod budget_rules;
mod catalogue;
mod clock_cases;
mod clock_published;
mod clock_queries;
mod confidentiality;
mod conformance;
mod constitution_thresholds;
mod example_leicester;
mod field_actions;
mod field_bodies;
mod field_fit_rules;
mod field_meeting_gaps;
mod field_meetings;
mod field_records;
mod fuzz_regressions;
mod index;
mod layers;
mod loaded_board;
mod loaded_edits;
mod loaded_history;
mod loaded_queries;
mod loaded_scopes;
mod meeting_agenda_order;
mod meeting_field_rules;
mod meeting_props;
mod meeting_rules;
mod message_style;
mod no_figures_in_messages;
mod no_input_in_messages;
mod numbers_exact;
mod person_aliases;
mod pointers_typed;
mod public_fields;
mod public_ledger;
mod public_links;
mod public_links_more;
mod public_numbers;
mod public_sentinels;
mod quoted_change;
mod read_lazy;
mod record_validation;
mod risk_excerpt;
mod risk_field_rules;
mod risk_props;
mod risk_rules;
mod risk_walk_order;
mod robustness;
mod rule_profiles;
mod scan_equivalence;
mod schema_names;
mod scorecard_field_rules;
mod scorecard_props;
mod scorecard_rules;
mod shape_errors;
mod small_stack;
mod statutory_access;
mod statutory_citations;
mod statutory_clocks;
mod statutory_duties;
mod statutory_exempt;
mod statutory_fixtures;
mod statutory_interests;
mod statutory_register;
mod statutory_reports;
mod strict_reading;
mod synth;
mod unknown_fields;
mod upgrade;
mod voting_roll;

#[path = "../../tests/listed.rs"]
mod listed;

/// Every file of this folder is a module above (or a test target of its own in
/// Cargo.toml): a new file that is not listed fails here instead of never running.
#[test]
fn every_test_file_is_listed() {
    listed::assert_every_file_listed(
        env!("CARGO_MANIFEST_DIR"),
        include_str!("main.rs"),
        include_str!("../Cargo.toml"),
    );
}
