//! Indicators: what is measured, how often, which way is good, and the values by period.

use super::rate::Decimal;
use super::travel::{Polarity, Standing, Target, TravelThreshold};
use crate::date::YearMonth;
use crate::{Extensions, Id};
use serde::{Deserialize, Serialize};

fn is_zero(n: &u32) -> bool {
    *n == 0
}

/// The unit an indicator is measured in.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    /// A number of children, referrals, cases.
    Count,
    /// A percentage (0 to 100).
    Percent,
    /// A rate per 10,000 children (of the child population).
    #[serde(rename = "rate_per_10000")]
    RatePer10000,
    /// A number of days (average length of a plan, timeliness).
    Days,
    /// A rate per 1,000 population (crime rates of a community safety partnership).
    #[serde(rename = "rate_per_1000")]
    RatePer1000,
    /// A number per day ("4 per day").
    PerDay,
    /// A number per year ("4015 pa").
    PerYear,
}

/// How often an indicator is reported. Periods are named by their first month, on the
/// scorecard's calendar (see [`super::Scorecard::year_start_month`]).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Frequency {
    /// Every month.
    Monthly,
    /// Every quarter of the reporting year.
    Quarterly,
    /// Once a reporting year.
    Annual,
}

impl Frequency {
    /// Months in one period.
    pub fn months(self) -> u32 {
        match self {
            Frequency::Monthly => 1,
            Frequency::Quarterly => 3,
            Frequency::Annual => 12,
        }
    }

    /// Whether `period` is the first month of a period of this frequency, for a
    /// reporting year starting in month `year_start` (1-12).
    pub fn starts_period(self, period: YearMonth, year_start: u32) -> bool {
        let offset = (period.month() + 12 - year_start.clamp(1, 12)) % 12;
        offset % self.months() == 0
    }

    /// The period before `period` (its first month), or `None` at the edge of the calendar.
    pub fn previous(self, period: YearMonth) -> Option<YearMonth> {
        add_months(period, -i32::try_from(self.months()).ok()?)
    }
}

/// `ym` moved by `n` months.
pub fn add_months(ym: YearMonth, n: i32) -> Option<YearMonth> {
    let idx = ym
        .year()
        .checked_mul(12)?
        .checked_add(i32::try_from(ym.month()).ok()?.checked_sub(1)?)?
        .checked_add(n)?;
    YearMonth::new(
        idx.div_euclid(12),
        u32::try_from(idx.rem_euclid(12)).ok()? + 1,
    )
}

/// A plain label for a period: `2016/17` (a year starting in April), `2016` (a calendar
/// year), `Q4 2016/17`, or `2017-01` for a month.
pub fn period_label(period: YearMonth, frequency: Frequency, year_start: u32) -> String {
    let year_start = year_start.clamp(1, 12);
    let offset = (period.month() + 12 - year_start) % 12;
    let first_year = if period.month() >= year_start {
        period.year()
    } else {
        period.year() - 1
    };
    let year = if year_start == 1 {
        format!("{first_year}")
    } else {
        format!("{first_year}/{:02}", (first_year + 1).rem_euclid(100))
    };
    match frequency {
        Frequency::Monthly => period.to_string(),
        Frequency::Quarterly => format!("Q{} {year}", offset / 3 + 1),
        Frequency::Annual => year,
    }
}

/// One value of an indicator for one period.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Observation {
    /// The period, named by its first month (`2016-04` for 2016/17, `2017-01` for Q4
    /// 2016/17). A snapshot ("as at 31 March 2017") belongs to the period it ends.
    pub period: YearMonth,
    /// The value as published, in the indicator's unit.
    pub value: Decimal,
    /// The count behind a percentage or a rate (617 re-referrals; 2,240 children in need).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<u64>,
    /// The total a percentage is a share of (3,561 referrals).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total: Option<u64>,
    /// The child population a rate per 10,000 is computed on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub population: Option<u64>,
    /// The arrow printed beside the value, as printed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub arrow: Option<Arrow>,
    /// Free-text note (source, caveats).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Host data kept through a round trip.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

/// Who a figure is compared with.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ComparatorKind {
    /// England as a whole.
    National,
    /// The region.
    Regional,
    /// The authority's statistical neighbours.
    StatisticalNeighbours,
    /// A peer group with a rank (the Home Office "Most Similar Group" of community safety
    /// partnerships).
    PeerGroup,
    /// A benchmark the scorecard does not name.
    Benchmark,
}

/// Where a figure sits against a peer group's control limits.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ControlPosition {
    /// Above the upper control limit.
    Above,
    /// Within the limits ("Inline").
    Inline,
    /// Below the lower control limit.
    Below,
}

