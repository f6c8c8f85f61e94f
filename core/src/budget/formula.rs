//! Funding formulas: how partner agencies share a board's budget, stored as data the board
//! can change when it reviews "whether we stick with the same formula".
//!
//! In JSON a formula is an object with a `kind`:
//!
//! | kind | meaning | sets its own total? |
//! |---|---|---|
//! | `fixed` | an agreed amount per partner | yes: the sum |
//! | `percentages` | a share per partner in basis points (1% = 100), totalling 10,000 | no |
//! | `weights` | shares in proportion to positive whole-number weights | no |
//! | `equal` | an equal split among named partners (e.g. the three statutory partners) | no |
//! | `population` | shares in proportion to the population each partner serves | no |
//! | `board_split` | one payment split between boards (children's and adults', 50/50), ids are bodies | no |
//! | `composite` | fixed sums for small partners, the remainder shared by another formula | no |
//! | `uplift` | last year's contributions raised (or cut) by a percentage in basis points | yes |
//!
//! One-off additional contributions and in-kind contributions are not formulas: they are
//! lines of the [`super::Budget`] on top of the formula (in-kind is valued, never cash).
//! Every split uses [`super::apportion::largest_remainder`], so amounts are exact to the
//! penny and do not depend on the order partners are listed in.

use super::apportion::{largest_remainder, Share};
use super::money::{div_round_half_away, Money};
use crate::error::Error;
use crate::Id;
use serde::{Deserialize, Serialize};

/// 100% in basis points.
pub const WHOLE_BASIS_POINTS: u32 = 10_000;

/// A funding formula (see the module documentation for each kind).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
// Deserialize is written by hand in `formula_read.rs` (problems at the field inside).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Formula {
    /// An agreed amount per partner; the total is their sum.
    Fixed {
        /// The amounts.
        amounts: Vec<PartnerAmount>,
    },
    /// A percentage share per partner, in basis points; the shares must total 100%.
    Percentages {
        /// The shares.
        shares: Vec<PartnerShare>,
    },
    /// Shares in proportion to weights (each must be positive).
    Weights {
        /// The weights.
        weights: Vec<PartnerWeight>,
    },
    /// An equal split among the named partners.
    Equal {
        /// Organisation ids.
        partners: Vec<Id>,
    },
    /// Shares in proportion to the population each partner serves.
    Population {
        /// The populations.
        populations: Vec<PartnerPopulation>,
    },
    /// One payment split between boards (a joint children's and adults' arrangement);
    /// the shares are by body, in basis points totalling 100%.
    BoardSplit {
        /// The boards' shares.
        boards: Vec<BoardShare>,
    },
    /// Fixed sums for some partners (usually the small ones); what is left of the total
    /// is shared by another formula.
    Composite {
        /// The fixed sums.
        fixed: Vec<PartnerAmount>,
        /// How the remainder is shared.
        remainder: Box<Formula>,
    },
    /// Last year's contributions raised by a percentage (negative for a cut), in basis
    /// points: 250 is a 2.5% uplift. The new total is last year's total uplifted and
    /// rounded to the penny (half away from zero), then shared in proportion to last
    /// year's contributions, so each partner is within a penny of its exact uplift.
    Uplift {
        /// Last year's contributions.
        last_year: Vec<PartnerAmount>,
        /// The uplift in basis points (at least -10,000).
        basis_points: i64,
    },
}

impl Default for Formula {
    /// No formula recorded: an empty list of agreed amounts.
    fn default() -> Formula {
        Formula::Fixed {
            amounts: Vec::new(),
        }
    }
}

impl Formula {
    /// True for the formula of a budget that records none (no agreed amounts).
    pub fn is_empty(&self) -> bool {
        matches!(self, Formula::Fixed { amounts } if amounts.is_empty())
    }
}

/// A partner and an amount.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PartnerAmount {
    /// Organisation id.
    pub organisation: Id,
    /// Amount in pence (0 or more).
    #[serde(deserialize_with = "super::money::non_negative")]
    pub amount: Money,
}

/// A partner and a percentage share in basis points (1% = 100).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PartnerShare {
    /// Organisation id.
    pub organisation: Id,
    /// The share in basis points.
    pub basis_points: u32,
}

/// A partner and a weight.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PartnerWeight {
    /// Organisation id.
    pub organisation: Id,
    /// The weight (a budget formula needs it positive; the calculator gives zero to zero).
    pub weight: i64,
}

