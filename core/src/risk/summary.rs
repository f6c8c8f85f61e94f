//! The summary of the register for a board paper. Re-exported from [`super::register`].

use super::entry::RiskStatus;
use super::matrix::Rating;
use super::register::{Direction, RiskRating, RiskRegister};
use super::reviews::ReviewList;
use crate::date::Date;
use crate::error::Error;
use serde::{Deserialize, Serialize};

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