/// The direction arrow a scorecard prints beside a value, as printed (what it means
/// differs between scorecards, so it is kept, not interpreted).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Arrow {
    /// ↑
    Up,
    /// ↓
    Down,
    /// ↔ or →
    Level,
}

/// Where a figure stands against a comparator, when the source states only that.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Relation {
    /// Our figure is higher.
    Above,
    /// Our figure is similar.
    Similar,
    /// Our figure is lower.
    Below,
}

/// A comparator value (national, regional, statistical neighbours) for a period.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Comparator {
    /// Who the comparison is with.
    pub kind: ComparatorKind,
    /// The period compared.
    pub period: YearMonth,
    /// The comparator's value, when published.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<Decimal>,
    /// Where our figure stands, when the source states only that ("the rate remains
    /// higher than the national average"). Ignored when `value` is given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stated: Option<Relation>,
    /// Where our figure sits against the group's control limits (Above / Inline / Below).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub position: Option<ControlPosition>,
    /// The distance from the group average as printed, in percent (unsigned).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub distance_percent: Option<Decimal>,
    /// Our rank in the group (1 = the lowest value).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rank: Option<u32>,
    /// Our rank the period before, when printed ("9 (10)").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous_rank: Option<u32>,
    /// How many members the group has.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_size: Option<u32>,
    /// Host data kept through a round trip.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

impl Comparator {
    /// Our standing against this comparator, given our value for the same period.
    pub fn standing(&self, ours: Option<Decimal>, polarity: Polarity) -> Option<Standing> {
        if let (Some(theirs), Some(ours)) = (self.value, ours) {
            return Some(super::travel::standing(ours, theirs, polarity));
        }
        if self.value.is_some() {
            return None;
        }
        let above = match self.stated? {
            Relation::Similar => return Some(Standing::Same),
            Relation::Above => true,
            Relation::Below => false,
        };
        Some(match (above, polarity) {
            (true, Polarity::HigherIsBetter) | (false, Polarity::LowerIsBetter) => Standing::Better,
            _ => Standing::Worse,
        })
    }
}

/// A performance indicator on a scorecard.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Indicator {
    /// Host id.
    pub id: Id,
    /// Name as the scorecard writes it.
    pub name: String,
    /// Unit of the values.
    pub unit: Unit,
    /// How often it is reported.
    pub frequency: Frequency,
    /// Which way is good.
    pub polarity: Polarity,
    /// Decimal places the values are published at (0 for 17%, 1 for 80.5, 2 for 49.84).
    /// Derived percentages and rates are rounded to this many places.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub places: u32,
    /// Decimal places percent changes are published at (0 for -18%, 1 for +3.3%).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub change_places: u32,
    /// The scorecard's own number for the indicator ("5", "6a").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// The indicator this one is a part of (6a, 6b under 6), by id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<Id>,
    /// The lead officer, by person id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lead_officer: Option<Id>,
    /// The target and tolerance that give the RAG rating.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<Target>,
    /// True when the scorecard says the target is still to be set.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub target_to_be_set: bool,
    /// The RAG letter the scorecard prints for the latest value, checked against the
    /// target (green or not) where one is given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recorded_rag: Option<super::travel::ScorecardRag>,
    /// How big a change must be to move the direction-of-travel arrow (none: any change).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub travel_threshold: Option<TravelThreshold>,
    /// Comparators.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub comparators: Vec<Comparator>,
    /// Values by period.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub values: Vec<Observation>,
    /// Free-text note (definition, source).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Host data kept through a round trip.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

impl Indicator {
    /// The value for a period, if recorded (the first, if recorded twice).
    pub fn value_at(&self, period: YearMonth) -> Option<&Observation> {
        self.values.iter().find(|v| v.period == period)
    }

    /// The latest recorded value.
    pub fn latest(&self) -> Option<&Observation> {
        self.values.iter().max_by_key(|v| v.period)
    }

    /// The earliest recorded value (the baseline).
    pub fn baseline(&self) -> Option<&Observation> {
        self.values.iter().min_by_key(|v| v.period)
    }
}

/// The recomputed value of an observation from its count and total or population,
/// rounded at `places`.
pub(crate) fn recomputed(ind: &Indicator, v: &Observation, places: u32) -> Option<Decimal> {
    match ind.unit {
        Unit::Percent => super::rate::share_exact(v.count?, v.total?)?.round(places),
        Unit::RatePer10000 => {
            super::rate::rate_per_10000_exact(v.count?, v.population?)?.round(places)
        }
        Unit::Count | Unit::Days | Unit::RatePer1000 | Unit::PerDay | Unit::PerYear => None,
    }
}
