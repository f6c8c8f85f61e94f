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
    /// Counts the register states of its own risks ("12 high risks"), checked against the
    /// counted ones.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub stated_counts: Vec<StatedCount>,
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
    /// The number stated.
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
            risks: Vec::new(),
            extensions: Extensions::new(),
        }
    }

    /// Check the configuration (matrix and escalation score). `at` is the JSON Pointer of
    /// the register (`"/risk_register"` in a document).
    pub fn check_config(&self, at: &str) -> Result<(), Error> {
        self.matrix.check(&format!("{at}/matrix"))?;
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
            review_due: risk.review_due(as_of),
        }
    }

    /// The rating of every risk raised on or before `as_of`, in register order.
    pub fn ratings(&self, as_of: Date) -> Vec<RiskRating> {
        self.risks
            .iter()
            .enumerate()
            .filter(|(_, r)| r.raised_by(as_of))
            .map(|(k, r)| self.rating_of(k, r, as_of))
            .collect()
    }
}

// ---------------------------------------------------------------------------------------
// Capabilities: one request in, one response out (wrapped by the C and wasm bindings).
// ---------------------------------------------------------------------------------------

/// Request for [`rate`]: a matrix and a pair of levels, as a form has them.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RateRequest {
    /// The matrix to rate on.
    pub matrix: Matrix,
    /// Likelihood level.
    pub likelihood: u32,
    /// Impact level.
    pub impact: u32,
}

/// Response of [`rate`]: the score and band of one pair of levels.
pub type RateResponse = super::matrix::Placement;

/// Score and rate one (likelihood, impact) pair on a matrix: the small pure function a
/// browser form calls as the user picks levels.
///
/// Errors: [`Error::Config`] when the matrix is unusable; [`Error::Invalid`] at
/// `/likelihood` or `/impact` when a level is off its scale.
///
/// ```
/// use boardkit::risk::{rate, RateRequest};
/// let request: RateRequest = boardkit::read::from_json(r#"{
///     "matrix": {"likelihood": ["1", "2", "3", "4", "5"], "impact": ["1", "2", "3", "4", "5"],
///                "bands": [{"min": 1, "max": 4, "rating": "green"},
///                          {"min": 5, "max": 12, "rating": "amber"},
///                          {"min": 13, "max": 25, "rating": "red"}]},
///     "likelihood": 5, "impact": 5}"#)?;
/// assert_eq!(rate(&request)?.score, 25);
/// # Ok::<(), boardkit::Error>(())
/// ```
pub fn rate(request: &RateRequest) -> Result<RateResponse, Error> {
    let m = &request.matrix;
    m.check("/matrix")?;
    if !m.likelihood_in_range(request.likelihood) {
        return Err(Error::invalid(
            "/likelihood",
            "the likelihood is outside the matrix's scale",
        ));
    }
    if !m.impact_in_range(request.impact) {
        return Err(Error::invalid(
            "/impact",
            "the impact is outside the matrix's scale",
        ));
    }
    m.place(request.likelihood, request.impact)
        .ok_or_else(|| Error::config("/matrix/bands", "no band holds this score"))
}

/// Request for [`grid`]: a matrix configuration to check and lay out.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GridRequest {
    /// The matrix.
    pub matrix: Matrix,
}

/// One cell of the matrix grid.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GridCell {
    /// Likelihood level.
    pub likelihood: u32,
    /// Impact level.
    pub impact: u32,
    /// Score of the cell.
    pub score: u32,
    /// Index of its band.
    pub band: usize,
    /// Rating of its band.
    pub rating: Rating,
}

/// Response of [`grid`]: every cell of a checked matrix with its score and rating.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GridResponse {
    /// Number of likelihood levels.
    pub likelihood_levels: u32,
    /// Number of impact levels.
    pub impact_levels: u32,
    /// The highest score the matrix can produce.
    pub max_score: u32,
    /// Index of the most serious band.
    pub top_band: usize,
    /// Cells by likelihood then impact, both ascending.
    pub cells: Vec<GridCell>,
}

/// Check a matrix configuration and lay out its grid (for drawing the matrix on a form).
///
/// Errors: [`Error::Config`] naming the offending part of `/matrix`.
pub fn grid(request: &GridRequest) -> Result<GridResponse, Error> {
    let m = &request.matrix;
    m.check("/matrix")?;
    let mut cells = Vec::new();
    for l in 1..=m.likelihood_levels() {
        for i in 1..=m.impact_levels() {
            let p = m
                .place(l, i)
                .ok_or_else(|| Error::config("/matrix/bands", "no band holds a score"))?;
            cells.push(GridCell {
                likelihood: l,
                impact: i,
                score: p.score,
                band: p.band,
                rating: p.rating,
            });
        }
    }
    Ok(GridResponse {
        likelihood_levels: m.likelihood_levels(),
        impact_levels: m.impact_levels(),
        max_score: m.max_score(),
        top_band: m.top_band().unwrap_or(0),
        cells,
    })
}

