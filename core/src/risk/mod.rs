//! The risk register: a configurable matrix ([`matrix`]), risk entries with a lifecycle,
//! assessments and history ([`entry`]), and the register with its as-of operations
//! ([`register`]: its plain data and its scores as of a date are in files of their own,
//! re-exported there). Its rules are units, one file each (`rules/`), run by the
//! register's walk (`checks.rs`) at their stages; their constants keep their paths here.
//!
//! The board decides to add a risk ("Early Help remodelling to be added to the Risk
//! Register"), to defer one until there is evidence ("revisit at the March meeting"), or
//! to close one. Scores are likelihood x impact on the council's own matrix; bands turn a
//! score into a rating (red/amber/green, or four bands).

mod checks;
mod data;
pub mod entry;
mod links;
pub mod matrix;
pub mod profile;
mod rating;
pub mod register;
pub(crate) mod rules;
mod scores;
mod shared;

pub use entry::{
    Assessment, Control, Effectiveness, HistoryEntry, IssueType, PlannedAction, Raised,
    ReviewFrequency, Risk, RiskStatus, Treatment,
};
pub use matrix::{Band, Matrix, Placement, Rating, Scoring};
pub use register::{
    escalations, grid, heat_map, rate, ratings, reviews, summary, BoardSummary, EscalationList,
    EscalationRequest, GridRequest, GridResponse, HeatMap, RateResponse, RatingsResponse,
    RegisterRequest, ReviewList, ReviewRequest, RiskDirection, RiskRateRequest, RiskRating,
    RiskRegister, StatedCount, SummaryRequest,
};

/// The old name of [`RiskDirection`], kept so that host code written against it still compiles.
#[deprecated(
    note = "renamed `RiskDirection`: an indicator has a direction of travel of its own, `ScorecardDirection`"
)]
pub type Direction = RiskDirection;

/// The old name of [`RiskRateRequest`], kept so that host code written against it still compiles.
#[deprecated(
    note = "renamed `RiskRateRequest`: the scorecard has a request of its own, `ScorecardRateRequest`"
)]
pub type RateRequest = RiskRateRequest;

pub use register::{HeatBasis, StatedCell};

pub(crate) use checks::check;
pub use rules::closed_without_date::CLOSED_WITHOUT_DATE;
pub use rules::closed_without_reason::CLOSED_WITHOUT_REASON;
pub use rules::current_differs_from_history::CURRENT_DIFFERS_FROM_HISTORY;
pub use rules::current_worse_than_inherent::CURRENT_WORSE_THAN_INHERENT;
pub use rules::deferred_without_revisit::DEFERRED_WITHOUT_REVISIT;
pub use rules::history_after_as_of::HISTORY_AFTER_AS_OF;
pub use rules::history_out_of_order::HISTORY_OUT_OF_ORDER;
pub use rules::history_score_differs::HISTORY_SCORE_DIFFERS;
pub use rules::history_without_score::HISTORY_WITHOUT_SCORE;
pub use rules::invalid_matrix::INVALID_MATRIX;
pub use rules::out_of_matrix::OUT_OF_MATRIX;
pub use rules::review_overdue::REVIEW_OVERDUE;
pub use rules::stated_count_differs::STATED_COUNT_DIFFERS;
pub use rules::stated_direction_differs::STATED_DIRECTION_DIFFERS;
pub use rules::stated_heat_map_differs::STATED_HEAT_MAP_DIFFERS;
pub use rules::target_date_passed::TARGET_DATE_PASSED;
pub use rules::target_worse_than_current::TARGET_WORSE_THAN_CURRENT;
pub use rules::top_band_review_too_far::TOP_BAND_REVIEW_TOO_FAR;
pub use rules::top_band_without_controls::TOP_BAND_WITHOUT_CONTROLS;
pub use rules::top_band_without_owner::TOP_BAND_WITHOUT_OWNER;
pub use rules::unknown_action::UNKNOWN_ACTION;
pub use rules::{RULES, UNITS};

/// Where the register sits in a document.
const AT: &str = "/risk_register";