/// A partner and the population it serves.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PartnerPopulation {
    /// Organisation id.
    pub organisation: Id,
    /// Number of people (or children) served.
    pub population: u64,
}

/// A board's share of a joint payment, in basis points.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BoardShare {
    /// Body id (this board or the other board of the joint arrangement).
    pub body: Id,
    /// The share in basis points (5,000 is half).
    pub basis_points: u32,
}

/// One party named by a formula, with the JSON Pointer of where it is named.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Party {
    /// Organisation id, or body id when `is_body`.
    pub id: Id,
    /// Pointer to the entry naming it.
    pub path: String,
    /// True for a board in a `board_split`.
    pub is_body: bool,
}

impl Formula {
    /// True when the formula sets its own total (`fixed`, `uplift`).
    pub fn sets_own_total(&self) -> bool {
        matches!(self, Formula::Fixed { .. } | Formula::Uplift { .. })
    }

    /// Every party named, with where it is named (`path` is the formula's pointer).
    pub fn parties(&self, path: &str) -> Vec<Party> {
        let org = |id: &Id, p: String| Party {
            id: id.clone(),
            path: p,
            is_body: false,
        };
        match self {
            Formula::Fixed { amounts } => amounts
                .iter()
                .enumerate()
                .map(|(i, a)| org(&a.organisation, format!("{path}/amounts/{i}")))
                .collect(),
            Formula::Percentages { shares } => shares
                .iter()
                .enumerate()
                .map(|(i, a)| org(&a.organisation, format!("{path}/shares/{i}")))
                .collect(),
            Formula::Weights { weights } => weights
                .iter()
                .enumerate()
                .map(|(i, a)| org(&a.organisation, format!("{path}/weights/{i}")))
                .collect(),
            Formula::Equal { partners } => partners
                .iter()
                .enumerate()
                .map(|(i, a)| org(a, format!("{path}/partners/{i}")))
                .collect(),
            Formula::Population { populations } => populations
                .iter()
                .enumerate()
                .map(|(i, a)| org(&a.organisation, format!("{path}/populations/{i}")))
                .collect(),
            Formula::BoardSplit { boards } => boards
                .iter()
                .enumerate()
                .map(|(i, b)| Party {
                    id: b.body.clone(),
                    path: format!("{path}/boards/{i}"),
                    is_body: true,
                })
                .collect(),
            Formula::Composite { fixed, remainder } => {
                let mut v: Vec<Party> = fixed
                    .iter()
                    .enumerate()
                    .map(|(i, a)| org(&a.organisation, format!("{path}/fixed/{i}")))
                    .collect();
                v.extend(remainder.parties(&format!("{path}/remainder")));
                v
            }
            Formula::Uplift { last_year, .. } => last_year
                .iter()
                .enumerate()
                .map(|(i, a)| org(&a.organisation, format!("{path}/last_year/{i}")))
                .collect(),
        }
    }