/// Request for the register queries: a register and the date to judge it as of.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegisterRequest {
    /// The register.
    pub register: RiskRegister,
    /// The date to judge it as of.
    pub as_of: Date,
}

/// Response of [`ratings`].
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RatingsResponse {
    /// The date judged as of.
    pub as_of: Date,
    /// The rating of every risk raised on or before the date, in register order.
    pub risks: Vec<RiskRating>,
}

/// The rating, score, band and direction of travel of each risk as of a date.
///
/// Errors: [`Error::Config`] at `/register/...` when the configuration is unusable.
pub fn ratings(request: &RegisterRequest) -> Result<RatingsResponse, Error> {
    request.register.check_config("/register")?;
    Ok(RatingsResponse {
        as_of: request.as_of,
        risks: request.register.ratings(request.as_of),
    })
}

/// One cell of the heat map.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HeatCell {
    /// Likelihood level.
    pub likelihood: u32,
    /// Impact level.
    pub impact: u32,
    /// Score of the cell.
    pub score: u32,
    /// Rating of the cell.
    pub rating: Rating,
    /// Number of live risks in the cell.
    pub count: usize,
    /// Their ids, in register order.
    pub risks: Vec<Id>,
}

/// Response of [`heat_map`].
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HeatMap {
    /// The date judged as of.
    pub as_of: Date,
    /// Every cell, by likelihood then impact, both ascending.
    pub cells: Vec<HeatCell>,
    /// Number of live risks placed on the map (the sum of the cell counts).
    pub scored: usize,
    /// Live risks with no assessment in force, or one off the matrix, by id.
    pub unscored: Vec<Id>,
}

impl RiskRegister {
    /// Heat-map counts per matrix cell of the live risks as of `as_of`.
    pub fn heat_map(&self, as_of: Date) -> HeatMap {
        let m = &self.matrix;
        let mut cells: Vec<HeatCell> = Vec::new();
        for l in 1..=m.likelihood_levels() {
            for i in 1..=m.impact_levels() {
                if let Some(p) = m.place(l, i) {
                    cells.push(HeatCell {
                        likelihood: l,
                        impact: i,
                        score: p.score,
                        rating: p.rating,
                        count: 0,
                        risks: Vec::new(),
                    });
                }
            }
        }
        let mut scored = 0usize;
        let mut unscored = Vec::new();
        for r in self.ratings(as_of).into_iter().filter(|r| r.live) {
            let cell = r.assessment.and_then(|a| {
                cells
                    .iter_mut()
                    .find(|c| c.likelihood == a.likelihood && c.impact == a.impact)
            });
            match cell {
                Some(c) => {
                    c.count = c.count.saturating_add(1);
                    c.risks.push(r.id);
                    scored = scored.saturating_add(1);
                }
                None => unscored.push(r.id),
            }
        }
        HeatMap {
            as_of,
            cells,
            scored,
            unscored,
        }
    }
}

/// Heat-map counts per matrix cell of the live risks as of a date.
///
/// Errors: [`Error::Config`] at `/register/...` when the configuration is unusable.
pub fn heat_map(request: &RegisterRequest) -> Result<HeatMap, Error> {
    request.register.check_config("/register")?;
    Ok(request.register.heat_map(request.as_of))
}

/// Request for [`reviews`]: a register, a date, and how far ahead "due" reaches.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReviewRequest {
    /// The register.
    pub register: RiskRegister,
    /// The date to judge it as of.
    pub as_of: Date,
    /// A review falling within this many days after `as_of` (inclusive) is due.
    #[serde(default)]
    pub within_days: u32,
}

/// A risk whose review is due or overdue.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReviewItem {
    /// The risk's id.
    pub id: Id,
    /// Its index in the register.
    pub index: usize,
    /// The review date.
    pub review_due: Date,
    /// Days from `as_of` to the review date (negative when overdue).
    pub days: i64,
}

/// A deferred risk and when the board means to revisit it.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeferredItem {
    /// The risk's id.
    pub id: Id,
    /// Its index in the register.
    pub index: usize,
    /// When it is to be revisited, as recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revisit: Option<When>,
}

/// Response of [`reviews`].
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReviewList {
    /// The date judged as of.
    pub as_of: Date,
    /// Live risks whose review date is before `as_of`, most overdue first.
    pub overdue: Vec<ReviewItem>,
    /// Live risks whose review date is from `as_of` to `as_of + within_days`, soonest first.
    pub due: Vec<ReviewItem>,
    /// Live risks with no review date and no review frequency, by id.
    pub no_review_date: Vec<Id>,
    /// Deferred risks and when they are to be revisited.
    pub deferred: Vec<DeferredItem>,
}

