//! The register as plain data: the matrix it scores on, its review and escalation policy,
//! what it states of itself (counts, a heat map) and its risks, and the check of its
//! configuration as it is read. What is worked out from it as of a date is in
//! `rating` (and the queries in `register`, which re-exports these types at their public
//! paths).

use super::entry::Risk;
use super::matrix::{Matrix, Rating};
use crate::date::Date;
use crate::error::Error;
use crate::pointer::Pointer;
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
        self.matrix
            .check_bands(Pointer::at(at).field("matrix").as_str(), partial)?;
        if let Some(s) = self.escalation_score {
            let max = self.matrix.max_score();
            if s == 0 || s > max {
                return Err(Error::config(
                    Pointer::at(at).field("escalation_score"),
                    format!("the escalation score must be between 1 and {max}"),
                ));
            }
        }
        Ok(())
    }
}
