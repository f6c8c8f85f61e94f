// The summary of the register for a board paper. Re-exported from [`super::register`].


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
    /// The review interval in days of the register's body (its constitution's
    /// `risk_review_days`), for risks that give no next review and no review frequency.
    /// A board's own query fills it in from the board.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review_days: Option<u32>,
    /// The review interval in days of each body whose constitution sets one
    /// (`risk_review_days`), by the body's id: a risk its owning body sets one for is
    /// reviewed on that body's interval, else on `review_days`. A board's own query fills
    /// it in from the board.
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub body_review_days: std::collections::BTreeMap<Id, u32>,
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
        self.summary_with(as_of, (review_within_days, None))
    }

    /// [`RiskRegister::summary`], with the body's review interval in days for risks that
    /// give no next review and no frequency: `(review_within_days, review_days)`.
    pub fn summary_with(
        &self,
        as_of: Date,
        (review_within_days, days): (u32, Option<u32>),
    ) -> BoardSummary {
        self.summary_in(as_of, (review_within_days, Intervals::one(days)))
    }

    /// [`RiskRegister::summary`], each risk with its own body's review interval.
    pub(crate) fn summary_in(
        &self,
        as_of: Date,
        (review_within_days, days): (u32, Intervals<'_>),
    ) -> BoardSummary {
        let ratings = self.ratings_in(as_of, days);
        let by_status = status_counts(&ratings);
        let live: Vec<&RiskRating> = ratings.iter().filter(|r| r.live).collect();
        let by_band = self.band_counts(&live);
        // A risk scored in a band the paper does not list (partial bands) is not unscored.
        let unbanded = live
            .iter()
            .filter(|r| r.score.is_none())
            .filter(|r| {
                self.risks
                    .get(r.index)
                    .is_some_and(|x| x.assessment_on(as_of).is_some())
            })
            .count();
        let unscored = live
            .iter()
            .filter(|r| r.score.is_none())
            .count()
            .saturating_sub(unbanded);
        let directions = direction_counts(&live);
        let threshold = self.escalation_threshold();
        let above_threshold = self.above(as_of, threshold);
        let reviews = self.reviews_in(as_of, review_within_days, days);

        let mut lines = vec![band_line(as_of, live.len(), &by_band, (unscored, unbanded))];
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

    /// The live risks in each band, the most serious band first.
    fn band_counts(&self, live: &[&RiskRating]) -> Vec<BandCount> {
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
        by_band
    }
}

/// The risks in each status.
fn status_counts(ratings: &[RiskRating]) -> StatusCounts {
    let mut by_status = StatusCounts::default();
    for r in ratings {
        let slot = match r.status {
            RiskStatus::Proposed => &mut by_status.proposed,
            RiskStatus::Deferred => &mut by_status.deferred,
            RiskStatus::Open => &mut by_status.open,
            RiskStatus::Escalated => &mut by_status.escalated,
            RiskStatus::Closed => &mut by_status.closed,
        };
        *slot = slot.saturating_add(1);
    }
    by_status
}

/// The live risks by direction since the previous assessment.
fn direction_counts(live: &[&RiskRating]) -> DirectionCounts {
    let mut directions = DirectionCounts::default();
    for r in live {
        let slot = match r.direction {
            Some(RiskDirection::Up) => &mut directions.up,
            Some(RiskDirection::Down) => &mut directions.down,
            Some(RiskDirection::Unchanged) => &mut directions.unchanged,
            Some(RiskDirection::New) => &mut directions.new,
            None => continue,
        };
        *slot = slot.saturating_add(1);
    }
    directions
}

/// A summary of the register for a board paper as of a date: counts by status and band,
/// directions of travel, risks above the escalation threshold, reviews, and sentences.
///
/// Errors: [`Error::Config`] at `/register/...` when the configuration is unusable.
pub fn summary(request: &SummaryRequest) -> Result<BoardSummary, Error> {
    request.register.check_config("/register")?;
    let days = Intervals {
        register: request.review_days,
        bodies: Some(&request.body_review_days),
    };
    Ok(request
        .register
        .summary_in(request.as_of, (request.review_within_days, days)))
}

/// The first sentence: live risks by band, each band by the register's own label (its
/// rating when it has none), most serious first.
fn band_line(
    as_of: Date,
    live: usize,
    by_band: &[BandCount],
    (unscored, unbanded): (usize, usize),
) -> String {
    let mut parts: Vec<String> = by_band
        .iter()
        .map(|b| {
            format!(
                "{} {}",
                b.count,
                b.label.as_deref().unwrap_or(b.rating.as_str())
            )
        })
        .collect();
    if unbanded > 0 {
        parts.push(format!("{unbanded} in bands the register does not list"));
    }
    if unscored > 0 {
        parts.push(format!("{unscored} not yet scored"));
    }
    format!(
        "As of {as_of}, {} on the register: {}.",
        plural(live, "live risk", "live risks"),
        parts.join(", ")
    )
}
