//! What the risk units share about a risk's scores: its levels on the matrix, a history
//! entry's score, whether it sits in the top band, and whether the register records
//! reviews at all; and the fields their premises name.

use super::{Assessment, HistoryEntry, Risk, RiskRegister};

/// The fields a risk's scores are recorded in, for the premises of the units.
pub(super) const RISK_SCORES: &str = "/risk_register/risks/*/current|/risk_register/risks/*/inherent|/risk_register/risks/*/target|/risk_register/risks/*/history";
/// A risk's score history, for the premises of the units.
pub(super) const RISK_HISTORY: &str = "/risk_register/risks/*/history";
/// The risks, for the premises of the units.
pub(super) const RISKS: &str = "/risk_register/risks";

/// True when a text is absent or only spaces.
pub(super) fn blank(s: &Option<String>) -> bool {
    s.as_deref().is_none_or(|t| t.trim().is_empty())
}

/// The score of an assessment whose levels are both on the matrix's scales.
pub(super) fn levels_score(reg: &RiskRegister, a: Assessment) -> Option<u32> {
    let m = &reg.matrix;
    if m.likelihood_in_range(a.likelihood) && m.impact_in_range(a.impact) {
        m.score_of(a.likelihood, a.impact)
    } else {
        None
    }
}

/// The score a history entry gives, as its checks read it: of its levels when it gives
/// both (and they are on the scales), else of the score it states when the matrix can
/// produce it, else none.
pub(super) fn entry_levels_score(reg: &RiskRegister, h: &HistoryEntry) -> Option<u32> {
    match (h.likelihood, h.impact, h.assessment()) {
        (_, _, Some(a)) => levels_score(reg, a),
        (None, None, None) => h.score.and_then(|_| reg.entry_score(h)),
        (_, _, None) => None,
    }
}

/// True when a risk's current score is in the matrix's most serious band.
pub(super) fn in_top_band(reg: &RiskRegister, r: &Risk) -> bool {
    let m = &reg.matrix;
    let current = r.current.and_then(|a| levels_score(reg, a));
    let top = current.and_then(|s| m.band_of(s)).map(|(k, _)| k);
    top.is_some() && top == m.top_band()
}

/// True when the register records when risks are to be reviewed at all (a policy for red
/// risks, or a review date or frequency on some risk). A register with no "next review"
/// column raises no finding about missing review dates.
impl RiskRegister {
    /// Whether the register records any review date, frequency or limit (one scan of
    /// the risks; [`crate::index::Index`] asks once per document).
    pub(crate) fn records_reviews(&self) -> bool {
        self.top_band_review_days.is_some()
            || self
                .risks
                .iter()
                .any(|r| r.next_review.is_some() || r.review_frequency.is_some())
    }
}
