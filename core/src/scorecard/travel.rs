//! Direction of travel, RAG ratings and comparisons, all respecting an indicator's
//! polarity.
//!
//! # The direction-of-travel threshold
//! A change from the previous period to this one moves the arrow only when it is larger
//! than the indicator's [`TravelThreshold`]:
//! * `{"absolute": x}`: the change, in the indicator's unit, must exceed `x`;
//! * `{"relative_percent": x}`: the change must exceed `x` percent of the previous
//!   value (when the previous value is zero, any change moves the arrow).
//!
//! A change equal to the threshold is **unchanged**. With no threshold set, any change
//! at all moves the arrow. Up is *improving* when higher is better and *worsening* when
//! lower is better, and the other way round for down.

use super::rate::{Decimal, Ratio};
use serde::{Deserialize, Serialize};
use std::cmp::Ordering;

/// Which way is good for an indicator.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Polarity {
    /// Higher values are better (assessments completed on time).
    HigherIsBetter,
    /// Lower values are better (re-referrals, children missing from care).
    LowerIsBetter,
}

impl Polarity {
    /// The other polarity.
    pub fn flipped(self) -> Polarity {
        match self {
            Polarity::HigherIsBetter => Polarity::LowerIsBetter,
            Polarity::LowerIsBetter => Polarity::HigherIsBetter,
        }
    }

    /// Whether `a` is better than (`Greater`), as good as (`Equal`) or worse than
    /// (`Less`) `b` under this polarity.
    pub fn better(self, a: Decimal, b: Decimal) -> Ordering {
        match self {
            Polarity::HigherIsBetter => a.cmp(&b),
            Polarity::LowerIsBetter => b.cmp(&a),
        }
    }
}

/// How big a change must be to move the direction-of-travel arrow (see the module docs).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum TravelThreshold {
    /// A change must exceed this amount, in the indicator's unit.
    Absolute(Decimal),
    /// A change must exceed this percentage of the previous value.
    RelativePercent(Decimal),
}

/// Which way the figure moved, whatever the polarity.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Movement {
    /// Went up by more than the threshold.
    Up,
    /// Went down by more than the threshold.
    Down,
    /// Moved by no more than the threshold.
    Level,
}

/// The direction of travel: the movement judged by the indicator's polarity.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
// The schema keeps the name it had before the area was added to the Rust name
// (wasm/codegen/generate.rs gives the TypeScript type the area's name).
#[cfg_attr(feature = "schema", schemars(rename = "Direction"))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ScorecardDirection {
    /// Moved the good way.
    Improving,
    /// Moved the bad way.
    Worsening,
    /// Did not move by more than the threshold.
    Unchanged,
}

/// The old name of [`ScorecardDirection`], kept so that host code written against it still compiles.
#[deprecated(
    note = "renamed `ScorecardDirection`: a risk has a direction of travel of its own, `RiskDirection`"
)]
pub type Direction = ScorecardDirection;

/// A direction of travel and the movement behind it.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Travel {
    /// Up, down or level.
    pub movement: Movement,
    /// Improving, worsening or unchanged, given the polarity.
    pub direction: ScorecardDirection,
}

/// The movement from `previous` to `current` under a threshold (see the module docs).
pub fn movement(
    previous: Decimal,
    current: Decimal,
    threshold: Option<TravelThreshold>,
) -> Movement {
    let change = current.ratio().checked_sub(previous.ratio());
    let Some(change) = change else {
        // Unreachable for decimals in range; fall back to the plain order.
        return match current.cmp(&previous) {
            Ordering::Greater => Movement::Up,
            Ordering::Less => Movement::Down,
            Ordering::Equal => Movement::Level,
        };
    };
    let zero = Ratio::new(0, 1);
    let within = match (threshold, zero) {
        (_, None) => false,
        (None, Some(z)) => change == z,
        (Some(TravelThreshold::Absolute(t)), Some(_)) => change.abs() <= t.ratio().abs(),
        (Some(TravelThreshold::RelativePercent(t)), Some(z)) => {
            if previous.ratio() == z {
                change == z
            } else {
                // |change| * 100 <= t * |previous|
                let lhs = change.abs().checked_mul_int(100);
                let rhs = t.ratio().abs().checked_mul(previous.ratio().abs());
                matches!((lhs, rhs), (Some(l), Some(r)) if l <= r)
            }
        }
    };
    if within {
        Movement::Level
    } else if current > previous {
        Movement::Up
    } else {
        Movement::Down
    }
}

