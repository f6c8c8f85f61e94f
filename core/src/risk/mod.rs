//! The risk register: a configurable matrix ([`matrix`]), risk entries with a lifecycle,
//! assessments and history ([`entry`]), and the register with its as-of operations
//! ([`register`]).
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
mod rules;
mod scores;

pub use entry::{
    Assessment, Control, Effectiveness, HistoryEntry, IssueType, PlannedAction, Raised,
    ReviewFrequency, Risk, RiskStatus, Treatment,
};
pub use matrix::{Band, Matrix, Placement, Rating, Scoring};
pub use register::{
    escalations, grid, heat_map, rate, ratings, reviews, summary, BoardSummary, Direction,
    EscalationList, EscalationRequest, GridRequest, GridResponse, HeatMap, RateRequest,
    RateResponse, RatingsResponse, RegisterRequest, ReviewList, ReviewRequest, RiskRating,
    RiskRegister, StatedCount, SummaryRequest,
};
pub use register::{HeatBasis, StatedCell};

pub(crate) use checks::check;
pub use rules::{
    CLOSED_WITHOUT_DATE, CLOSED_WITHOUT_REASON, CURRENT_DIFFERS_FROM_HISTORY,
    CURRENT_WORSE_THAN_INHERENT, DEFERRED_WITHOUT_REVISIT, HISTORY_AFTER_AS_OF,
    HISTORY_OUT_OF_ORDER, HISTORY_SCORE_DIFFERS, HISTORY_WITHOUT_SCORE, INVALID_MATRIX,
    OUT_OF_MATRIX, REVIEW_OVERDUE, RULES, STATED_COUNT_DIFFERS, STATED_DIRECTION_DIFFERS,
    STATED_HEAT_MAP_DIFFERS, TARGET_DATE_PASSED, TARGET_WORSE_THAN_CURRENT,
    TOP_BAND_REVIEW_TOO_FAR, TOP_BAND_WITHOUT_CONTROLS, TOP_BAND_WITHOUT_OWNER, UNKNOWN_ACTION,
};

/// Where the register sits in a document.
const AT: &str = "/risk_register";
