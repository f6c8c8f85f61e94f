// The register's capabilities: one request in, one response out (wrapped by the C and
// wasm bindings): rating one pair of levels, laying out the grid, rating every risk and
// the heat map. Re-exported from [`super::register`].


// ---------------------------------------------------------------------------------------
// Capabilities: one request in, one response out (wrapped by the C and wasm bindings).
// ---------------------------------------------------------------------------------------

/// Request for [`rate`]: a matrix and a pair of levels, as a form has them.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
// The schema keeps the name it had before the area was added to the Rust name
// (wasm/codegen/generate.rs gives the TypeScript type the area's name).
#[cfg_attr(feature = "schema", schemars(rename = "RateRequest"))]
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RiskRateRequest {
    /// The matrix to rate on.
    pub matrix: Matrix,
    /// Likelihood level.
    pub likelihood: u32,
    /// Impact level.
    pub impact: u32,
}

/// The old name of [`RiskRateRequest`], kept so that host code written against it still compiles.
#[deprecated(note = "renamed `RiskRateRequest`: the scorecard has a request of its own, `ScorecardRateRequest`")]
pub type RateRequest = RiskRateRequest;

/// Response of [`rate`]: the score and band of one pair of levels.
pub type RateResponse = super::matrix::Placement;

/// Score and rate one (likelihood, impact) pair on a matrix: the small pure function a
/// browser form calls as the user picks levels.
///
/// Errors: [`Error::Config`] when the matrix is unusable; [`Error::Invalid`] at
/// `/likelihood` or `/impact` when a level is off its scale.
///
/// ```
/// use boardkit::risk::{rate, RiskRateRequest};
/// let request: RiskRateRequest = boardkit::read::from_json(r#"{
///     "matrix": {"likelihood": ["1", "2", "3", "4", "5"], "impact": ["1", "2", "3", "4", "5"],
///                "bands": [{"min": 1, "max": 4, "rating": "green"},
///                          {"min": 5, "max": 12, "rating": "amber"},
///                          {"min": 13, "max": 25, "rating": "red"}]},
///     "likelihood": 5, "impact": 5}"#)?;
/// assert_eq!(rate(&request)?.score, 25);
/// # Ok::<(), boardkit::Error>(())
/// ```
pub fn rate(request: &RiskRateRequest) -> Result<RateResponse, Error> {
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
        risks: request
            .register
            .ratings_in(request.as_of, Intervals {
                register: request.review_days,
                bodies: Some(&request.body_review_days),
            }),
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
