//! What a body's constitution sets for its risk register: the review interval
//! (`risk_review_days`) used for risks that give no next review and no review frequency,
//! and the escalation score (`risk_escalation_score`) used when the register sets none.
//!
//! The body is the risk's owning body, else the register's body.

use super::entry::{Risk, RiskStatus};
use super::register::RiskRegister;
use crate::board::Thresholds;
use crate::date::Date;
use crate::index::Index;
use crate::validate::Report;

pub use super::rules::NOT_ESCALATED;

fn thresholds<'a>(ix: &Index<'a>, body: Option<&str>) -> Option<&'a Thresholds> {
    body.and_then(|b| ix.body(b))
        .and_then(|b| b.constitution.as_ref())
        .map(|c| &c.thresholds)
}

/// The review interval in days for a risk: its owning body's constitution's, else the
/// register's body's (the register queries read the same, see `Intervals`).
pub(crate) fn review_days(ix: &Index<'_>, reg: &RiskRegister, risk: &Risk) -> Option<u32> {
    let of = |b: Option<&str>| thresholds(ix, b).and_then(|t| t.risk_review_days);
    of(risk.owning_body.as_deref()).or_else(|| of(reg.body.as_deref()))
}

/// The escalation score in force for a register in a document: the register's own, else
/// its body constitution's, else the lowest score of the most serious band.
pub fn escalation_threshold_in(ix: &Index<'_>, reg: &RiskRegister) -> u32 {
    reg.escalation_score
        .or_else(|| stated_escalation(ix, reg))
        .unwrap_or_else(|| reg.escalation_threshold())
}

fn stated_escalation(ix: &Index<'_>, reg: &RiskRegister) -> Option<u32> {
    thresholds(ix, reg.body.as_deref())
        .and_then(|t| t.risk_escalation_score)
        .filter(|s| (1..=reg.matrix.max_score()).contains(s))
}

/// Check the constitution's escalation score against the matrix, and each live risk at
/// or above the escalation score against its status.
pub(crate) fn check_escalation(
    ix: &Index<'_>,
    reg: &RiskRegister,
    as_of: Option<Date>,
    out: &mut Report,
) {
    if let Some(b) = reg.body.as_deref() {
        let max = reg.matrix.max_score();
        let stated = thresholds(ix, Some(b)).and_then(|t| t.risk_escalation_score);
        let at = ix.bodies.iter().position(|x| x.id == b);
        if let (Some(s), Some(k)) = (stated, at) {
            if s == 0 || s > max {
                out.push(
                    &super::rules::INVALID_MATRIX,
                    format!("/bodies/{k}/constitution/thresholds/risk_escalation_score"),
                    format!("the escalation score must be between 1 and {max}, the highest score on the register's matrix"),
                );
            }
        }
    }
    let Some(threshold) = reg.escalation_score.or_else(|| stated_escalation(ix, reg)) else {
        return;
    };
    if !reg.risks.iter().any(|r| r.status == RiskStatus::Escalated) {
        return;
    }
    let d = as_of.unwrap_or(Date::MAX);
    for (k, r) in reg.risks.iter().enumerate() {
        if r.status != RiskStatus::Open || !r.live_on(d) {
            continue;
        }
        if reg.score_on(r, d).is_some_and(|s| s >= threshold) {
            out.push(
                &NOT_ESCALATED,
                format!("/risk_register/risks/{k}/status"),
                "the risk scores at or above the escalation score but is not marked escalated; mark it escalated or record why not",
            );
        }
    }
}
