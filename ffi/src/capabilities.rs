//! The one capability table: every entry point of boardkit, with its C function, its
//! wasm export and JS name, its request and response types, its feature and its kind.
//!
//! This file is the source of truth. `ffi` reads it as its module `capabilities`; `wasm`
//! includes the same file (`include!`), so both read one list:
//! * the wasm exports of the request capabilities are expanded from
//!   `for_each_request!` (wasm/src/lib.rs);
//! * `bash tests/codegen.sh` generates from it the TypeScript and JSON Schema
//!   registrations (wasm/types/), `ffi/REQUESTS.md` and the capability block of
//!   `wasm/js/api.js` (the generator wasm/codegen/generate.rs);
//! * what cannot be generated (the C functions cbindgen reads, the hand-written wasm
//!   exports, the loaded board's questions `boardkit::loaded::QUERIES`, the C, Node and
//!   fuzz tables) is compared with it by `ffi/tests/capabilities.rs`, which names every
//!   missing or extra entry.
//!
//! README.md, "Adding a capability", lists the files a new capability touches.

/// What kind of entry point a capability is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// One JSON request in, one JSON response out: C `boardkit_area_verb(request_json,
    /// &out_json)`, JS `areaVerb(request)`. Listed in `for_each_request!`.
    Request,
    /// A call on a whole board document with its own arguments (validate, normalise,
    /// public version, the catalogue, a rule fixture).
    Document,
    /// A call on a loaded board: C `boardkit_board_*` on a handle, JS a `Board` method.
    Board,
    /// Library-wide: the versions, the one free function, the thread's last error.
    Library,
}

/// One capability: how C and JS reach it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Capability {
    /// What kind of entry point it is.
    pub kind: Kind,
    /// The C function (`boardkit_action_overdue`); None when C has no such call.
    pub c: Option<&'static str>,
    /// The wasm-bindgen export (`actionOverdue`; `RawBoard.query` for a loaded board's
    /// method); None when the module has none.
    pub wasm: Option<&'static str>,
    /// The name the JS package exports (`actionOverdue`; `Board.query` for a method of
    /// `Board`); None when JS has no such call.
    pub js: Option<&'static str>,
    /// The request type (a Rust path), or a description of the arguments.
    pub request: &'static str,
    /// The response type (a Rust path), or a description of the result.
    pub response: &'static str,
    /// The cargo feature of `boardkit-ffi` it needs (`import`, `render`); its JS name is
    /// then in that feature's own package (`boardkit-import`, `boardkit-render`).
    pub feature: Option<&'static str>,
    /// The question of the loaded board that answers the same (`Board.query(name, ...)`,
    /// `boardkit_board_query`), one of `boardkit::loaded::QUERIES`.
    pub query: Option<&'static str>,
    /// Whether the fuzz target `tests/fuzz/fuzz_targets/ffi.rs` calls it.
    pub fuzzed: bool,
    /// One sentence (or more) in the board's terms: the JS doc comment.
    pub doc: &'static str,
}

