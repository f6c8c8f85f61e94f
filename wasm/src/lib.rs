//! WebAssembly bindings for boardkit, for browser forms.
//!
//! Every function takes and returns plain JS objects (the JSON shapes of the core records)
//! and throws a JS `Error` carrying `code` (`shape.invalid`, ...) and `path` (a JSON
//! Pointer to the offending value) when the input is not a record. Governance rule
//! breaks are not errors: they come back as the `findings` of a report, each with the
//! path of the field a form should show the message beside.
//!
//! The objects cross the boundary as JSON text: `api.js` writes each argument with
//! `JSON.stringify` and reads each result with `JSON.parse`. Rust reads the text with
//! serde_json and writes the result with serde_json, so the module carries one family of
//! generated readers and writers (serde_json's) instead of a second one for JS values;
//! that keeps the package small (see the README's "Size").
//!
//! Nothing here knows a governance rule: each function only translates between JS values
//! and the core's request/response types.
//!
//! ## Adding a capability
//! A core capability `boardkit::area::verb(&Request) -> Result<Response, Error>` becomes
//! one entry of the `capabilities!` list at the end of this file:
//! ```text
//! /// One line in the board's terms.
//! areaVerb => area_verb: result boardkit::area::verb;
//! ```
//! (`plain` instead of `result` for a core function that cannot fail), plus one line in
//! `wasm/js/api.js`, one entry in `wasm/tests/types.rs` and a Node test (see the README).
#![forbid(unsafe_code)]
#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    clippy::unreachable,
    clippy::todo
)]
#![warn(missing_docs)]

use boardkit::document::ValidateOptions;
use boardkit::{BoardDocument, Error};
use serde::de::DeserializeOwned;
use serde::Serialize;
use wasm_bindgen::prelude::*;

mod board;
pub use board::RawBoard;

/// Read a request from its JSON text (written by `JSON.stringify` in `api.js`) with the
/// core's strict reader, exactly as the C API does: a duplicate key, a lone surrogate, an
/// array where a record belongs are errors at their path; `null` means absent; messages
/// never hold a value from the input.
pub fn from_js<T: DeserializeOwned>(json: &str) -> Result<T, Error> {
    boardkit::error::from_json(json)
}

/// Write a response as JSON text (read back with `JSON.parse` in `api.js`).
pub fn to_js<T: Serialize>(value: &T) -> Result<String, Error> {
    serde_json::to_string(value)
        .map_err(|_| Error::invalid("", "the result could not be written as JSON"))
}

/// A JS `Error` with `code` and `path` properties (and `name` `BoardkitError`).
pub fn to_js_error(error: &Error) -> JsValue {
    let js = js_sys::Error::new(&error.to_string());
    js.set_name("BoardkitError");
    let object: &JsValue = js.as_ref();
    // Setting a property on a fresh Error object cannot fail; if it ever did, the error
    // is still thrown, only without that property.
    let _ = js_sys::Reflect::set(object, &"code".into(), &error.code().into());
    let _ = js_sys::Reflect::set(object, &"path".into(), &error.path().into());
    js.into()
}

/// The generic capability call: a JSON request in, the core function, a JSON response
/// out, any shape error thrown as a JS `Error` with `code` and `path`.
pub fn call<Req: DeserializeOwned, Resp: Serialize>(
    request: &str,
    f: impl FnOnce(Req) -> Result<Resp, Error>,
) -> Result<String, JsValue> {
    from_js(request)
        .and_then(f)
        .and_then(|response| to_js(&response))
        .map_err(|e| to_js_error(&e))
}

/// Read a board document (its `schema_version` is checked by the core as it is read).
fn document(json: &str) -> Result<BoardDocument, Error> {
    from_js(json)
}

/// Options are optional: JSON `null` (from `undefined` or `null`) means the defaults.
fn options(json: &str) -> Result<ValidateOptions, Error> {
    if json.trim() == "null" {
        return Ok(ValidateOptions::default());
    }
    from_js(json).map_err(in_options)
}

/// A shape error in the options: its path stays relative to the options (a form for the
/// options places it as it would for the document) and the message says it is about them.
fn in_options(error: Error) -> Error {
    match error {
        Error::Invalid { path, message } => Error::Invalid {
            path,
            message: format!("Options: {message}"),
        },
        other => other,
    }
}

/// The library version (`boardkit` crate version).
#[wasm_bindgen(skip_typescript)]
pub fn version() -> String {
    boardkit::VERSION.to_string()
}

/// True when `key` is a field name of the schema: the only keys a path built in JS (for
/// a value JSON cannot carry) may name, as in the core's first reading pass.
#[wasm_bindgen(js_name = isSchemaName, skip_typescript)]
pub fn is_schema_name(key: &str) -> bool {
    boardkit::read::is_schema_name(key)
}

