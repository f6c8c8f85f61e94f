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

use super::money::Money;
use crate::pointer::Pointer;
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
        self.parts()
            .flat_map(|part| {
                let at = part.at(path);
                part.partners().map(move |x| Party {
                    id: x.id.clone(),
                    path: x.at(at.clone()).into(),
                    is_body: x.is_body,
                })
            })
            .collect()
    }

    /// The one walk of a formula's partners: this formula, then down a composite's
    /// remainders each formula it holds ([`Part::partners`] lists each one's partners).
    pub(crate) fn parts(&self) -> impl Iterator<Item = Part<'_>> {
        let first = Part {
            formula: self,
            depth: 0,
        };
        std::iter::successors(Some(first), |p| match p.formula {
            Formula::Composite { remainder, .. } => Some(Part {
                formula: remainder,
                depth: p.depth + 1,
            }),
            _ => None,
        })
    }
}

/// One formula of a budget's formula: the formula itself, or a composite's remainder at
/// some depth ([`Formula::parts`] yields each).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Part<'a> {
    /// The formula.
    pub(crate) formula: &'a Formula,
    /// How many `remainder`s below the budget's formula it is.
    depth: usize,
}

/// One partner a formula lists itself, with what the formula gives it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Partner<'a> {
    /// Organisation id, or body id when `is_body`.
    pub(crate) id: &'a Id,
    /// True for a board in a `board_split`.
    pub(crate) is_body: bool,
    /// What the formula gives it.
    pub(crate) given: Given,
    /// The list that names it (`shares`).
    list: &'static str,
    /// Its position in that list.
    index: usize,
}

/// What a formula gives one partner.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Given {
    /// An amount (`fixed`, a composite's fixed sums, last year's under `uplift`) or an
    /// equal share.
    Other,
    /// A share in basis points (`percentages`, `board_split`).
    BasisPoints(u32),
    /// A weight (`weights`).
    Weight(i64),
    /// A population (`population`).
    Population(u64),
}

impl<'a> Part<'a> {
    /// Its pointer under the pointer of the budget's formula (`/budgets/0/formula`).
    pub(crate) fn at(&self, formula: &str) -> Pointer {
        (0..self.depth).fold(Pointer::at(formula), |p, _| p.field("remainder"))
    }

    /// The partners it lists itself, in their order (a composite's fixed sums, not its
    /// remainder's).
    pub(crate) fn partners(self) -> impl Iterator<Item = Partner<'a>> {
        (0..self.count()).filter_map(move |i| self.partner(i))
    }

    /// How many partners it lists itself.
    fn count(&self) -> usize {
        match self.formula {
            Formula::Fixed { amounts } => amounts.len(),
            Formula::Percentages { shares } => shares.len(),
            Formula::Weights { weights } => weights.len(),
            Formula::Equal { partners } => partners.len(),
            Formula::Population { populations } => populations.len(),
            Formula::BoardSplit { boards } => boards.len(),
            Formula::Composite { fixed, .. } => fixed.len(),
            Formula::Uplift { last_year, .. } => last_year.len(),
        }
    }

    /// The partner at position `i` of its list.
    fn partner(&self, i: usize) -> Option<Partner<'a>> {
        let org = |list, id, given| Partner {
            id,
            is_body: false,
            given,
            list,
            index: i,
        };
        Some(match self.formula {
            Formula::Fixed { amounts } => {
                org("amounts", &amounts.get(i)?.organisation, Given::Other)
            }
            Formula::Percentages { shares } => {
                let s = shares.get(i)?;
                org(
                    "shares",
                    &s.organisation,
                    Given::BasisPoints(s.basis_points),
                )
            }
            Formula::Weights { weights } => {
                let w = weights.get(i)?;
                org("weights", &w.organisation, Given::Weight(w.weight))
            }
            Formula::Equal { partners } => org("partners", partners.get(i)?, Given::Other),
            Formula::Population { populations } => {
                let p = populations.get(i)?;
                org(
                    "populations",
                    &p.organisation,
                    Given::Population(p.population),
                )
            }
            Formula::BoardSplit { boards } => {
                let b = boards.get(i)?;
                Partner {
                    id: &b.body,
                    is_body: true,
                    given: Given::BasisPoints(b.basis_points),
                    list: "boards",
                    index: i,
                }
            }
            Formula::Composite { fixed, .. } => {
                org("fixed", &fixed.get(i)?.organisation, Given::Other)
            }
            Formula::Uplift { last_year, .. } => {
                org("last_year", &last_year.get(i)?.organisation, Given::Other)
            }
        })
    }
}

impl Partner<'_> {
    /// Its pointer under its formula's pointer ([`Part::at`]): `…/formula/shares/2`.
    pub(crate) fn at(&self, part: Pointer) -> Pointer {
        part.item(self.list, self.index)
    }
}
