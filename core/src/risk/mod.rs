//! The risk register: a configurable matrix ([`matrix`]), risk entries with a lifecycle,
//! assessments and history ([`entry`]), and the register with its as-of operations
//! ([`register`]).
//!
//! The board decides to add a risk ("Early Help remodelling to be added to the Risk
//! Register"), to defer one until there is evidence ("revisit at the March meeting"), or
//! to close one. Scores are likelihood x impact on the council's own matrix; bands turn a
//! score into a rating (red/amber/green, or four bands).

pub mod entry;
pub mod matrix;
pub mod profile;
pub mod register;

pub use entry::{
    Assessment, Control, Effectiveness, HistoryEntry, PlannedAction, Raised, ReviewFrequency, Risk,
    RiskStatus, Treatment,
};
pub use matrix::{Band, Matrix, Placement, Rating, Scoring};
pub use register::{
    escalations, grid, heat_map, rate, ratings, reviews, summary, BoardSummary, Direction,
    EscalationList, EscalationRequest, GridRequest, GridResponse, HeatMap, RateRequest,
    RateResponse, RatingsResponse, RegisterRequest, ReviewList, ReviewRequest, RiskRating,
    RiskRegister, StatedCount, SummaryRequest,
};

use crate::date::{Date, When};
use crate::validate::ValidateOptions;
use crate::validate::{Report, Rule, Severity};
use std::collections::BTreeSet;

/// The matrix configuration is unusable.
pub const INVALID_MATRIX: Rule = Rule {
    code: "risk.invalid_matrix",
    severity: Severity::Error,
    summary: "The risk matrix configuration is unusable (an empty scale, bands that overlap or leave a possible score unrated, an escalation score off the matrix), so no risk can be rated.",
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
    summary: "A live risk in the most serious band (red) records no controls.",
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
    summary: "The register states a number of live risks in a band or rating (\"12 high risks\") that differs from the number counted on the register as of the validation date. Silent when no count is stated.",
};

/// Rules of this module, for the catalogue.
pub const RULES: &[&Rule] = &[
    &HISTORY_SCORE_DIFFERS,
    &HISTORY_WITHOUT_SCORE,
    &STATED_DIRECTION_DIFFERS,
    &TARGET_DATE_PASSED,
    &STATED_COUNT_DIFFERS,
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
    &profile::NOT_ESCALATED,
];

const AT: &str = "/risk_register";

/// Check the risk register of a document.
pub(crate) fn check(doc: &crate::index::Index<'_>, options: &ValidateOptions, out: &mut Report) {
    let Some(reg) = &doc.risk_register else {
        return;
    };
    let matrix_ok = match reg.check_config(AT) {
        Ok(()) => true,
        Err(e) => {
            out.push(&INVALID_MATRIX, e.path(), e.to_string());
            false
        }
    };
    check_references(doc, reg, out);
    let actions: BTreeSet<&str> = doc.actions.iter().map(|a| a.id.as_str()).collect();
    for (k, risk) in reg.risks.iter().enumerate() {
        let at = format!("{AT}/risks/{k}");
        check_lifecycle(risk, &at, out);
        check_history(risk, &at, options.as_of, out);
        for (j, a) in risk.linked_actions.iter().enumerate() {
            if !actions.contains(a.as_str()) {
                out.push(
                    &UNKNOWN_ACTION,
                    format!("{at}/linked_actions/{j}"),
                    "this linked action is not in the action log",
                );
            }
        }
        for (j, p) in risk.planned_actions.iter().enumerate() {
            if let Some(a) = &p.action {
                if !actions.contains(a.as_str()) {
                    out.push(
                        &UNKNOWN_ACTION,
                        format!("{at}/planned_actions/{j}/action"),
                        "this planned action's action is not in the action log",
                    );
                }
            }
        }
        if matrix_ok {
            let review_days = profile::review_days(doc, reg, risk);
            check_scores(reg, risk, &at, (options.as_of, review_days), out);
            if let Some(d) = options.as_of {
                check_target_date(reg, risk, &at, d, out);
            }
        }
    }
    if let (true, Some(d)) = (matrix_ok, options.as_of) {
        check_counts(reg, d, out);
    }
    if matrix_ok {
        profile::check_escalation(doc, reg, options.as_of, out);
    }
}

