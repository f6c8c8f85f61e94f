//! The risk matrix as configuration: likelihood and impact scales, how a score is worked
//! out, and the bands that turn a score into a rating (red/amber/green, or four bands).
//!
//! Councils differ: most use a 5x5 matrix, some 4x4, and each sets its own thresholds.
//! A configuration is only usable when its bands cover every score the matrix can produce
//! exactly once; [`Matrix::check`] rejects anything else with [`Error::Config`] naming the
//! offending part of the configuration.

use crate::error::Error;
use crate::pointer::Pointer;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// The largest number of levels a scale may have (keeps every score small and exact).
pub const MAX_LEVELS: usize = 20;

/// How a score is worked out from likelihood and impact.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Scoring {
    /// Score = likelihood x impact (the usual practice, and the default).
    #[default]
    Product,
    /// Score = likelihood + impact (used by a few councils).
    Sum,
}

impl Scoring {
    fn is_default(&self) -> bool {
        *self == Scoring::Product
    }
}

/// A rating a band gives, from least to most serious.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Rating {
    /// Green: tolerated, routine monitoring.
    Green,
    /// Yellow: the extra band of four-band schemes, between green and amber.
    Yellow,
    /// Amber: needs active management.
    Amber,
    /// Red: serious, the board's attention.
    Red,
}

impl Rating {
    /// The lower-case name used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Rating::Green => "green",
            Rating::Yellow => "yellow",
            Rating::Amber => "amber",
            Rating::Red => "red",
        }
    }
}

/// A band: every score from `min` to `max` inclusive gets `rating`. A matrix may have any
/// number of bands, each with its own label and colour; `rating` maps each band to the
/// red/amber/green (or four-band) rating the rules and summaries use, so two bands may
/// share a rating.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Band {
    /// Lowest score in the band.
    pub min: u32,
    /// Highest score in the band (inclusive).
    pub max: u32,
    /// The rating the band gives.
    pub rating: Rating,
    /// The council's own name for the band ("High", "Significant"...), if it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// The band's own colour as the register shows it ("Red", "Dark green", "#c00000"),
    /// when it names one; `rating` is the RAG the band maps to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub colour: Option<String>,
    /// The management response the register prescribes for the band ("management must
    /// act now").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response: Option<String>,
}

impl Band {
    /// True when `score` lies in this band.
    pub fn contains(&self, score: u32) -> bool {
        self.min <= score && score <= self.max
    }
}

/// The risk matrix: the two scales, the scoring method and the bands.
///
/// JSON: `{"likelihood": ["Rare", ...], "impact": ["Minor", ...], "bands": [{"min": 1,
/// "max": 4, "rating": "green"}, ...]}`. Level *n* of a scale is the *n*-th label (1-based).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Matrix {
    /// Labels of the likelihood levels, from 1 (least likely) upwards.
    pub likelihood: Vec<String>,
    /// Labels of the impact levels, from 1 (least impact) upwards.
    pub impact: Vec<String>,
    /// How a score is worked out; likelihood x impact unless stated.
    #[serde(default, skip_serializing_if = "Scoring::is_default")]
    pub scoring: Scoring,
    /// The bands, in any order. Together they must cover every possible score exactly
    /// once, unless `bands_partial` is set (or the register is an excerpt).
    pub bands: Vec<Band>,
    /// True when the paper lists only some of the bands (an excerpt's key showing the
    /// upper bands only): a score in no band is then left unrated, not an error.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub bands_partial: bool,
}

/// Where a (likelihood, impact) pair falls: its score and band.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Placement {
    /// The score.
    pub score: u32,
    /// Index of the band in the configuration's `bands` list.
    pub band: usize,
    /// The band's rating.
    pub rating: Rating,
    /// The band's own name, if it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// True when the band is the most serious band of the matrix.
    pub top_band: bool,
}

fn strs(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| (*s).to_string()).collect()
}

fn band(min: u32, max: u32, rating: Rating, label: &str) -> Band {
    Band {
        min,
        max,
        rating,
        label: Some(label.to_string()),
        colour: None,
        response: None,
    }
}

impl Matrix {
    /// The common 5x5 matrix with red/amber/green bands: 1-4 green, 5-12 amber, 15-25 red.
    pub fn five_by_five() -> Matrix {
        Matrix {
            likelihood: strs(&["Rare", "Unlikely", "Possible", "Likely", "Almost certain"]),
            impact: strs(&[
                "Insignificant",
                "Minor",
                "Moderate",
                "Major",
                "Catastrophic",
            ]),
            scoring: Scoring::Product,
            bands_partial: false,
            bands: vec![
                band(1, 4, Rating::Green, "Low"),
                band(5, 12, Rating::Amber, "Medium"),
                band(13, 25, Rating::Red, "High"),
            ],
        }
    }

    /// A 4x4 matrix with four bands: 1-2 green, 3-4 yellow, 6-8 amber, 9-16 red.
    pub fn four_by_four() -> Matrix {
        Matrix {
            likelihood: strs(&["Unlikely", "Possible", "Likely", "Very likely"]),
            impact: strs(&["Minor", "Moderate", "Serious", "Critical"]),
            scoring: Scoring::Product,
            bands_partial: false,
            bands: vec![
                band(1, 2, Rating::Green, "Low"),
                band(3, 4, Rating::Yellow, "Moderate"),
                band(5, 8, Rating::Amber, "Significant"),
                band(9, 16, Rating::Red, "Critical"),
            ],
        }
    }