/// Judge a movement by polarity.
pub fn direction(movement: Movement, polarity: Polarity) -> ScorecardDirection {
    match (movement, polarity) {
        (Movement::Level, _) => ScorecardDirection::Unchanged,
        (Movement::Up, Polarity::HigherIsBetter) | (Movement::Down, Polarity::LowerIsBetter) => {
            ScorecardDirection::Improving
        }
        (Movement::Up, Polarity::LowerIsBetter) | (Movement::Down, Polarity::HigherIsBetter) => {
            ScorecardDirection::Worsening
        }
    }
}

/// The direction of travel from `previous` to `current`.
pub fn travel(
    previous: Decimal,
    current: Decimal,
    polarity: Polarity,
    threshold: Option<TravelThreshold>,
) -> Travel {
    let m = movement(previous, current, threshold);
    Travel {
        movement: m,
        direction: direction(m, polarity),
    }
}

/// A red / amber / green rating against a target.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
// The schema keeps the name it had before the area was added to the Rust name
// (wasm/codegen/generate.rs gives the TypeScript type the area's name).
#[cfg_attr(feature = "schema", schemars(rename = "Rag"))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ScorecardRag {
    /// At or better than the target.
    Green,
    /// Worse than the target by no more than the tolerance.
    Amber,
    /// Worse than the target by more than the tolerance.
    Red,
}

/// The old name of [`ScorecardRag`], kept so that host code written against it still compiles.
#[deprecated(note = "renamed `ScorecardRag`: an action has a RAG rating of its own, `ActionRag`")]
pub type Rag = ScorecardRag;

/// A target and its tolerance: green at or better than `value`; amber when worse by no
/// more than `tolerance`; red beyond that.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Target {
    /// The target value, in the indicator's unit.
    pub value: Decimal,
    /// How far worse than the target still rates amber (zero: no amber band). A negative
    /// tolerance is a rule finding (`scorecard.target_wrong_side`) and is read as zero.
    #[serde(default = "zero")]
    pub tolerance: Decimal,
}

fn zero() -> Decimal {
    Decimal::ZERO
}

/// The RAG rating of `value` against a target under a polarity.
pub fn rag(value: Decimal, target: &Target, polarity: Polarity) -> ScorecardRag {
    if polarity.better(value, target.value) != Ordering::Less {
        return ScorecardRag::Green;
    }
    let tol = if target.tolerance.is_negative() {
        Ratio::new(0, 1)
    } else {
        Some(target.tolerance.ratio())
    };
    let gap = target
        .value
        .ratio()
        .checked_sub(value.ratio())
        .map(Ratio::abs);
    match (gap, tol) {
        (Some(g), Some(t)) if g <= t => ScorecardRag::Amber,
        _ => ScorecardRag::Red,
    }
}

/// Where this authority stands against a comparator, given the polarity.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Standing {
    /// Better than the comparator.
    Better,
    /// The same as the comparator.
    Same,
    /// Worse than the comparator.
    Worse,
}

/// Compare this authority's value with a comparator's under a polarity.
pub fn standing(ours: Decimal, theirs: Decimal, polarity: Polarity) -> Standing {
    match polarity.better(ours, theirs) {
        Ordering::Greater => Standing::Better,
        Ordering::Equal => Standing::Same,
        Ordering::Less => Standing::Worse,
    }
}