/// Check every governance rule on a board document and return the report of findings.
/// `options.as_of` ("2017-01-31") is the date to judge "overdue" against; absent, rules
/// that need a date are not run.
#[wasm_bindgen(js_name = validateDocument, skip_typescript)]
pub fn validate_document(doc: &str, options_json: &str) -> Result<String, JsValue> {
    options(options_json)
        .and_then(|o| document(doc).map(|d| d.validate(&o)))
        .and_then(|report| to_js(&report))
        .map_err(|e| to_js_error(&e))
}

/// Read a board document and return it in its normal form: defaults filled in, empty
/// optional parts dropped, dates and times in their canonical spelling.
#[wasm_bindgen(js_name = normaliseDocument, skip_typescript)]
pub fn normalise_document(doc: &str) -> Result<String, JsValue> {
    document(doc)
        .and_then(|d| to_js(&d))
        .map_err(|e| to_js_error(&e))
}

/// Every rule boardkit can report: code, severity and meaning (the rule catalogue).
#[wasm_bindgen(skip_typescript)]
pub fn rules() -> Result<String, JsValue> {
    // The catalogue never changes while the module runs: written once.
    static TEXT: std::sync::OnceLock<Result<String, Error>> = std::sync::OnceLock::new();
    TEXT.get_or_init(|| to_js(&boardkit::catalogue::all()))
        .clone()
        .map_err(|e| to_js_error(&e))
}

/// The version of a board document that may be published: every confidential minute item
/// keeps its number, kind and time but loses its title, text, decisions and papers.
#[wasm_bindgen(js_name = documentPublicVersion, skip_typescript)]
pub fn document_public_version(doc: &str) -> Result<String, JsValue> {
    document(doc)
        .and_then(|d| to_js(&d.public_version()))
        .map_err(|e| to_js_error(&e))
}

/// The redaction ledger of a board document's public version: per meeting with anything
/// withheld, the counts by kind, the Schedule 12A paragraphs and the review date.
#[wasm_bindgen(js_name = documentRedactionLedger, skip_typescript)]
pub fn document_redaction_ledger(doc: &str) -> Result<String, JsValue> {
    document(doc)
        .and_then(|d| to_js(&d.redaction_ledger()))
        .map_err(|e| to_js_error(&e))
}

/// Run one rule fixture (the format of tests/conformance/README.md) and return its result:
/// `{name, passed, missing, unexpected, findings}`, the same as Rust and C give. The module
/// reads no files: `document_file` is an error at `/document_file`; put the document itself
/// in `document`.
#[wasm_bindgen(js_name = runFixture, skip_typescript)]
pub fn run_fixture(fixture: &str) -> Result<String, JsValue> {
    boardkit::testing::run_fixture(fixture, None)
        .and_then(|r| to_js(&r))
        .map_err(|e| to_js_error(&e))
}

