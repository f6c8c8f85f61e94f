//! Performance scorecards: indicators with a unit, a reporting frequency, a polarity, a
//! target and tolerance (RAG), comparators and values by period; and the figures a
//! board's annual report derives from them (direction of travel, change and percent
//! change, rates per 10,000, shares of a total).
//!
//! Arithmetic is exact (see [`rate`]): figures are fractions of integers, rounded once at
//! the published precision, half away from zero.

pub mod field_rules;
pub mod indicator;
pub mod quoted;
pub mod rate;
pub mod rules;
pub mod travel;

mod checks;
pub(crate) use checks::check;
pub use checks::validate;

pub use indicator::{
    Comparator, ComparatorKind, Frequency, Indicator, Observation, Relation, Unit,
};
pub use rate::{Decimal, PopulationRange, Ratio};
pub use rules::duplicate_period::DUPLICATE_PERIOD;
pub use rules::off_calendar::OFF_CALENDAR;
pub use rules::percent_out_of_range::PERCENT_OUT_OF_RANGE;
pub use rules::rate_without_population::RATE_WITHOUT_POPULATION;
pub use rules::target_wrong_side::TARGET_WRONG_SIDE;
pub use rules::value_mismatch::VALUE_MISMATCH;
pub use rules::RULES;
pub use travel::{
    Movement, Polarity, ScorecardDirection, ScorecardRag, Standing, Target, Travel, TravelThreshold,
};

/// The old name of [`ScorecardDirection`], kept so that host code written against it still compiles.
#[deprecated(
    note = "renamed `ScorecardDirection`: a risk has a direction of travel of its own, `RiskDirection`"
)]
pub type Direction = ScorecardDirection;

/// The old name of [`ScorecardRag`], kept so that host code written against it still compiles.
#[deprecated(note = "renamed `ScorecardRag`: an action has a RAG rating of its own, `ActionRag`")]
pub type Rag = ScorecardRag;

use crate::date::YearMonth;
use crate::error::Error;
use crate::{Extensions, Id};
use serde::{Deserialize, Deserializer, Serialize};

fn april() -> u32 {
    4
}
fn is_april(m: &u32) -> bool {
    *m == 4
}
fn month_1_to_12<'de, D: Deserializer<'de>>(d: D) -> Result<u32, D::Error> {
    let m = u32::deserialize(d)?;
    if (1..=12).contains(&m) {
        Ok(m)
    } else {
        Err(serde::de::Error::custom(
            "Enter a month number from 1 to 12, like 4 for April.",
        ))
    }
}

/// A performance scorecard: the indicators a board monitors.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scorecard {
    /// Host id.
    pub id: Id,
    /// Title ("Safeguarding snapshot 2016/17").
    pub title: String,
    /// The body the scorecard reports to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<Id>,
    /// The month (1-12) the reporting year starts: 4 (April, the financial year) unless
    /// set; 1 for calendar years, 9 for academic years. Quarters start every third month
    /// from it.
    #[serde(
        default = "april",
        skip_serializing_if = "is_april",
        deserialize_with = "month_1_to_12"
    )]
    pub year_start_month: u32,
    /// The indicators.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub indicators: Vec<Indicator>,
    /// Host data kept through a round trip.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

impl Scorecard {
    /// An indicator by id.
    pub fn indicator(&self, id: &str) -> Option<&Indicator> {
        self.indicators.iter().find(|i| i.id == id)
    }
}

// ---------------------------------------------------------------------------------------
// Capabilities (JSON in, JSON out)
// ---------------------------------------------------------------------------------------

/// Request for [`validate`]: check one scorecard on its own (for a form).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ValidateScorecardRequest {
    /// The scorecard.
    pub scorecard: Scorecard,
}

/// Request for [`summarise`].
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SummariseRequest {
    /// The scorecard.
    pub scorecard: Scorecard,
    /// The period to report (its first month). When absent, each indicator's latest value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<YearMonth>,
}

/// Where one indicator stands against one comparator.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ComparatorStanding {
    /// Who the comparison is with.
    pub kind: ComparatorKind,
    /// The period compared.
    pub period: YearMonth,
    /// The comparator's value, if published.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<Decimal>,
    /// Better, same or worse, given the polarity; absent when our value for that period
    /// is not recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub standing: Option<Standing>,
}