impl RiskRegister {
    /// Reviews due within `within_days` of `as_of`, and overdue, for the live risks.
    pub fn reviews(&self, as_of: Date, within_days: u32) -> ReviewList {
        let mut out = ReviewList {
            as_of,
            overdue: Vec::new(),
            due: Vec::new(),
            no_review_date: Vec::new(),
            deferred: Vec::new(),
        };
        for (k, r) in self.risks.iter().enumerate() {
            if !r.raised_by(as_of) {
                continue;
            }
            if r.status == RiskStatus::Deferred {
                out.deferred.push(DeferredItem {
                    id: r.id.clone(),
                    index: k,
                    revisit: r.revisit.clone(),
                });
                continue;
            }
            if !r.live_on(as_of) {
                continue;
            }
            let Some(due) = r.review_due(as_of) else {
                out.no_review_date.push(r.id.clone());
                continue;
            };
            let days = due.signed_duration_since(as_of).num_days();
            let item = ReviewItem {
                id: r.id.clone(),
                index: k,
                review_due: due,
                days,
            };
            if days < 0 {
                out.overdue.push(item);
            } else if days <= i64::from(within_days) {
                out.due.push(item);
            }
        }
        out.overdue.sort_by_key(|i| (i.days, i.index));
        out.due.sort_by_key(|i| (i.days, i.index));
        out
    }
}

/// Risks due for review within a window after a date, overdue for review, with no review
/// date, and deferred risks with their revisit.
///
/// Errors: [`Error::Config`] at `/register/...` when the configuration is unusable.
pub fn reviews(request: &ReviewRequest) -> Result<ReviewList, Error> {
    request.register.check_config("/register")?;
    Ok(request.register.reviews(request.as_of, request.within_days))
}

/// Request for [`escalations`].
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EscalationRequest {
    /// The register.
    pub register: RiskRegister,
    /// The date to judge it as of.
    pub as_of: Date,
    /// Threshold score (at or above it is escalated); the register's own when absent.
    #[serde(default)]
    pub threshold: Option<u32>,
}

/// Response of [`escalations`].
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EscalationList {
    /// The date judged as of.
    pub as_of: Date,
    /// The threshold used.
    pub threshold: u32,
    /// Live risks scoring at or above the threshold, highest score first.
    pub risks: Vec<RiskRating>,
}

impl RiskRegister {
    /// Live risks whose score as of `as_of` is at or above `threshold`, highest first.
    pub fn above(&self, as_of: Date, threshold: u32) -> Vec<RiskRating> {
        let mut v: Vec<RiskRating> = self
            .ratings(as_of)
            .into_iter()
            .filter(|r| r.live && r.score.is_some_and(|s| s >= threshold))
            .collect();
        v.sort_by(|a, b| b.score.cmp(&a.score).then(a.index.cmp(&b.index)));
        v
    }
}

/// Live risks at or above the escalation threshold as of a date.
///
/// Errors: [`Error::Config`] at `/register/...` when the configuration is unusable.
pub fn escalations(request: &EscalationRequest) -> Result<EscalationList, Error> {
    let reg = &request.register;
    reg.check_config("/register")?;
    let threshold = request
        .threshold
        .unwrap_or_else(|| reg.escalation_threshold());
    Ok(EscalationList {
        as_of: request.as_of,
        threshold,
        risks: reg.above(request.as_of, threshold),
    })
}

/// Number of risks per lifecycle status.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatusCounts {
    /// Proposed.
    pub proposed: usize,
    /// Deferred.
    pub deferred: usize,
    /// Open.
    pub open: usize,
    /// Escalated.
    pub escalated: usize,
    /// Closed.
    pub closed: usize,
}

/// Number of live risks per band.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BandCount {
    /// Index of the band in the matrix.
    pub band: usize,
    /// Its rating.
    pub rating: Rating,
    /// Its own name, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// Live risks in it.
    pub count: usize,
}

/// Number of live risks per direction of travel.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DirectionCounts {
    /// Score went up.
    pub up: usize,
    /// Score went down.
    pub down: usize,
    /// Score unchanged.
    pub unchanged: usize,
    /// First assessment.
    pub new: usize,
}

/// Request for [`summary`].
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SummaryRequest {
    /// The register.
    pub register: RiskRegister,
    /// The date of the board paper.
    pub as_of: Date,
    /// Reviews falling within this many days after `as_of` count as due.
    #[serde(default)]
    pub review_within_days: u32,
}

