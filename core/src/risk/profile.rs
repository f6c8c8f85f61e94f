//! What a body's constitution sets for its risk register: the review interval
//! (`risk_review_days`) used for risks that give no next review and no review frequency,
//! and the escalation score (`risk_escalation_score`) used when the register sets none.
//!
//! The body is the risk's owning body, else the register's body.

use super::register::RiskRegister;
use crate::board::Thresholds;
use crate::index::Index;

pub use super::rules::not_escalated::NOT_ESCALATED;

fn thresholds<'a>(ix: &Index<'a>, body: Option<&str>) -> Option<&'a Thresholds> {
    body.and_then(|b| ix.body(b))
        .and_then(|b| b.constitution.as_ref())
        .map(|c| &c.thresholds)
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
