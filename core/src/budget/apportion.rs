//! Apportionment: splitting a total into shares by the largest-remainder method.
//!
//! Each party first gets the whole pence of its exact share (`|total| × weight ÷ Σweight`,
//! rounded down). The pence left over (fewer than the number of parties) go one each to
//! the parties ranked first by:
//! 1. the larger remainder (the fraction of a penny lost by rounding down), then
//! 2. the larger weight, then
//! 3. the id, in ascending byte order.
//!
//! The ranking never looks at the order the parties are listed in, so re-ordering a
//! formula never moves a penny. The shares always sum exactly to the total; a zero weight
//! always gets zero; a larger weight never gets a smaller share; and a negative total (a
//! refund) is split as the same positive total with every share negated.

use super::formula::Formula;
use super::money::Money;
use crate::error::Error;
use crate::pointer::Pointer;
use crate::Id;
use serde::{Deserialize, Serialize};
use std::cmp::Ordering;

/// One party's part of a total: a partner agency (or, for a split between boards, a body).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Share {
    /// Organisation id (a body id for a split between boards).
    pub id: Id,
    /// The amount.
    pub amount: Money,
}

/// Split `total` among parties in proportion to their weights by the largest-remainder
/// method (see the module documentation for the tie-break). Shares come back in the order
/// the parties were given.
///
/// Errors (`shape.config`, path `path` + `/<index>` for one party): an id listed twice,
/// a negative weight, all weights zero while the total is not zero.
pub fn largest_remainder(
    total: Money,
    parties: &[(Id, u128)],
    path: &str,
) -> Result<Vec<Share>, Error> {
    // One pass with a set (a scan of the earlier parties for each was quadratic).
    let mut seen = std::collections::BTreeSet::new();
    for (i, (id, _)) in parties.iter().enumerate() {
        if !seen.insert(id.as_str()) {
            return Err(Error::config(
                Pointer::at(path).index(i),
                "a party is listed more than once",
            ));
        }
    }
    let weight_sum = parties
        .iter()
        .try_fold(0u128, |acc, (_, w)| acc.checked_add(*w))
        .ok_or_else(|| Error::config(path, "The weights are too large to work with"))?;
    if weight_sum == 0 {
        if total.is_zero() {
            return Ok(parties
                .iter()
                .map(|(id, _)| Share {
                    id: id.clone(),
                    amount: Money::ZERO,
                })
                .collect());
        }
        return Err(Error::config(
            path,
            "every weight is zero, so a non-zero total cannot be shared",
        ));
    }
    // The one amount with no opposite cannot be split symmetrically.
    if total.checked_neg().is_none() {
        return Err(Error::Overflow {
            path: path.to_string(),
        });
    }
    let magnitude = u128::from(total.pence().unsigned_abs());
    // (floor, remainder) for each party.
    let mut parts: Vec<(u128, u128)> = Vec::with_capacity(parties.len());
    for (_, w) in parties {
        let product = magnitude
            .checked_mul(*w)
            .ok_or_else(|| Error::config(path, "The weights are too large to work with"))?;
        parts.push((product / weight_sum, product % weight_sum));
    }
    let floors: u128 = parts.iter().map(|(f, _)| *f).sum();
    let leftover = usize::try_from(magnitude.saturating_sub(floors))
        .map_err(|_| Error::config(path, "The weights are too large to work with"))?;
    let mut order: Vec<usize> = (0..parties.len()).collect();
    order.sort_by(|&a, &b| rank(parties, &parts, a, b));
    let mut extra = vec![false; parties.len()];
    for &i in order.iter().take(leftover) {
        if let Some(slot) = extra.get_mut(i) {
            *slot = true;
        }
    }
    let negative = total.is_negative();
    let mut out = Vec::with_capacity(parties.len());
    for (i, ((id, _), (floor, _))) in parties.iter().zip(&parts).enumerate() {
        let bump = u128::from(extra.get(i).copied().unwrap_or(false));
        let pence = i64::try_from(floor.saturating_add(bump)).map_err(|_| Error::Overflow {
            path: path.to_string(),
        })?;
        let amount = if negative { -pence } else { pence };
        out.push(Share {
            id: id.clone(),
            amount: Money::from_pence(amount),
        });
    }
    Ok(out)
}

fn rank(parties: &[(Id, u128)], parts: &[(u128, u128)], a: usize, b: usize) -> Ordering {
    let (ra, rb) = (
        parts.get(a).map_or(0, |p| p.1),
        parts.get(b).map_or(0, |p| p.1),
    );
    let (wa, ida) = parties.get(a).map_or((0, ""), |p| (p.1, p.0.as_str()));
    let (wb, idb) = parties.get(b).map_or((0, ""), |p| (p.1, p.0.as_str()));
    rb.cmp(&ra)
        .then(wb.cmp(&wa))
        .then(ida.as_bytes().cmp(idb.as_bytes()))
}

/// Request for [`apportion`]: a funding formula and, for formulas that share a total,
/// the total to share.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ApportionRequest {
    /// The formula.
    pub formula: Formula,
    /// The total to share, in pence. Required for shares, weights, equal, population,
    /// board split and composite formulas; optional for fixed and uplift formulas, which
    /// set their own total (when given it must agree).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::money::non_negative_option"
    )]
    pub total: Option<Money>,
}

/// Each party's contribution under a formula.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ApportionResponse {
    /// The total shared (equal to the sum of the shares, always).
    pub total: Money,
    /// One share per party, in the order the formula lists them (a composite formula
    /// lists its fixed sums first, then the remainder's parties).
    pub shares: Vec<Share>,
}

/// Capability: the funding calculator. Given a formula and a total, each partner's
/// contribution, summing exactly to the total. Errors carry a path into the request
/// (`/formula/shares/2`, `/total`).
///
/// ```
/// use boardkit::budget::{apportion, ApportionRequest, Formula, Money};
/// let split = apportion(&ApportionRequest {
///     formula: Formula::Equal { partners: vec!["o-lcc".into(), "o-police".into(), "o-ccg".into()] },
///     total: Some(Money::from_pence(10_000_000)),
/// })?;
/// let pence: Vec<i64> = split.shares.iter().map(|s| s.amount.pence()).collect();
/// assert_eq!(pence.iter().sum::<i64>(), 10_000_000); // exact to the penny
/// # Ok::<(), boardkit::Error>(())
/// ```
pub fn apportion(request: &ApportionRequest) -> Result<ApportionResponse, Error> {
    let shares = request.formula.apply(request.total, "/formula", "/total")?;
    let total = Money::sum(shares.iter().map(|s| s.amount), "/total")?;
    Ok(ApportionResponse { total, shares })
}