/// A summary of the register for a board paper.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BoardSummary {
    /// The date of the paper.
    pub as_of: Date,
    /// Risks raised on or before the date, by status (as recorded now).
    pub by_status: StatusCounts,
    /// Live risks.
    pub live: usize,
    /// Live risks by band, most serious band first.
    pub by_band: Vec<BandCount>,
    /// Live risks with no score in force.
    pub unscored: usize,
    /// Live risks by direction of travel.
    pub directions: DirectionCounts,
    /// Live risks at or above the escalation threshold, highest first.
    pub escalation_threshold: u32,
    /// Those risks.
    pub above_threshold: Vec<RiskRating>,
    /// Reviews overdue and due, deferred risks.
    pub reviews: ReviewList,
    /// Plain sentences for the paper (numbers and ratings only, no free text).
    pub lines: Vec<String>,
}

fn plural(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("{n} {one}")
    } else {
        format!("{n} {many}")
    }
}

impl RiskRegister {
    /// A summary of the register as of `as_of` for a board paper.
    pub fn summary(&self, as_of: Date, review_within_days: u32) -> BoardSummary {
        let ratings = self.ratings(as_of);
        let mut by_status = StatusCounts::default();
        for r in &ratings {
            let slot = match r.status {
                RiskStatus::Proposed => &mut by_status.proposed,
                RiskStatus::Deferred => &mut by_status.deferred,
                RiskStatus::Open => &mut by_status.open,
                RiskStatus::Escalated => &mut by_status.escalated,
                RiskStatus::Closed => &mut by_status.closed,
            };
            *slot = slot.saturating_add(1);
        }
        let live: Vec<&RiskRating> = ratings.iter().filter(|r| r.live).collect();
        let mut order: Vec<usize> = (0..self.matrix.bands.len()).collect();
        order.sort_by_key(|k| std::cmp::Reverse(self.matrix.bands.get(*k).map_or(0, |b| b.min)));
        let mut by_band = Vec::new();
        for k in order {
            if let Some(b) = self.matrix.bands.get(k) {
                by_band.push(BandCount {
                    band: k,
                    rating: b.rating,
                    label: b.label.clone(),
                    count: live
                        .iter()
                        .filter(|r| r.score.is_some_and(|s| b.contains(s)))
                        .count(),
                });
            }
        }
        let unscored = live.iter().filter(|r| r.score.is_none()).count();
        let mut directions = DirectionCounts::default();
        for r in &live {
            let slot = match r.direction {
                Some(Direction::Up) => &mut directions.up,
                Some(Direction::Down) => &mut directions.down,
                Some(Direction::Unchanged) => &mut directions.unchanged,
                Some(Direction::New) => &mut directions.new,
                None => continue,
            };
            *slot = slot.saturating_add(1);
        }
        let threshold = self.escalation_threshold();
        let above_threshold = self.above(as_of, threshold);
        let reviews = self.reviews(as_of, review_within_days);

        let mut lines = Vec::new();
        let bands: Vec<String> = by_band
            .iter()
            .map(|b| format!("{} {}", b.count, b.rating.as_str()))
            .collect();
        lines.push(format!(
            "As of {as_of}, {} on the register: {}{}.",
            plural(live.len(), "live risk", "live risks"),
            bands.join(", "),
            if unscored > 0 {
                format!(", {unscored} not yet scored")
            } else {
                String::new()
            }
        ));
        lines.push(format!(
            "Since the previous assessment: {} up, {} down, {} unchanged, {} new.",
            directions.up, directions.down, directions.unchanged, directions.new
        ));
        lines.push(format!(
            "{} at or above the escalation score of {threshold}.",
            plural(above_threshold.len(), "risk is", "risks are")
        ));
        lines.push(format!(
            "{} overdue for review; {} due within {review_within_days} days; {} with no review date.",
            plural(reviews.overdue.len(), "risk", "risks"),
            reviews.due.len(),
            reviews.no_review_date.len()
        ));
        if by_status.proposed > 0 || by_status.deferred > 0 {
            lines.push(format!(
                "{} proposed and {} deferred pending evidence.",
                plural(by_status.proposed, "risk", "risks"),
                by_status.deferred
            ));
        }
        BoardSummary {
            as_of,
            by_status,
            live: live.len(),
            by_band,
            unscored,
            directions,
            escalation_threshold: threshold,
            above_threshold,
            reviews,
            lines,
        }
    }
}

/// A summary of the register for a board paper as of a date: counts by status and band,
/// directions of travel, risks above the escalation threshold, reviews, and sentences.
///
/// Errors: [`Error::Config`] at `/register/...` when the configuration is unusable.
pub fn summary(request: &SummaryRequest) -> Result<BoardSummary, Error> {
    request.register.check_config("/register")?;
    Ok(request
        .register
        .summary(request.as_of, request.review_within_days))
}