/// One line of a scorecard summary.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IndicatorSummary {
    /// The indicator's id.
    pub id: Id,
    /// The period reported.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<YearMonth>,
    /// Its label (`2016/17`, `Q4 2016/17`, `2017-01`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period_label: Option<String>,
    /// The value for the period.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<Decimal>,
    /// The value recomputed from the recorded count and total or population, at the
    /// indicator's places.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recomputed: Option<Decimal>,
    /// The period before.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous_period: Option<YearMonth>,
    /// The value for the period before, if recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous_value: Option<Decimal>,
    /// Change on the previous period (exact).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub change: Option<Decimal>,
    /// Percent change on the previous period, at the indicator's `change_places`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub percent_change: Option<Decimal>,
    /// Direction of travel from the previous period.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub travel: Option<Travel>,
    /// RAG rating against the target.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rag: Option<ScorecardRag>,
    /// Standing against each comparator.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub comparators: Vec<ComparatorStanding>,
}

/// A scorecard summary: one line per indicator, in the scorecard's order.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ScorecardSummary {
    /// The scorecard's id.
    pub id: Id,
    /// One line per indicator.
    pub indicators: Vec<IndicatorSummary>,
}

/// Summarise a scorecard for a period: value, change and percent change on the previous
/// period, direction of travel, RAG and standing against comparators, per indicator.
///
/// ```
/// use boardkit::scorecard::{summarise, SummariseRequest};
/// let text = std::fs::read_to_string("../examples/data/leicester-lscb.json").unwrap();
/// let doc = boardkit::BoardDocument::from_json(&text).unwrap();
/// let scorecard = doc.scorecards[0].clone();
/// let summary = summarise(&SummariseRequest { scorecard, period: None });
/// assert_eq!(summary.indicators.len(), doc.scorecards[0].indicators.len());
/// ```
pub fn summarise(request: &SummariseRequest) -> ScorecardSummary {
    let sc = &request.scorecard;
    let indicators = sc
        .indicators
        .iter()
        .map(|ind| summarise_indicator(sc, ind, request.period))
        .collect();
    ScorecardSummary {
        id: sc.id.clone(),
        indicators,
    }
}

fn summarise_indicator(
    sc: &Scorecard,
    ind: &Indicator,
    period: Option<YearMonth>,
) -> IndicatorSummary {
    let obs = match period {
        Some(p) => ind.value_at(p),
        None => ind.latest(),
    };
    let period = period.or(obs.map(|o| o.period));
    let value = obs.map(|o| o.value);
    let previous_period = period.and_then(|p| ind.frequency.previous(p));
    let previous_value = previous_period
        .and_then(|p| ind.value_at(p))
        .map(|o| o.value);
    let (change, percent_change, travel) = match (previous_value, value) {
        (Some(prev), Some(cur)) => (
            exact_change(prev, cur),
            rate::percent_change_exact(prev, cur).and_then(|r| r.round(ind.change_places)),
            Some(travel::travel(
                prev,
                cur,
                ind.polarity,
                ind.travel_threshold,
            )),
        ),
        _ => (None, None, None),
    };
    let comparators = ind
        .comparators
        .iter()
        .map(|c| ComparatorStanding {
            kind: c.kind,
            period: c.period,
            value: c.value,
            standing: c.standing(ind.value_at(c.period).map(|o| o.value), ind.polarity),
        })
        .collect();
    IndicatorSummary {
        id: ind.id.clone(),
        period,
        period_label: period
            .map(|p| indicator::period_label(p, ind.frequency, sc.year_start_month)),
        value,
        recomputed: obs.and_then(|o| indicator::recomputed(ind, o, ind.places)),
        previous_period,
        previous_value,
        change,
        percent_change,
        travel,
        rag: match (&ind.target, value) {
            (Some(t), Some(v)) => Some(travel::rag(v, t, ind.polarity)),
            _ => None,
        },
        comparators,
    }
}

fn exact_change(previous: Decimal, current: Decimal) -> Option<Decimal> {
    let places = previous.places().max(current.places());
    current.ratio().checked_sub(previous.ratio())?.round(places)
}

/// Request for [`rate_per_10000`].
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
// The schema keeps the name it had before the area was added to the Rust name
// (wasm/codegen/generate.rs gives the TypeScript type the area's name).
#[cfg_attr(feature = "schema", schemars(rename = "RateRequest"))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScorecardRateRequest {
    /// The count (2,240 children in need).
    pub count: u64,
    /// The child population.
    pub population: u64,
    /// Decimal places to publish at (0 to 9).
    #[serde(default)]
    pub places: u32,
}

/// The old name of [`ScorecardRateRequest`], kept so that host code written against it still compiles.
#[deprecated(
    note = "renamed `ScorecardRateRequest`: the risk register has a request of its own, `RiskRateRequest`"
)]
pub type RateRequest = ScorecardRateRequest;

/// A rate per 10,000.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RateResponse {
    /// `count * 10,000 / population`, rounded half away from zero at `places`.
    pub rate: Decimal,
}