    /// The score for a pair of levels, without range checks (`None` only on overflow).
    pub fn score_of(&self, likelihood: u32, impact: u32) -> Option<u32> {
        match self.scoring {
            Scoring::Product => likelihood.checked_mul(impact),
            Scoring::Sum => likelihood.checked_add(impact),
        }
    }

    /// Number of likelihood levels.
    pub fn likelihood_levels(&self) -> u32 {
        u32::try_from(self.likelihood.len()).unwrap_or(u32::MAX)
    }

    /// Number of impact levels.
    pub fn impact_levels(&self) -> u32 {
        u32::try_from(self.impact.len()).unwrap_or(u32::MAX)
    }

    /// True when `likelihood` is a level of the likelihood scale.
    pub fn likelihood_in_range(&self, likelihood: u32) -> bool {
        (1..=self.likelihood_levels()).contains(&likelihood)
    }

    /// True when `impact` is a level of the impact scale.
    pub fn impact_in_range(&self, impact: u32) -> bool {
        (1..=self.impact_levels()).contains(&impact)
    }

    /// Every score the matrix can produce, in ascending order.
    pub fn possible_scores(&self) -> BTreeSet<u32> {
        let mut out = BTreeSet::new();
        for l in 1..=self.likelihood_levels().min(MAX_LEVELS as u32) {
            for i in 1..=self.impact_levels().min(MAX_LEVELS as u32) {
                if let Some(s) = self.score_of(l, i) {
                    out.insert(s);
                }
            }
        }
        out
    }

    /// The highest score the matrix can produce.
    pub fn max_score(&self) -> u32 {
        self.possible_scores().last().copied().unwrap_or(0)
    }

    /// The band a score falls in (first match; in a checked matrix there is exactly one).
    pub fn band_of(&self, score: u32) -> Option<(usize, &Band)> {
        self.bands
            .iter()
            .enumerate()
            .find(|(_, b)| b.contains(score))
    }

    /// Index of the most serious band: the one holding the highest possible score.
    pub fn top_band(&self) -> Option<usize> {
        self.band_of(self.max_score()).map(|(i, _)| i)
    }

    /// Score and band of a pair of levels; `None` when a level is off its scale or no
    /// band holds the score.
    pub fn place(&self, likelihood: u32, impact: u32) -> Option<Placement> {
        if !self.likelihood_in_range(likelihood) || !self.impact_in_range(impact) {
            return None;
        }
        let score = self.score_of(likelihood, impact)?;
        let (index, b) = self.band_of(score)?;
        Some(Placement {
            score,
            band: index,
            rating: b.rating,
            label: b.label.clone(),
            top_band: self.top_band() == Some(index),
        })
    }

    /// Check the configuration. `at` is the JSON Pointer of the matrix in its document
    /// (`"/risk_register/matrix"`, or `""` when the matrix stands alone); errors point
    /// below it.
    ///
    /// Rejected: a scale with no levels or more than [`MAX_LEVELS`]; a band whose `min`
    /// is above its `max`; a band that holds no possible score; two bands that overlap;
    /// a possible score in no band; ratings that fall as scores rise.
    pub fn check(&self, at: &str) -> Result<(), Error> {
        self.check_bands(at, self.bands_partial)
    }

    /// [`Matrix::check`], accepting a score in no band when `partial` (the paper lists
    /// only some bands).
    pub fn check_bands(&self, at: &str, partial: bool) -> Result<(), Error> {
        for (name, scale) in [("likelihood", &self.likelihood), ("impact", &self.impact)] {
            if scale.is_empty() || scale.len() > MAX_LEVELS {
                return Err(Error::config(
                    Pointer::at(at).field(name),
                    format!(
                        "the {name} scale must have between 1 and {MAX_LEVELS} levels, it has {}",
                        scale.len()
                    ),
                ));
            }
        }
        if self.bands.is_empty() {
            return Err(Error::config(
                Pointer::at(at).field("bands"),
                "the matrix has no bands, so no score can be rated",
            ));
        }
        let possible = self.possible_scores();
        for (k, b) in self.bands.iter().enumerate() {
            if b.min > b.max {
                return Err(Error::config(
                    Pointer::at(at).item("bands", k).field("min"),
                    format!("band {k} starts above where it ends"),
                ));
            }
            if !possible.iter().any(|s| b.contains(*s)) {
                return Err(Error::config(
                    Pointer::at(at).item("bands", k),
                    format!("band {k} holds no score this matrix can produce"),
                ));
            }
        }
        let mut order: Vec<usize> = (0..self.bands.len()).collect();
        order.sort_by_key(|k| self.bands.get(*k).map(|b| (b.min, b.max)));
        for pair in order.windows(2) {
            let (Some(&a), Some(&b)) = (pair.first(), pair.get(1)) else {
                continue;
            };
            let (Some(lo), Some(hi)) = (self.bands.get(a), self.bands.get(b)) else {
                continue;
            };
            if hi.min <= lo.max {
                return Err(Error::config(
                    Pointer::at(at).item("bands", b),
                    format!("bands {a} and {b} overlap"),
                ));
            }
            if hi.rating < lo.rating {
                return Err(Error::config(
                    Pointer::at(at).item("bands", b).field("rating"),
                    format!("band {b} is rated lower than band {a} below it"),
                ));
            }
        }
        if !partial
            && possible
                .iter()
                .any(|s| !self.bands.iter().any(|b| b.contains(*s)))
        {
            return Err(Error::config(
                Pointer::at(at).field("bands"),
                "a score the matrix can produce is in no band",
            ));
        }
        Ok(())
    }
}
