/* GENERATED from the capability table (ffi/src/capabilities.rs) by
 * `bash tests/codegen.sh` (wasm/codegen/): do not edit.
 *
 * BOARDKIT_REQUEST_CAPABILITIES(X) calls X(c_function) for every request capability
 * (one JSON request in, one JSON response out); BOARDKIT_C_FUNCTIONS(X) for every C
 * function of the table. */
#ifndef BOARDKIT_TEST_CAPABILITIES_H
#define BOARDKIT_TEST_CAPABILITIES_H

#define BOARDKIT_REQUEST_CAPABILITIES(X) \
    X(boardkit_document_validate_record) \
    X(boardkit_meeting_quorum) \
    X(boardkit_action_log) \
    X(boardkit_action_open) \
    X(boardkit_action_overdue) \
    X(boardkit_action_undated) \
    X(boardkit_action_completed) \
    X(boardkit_action_rag) \
    X(boardkit_action_summary) \
    X(boardkit_action_slipped) \
    X(boardkit_action_late_completions) \
    X(boardkit_action_open_by_owner) \
    X(boardkit_action_open_by_agency) \
    X(boardkit_action_due_within) \
    X(boardkit_action_carry_forward) \
    X(boardkit_action_history) \
    X(boardkit_action_flow_matters_arising) \
    X(boardkit_risk_rate) \
    X(boardkit_risk_grid) \
    X(boardkit_risk_ratings) \
    X(boardkit_risk_heat_map) \
    X(boardkit_risk_reviews) \
    X(boardkit_risk_escalations) \
    X(boardkit_risk_summary) \
    X(boardkit_budget_allocate_decision) \
    X(boardkit_budget_apportion) \
    X(boardkit_budget_statement) \
    X(boardkit_budget_year_statement) \
    X(boardkit_budget_parse_money) \
    X(boardkit_budget_format_money) \
    X(boardkit_scorecard_validate) \
    X(boardkit_scorecard_summarise) \
    X(boardkit_scorecard_rate_per_10000) \
    X(boardkit_scorecard_share_of_total) \
    X(boardkit_scorecard_change) \
    X(boardkit_scorecard_infer_population) \
    X(boardkit_scorecard_direction_of_travel) \
    X(boardkit_scorecard_rag_rating) \
    X(boardkit_report_attendance) \
    X(boardkit_clock_add_working_days) \
    X(boardkit_clock_clear_days) \
    X(boardkit_clock_due_by) \
    X(boardkit_clock_overdue) \
    X(boardkit_clock_bank_holidays)

#define BOARDKIT_C_FUNCTIONS(X) \
    X(boardkit_document_validate_record) \
    X(boardkit_meeting_quorum) \
    X(boardkit_action_log) \
    X(boardkit_action_open) \
    X(boardkit_action_overdue) \
    X(boardkit_action_undated) \
    X(boardkit_action_completed) \
    X(boardkit_action_rag) \
    X(boardkit_action_summary) \
    X(boardkit_action_slipped) \
    X(boardkit_action_late_completions) \
    X(boardkit_action_open_by_owner) \
    X(boardkit_action_open_by_agency) \
    X(boardkit_action_due_within) \
    X(boardkit_action_carry_forward) \
    X(boardkit_action_history) \
    X(boardkit_action_flow_matters_arising) \
    X(boardkit_risk_rate) \
    X(boardkit_risk_grid) \
    X(boardkit_risk_ratings) \
    X(boardkit_risk_heat_map) \
    X(boardkit_risk_reviews) \
    X(boardkit_risk_escalations) \
    X(boardkit_risk_summary) \
    X(boardkit_budget_allocate_decision) \
    X(boardkit_budget_apportion) \
    X(boardkit_budget_statement) \
    X(boardkit_budget_year_statement) \
    X(boardkit_budget_parse_money) \
    X(boardkit_budget_format_money) \
    X(boardkit_scorecard_validate) \
    X(boardkit_scorecard_summarise) \
    X(boardkit_scorecard_rate_per_10000) \
    X(boardkit_scorecard_share_of_total) \
    X(boardkit_scorecard_change) \
    X(boardkit_scorecard_infer_population) \
    X(boardkit_scorecard_direction_of_travel) \
    X(boardkit_scorecard_rag_rating) \
    X(boardkit_report_attendance) \
    X(boardkit_clock_add_working_days) \
    X(boardkit_clock_clear_days) \
    X(boardkit_clock_due_by) \
    X(boardkit_clock_overdue) \
    X(boardkit_clock_bank_holidays) \
    X(boardkit_version) \
    X(boardkit_abi_version) \
    X(boardkit_string_free) \
    X(boardkit_last_error_status) \
    X(boardkit_last_error_message) \
    X(boardkit_last_error_code) \
    X(boardkit_last_error_path) \
    X(boardkit_document_validate) \
    X(boardkit_document_normalise) \
    X(boardkit_catalogue) \
    X(boardkit_document_public_version) \
    X(boardkit_document_redaction_ledger) \
    X(boardkit_test_fixture) \
    X(boardkit_import) \
    X(boardkit_import_write) \
    X(boardkit_render) \
    X(boardkit_export_ical) \
    X(boardkit_export_oparl) \
    X(boardkit_board_open) \
    X(boardkit_board_free) \
    X(boardkit_board_validate) \
    X(boardkit_board_validate_record) \
    X(boardkit_board_query) \
    X(boardkit_board_document) \
    X(boardkit_board_insert) \
    X(boardkit_board_replace) \
    X(boardkit_board_remove)

#endif