/// Call `$callback!` with every request capability ([`Kind::Request`]), one per entry:
///
/// ```text
/// jsName rust_name c_name (result|plain core::function)
///     (RequestType => ResponseType) query("question" or nothing) "doc";
/// ```
///
/// `result` is a core function returning `Result<Response, boardkit::Error>`, `plain` one
/// that cannot fail. The order is the order of the TypeScript declarations.
#[macro_export]
macro_rules! for_each_request {
    ($callback:ident) => {
        $callback! {
        documentValidateRecord document_validate_record boardkit_document_validate_record (result boardkit::document::validate_record)
            (boardkit::document::ValidateRecordRequest => boardkit::Report)
            query() "Check one record (kind `action`, `risk`, `meeting`...) in the context of its board document, as a form does while the user types: only the findings about that record, with paths relative to it (`/due`; `\"\"` for the record as a whole).\nA record that is not well formed is not thrown: each shape problem is a finding (`shape.invalid`...) at its path in the record.\n@throws {BoardkitError} at `/kind` or `/as_of` when they are not valid, `/context/...` when the document is not, and `/record/...` when the record's JSON cannot be read as any record (a key given twice, nesting deeper than 48 levels, a number that cannot be kept exactly).";
        meetingQuorum meeting_quorum boardkit_meeting_quorum (result boardkit::meeting::meeting_quorum)
            (boardkit::meeting::QuorumRequest => boardkit::meeting::QuorumResponse)
            query("meeting_quorum") "Whether a meeting was quorate under its body's constitution: the meeting, its body and the quorum position (`quorum` null when the body has no constitution).\n@throws {BoardkitError} at `/meeting` when the meeting or its body is not in the document.";
        actionLog action_log boardkit_action_log (result boardkit::action::log)
            (boardkit::action::LogRequest => boardkit::action::ActionLog)
            query("action_log") "The action log as of a date: every action with its status, due date and RAG.";
        actionOpen action_open boardkit_action_open (result boardkit::action::open)
            (boardkit::action::LogRequest => boardkit::action::ActionList)
            query("action_open") "Actions not yet done as of a date.";
        actionOverdue action_overdue boardkit_action_overdue (result boardkit::action::overdue)
            (boardkit::action::LogRequest => boardkit::action::ActionList)
            query("action_overdue") "Open actions past their due day as of a date.";
        actionUndated action_undated boardkit_action_undated (result boardkit::action::undated)
            (boardkit::action::LogRequest => boardkit::action::ActionList)
            query("action_undated") "Open actions with no due date, or one that cannot be resolved.";
        actionCompleted action_completed boardkit_action_completed (result boardkit::action::completed)
            (boardkit::action::LogRequest => boardkit::action::ActionList)
            query("action_completed") "Actions completed, closed or superseded by a date.";
        actionRag action_rag boardkit_action_rag (result boardkit::action::rag)
            (boardkit::action::LogRequest => boardkit::action::ActionList)
            query("action_rag") "Every action raised by a date with its RAG rating and the reason for it.";
        actionSummary action_summary boardkit_action_summary (result boardkit::action::summary)
            (boardkit::action::LogRequest => boardkit::action::Summary)
            query("action_summary") "Counts of the action log by status, RAG and owner as of a date.";
        actionSlipped action_slipped boardkit_action_slipped (result boardkit::action::slipped)
            (boardkit::action::LogQueryRequest => Vec<boardkit::action::Slipped>)
            query("action_slipped") "Actions whose due date was revised, with how often it slipped later.";
        actionLateCompletions action_late_completions boardkit_action_late_completions (result boardkit::action::late_completions)
            (boardkit::action::LogQueryRequest => Vec<boardkit::action::LateCompletion>)
            query("action_late_completions") "Actions completed after the due date in force, with the days late.";
        actionOpenByOwner action_open_by_owner boardkit_action_open_by_owner (result boardkit::action::open_by_owner)
            (boardkit::action::LogQueryRequest => Vec<boardkit::action::OpenGroup>)
            query("action_open_by_owner") "Open actions as of a date grouped by the owner in force.";
        actionOpenByAgency action_open_by_agency boardkit_action_open_by_agency (result boardkit::action::open_by_agency)
            (boardkit::action::LogQueryRequest => Vec<boardkit::action::OpenGroup>)
            query("action_open_by_agency") "Open actions as of a date grouped by their owners' agency.";
        actionDueWithin action_due_within boardkit_action_due_within (result boardkit::action::due_within)
            (boardkit::action::DueWithinRequest => boardkit::action::ActionList)
            query("action_due_within") "Open actions falling due within a number of days of a date.";
        actionCarryForward action_carry_forward boardkit_action_carry_forward (result boardkit::action::carry_forward)
            (boardkit::action::CarryForwardRequest => boardkit::action::CarryForward)
            query("action_carry_forward") "The matters-arising list carried forward from a meeting to the next.";
        actionHistory action_history boardkit_action_history (result boardkit::action::history)
            (boardkit::action::HistoryRequest => boardkit::action::ActionHistory)
            query("action_history") "One action's dated statuses, oldest first.";
        actionFlowMattersArising action_flow_matters_arising boardkit_action_flow_matters_arising (result boardkit::action::flow_matters_arising)
            (boardkit::action::FlowRequest => boardkit::action::FlowResult)
            query("action_flow_matters_arising") "The document with matters-arising statuses written into action histories.";
        riskRate risk_rate boardkit_risk_rate (result boardkit::risk::rate)
            (boardkit::risk::RiskRateRequest => boardkit::risk::RateResponse)
            query() "The score and band of one likelihood and impact on a risk matrix.";
        riskGrid risk_grid boardkit_risk_grid (result boardkit::risk::grid)
            (boardkit::risk::GridRequest => boardkit::risk::GridResponse)
            query() "A risk matrix laid out as a grid of scored, banded cells.";
        riskRatings risk_ratings boardkit_risk_ratings (result boardkit::risk::ratings)
            (boardkit::risk::RegisterRequest => boardkit::risk::RatingsResponse)
            query("risk_ratings") "Every risk of a register rated as of a date.";
        riskHeatMap risk_heat_map boardkit_risk_heat_map (result boardkit::risk::heat_map)
            (boardkit::risk::RegisterRequest => boardkit::risk::HeatMap)
            query("risk_heat_map") "How many live risks sit in each cell of the matrix as of a date.";
        riskReviews risk_reviews boardkit_risk_reviews (result boardkit::risk::reviews)
            (boardkit::risk::ReviewRequest => boardkit::risk::ReviewList)
            query("risk_reviews") "Risks whose review is due or overdue, and deferred risks to revisit.";
        riskEscalations risk_escalations boardkit_risk_escalations (result boardkit::risk::escalations)
            (boardkit::risk::EscalationRequest => boardkit::risk::EscalationList)
            query("risk_escalations") "Risks at or above the escalation score.";
        riskSummary risk_summary boardkit_risk_summary (result boardkit::risk::summary)
            (boardkit::risk::SummaryRequest => boardkit::risk::BoardSummary)
            query("risk_summary") "A summary of the register for a board paper.";
        budgetAllocateDecision budget_allocate_decision boardkit_budget_allocate_decision (result boardkit::budget::allocate_decision)
            (boardkit::budget::AllocateRequest => boardkit::budget::Allocated)
            query() "Every line a funder's decision pays (per area, then between boards), its central pots and total.";
        budgetApportion budget_apportion boardkit_budget_apportion (result boardkit::budget::apportion)
            (boardkit::budget::ApportionRequest => boardkit::budget::ApportionResponse)
            query() "Each partner's contribution under a funding formula, summing exactly to the total.";
        budgetStatement budget_statement boardkit_budget_statement (result boardkit::budget::statement)
            (boardkit::budget::StatementRequest => boardkit::budget::Statement)
            query() "The budget statement of a year (income, spend, reserves, change on last year).";
        budgetYearStatement budget_year_statement boardkit_budget_year_statement (result boardkit::budget::year_statement)
            (boardkit::budget::YearStatementRequest => boardkit::budget::Statement)
            query("budget_year_statement") "The budget statement of a board's year from a board document.";
        budgetParseMoney budget_parse_money boardkit_budget_parse_money (result boardkit::budget::parse_money)
            (boardkit::budget::money::ParseMoneyRequest => boardkit::budget::money::MoneyText)
            query() "Read an amount typed into a form (\"£298,700\") as pence.";
        budgetFormatMoney budget_format_money boardkit_budget_format_money (plain boardkit::budget::format_money)
            (boardkit::budget::money::FormatMoneyRequest => boardkit::budget::money::MoneyText)
            query() "Write an amount of pence as a board writes it (\"£298,700\").";
        scorecardValidate scorecard_validate boardkit_scorecard_validate (plain boardkit::scorecard::validate)
            (boardkit::scorecard::ValidateScorecardRequest => boardkit::Report)
            query() "Check one scorecard's rules (paths relative to the scorecard).";
        scorecardSummarise scorecard_summarise boardkit_scorecard_summarise (plain boardkit::scorecard::summarise)
            (boardkit::scorecard::SummariseRequest => boardkit::scorecard::ScorecardSummary)
            query() "Each indicator's value, RAG, direction of travel and comparators for a period.";
        scorecardRatePer10000 scorecard_rate_per_10000 boardkit_scorecard_rate_per_10000 (result boardkit::scorecard::rate_per_10000)
            (boardkit::scorecard::ScorecardRateRequest => boardkit::scorecard::RateResponse)
            query() "A count as a rate per 10,000 of a population, rounded once.";
        scorecardShareOfTotal scorecard_share_of_total boardkit_scorecard_share_of_total (result boardkit::scorecard::share_of_total)
            (boardkit::scorecard::ShareRequest => boardkit::scorecard::ShareResponse)
            query() "A part as a percentage of a total, rounded once.";
        scorecardChange scorecard_change boardkit_scorecard_change (result boardkit::scorecard::change)
            (boardkit::scorecard::ChangeRequest => boardkit::scorecard::ChangeResponse)
            query() "The change and percent change between two values.";
        scorecardInferPopulation scorecard_infer_population boardkit_scorecard_infer_population (result boardkit::scorecard::infer_population)
            (boardkit::scorecard::InferPopulationRequest => boardkit::scorecard::PopulationRange)
            query() "The populations consistent with a published count and rate.";
        scorecardDirectionOfTravel scorecard_direction_of_travel boardkit_scorecard_direction_of_travel (plain boardkit::scorecard::direction_of_travel)
            (boardkit::scorecard::TravelRequest => boardkit::scorecard::Travel)
            query() "Whether an indicator improved, given its polarity.";
        scorecardRagRating scorecard_rag_rating boardkit_scorecard_rag_rating (plain boardkit::scorecard::rag_rating)
            (boardkit::scorecard::RagRequest => boardkit::scorecard::RagResponse)
            query() "The RAG rating of a value against a target.";
        reportAttendance report_attendance boardkit_report_attendance (result boardkit::report::attendance)
            (boardkit::report::AttendanceRequest => boardkit::report::AttendanceReport)
            query("report_attendance") "Attendance of a body's meetings over a period, by agency and by member.";
        clockAddWorkingDays clock_add_working_days boardkit_clock_add_working_days (result boardkit::clock::add_working_days)
            (boardkit::clock::AddWorkingDaysRequest => boardkit::clock::AddWorkingDaysResponse)
            query() "The working day so many working days after a date, in a nation's calendar.";
        clockClearDays clock_clear_days boardkit_clock_clear_days (result boardkit::clock::clear_days)
            (boardkit::clock::ClearDaysRequest => boardkit::clock::ClearDaysResponse)
            query() "The clear days (and clear working days) between two events.";
        clockDueBy clock_due_by boardkit_clock_due_by (result boardkit::clock::due_by)
            (boardkit::clock::DueByRequest => boardkit::clock::DueByResponse)
            query() "The latest day that leaves so many clear days before an event.";
        clockOverdue clock_overdue boardkit_clock_overdue (result boardkit::clock::overdue)
            (boardkit::clock::OverdueRequest => boardkit::clock::OverdueResponse)
            query() "Whether a working-day clock has run out as of a date, and by how much.";
        clockBankHolidays clock_bank_holidays boardkit_clock_bank_holidays (result boardkit::clock::bank_holidays)
            (boardkit::clock::HolidaysRequest => boardkit::clock::HolidaysResponse)
            query() "A nation's bank holidays in a year.";
        }
    };
}