fn check_target_date(reg: &RiskRegister, r: &Risk, at: &str, as_of: Date, out: &mut Report) {
    let Some(by) = r.target_date.as_ref().and_then(|t| t.fixed_date()) else {
        return;
    };
    let (Some(target), Some(now)) = (r.target.and_then(|a| reg.score(a)), reg.score_on(r, as_of))
    else {
        return;
    };
    if by < as_of && now > target && r.live_on(as_of) {
        let days = as_of.signed_duration_since(by).num_days();
        out.push(
            &TARGET_DATE_PASSED,
            format!("{at}/target_date"),
            format!("the target date passed {days} day(s) before the as-of date and the score is still above the target"),
        );
    }
}

fn check_counts(reg: &RiskRegister, as_of: Date, out: &mut Report) {
    if reg.stated_counts.is_empty() {
        return;
    }
    let ratings = reg.ratings(as_of);
    for (k, c) in reg.stated_counts.iter().enumerate() {
        let counted = ratings
            .iter()
            .filter(|r| r.live && r.score.is_some())
            .filter(|r| c.rating.is_none_or(|x| r.rating == Some(x)))
            .filter(|r| c.label.is_none() || r.band_label == c.label)
            .count();
        if usize::try_from(c.count).ok() != Some(counted) {
            out.push(
                &STATED_COUNT_DIFFERS,
                format!("{AT}/stated_counts/{k}/count"),
                "the count the register states differs from the live risks counted on the as-of date",
            );
        }
    }
}

fn check_references(doc: &crate::index::Index<'_>, reg: &RiskRegister, out: &mut Report) {
    let unknown = &crate::board::UNKNOWN_REFERENCE;
    if let Some(b) = &reg.body {
        if doc.body(b).is_none() {
            out.push(unknown, format!("{AT}/body"), "no body has this id");
        }
    }
    let groups: BTreeSet<&str> = doc
        .bodies
        .iter()
        .flat_map(|b| b.groups.iter().map(|g| g.id.as_str()))
        .collect();
    let mut seen = BTreeSet::new();
    for (k, r) in reg.risks.iter().enumerate() {
        let at = format!("{AT}/risks/{k}");
        if !seen.insert(r.id.as_str()) {
            out.push(
                &crate::board::DUPLICATE_ID,
                format!("{at}/id"),
                format!("risk {k} has the same id as an earlier risk"),
            );
        }
        if let Some(o) = &r.owner {
            if doc.person(o).is_none() && !groups.contains(o.as_str()) {
                out.push(
                    unknown,
                    format!("{at}/owner"),
                    "the owner is neither a person nor a group in the document",
                );
            }
        }
        if let Some(b) = &r.owning_body {
            if doc.body(b).is_none() {
                out.push(unknown, format!("{at}/owning_body"), "no body has this id");
            }
        }
        for (j, o) in r.applies_to.iter().enumerate() {
            if doc.organisation(o).is_none() {
                out.push(
                    unknown,
                    format!("{at}/applies_to/{j}"),
                    "no organisation has this id",
                );
            }
        }
        if let Some(m) = &r.raised.meeting {
            if doc.meeting(m).is_none() {
                out.push(
                    unknown,
                    format!("{at}/raised/meeting"),
                    "no meeting has this id",
                );
            }
        }
        if let Some(When::Meeting(m)) = &r.revisit {
            if doc.meeting(m).is_none() {
                out.push(unknown, format!("{at}/revisit"), "no meeting has this id");
            }
        }
        for (j, h) in r.history.iter().enumerate() {
            if let Some(m) = &h.meeting {
                if doc.meeting(m).is_none() {
                    out.push(
                        unknown,
                        format!("{at}/history/{j}/meeting"),
                        "no meeting has this id",
                    );
                }
            }
        }
    }
}

fn blank(s: &Option<String>) -> bool {
    s.as_deref().is_none_or(|t| t.trim().is_empty())
}