/// A rate per 10,000 children from a count and a population. Fails when the population
/// is zero or `places` is above 9.
pub fn rate_per_10000(request: &ScorecardRateRequest) -> Result<RateResponse, Error> {
    if request.population == 0 {
        return Err(Error::invalid(
            "/population",
            "the population must be above zero",
        ));
    }
    let rate = rate::rate_per_10000_exact(request.count, request.population)
        .and_then(|r| r.round(request.places))
        .ok_or_else(|| Error::invalid("/places", "Enter decimal places from 0 to 9"))?;
    Ok(RateResponse { rate })
}

/// Request for [`share_of_total`].
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ShareRequest {
    /// The part (617 re-referrals).
    pub part: u64,
    /// The total (3,561 referrals).
    pub total: u64,
    /// Decimal places to publish at (0 to 9).
    #[serde(default)]
    pub places: u32,
}

/// A share of a total.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ShareResponse {
    /// `part * 100 / total`, rounded half away from zero at `places`.
    pub percent: Decimal,
}

/// A part as a percentage of a total. Fails when the total is zero or `places` is above 9.
pub fn share_of_total(request: &ShareRequest) -> Result<ShareResponse, Error> {
    if request.total == 0 {
        return Err(Error::invalid("/total", "the total must be above zero"));
    }
    let percent = rate::share_exact(request.part, request.total)
        .and_then(|r| r.round(request.places))
        .ok_or_else(|| Error::invalid("/places", "Enter decimal places from 0 to 9"))?;
    Ok(ShareResponse { percent })
}

/// Request for [`change`].
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChangeRequest {
    /// The earlier value.
    pub previous: Decimal,
    /// The later value.
    pub current: Decimal,
    /// Decimal places for the percent change (0 to 9).
    #[serde(default)]
    pub places: u32,
}

/// A change between two values.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ChangeResponse {
    /// `current - previous`, exact.
    pub change: Decimal,
    /// `(current - previous) * 100 / |previous|`, rounded half away from zero at
    /// `places`; absent when the previous value is zero.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub percent_change: Option<Decimal>,
}

/// Change and percent change from one value to another. Fails when `places` is above 9
/// or the result is out of range.
pub fn change(request: &ChangeRequest) -> Result<ChangeResponse, Error> {
    if request.places > rate::MAX_PLACES {
        return Err(Error::invalid(
            "/places",
            "Enter decimal places from 0 to 9",
        ));
    }
    let change = exact_change(request.previous, request.current)
        .ok_or_else(|| Error::invalid("/current", crate::read::message::TOO_LARGE))?;
    let percent_change = match rate::percent_change_exact(request.previous, request.current) {
        Some(r) => Some(
            r.round(request.places)
                .ok_or_else(|| Error::invalid("/current", crate::read::message::TOO_LARGE))?,
        ),
        None => None,
    };
    Ok(ChangeResponse {
        change,
        percent_change,
    })
}

/// Request for [`infer_population`].
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InferPopulationRequest {
    /// The count the rate was computed from (2,240).
    pub count: u64,
    /// The published rate per 10,000 (274).
    pub rate: Decimal,
    /// The decimal places the rate was published at (at least the rate's own places).
    #[serde(default)]
    pub places: u32,
}

/// The child population a published rate implies: the range of whole populations whose
/// rate, rounded half away from zero at `places`, is the published rate. Fails when the
/// rate is not above zero or `places` is below the rate's own places.
pub fn infer_population(request: &InferPopulationRequest) -> Result<PopulationRange, Error> {
    rate::implied_population(request.count, request.rate, request.places)
}

/// Request for [`direction_of_travel`].
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TravelRequest {
    /// The earlier value.
    pub previous: Decimal,
    /// The later value.
    pub current: Decimal,
    /// Which way is good.
    pub polarity: Polarity,
    /// How big a change must be to count (none: any change).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub threshold: Option<TravelThreshold>,
}

/// The direction of travel from one value to the next (see [`travel`] for the threshold).
pub fn direction_of_travel(request: &TravelRequest) -> Travel {
    travel::travel(
        request.previous,
        request.current,
        request.polarity,
        request.threshold,
    )
}

/// Request for [`rag_rating`].
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RagRequest {
    /// The value to rate.
    pub value: Decimal,
    /// The target and tolerance.
    pub target: Target,
    /// Which way is good.
    pub polarity: Polarity,
}

/// A RAG rating.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RagResponse {
    /// Red, amber or green.
    pub rag: ScorecardRag,
}

/// Rate a value red, amber or green against a target and tolerance.
pub fn rag_rating(request: &RagRequest) -> RagResponse {
    RagResponse {
        rag: travel::rag(request.value, &request.target, request.polarity),
    }
}