/// The loaded board's question of a request entry: `query()` or `query("name")`.
macro_rules! question {
    () => {
        None
    };
    ($q:literal) => {
        Some($q)
    };
}

/// Build [`REQUESTS`] from the request entries.
macro_rules! request_table {
    ($($js:ident $name:ident $c:ident ($fallible:ident $f:path) ($req:ty => $resp:ty)
        query($($q:literal)?) $doc:literal;)*) => {
        /// Every request capability ([`Kind::Request`]), in the order of `for_each_request!`.
        pub const REQUESTS: &[Capability] = &[$(
            Capability {
                kind: Kind::Request,
                c: Some(stringify!($c)),
                wasm: Some(stringify!($js)),
                js: Some(stringify!($js)),
                request: stringify!($req),
                response: stringify!($resp),
                feature: None,
                query: question!($($q)?),
                fuzzed: true,
                doc: $doc,
            },
        )*];
    };
}
for_each_request!(request_table);

/// A capability that is not a plain request ([`Kind::Document`], [`Kind::Board`],
/// [`Kind::Library`]), or one behind a feature.
const fn other(
    kind: Kind,
    c: Option<&'static str>,
    wasm: Option<&'static str>,
    js: Option<&'static str>,
    shapes: (&'static str, &'static str),
    doc: &'static str,
) -> Capability {
    Capability {
        kind,
        c,
        wasm,
        js,
        request: shapes.0,
        response: shapes.1,
        feature: None,
        query: None,
        fuzzed: false,
        doc,
    }
}