/// Declare capabilities: `jsName => rust_name: kind core::function;` where `kind` is
/// `result` for a core function returning `Result<Response, Error>` and `plain` for one
/// that cannot fail.
macro_rules! capabilities {
    (@call result $f:path, $request:ident) => { call($request, |r| $f(&r)) };
    (@call plain $f:path, $request:ident) => { call($request, |r| Ok($f(&r))) };
    ($($(#[doc = $doc:expr])+ $js:ident => $name:ident: $kind:ident $f:path;)+) => {
        $(
            $(#[doc = $doc])+
            #[wasm_bindgen(js_name = $js, skip_typescript)]
            pub fn $name(request: &str) -> Result<String, JsValue> {
                capabilities!(@call $kind $f, request)
            }
        )+
    };
}

capabilities! {
    /// Check one record (an action, a risk, a meeting...) in the context of its board
    /// document, with findings' paths relative to the record, for a form.
    documentValidateRecord => document_validate_record: result boardkit::document::validate_record;
    /// Whether a meeting was quorate under its body's constitution (`quorum` null when the
    /// body has none). Errors: `/meeting` when the meeting or its body is not in the document.
    meetingQuorum => meeting_quorum: result boardkit::meeting::meeting_quorum;

    /// The action log as of a date: every action with its status, due date and RAG.
    actionLog => action_log: result boardkit::action::log;
    /// Actions not yet done as of a date.
    actionOpen => action_open: result boardkit::action::open;
    /// Open actions past their due day as of a date.
    actionOverdue => action_overdue: result boardkit::action::overdue;
    /// Open actions with no due date, or one that cannot be resolved.
    actionUndated => action_undated: result boardkit::action::undated;
    /// Actions completed, closed or superseded by a date.
    actionCompleted => action_completed: result boardkit::action::completed;
    /// Every action raised by a date with its RAG rating and the reason for it.
    actionRag => action_rag: result boardkit::action::rag;
    /// Counts of the action log by status, RAG and owner as of a date.
    actionSummary => action_summary: result boardkit::action::summary;
    /// Open actions falling due within a number of days of a date.
    actionDueWithin => action_due_within: result boardkit::action::due_within;
    /// The matters-arising list carried forward from a meeting to the next.
    actionCarryForward => action_carry_forward: result boardkit::action::carry_forward;
    /// One action's dated statuses, oldest first.
    actionHistory => action_history: result boardkit::action::history;
    /// The document with matters-arising statuses written into action histories.
    actionFlowMattersArising => action_flow_matters_arising: result boardkit::action::flow_matters_arising;
    /// Actions whose due date was revised, with how often it slipped later.
    actionSlipped => action_slipped: result boardkit::action::slipped;
    /// Actions completed after the due date in force, with the days late.
    actionLateCompletions => action_late_completions: result boardkit::action::late_completions;
    /// Open actions as of a date grouped by the owner in force.
    actionOpenByOwner => action_open_by_owner: result boardkit::action::open_by_owner;
    /// Open actions as of a date grouped by their owners' agency.
    actionOpenByAgency => action_open_by_agency: result boardkit::action::open_by_agency;

    /// The score and band of one likelihood and impact on a risk matrix.
    riskRate => risk_rate: result boardkit::risk::rate;
    /// A risk matrix laid out as a grid of scored, banded cells.
    riskGrid => risk_grid: result boardkit::risk::grid;
    /// Every risk of a register rated as of a date.
    riskRatings => risk_ratings: result boardkit::risk::ratings;
    /// How many live risks sit in each cell of the matrix as of a date.
    riskHeatMap => risk_heat_map: result boardkit::risk::heat_map;
    /// Risks whose review is due or overdue, and deferred risks to revisit.
    riskReviews => risk_reviews: result boardkit::risk::reviews;
    /// Risks at or above the escalation score.
    riskEscalations => risk_escalations: result boardkit::risk::escalations;
    /// A summary of the register for a board paper.
    riskSummary => risk_summary: result boardkit::risk::summary;

    /// Each partner's contribution under a funding formula, summing exactly to the total.
    budgetApportion => budget_apportion: result boardkit::budget::apportion;
    /// The budget statement of a year (income, spend, reserves, change on last year).
    budgetStatement => budget_statement: result boardkit::budget::statement;
    /// The budget statement of a board's year from a board document.
    budgetYearStatement => budget_year_statement: result boardkit::budget::year_statement;
    /// Read an amount typed into a form ("£298,700") as pence.
    budgetParseMoney => budget_parse_money: result boardkit::budget::parse_money;
    /// Write an amount of pence as a board writes it ("£298,700").
    budgetFormatMoney => budget_format_money: plain boardkit::budget::format_money;
    /// Every line a funder's decision pays (per area, then between boards), its central pots and total.
    budgetAllocateDecision => budget_allocate_decision: result boardkit::budget::allocate_decision;

    /// Check one scorecard's rules (paths relative to the scorecard).
    scorecardValidate => scorecard_validate: plain boardkit::scorecard::validate;
    /// Each indicator's value, RAG, direction of travel and comparators for a period.
    scorecardSummarise => scorecard_summarise: plain boardkit::scorecard::summarise;
    /// A count as a rate per 10,000 of a population, rounded once.
    scorecardRatePer10000 => scorecard_rate_per_10000: result boardkit::scorecard::rate_per_10000;
    /// A part as a percentage of a total, rounded once.
    scorecardShareOfTotal => scorecard_share_of_total: result boardkit::scorecard::share_of_total;
    /// The change and percent change between two values.
    scorecardChange => scorecard_change: result boardkit::scorecard::change;
    /// The populations consistent with a published count and rate.
    scorecardInferPopulation => scorecard_infer_population: result boardkit::scorecard::infer_population;
    /// Whether an indicator improved, given its polarity.
    scorecardDirectionOfTravel => scorecard_direction_of_travel: plain boardkit::scorecard::direction_of_travel;
    /// The RAG rating of a value against a target.
    scorecardRagRating => scorecard_rag_rating: plain boardkit::scorecard::rag_rating;

    /// Attendance of a body's meetings over a period, by agency and by member.
    reportAttendance => report_attendance: result boardkit::report::attendance;

    /// The working day so many working days after a date, in a nation's calendar.
    clockAddWorkingDays => clock_add_working_days: result boardkit::clock::add_working_days;
    /// The clear days (and clear working days) between two events.
    clockClearDays => clock_clear_days: result boardkit::clock::clear_days;
    /// The latest day that leaves so many clear days before an event.
    clockDueBy => clock_due_by: result boardkit::clock::due_by;
    /// Whether a working-day clock has run out as of a date, and by how much.
    clockOverdue => clock_overdue: result boardkit::clock::overdue;
    /// A nation's bank holidays in a year.
    clockBankHolidays => clock_bank_holidays: result boardkit::clock::bank_holidays;
}
