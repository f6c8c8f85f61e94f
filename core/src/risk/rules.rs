//! The rules of the risk register (codes `risk.*`): their constants and the area's list,
//! re-exported by `risk` (and `risk::profile`) at their public paths. The register's
//! check is in `checks.rs`: scores and lifecycles in `scores.rs`, references and stated
//! counts in `links.rs`, the constitution's escalation score in `profile.rs`.

use crate::validate::{Rule, Severity};

/// The matrix configuration is unusable.
pub const INVALID_MATRIX: Rule = Rule {
    code: "risk.invalid_matrix",
    severity: Severity::Error,
    summary: "The risk matrix configuration is unusable (an empty scale, bands that overlap or leave a possible score unrated, an escalation score off the matrix), so no risk can be rated. Bands may leave scores unrated when the register is an excerpt or its bands are marked partial.",
};
/// A likelihood or impact off the matrix.
pub const OUT_OF_MATRIX: Rule = Rule {
    code: "risk.out_of_matrix",
    severity: Severity::Error,
    summary: "A likelihood or impact level (inherent, current, target or in the history) is outside the matrix's scale.",
};
/// Target score above the current score.
pub const TARGET_WORSE_THAN_CURRENT: Rule = Rule {
    code: "risk.target_worse_than_current",
    severity: Severity::Error,
    summary: "The target score is higher than the current score: a target can be no worse than where the risk stands now.",
};
/// Current score above the inherent score.
pub const CURRENT_WORSE_THAN_INHERENT: Rule = Rule {
    code: "risk.current_worse_than_inherent",
    severity: Severity::Warning,
    summary: "The current (residual) score is higher than the inherent score, so the controls appear to make the risk worse.",
};
/// A top-band risk with no owner.
pub const TOP_BAND_WITHOUT_OWNER: Rule = Rule {
    code: "risk.top_band_without_owner",
    severity: Severity::Error,
    summary: "A live risk in the most serious band (red) has no owner.",
};
/// A top-band risk with no controls.
pub const TOP_BAND_WITHOUT_CONTROLS: Rule = Rule {
    code: "risk.top_band_without_controls",
    severity: Severity::Error,
    summary: "A live risk in the most serious band (red) records no controls. Silent on a register the paper says is an excerpt (the controls may be on pages left out).",
};
/// A top-band risk without a near enough review date.
pub const TOP_BAND_REVIEW_TOO_FAR: Rule = Rule {
    code: "risk.top_band_review_too_far",
    severity: Severity::Error,
    summary: "A live risk in the most serious band (red) has no review date, or one further from its latest assessment than the register's limit for red risks. Silent when the register records no review dates, frequencies or limit and the body's constitution sets no review interval.",
};
/// A review date passed.
pub const REVIEW_OVERDUE: Rule = Rule {
    code: "risk.review_overdue",
    severity: Severity::Warning,
    summary: "A live risk's review date (given, or worked out from its review frequency, else from its body constitution's review interval `risk_review_days`) is before the as-of date. Silent when none of these is recorded.",
};
/// Closed with no date.
pub const CLOSED_WITHOUT_DATE: Rule = Rule {
    code: "risk.closed_without_date",
    severity: Severity::Error,
    summary: "A closed risk has no closing date.",
};
/// Closed with no reason.
pub const CLOSED_WITHOUT_REASON: Rule = Rule {
    code: "risk.closed_without_reason",
    severity: Severity::Error,
    summary: "A closed risk has no reason for closing it.",
};
/// Deferred with no revisit.
pub const DEFERRED_WITHOUT_REVISIT: Rule = Rule {
    code: "risk.deferred_without_revisit",
    severity: Severity::Error,
    summary: "A deferred risk has no revisit date or meeting, so the board's decision to come back to it cannot be tracked.",
};
/// History entries out of order.
pub const HISTORY_OUT_OF_ORDER: Rule = Rule {
    code: "risk.history_out_of_order",
    severity: Severity::Error,
    summary:
        "A score history entry is dated before the previous entry or before the risk was raised.",
};
/// A history entry after the as-of date.
pub const HISTORY_AFTER_AS_OF: Rule = Rule {
    code: "risk.history_after_as_of",
    severity: Severity::Error,
    summary: "A score history entry is dated after the as-of date (an assessment cannot come from the future).",
};
/// A linked action that does not exist.
pub const UNKNOWN_ACTION: Rule = Rule {
    code: "risk.unknown_action",
    severity: Severity::Error,
    summary: "A risk links an action id that is not in the document's action log.",
};
/// Current assessment disagrees with the latest history entry.
pub const CURRENT_DIFFERS_FROM_HISTORY: Rule = Rule {
    code: "risk.current_differs_from_history",
    severity: Severity::Warning,
    summary: "The current assessment differs from the latest entry of the risk's score history, so the register and its history tell different stories.",
};