/// As [`other`], the same name in the wasm module and the JS package.
const fn both(
    kind: Kind,
    c: &'static str,
    js: &'static str,
    shapes: (&'static str, &'static str),
    doc: &'static str,
) -> Capability {
    other(kind, Some(c), Some(js), Some(js), shapes, doc)
}

/// As [`other`], behind a feature of `boardkit-ffi` (and in that feature's JS package).
const fn featured(
    feature: &'static str,
    c: &'static str,
    js: &'static str,
    shapes: (&'static str, &'static str),
    doc: &'static str,
) -> Capability {
    Capability {
        feature: Some(feature),
        ..other(Kind::Document, Some(c), Some(js), Some(js), shapes, doc)
    }
}

/// As [`other`], a method of the loaded board (`RawBoard` in the module, `Board` in JS).
const fn method(
    c: Option<&'static str>,
    wasm: Option<&'static str>,
    js: &'static str,
    shapes: (&'static str, &'static str),
    doc: &'static str,
) -> Capability {
    other(Kind::Board, c, wasm, Some(js), shapes, doc)
}

const DOC: &str = "boardkit::BoardDocument";
const NONE: &str = "nothing";

/// Every capability that is not in [`REQUESTS`].
pub const OTHERS: &[Capability] = &[
    // library
    both(
        Kind::Library,
        "boardkit_version",
        "version",
        (NONE, "a static string"),
        "The library version.",
    ),
    other(
        Kind::Library,
        Some("boardkit_abi_version"),
        None,
        None,
        (NONE, "u32"),
        "The ABI version of the loaded library.",
    ),
    other(
        Kind::Library,
        Some("boardkit_string_free"),
        None,
        None,
        ("a returned string", NONE),
        "Release a string returned by boardkit.",
    ),
    other(
        Kind::Library,
        Some("boardkit_last_error_status"),
        None,
        None,
        (NONE, "BoardkitStatus"),
        "The status of the thread's last failed call (JS: thrown).",
    ),
    other(
        Kind::Library,
        Some("boardkit_last_error_message"),
        None,
        None,
        (NONE, "a string"),
        "The message of the thread's last failed call (JS: `BoardkitError.message`).",
    ),
    other(
        Kind::Library,
        Some("boardkit_last_error_code"),
        None,
        None,
        (NONE, "a string"),
        "The code of the thread's last failed call (JS: `BoardkitError.code`).",
    ),
    other(
        Kind::Library,
        Some("boardkit_last_error_path"),
        None,
        None,
        (NONE, "a string"),
        "The JSON Pointer of the thread's last failed call (JS: `BoardkitError.path`).",
    ),
    other(
        Kind::Library,
        None,
        Some("isSchemaName"),
        None,
        ("a key", "bool"),
        "Whether a key is a field name of the schema (api.js builds paths with it).",
    ),
    // a board document
    Capability {
        fuzzed: true,
        ..both(
            Kind::Document,
            "boardkit_document_validate",
            "validateDocument",
            (DOC, "boardkit::Report"),
            "Check every governance rule on a board document.",
        )
    },
    Capability {
        fuzzed: true,
        ..both(
            Kind::Document,
            "boardkit_document_normalise",
            "normaliseDocument",
            (DOC, DOC),
            "A board document in its normal form.",
        )
    },
    both(
        Kind::Document,
        "boardkit_catalogue",
        "rules",
        (NONE, "Vec<boardkit::Rule>"),
        "Every rule boardkit can report (the rule catalogue).",
    ),
    Capability {
        fuzzed: true,
        query: Some("public_version"),
        ..both(
            Kind::Document,
            "boardkit_document_public_version",
            "documentPublicVersion",
            (DOC, DOC),
            "The version of a board document that may be published.",
        )
    },
    Capability {
        fuzzed: true,
        ..both(
            Kind::Document,
            "boardkit_document_redaction_ledger",
            "documentRedactionLedger",
            (DOC, "boardkit::public::Ledger"),
            "The redaction ledger of a board document's public version.",
        )
    },
    both(
        Kind::Document,
        "boardkit_test_fixture",
        "runFixture",
        (
            "boardkit::testing::Fixture",
            "boardkit::testing::FixtureResult",
        ),
        "Run one rule fixture (C also reads `document_file`, so it is not fuzzed).",
    ),
    // behind a feature
    featured(
        "import",
        "boardkit_import",
        "importFile",
        (
            "bytes and boardkit_import::request::Options",
            "boardkit_import::Draft",
        ),
        "Read minutes, an action log, a risk register or an attendance grid into a draft.",
    ),
    featured(
        "import",
        "boardkit_import_write",
        "importFileChunks",
        (
            "bytes, boardkit_import::request::Options and a write callback",
            "boardkit_import::Draft, written in chunks",
        ),
        "Read a file into a draft as importFile does, the draft's JSON handed to a callback in chunks instead of returned as one string (for large files).",
    ),
    featured(
        "render",
        "boardkit_render",
        "renderPapers",
        (
            "boardkit_render::request::RenderRequest",
            "boardkit_render::request::Rendered",
        ),
        "Board papers as HTML, Markdown, CSV or SVG.",
    ),
    featured(
        "render",
        "boardkit_export_ical",
        "exportIcal",
        (
            "boardkit_render::request::IcalRequest",
            "boardkit_render::request::Calendar",
        ),
        "The meetings and deadlines as iCalendar.",
    ),
    featured(
        "render",
        "boardkit_export_oparl",
        "exportOparl",
        (
            "boardkit_render::request::OparlRequest",
            "boardkit_render::oparl::Export",
        ),
        "The board as OParl JSON.",
    ),
    // a loaded board
    method(
        Some("boardkit_board_open"),
        Some("RawBoard.constructor"),
        "Board.constructor",
        (DOC, "a board"),
        "Open a board from its document.",
    ),
    method(
        Some("boardkit_board_free"),
        Some("RawBoard.free"),
        "Board.free",
        ("a board", NONE),
        "Free a board.",
    ),
    method(
        Some("boardkit_board_validate"),
        Some("RawBoard.validate"),
        "Board.validate",
        ("boardkit::document::ValidateOptions", "boardkit::Report"),
        "Check every governance rule on the board.",
    ),
    method(
        Some("boardkit_board_validate_record"),
        Some("RawBoard.validateRecord"),
        "Board.validateRecord",
        ("boardkit::loaded::RecordRequest", "boardkit::Report"),
        "Check one record against the board.",
    ),
    method(
        Some("boardkit_board_query"),
        Some("RawBoard.query"),
        "Board.query",
        ("a question and its request", "its answer"),
        "Answer a question by name (boardkit::loaded::QUERIES).",
    ),
    method(
        Some("boardkit_board_document"),
        Some("RawBoard.document"),
        "Board.document",
        (NONE, DOC),
        "The board's document.",
    ),
    method(
        Some("boardkit_board_insert"),
        Some("RawBoard.insert"),
        "Board.insert",
        ("a kind and a record", "its position"),
        "Add a record of a kind.",
    ),
    method(
        Some("boardkit_board_replace"),
        Some("RawBoard.replace"),
        "Board.replace",
        ("a kind and a record", "its position"),
        "Replace the record of a kind with the record's id.",
    ),
    method(
        Some("boardkit_board_remove"),
        Some("RawBoard.remove"),
        "Board.remove",
        ("a kind and an id", "the position it had"),
        "Remove the record of a kind with an id.",
    ),
    method(
        None,
        Some("RawBoard.documentText"),
        "Board.documentText",
        (NONE, "the document as JSON text"),
        "The board's document as JSON text, every number of extensions as written.",
    ),
    method(
        None,
        Some("openBoards"),
        "Board.openCount",
        (NONE, "usize"),
        "How many boards are open (C hosts pair open and free themselves).",
    ),
];

/// Every capability: [`REQUESTS`], then [`OTHERS`].
pub fn all() -> impl Iterator<Item = &'static Capability> {
    REQUESTS.iter().chain(OTHERS.iter())
}