    /// Each party's amount. `total` is the amount to share (required unless the formula
    /// sets its own total, in which case it must agree when given). Errors are
    /// `shape.config` (or `shape.overflow`) with a pointer under `path`, or `total_path`
    /// for a missing or disagreeing total.
    pub fn apply(
        &self,
        total: Option<Money>,
        path: &str,
        total_path: &str,
    ) -> Result<Vec<Share>, Error> {
        // A party named twice would have two amounts: refuse rather than guess.
        let parties = self.parties(path);
        let mut seen = std::collections::BTreeSet::new();
        for p in &parties {
            if !seen.insert(p.id.as_str()) {
                return Err(Error::config(
                    p.path.clone(),
                    "a partner is listed more than once in this formula",
                ));
            }
        }
        let needed = || {
            total.ok_or_else(|| {
                Error::config(
                    total_path,
                    "Enter the total to share: this kind of formula shares a total",
                )
            })
        };
        match self {
            Formula::Fixed { amounts } => {
                let shares: Vec<Share> = amounts
                    .iter()
                    .map(|a| Share {
                        id: a.organisation.clone(),
                        amount: a.amount,
                    })
                    .collect();
                let sum = Money::sum(shares.iter().map(|s| s.amount), path)?;
                agree(sum, total, total_path)?;
                Ok(shares)
            }
            Formula::Percentages { shares } => {
                check_whole(
                    shares.iter().map(|s| s.basis_points),
                    &format!("{path}/shares"),
                )?;
                let w: Vec<(Id, u128)> = shares
                    .iter()
                    .map(|s| (s.organisation.clone(), u128::from(s.basis_points)))
                    .collect();
                largest_remainder(needed()?, &w, &format!("{path}/shares"))
            }
            Formula::Weights { weights } => {
                let mut w = Vec::with_capacity(weights.len());
                for (i, x) in weights.iter().enumerate() {
                    let weight = u128::try_from(x.weight).map_err(|_| {
                        Error::config(format!("{path}/weights/{i}/weight"), "a weight is negative")
                    })?;
                    w.push((x.organisation.clone(), weight));
                }
                largest_remainder(needed()?, &w, &format!("{path}/weights"))
            }
            Formula::Equal { partners } => {
                let w: Vec<(Id, u128)> = partners.iter().map(|p| (p.clone(), 1)).collect();
                largest_remainder(needed()?, &w, &format!("{path}/partners"))
            }
            Formula::Population { populations } => {
                let w: Vec<(Id, u128)> = populations
                    .iter()
                    .map(|p| (p.organisation.clone(), u128::from(p.population)))
                    .collect();
                largest_remainder(needed()?, &w, &format!("{path}/populations"))
            }
            Formula::BoardSplit { boards } => {
                check_whole(
                    boards.iter().map(|b| b.basis_points),
                    &format!("{path}/boards"),
                )?;
                let w: Vec<(Id, u128)> = boards
                    .iter()
                    .map(|b| (b.body.clone(), u128::from(b.basis_points)))
                    .collect();
                largest_remainder(needed()?, &w, &format!("{path}/boards"))
            }
            Formula::Composite { fixed, remainder } => {
                let total = needed()?;
                let fixed_sum = Money::sum(fixed.iter().map(|a| a.amount), path)?;
                let rest = total.sub(fixed_sum, total_path)?;
                if (total.is_negative() && rest.pence() > 0)
                    || (!total.is_negative() && rest.is_negative())
                {
                    return Err(Error::config(
                        format!("{path}/fixed"),
                        "the fixed sums are more than the total",
                    ));
                }
                let mut shares: Vec<Share> = fixed
                    .iter()
                    .map(|a| Share {
                        id: a.organisation.clone(),
                        amount: a.amount,
                    })
                    .collect();
                shares.extend(remainder.apply(
                    Some(rest),
                    &format!("{path}/remainder"),
                    total_path,
                )?);
                Ok(shares)
            }
            Formula::Uplift {
                last_year,
                basis_points,
            } => {
                if *basis_points < -10_000 {
                    return Err(Error::config(
                        format!("{path}/basis_points"),
                        "a cut cannot be more than 100%",
                    ));
                }
                let mut w = Vec::with_capacity(last_year.len());
                for (i, a) in last_year.iter().enumerate() {
                    let weight = u128::try_from(a.amount.pence()).map_err(|_| {
                        Error::config(
                            format!("{path}/last_year/{i}/amount"),
                            "last year's contribution is negative",
                        )
                    })?;
                    w.push((a.organisation.clone(), weight));
                }
                let before = Money::sum(last_year.iter().map(|a| a.amount), path)?;
                let factor = i128::from(*basis_points) + 10_000;
                let after = div_round_half_away(i128::from(before.pence()) * factor, 10_000)
                    .and_then(|p| i64::try_from(p).ok())
                    .map(Money::from_pence)
                    .ok_or_else(|| Error::Overflow {
                        path: path.to_string(),
                    })?;
                agree(after, total, total_path)?;
                largest_remainder(after, &w, &format!("{path}/last_year"))
            }
        }
    }
}

fn agree(own: Money, given: Option<Money>, total_path: &str) -> Result<(), Error> {
    match given {
        Some(t) if t != own => Err(Error::config(
            total_path,
            "this formula sets its own total, which is not the total given",
        )),
        _ => Ok(()),
    }
}

fn check_whole(points: impl Iterator<Item = u32>, path: &str) -> Result<(), Error> {
    let sum: u64 = points.map(u64::from).sum();
    if sum != u64::from(WHOLE_BASIS_POINTS) {
        return Err(Error::config(path, "the shares do not total 100%"));
    }
    Ok(())
}