/// A history entry's stated score is not its likelihood x impact.
pub const HISTORY_SCORE_DIFFERS: Rule = Rule {
    code: "risk.history_score_differs",
    severity: Severity::Error,
    summary:
        "A score history entry states an overall score that its likelihood and impact do not give.",
};
/// A history entry with no score.
pub const HISTORY_WITHOUT_SCORE: Rule = Rule {
    code: "risk.history_without_score",
    severity: Severity::Error,
    summary: "A score history entry has neither a likelihood and impact nor a stated score (or only one of the two levels), so it cannot be rated.",
};
/// The register's own direction of travel disagrees with the scores.
pub const STATED_DIRECTION_DIFFERS: Rule = Rule {
    code: "risk.stated_direction_differs",
    severity: Severity::Warning,
    summary: "The direction of travel the register states for an assessment (its DOT column) is not what the scores show against the assessment before it. Silent when the register states no direction.",
};
/// The target date has passed with the risk still above its target.
pub const TARGET_DATE_PASSED: Rule = Rule {
    code: "risk.target_date_passed",
    severity: Severity::Info,
    summary: "As of the validation date, a live risk's target date has passed and its score is still above the target score. Silent when the register records no target date.",
};
/// A stated count of risks differs from the counted one.
pub const STATED_COUNT_DIFFERS: Rule = Rule {
    code: "risk.stated_count_differs",
    severity: Severity::Warning,
    summary: "The register states a number of live risks in a band, rating or category (\"12 high risks\", \"4 financial risks\") that differs from the number counted on the register as of the validation date. Silent when no count is stated, or on a register the paper says is an excerpt.",
};

crate::validate::rule!(
    STATED_HEAT_MAP_DIFFERS,
    "risk.stated_heat_map_differs",
    Warning,
    "A cell of the register's own heat map (initial or revised) prints a number of risks that differs from the live risks whose inherent or current levels fall in that cell as of the validation date. Silent when the register prints no heat map, or on a register the paper says is an excerpt."
);

crate::validate::rule!(
    NOT_ESCALATED,
    "risk.not_escalated",
    Warning,
    "A live risk scores at or above the escalation score (the register's, else its body constitution's) but is not marked escalated, while the register marks other risks escalated. Silent when no escalation score is set or the register never records escalation."
);

/// Rules of this module, for the catalogue.
pub const RULES: &[&Rule] = &[
    &HISTORY_SCORE_DIFFERS,
    &HISTORY_WITHOUT_SCORE,
    &STATED_DIRECTION_DIFFERS,
    &TARGET_DATE_PASSED,
    &STATED_COUNT_DIFFERS,
    &STATED_HEAT_MAP_DIFFERS,
    &INVALID_MATRIX,
    &OUT_OF_MATRIX,
    &TARGET_WORSE_THAN_CURRENT,
    &CURRENT_WORSE_THAN_INHERENT,
    &TOP_BAND_WITHOUT_OWNER,
    &TOP_BAND_WITHOUT_CONTROLS,
    &TOP_BAND_REVIEW_TOO_FAR,
    &REVIEW_OVERDUE,
    &CLOSED_WITHOUT_DATE,
    &CLOSED_WITHOUT_REASON,
    &DEFERRED_WITHOUT_REVISIT,
    &HISTORY_OUT_OF_ORDER,
    &HISTORY_AFTER_AS_OF,
    &UNKNOWN_ACTION,
    &CURRENT_DIFFERS_FROM_HISTORY,
    &NOT_ESCALATED,
];
