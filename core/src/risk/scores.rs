//! Each risk's own checks: its lifecycle, its dated history, and its scores against the
//! matrix (levels on the scales, targets and residuals, the top band's owner, controls
//! and reviews).

use super::*;
use crate::date::Date;
use crate::validate::Report;

pub(super) fn blank(s: &Option<String>) -> bool {
    s.as_deref().is_none_or(|t| t.trim().is_empty())
}

pub(super) fn check_lifecycle(r: &Risk, at: &str, out: &mut Report) {
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

pub(super) fn check_history(r: &Risk, at: &str, as_of: Option<Date>, out: &mut Report) {
    let mut previous = r.raised.date.unwrap_or(Date::MIN);
    for (j, h) in r.history.iter().enumerate() {
        // An undated entry has no date to check.
        let Some(date) = h.date else {
            continue;
        };
        if date < previous {
            out.push(
                &HISTORY_OUT_OF_ORDER,
                format!("{at}/history/{j}/date"),
                "This history entry is dated before the entry before it (or the raised date).",
            );
        } else {
            previous = date;
        }
        if let Some(d) = as_of {
            if date > d {
                out.push(
                    &HISTORY_AFTER_AS_OF,
                    format!("{at}/history/{j}/date"),
                    "This history entry is dated after the as-of date.",
                );
            }
        }
    }
}

pub(super) fn check_scores(
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
    check_current_against_history(reg, r, at, out);
    if !r.status.is_live() {
        return;
    }
    let top = current.and_then(|s| m.band_of(s)).map(|(k, _)| k);
    if top.is_some() && top == m.top_band() {
        check_top_band(reg, r, at, review_days, out);
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

/// The current assessment against the latest entry of the risk's history.
fn check_current_against_history(reg: &RiskRegister, r: &Risk, at: &str, out: &mut Report) {
    if let (Some(cur), Some(last)) = (r.current, r.latest_two(Date::MAX).0) {
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
}

/// A live risk in the matrix's top band: its owner, its controls and its review date.
fn check_top_band(
    reg: &RiskRegister,
    r: &Risk,
    at: &str,
    review_days: Option<u32>,
    out: &mut Report,
) {
    if blank(&r.owner) {
        out.push(
            &TOP_BAND_WITHOUT_OWNER,
            format!("{at}/owner"),
            "the risk is in the matrix's top band but has no owner",
        );
    }
    // On an excerpt the controls may be on pages left out.
    if !reg.excerpt && r.controls.iter().all(|c| c.description().trim().is_empty()) {
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

/// True when the register records when risks are to be reviewed at all (a policy for red
/// risks, or a review date or frequency on some risk). A register with no "next review"
/// column raises no finding about missing review dates.
pub(super) fn records_reviews(reg: &RiskRegister) -> bool {
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
pub(super) fn check_entries(
    reg: &RiskRegister,
    r: &Risk,
    at: &str,
    in_range: &InRange<'_>,
    out: &mut Report,
) {
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
                        "This history entry has neither a likelihood and impact nor a score.",
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
                    format!("This history entry gives one level but not its {missing}."),
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
