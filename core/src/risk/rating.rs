//! What the register works out as of a date, which the rules read and the queries list:
//! the score of an assessment or a history entry, the score in force on a date, direction
//! of travel, the escalation threshold, and each risk's rating.

use super::data::RiskRegister;
use super::entry::{Assessment, HistoryEntry, Risk, RiskDirection, RiskStatus};
use super::matrix::Rating;
use crate::date::Date;
use crate::Id;
use serde::{Deserialize, Serialize};

/// The rating of one risk as of a date.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RiskRating {
    /// The risk's id.
    pub id: Id,
    /// Its index in the register's `risks` list.
    pub index: usize,
    /// Its lifecycle status.
    pub status: RiskStatus,
    /// True when it is on the live register as of the date (open or escalated, or closed
    /// later than the date).
    pub live: bool,
    /// The assessment in force on the date, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assessment: Option<Assessment>,
    /// Its score, when assessed within the matrix.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub score: Option<u32>,
    /// Its rating, when assessed within the matrix.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rating: Option<Rating>,
    /// The band's own name, if it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub band_label: Option<String>,
    /// True when the risk is in the most serious band.
    pub top_band: bool,
    /// Direction of travel from its history (none when never assessed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub direction: Option<RiskDirection>,
    /// When it is next due for review, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review_due: Option<Date>,
}

impl RiskRegister {
    /// The escalation threshold in force: `escalation_score`, or the lowest score of the
    /// most serious band.
    pub fn escalation_threshold(&self) -> u32 {
        self.escalation_score.unwrap_or_else(|| {
            self.matrix
                .top_band()
                .and_then(|k| self.matrix.bands.get(k))
                .map_or(u32::MAX, |b| b.min)
        })
    }

    /// The score of an assessment, when both levels are on the matrix's scales.
    pub fn score(&self, a: Assessment) -> Option<u32> {
        self.matrix.place(a.likelihood, a.impact).map(|p| p.score)
    }

    /// Direction of travel of one risk as of `as_of`, from its two latest assessments on
    /// or before that date. A risk with no history but a current assessment is new.
    pub fn direction(&self, risk: &Risk, as_of: Date) -> Option<RiskDirection> {
        if risk.history.is_empty() {
            return risk.current.map(|_| RiskDirection::New);
        }
        let (last, before) = risk.latest_two(as_of);
        let last = last?;
        let Some(before) = before else {
            return Some(RiskDirection::New);
        };
        let now = self.entry_score(last)?;
        let then = self.entry_score(before)?;
        Some(match now.cmp(&then) {
            std::cmp::Ordering::Greater => RiskDirection::Up,
            std::cmp::Ordering::Less => RiskDirection::Down,
            std::cmp::Ordering::Equal => RiskDirection::Unchanged,
        })
    }

    /// The score of a history entry: from its likelihood and impact when it gives both
    /// (and they are on the matrix), otherwise the score it states when the matrix can
    /// produce it.
    pub fn entry_score(&self, h: &HistoryEntry) -> Option<u32> {
        match h.assessment() {
            Some(a) => self.score(a),
            None => h
                .score
                .filter(|s| self.matrix.possible_scores().contains(s)),
        }
    }

    /// The score in force on `as_of`: of the latest history entry on or before it, or of
    /// the current assessment when there is no history.
    pub fn score_on(&self, risk: &Risk, as_of: Date) -> Option<u32> {
        if risk.history.is_empty() {
            return risk.current.and_then(|a| self.score(a));
        }
        risk.latest_two(as_of).0.and_then(|h| self.entry_score(h))
    }

    /// The rating of one risk as of `as_of`.
    pub fn rating_of(&self, index: usize, risk: &Risk, as_of: Date) -> RiskRating {
        self.rating_with(index, risk, as_of, None)
    }

    /// [`RiskRegister::rating_of`], with the body's review interval in days
    /// (`risk_review_days`) for risks that give no next review and no frequency: the
    /// review date is [`Risk::review_due_with`]'s, the one the validator uses.
    pub fn rating_with(
        &self,
        index: usize,
        risk: &Risk,
        as_of: Date,
        review_days: Option<u32>,
    ) -> RiskRating {
        let assessment = risk.assessment_on(as_of);
        let score = self.score_on(risk, as_of);
        let band = score.and_then(|s| self.matrix.band_of(s));
        let top = self.matrix.top_band();
        RiskRating {
            id: risk.id.clone(),
            index,
            status: risk.status,
            live: risk.live_on(as_of),
            assessment,
            score: band.map(|_| score).unwrap_or_default(),
            rating: band.map(|(_, b)| b.rating),
            band_label: band.and_then(|(_, b)| b.label.clone()),
            top_band: band.is_some_and(|(k, _)| Some(k) == top),
            direction: self.direction(risk, as_of),
            review_due: risk.review_due_with(as_of, review_days),
        }
    }

    /// The rating of every risk raised on or before `as_of`, in register order.
    pub fn ratings(&self, as_of: Date) -> Vec<RiskRating> {
        self.ratings_with(as_of, None)
    }

    /// [`RiskRegister::ratings`], with the body's review interval in days.
    pub fn ratings_with(&self, as_of: Date, review_days: Option<u32>) -> Vec<RiskRating> {
        self.ratings_in(as_of, Intervals::one(review_days))
    }

    /// [`RiskRegister::ratings`], each risk with its own body's review interval.
    pub(crate) fn ratings_in(&self, as_of: Date, days: Intervals<'_>) -> Vec<RiskRating> {
        self.risks
            .iter()
            .enumerate()
            .filter(|(_, r)| r.raised_by(as_of))
            .map(|(k, r)| self.rating_with(k, r, as_of, days.of(r)))
            .collect()
    }
}

/// The review intervals in days (`risk_review_days`) for risks that give no next review
/// and no frequency: a risk's owning body's (by id), else the register's body's, as the
/// validator's `risk.review_overdue` reads them.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Intervals<'a> {
    /// The register's body's interval.
    pub(crate) register: Option<u32>,
    /// Each body's interval, by the body's id.
    pub(crate) bodies: Option<&'a std::collections::BTreeMap<Id, u32>>,
}

impl<'a> Intervals<'a> {
    /// One interval for every risk.
    pub(crate) fn one(register: Option<u32>) -> Self {
        Intervals {
            register,
            bodies: None,
        }
    }

    /// The interval for one risk.
    pub(crate) fn of(&self, risk: &Risk) -> Option<u32> {
        risk.owning_body
            .as_deref()
            .and_then(|b| self.bodies.and_then(|m| m.get(b)).copied())
            .or(self.register)
    }
}
