//! The register and what a board manager asks of it as of a date: the rating of each
//! risk, the heat map, reviews due or overdue, direction of travel, risks above the
//! escalation threshold and a summary for the board paper.
//!
//! Every operation takes the "as of" date from the caller; nothing reads the clock.

use super::entry::{Assessment, HistoryEntry, Risk, RiskStatus};
use super::matrix::{Matrix, Rating};
use crate::date::{Date, When};
use crate::error::Error;
use crate::{Extensions, Id};
use serde::{Deserialize, Serialize};

/// A board's risk register: the matrix it scores risks on, its review and escalation
/// policy, and the risks.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RiskRegister {
    /// The register's title as printed ("Shared services risk register, corporate level").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The body whose register this is, by id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<Id>,
    /// The risk matrix: scales and bands.
    pub matrix: Matrix,
    /// A risk whose score is at or above this is above the escalation threshold. When
    /// absent, the lowest score of the most serious band.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub escalation_score: Option<u32>,
    /// The body's limit: a risk in the most serious band must be reviewed within this many
    /// days of its latest assessment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub top_band_review_days: Option<u32>,
    /// The date the register itself was reviewed ("Review date 21/04/2017").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reviewed_on: Option<Date>,
    /// Counts the register states of its own risks ("12 high risks", "4 financial
    /// risks"), checked against the counted ones (not on an excerpt).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub stated_counts: Vec<StatedCount>,
    /// True when the paper says the register is an excerpt (some of its pages, risks or
    /// columns are not included): the checks that need the whole register (controls
    /// present, every score banded, stated counts and heat map matching) stay silent.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub excerpt: bool,
    /// The register's own heat map as printed: its count of risks per cell, on the
    /// inherent (initial) or current (revised) scores. Checked against the risks when
    /// the register is complete.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub stated_heat_map: Vec<StatedCell>,
    /// The risks, in the order the register lists them.
    #[serde(default)]
    pub risks: Vec<Risk>,
    /// Host data kept through a round trip.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

pub use super::entry::Direction;

/// A count the register states of its live risks in a band ("12 high risks"): by the
/// band's label, by rating, or both.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatedCount {
    /// The band's label as the matrix names it ("High").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// The rating counted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rating: Option<Rating>,
    /// The risk category counted, as the risks' `category` gives it ("Financial").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// The number stated.
    pub count: u32,
}

/// Which scores a stored heat map counts.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HeatBasis {
    /// The inherent scores, before controls ("initial").
    Inherent,
    /// The current scores, with the controls in place ("revised").
    Current,
}

/// One cell of the register's own heat map: how many risks it prints in a cell.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatedCell {
    /// The scores the map counts: inherent (initial) or current (revised).
    pub basis: HeatBasis,
    /// Likelihood level of the cell.
    pub likelihood: u32,
    /// Impact level of the cell.
    pub impact: u32,
    /// The number printed in the cell.
    pub count: u32,
}

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
    pub direction: Option<Direction>,
    /// When it is next due for review, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review_due: Option<Date>,
}

impl RiskRegister {
    /// A register on the given matrix with no risks.
    pub fn new(matrix: Matrix) -> RiskRegister {
        RiskRegister {
            title: None,
            body: None,
            matrix,
            escalation_score: None,
            top_band_review_days: None,
            reviewed_on: None,
            stated_counts: Vec::new(),
            excerpt: false,
            stated_heat_map: Vec::new(),
            risks: Vec::new(),
            extensions: Extensions::new(),
        }
    }

    /// Check the configuration (matrix and escalation score). `at` is the JSON Pointer of
    /// the register (`"/risk_register"` in a document).
    pub fn check_config(&self, at: &str) -> Result<(), Error> {
        let partial = self.excerpt || self.matrix.bands_partial;
        self.matrix.check_bands(&format!("{at}/matrix"), partial)?;
        if let Some(s) = self.escalation_score {
            let max = self.matrix.max_score();
            if s == 0 || s > max {
                return Err(Error::config(
                    format!("{at}/escalation_score"),
                    format!("the escalation score must be between 1 and {max}"),
                ));
            }
        }
        Ok(())
    }

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
    pub fn direction(&self, risk: &Risk, as_of: Date) -> Option<Direction> {
        if risk.history.is_empty() {
            return risk.current.map(|_| Direction::New);
        }
        let (last, before) = risk.latest_two(as_of);
        let last = last?;
        let Some(before) = before else {
            return Some(Direction::New);
        };
        let now = self.entry_score(last)?;
        let then = self.entry_score(before)?;
        Some(match now.cmp(&then) {
            std::cmp::Ordering::Greater => Direction::Up,
            std::cmp::Ordering::Less => Direction::Down,
            std::cmp::Ordering::Equal => Direction::Unchanged,
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

// The capabilities, reviews and summary live in their own files of this folder and are
// part of this module (so their public paths stay `risk::register::...`).
include!("capability.rs");
include!("reviews.rs");
include!("summary.rs");