fn check_lifecycle(r: &Risk, at: &str, out: &mut Report) {
    match r.status {
        RiskStatus::Closed => {
            if r.closed_on.is_none() {
                out.push(
                    &CLOSED_WITHOUT_DATE,
                    format!("{at}/closed_on"),
                    "the risk is closed but has no closing date",
                );
            }
            if blank(&r.closed_reason) {
                out.push(
                    &CLOSED_WITHOUT_REASON,
                    format!("{at}/closed_reason"),
                    "the risk is closed but no reason is recorded",
                );
            }
        }
        RiskStatus::Deferred => {
            if r.revisit.is_none() {
                out.push(
                    &DEFERRED_WITHOUT_REVISIT,
                    format!("{at}/revisit"),
                    "the risk is deferred but no revisit date or meeting is recorded",
                );
            }
        }
        RiskStatus::Proposed | RiskStatus::Open | RiskStatus::Escalated => {}
    }
}

fn check_history(r: &Risk, at: &str, as_of: Option<Date>, out: &mut Report) {
    let mut previous = r.raised.date.unwrap_or(Date::MIN);
    for (j, h) in r.history.iter().enumerate() {
        if h.date < previous {
            out.push(
                &HISTORY_OUT_OF_ORDER,
                format!("{at}/history/{j}/date"),
                format!(
                    "history entry {j} is dated before the entry before it (or the raised date)"
                ),
            );
        } else {
            previous = h.date;
        }
        if let Some(d) = as_of {
            if h.date > d {
                out.push(
                    &HISTORY_AFTER_AS_OF,
                    format!("{at}/history/{j}/date"),
                    format!("history entry {j} is dated after the as-of date"),
                );
            }
        }
    }
}

fn check_scores(
    reg: &RiskRegister,
    r: &Risk,
    at: &str,
    (as_of, review_days): (Option<Date>, Option<u32>),
    out: &mut Report,
) {
    let m = &reg.matrix;
    let in_range = |a: Assessment, path: String, out: &mut Report| -> Option<u32> {
        let mut ok = true;
        if !m.likelihood_in_range(a.likelihood) {
            ok = false;
            out.push(
                &OUT_OF_MATRIX,
                format!("{path}/likelihood"),
                "the likelihood is outside the matrix's scale",
            );
        }
        if !m.impact_in_range(a.impact) {
            ok = false;
            out.push(
                &OUT_OF_MATRIX,
                format!("{path}/impact"),
                "the impact is outside the matrix's scale",
            );
        }
        if ok {
            m.score_of(a.likelihood, a.impact)
        } else {
            None
        }
    };
    let inherent = r
        .inherent
        .and_then(|a| in_range(a, format!("{at}/inherent"), out));
    let current = r
        .current
        .and_then(|a| in_range(a, format!("{at}/current"), out));
    let target = r
        .target
        .and_then(|a| in_range(a, format!("{at}/target"), out));
    check_entries(reg, r, at, &in_range, out);
    if let (Some(t), Some(c)) = (target, current) {
        if t > c {
            out.push(
                &TARGET_WORSE_THAN_CURRENT,
                format!("{at}/target"),
                "the target score is higher than the current score",
            );
        }
    }
    if let (Some(c), Some(i)) = (current, inherent) {
        if c > i {
            out.push(
                &CURRENT_WORSE_THAN_INHERENT,
                format!("{at}/current"),
                "the current score is higher than the inherent score",
            );
        }
    }
    if let (Some(cur), Some(last)) = (r.current, r.history.iter().max_by_key(|h| h.date)) {
        let differs = match last.assessment() {
            Some(a) => cur != a,
            None => last.score.is_some() && reg.score(cur) != reg.entry_score(last),
        };
        if differs {
            out.push(
                &CURRENT_DIFFERS_FROM_HISTORY,
                format!("{at}/current"),
                "the current assessment differs from the latest history entry",
            );
        }
    }
    if !r.status.is_live() {
        return;
    }
    let top = current.and_then(|s| m.band_of(s)).map(|(k, _)| k);
    if top.is_some() && top == m.top_band() {
        if blank(&r.owner) {
            out.push(
                &TOP_BAND_WITHOUT_OWNER,
                format!("{at}/owner"),
                "the risk is in the matrix's top band but has no owner",
            );
        }
        if r.controls.iter().all(|c| c.description().trim().is_empty()) {
            out.push(
                &TOP_BAND_WITHOUT_CONTROLS,
                format!("{at}/controls"),
                "the risk is in the matrix's top band but records no controls",
            );
        }
        let assessed = r.assessed_on(Date::MAX);
        match r.review_due_with(Date::MAX, review_days) {
            None if records_reviews(reg) || review_days.is_some() => out.push(
                &TOP_BAND_REVIEW_TOO_FAR,
                format!("{at}/next_review"),
                "the risk is in the matrix's top band but has no review date",
            ),
            None => {}
            Some(due) => {
                if let (Some(limit), Some(assessed)) = (reg.top_band_review_days, assessed) {
                    let days = due.signed_duration_since(assessed).num_days();
                    if days > i64::from(limit) {
                        out.push(
                            &TOP_BAND_REVIEW_TOO_FAR,
                            format!("{at}/next_review"),
                            format!("its review is {days} days after its latest assessment; the limit for its rating is {limit} days"),
                        );
                    }
                }
            }
        }
    }
    if let Some(d) = as_of {
        if let Some(due) = r.review_due_with(d, review_days) {
            if due < d && r.live_on(d) {
                out.push(
                    &REVIEW_OVERDUE,
                    format!("{at}/next_review"),
                    "the review was due before the as-of date",
                );
            }
        }
    }
}

/// True when the register records when risks are to be reviewed at all (a policy for red
/// risks, or a review date or frequency on some risk). A register with no "next review"
/// column raises no finding about missing review dates.
fn records_reviews(reg: &RiskRegister) -> bool {
    reg.top_band_review_days.is_some()
        || reg
            .risks
            .iter()
            .any(|r| r.next_review.is_some() || r.review_frequency.is_some())
}

type InRange<'a> = dyn Fn(Assessment, String, &mut Report) -> Option<u32> + 'a;

/// The history entries' own checks: levels on the scales, a stated score that the levels
/// give (or that the matrix can produce, when it is all the entry gives), and a stated
/// direction of travel that the scores bear out.
fn check_entries(reg: &RiskRegister, r: &Risk, at: &str, in_range: &InRange<'_>, out: &mut Report) {
    let mut previous: Option<u32> = None;
    for (j, h) in r.history.iter().enumerate() {
        let path = format!("{at}/history/{j}");
        let score = match (h.likelihood, h.impact, h.assessment()) {
            (_, _, Some(a)) => {
                let computed = in_range(a, path.clone(), out);
                if let (Some(c), Some(stated)) = (computed, h.score) {
                    if c != stated {
                        out.push(
                            &HISTORY_SCORE_DIFFERS,
                            format!("{path}/score"),
                            "the stated score differs from likelihood times impact",
                        );
                    }
                }
                computed
            }
            (None, None, None) => match h.score {
                None => {
                    out.push(
                        &HISTORY_WITHOUT_SCORE,
                        path.clone(),
                        format!(
                            "history entry {j} has neither a likelihood and impact nor a score"
                        ),
                    );
                    None
                }
                Some(_) => {
                    let s = reg.entry_score(h);
                    if s.is_none() {
                        out.push(
                            &OUT_OF_MATRIX,
                            format!("{path}/score"),
                            "the score is higher than this matrix can produce",
                        );
                    }
                    s
                }
            },
            (l, _, None) => {
                let missing = if l.is_some() { "impact" } else { "likelihood" };
                out.push(
                    &HISTORY_WITHOUT_SCORE,
                    format!("{path}/{missing}"),
                    format!("history entry {j} gives one level but not its {missing}"),
                );
                None
            }
        };
        if let (Some(stated), Some(now)) = (h.direction, score) {
            let computed = match previous {
                None => Direction::New,
                Some(p) if now > p => Direction::Up,
                Some(p) if now < p => Direction::Down,
                Some(_) => Direction::Unchanged,
            };
            if stated != computed && !(computed == Direction::New) {
                out.push(
                    &STATED_DIRECTION_DIFFERS,
                    format!("{path}/direction"),
                    "the direction the register shows differs from how the score moved",
                );
            }
        }
        if score.is_some() {
            previous = score;
        }
    }
}
