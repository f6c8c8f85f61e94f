//! A formula applied: each party's amount, by the largest-remainder split of
//! `apportion.rs`. Beside the formula's data (`formula.rs`) rather than in it, so that the
//! formulas and the split do not import each other: `apportion.rs` names the formula in
//! its request, and this file names both.

use super::apportion::{largest_remainder, Share};
use super::formula::{Formula, PartnerAmount, Party, WHOLE_BASIS_POINTS};
use super::money::{div_round_half_away, Money};
use crate::error::Error;
use crate::pointer::Pointer;
use crate::Id;

impl Formula {
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
        refuse_repeats(&self.parties(path))?;
        let at = |list: &'static str| Pointer::at(path).field(list);
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
                let shares = fixed_shares(amounts);
                let sum = Money::sum(shares.iter().map(|s| s.amount), path)?;
                agree(sum, total, total_path)?;
                Ok(shares)
            }
            Formula::Percentages { shares } => {
                check_whole(shares.iter().map(|s| s.basis_points), at("shares").as_str())?;
                let w: Vec<(Id, u128)> = shares
                    .iter()
                    .map(|s| (s.organisation.clone(), u128::from(s.basis_points)))
                    .collect();
                largest_remainder(needed()?, &w, at("shares").as_str())
            }
            Formula::Weights { weights } => {
                let mut w = Vec::with_capacity(weights.len());
                for (i, x) in weights.iter().enumerate() {
                    let weight = u128::try_from(x.weight).map_err(|_| {
                        Error::config(
                            at("weights").index(i).field("weight"),
                            "a weight is negative",
                        )
                    })?;
                    w.push((x.organisation.clone(), weight));
                }
                largest_remainder(needed()?, &w, at("weights").as_str())
            }
            Formula::Equal { partners } => {
                let w: Vec<(Id, u128)> = partners.iter().map(|p| (p.clone(), 1)).collect();
                largest_remainder(needed()?, &w, at("partners").as_str())
            }
            Formula::Population { populations } => {
                let w: Vec<(Id, u128)> = populations
                    .iter()
                    .map(|p| (p.organisation.clone(), u128::from(p.population)))
                    .collect();
                largest_remainder(needed()?, &w, at("populations").as_str())
            }
            Formula::BoardSplit { boards } => {
                check_whole(boards.iter().map(|b| b.basis_points), at("boards").as_str())?;
                let w: Vec<(Id, u128)> = boards
                    .iter()
                    .map(|b| (b.body.clone(), u128::from(b.basis_points)))
                    .collect();
                largest_remainder(needed()?, &w, at("boards").as_str())
            }
            Formula::Composite { fixed, remainder } => {
                composite(fixed, remainder, needed()?, path, total_path)
            }
            Formula::Uplift {
                last_year,
                basis_points,
            } => uplift(last_year, *basis_points, total, path, total_path),
        }
    }
}

/// Refuses a party named twice in one formula.
fn refuse_repeats(parties: &[Party]) -> Result<(), Error> {
    let mut seen = std::collections::BTreeSet::new();
    for p in parties {
        if !seen.insert(p.id.as_str()) {
            return Err(Error::config(
                p.path.clone(),
                "a partner is listed more than once in this formula",
            ));
        }
    }
    Ok(())
}

/// The agreed amounts as they stand, one share each.
fn fixed_shares(amounts: &[PartnerAmount]) -> Vec<Share> {
    amounts
        .iter()
        .map(|a| Share {
            id: a.organisation.clone(),
            amount: a.amount,
        })
        .collect()
}

/// Fixed sums first, then what is left of `total` shared by the remainder formula.
fn composite(
    fixed: &[PartnerAmount],
    remainder: &Formula,
    total: Money,
    path: &str,
    total_path: &str,
) -> Result<Vec<Share>, Error> {
    let fixed_sum = Money::sum(fixed.iter().map(|a| a.amount), path)?;
    let rest = total.sub(fixed_sum, total_path)?;
    if (total.is_negative() && rest.pence() > 0) || (!total.is_negative() && rest.is_negative()) {
        return Err(Error::config(
            Pointer::at(path).field("fixed"),
            "the fixed sums are more than the total",
        ));
    }
    let mut shares = fixed_shares(fixed);
    shares.extend(remainder.apply(
        Some(rest),
        Pointer::at(path).field("remainder").as_str(),
        total_path,
    )?);
    Ok(shares)
}

/// Last year's contributions uplifted by `basis_points`, the new total rounded half away
/// from zero and shared in proportion to last year's.
fn uplift(
    last_year: &[PartnerAmount],
    basis_points: i64,
    total: Option<Money>,
    path: &str,
    total_path: &str,
) -> Result<Vec<Share>, Error> {
    if basis_points < -10_000 {
        return Err(Error::config(
            Pointer::at(path).field("basis_points"),
            "a cut cannot be more than 100%",
        ));
    }
    let mut w = Vec::with_capacity(last_year.len());
    for (i, a) in last_year.iter().enumerate() {
        let weight = u128::try_from(a.amount.pence()).map_err(|_| {
            Error::config(
                Pointer::at(path).item("last_year", i).field("amount"),
                "last year's contribution is negative",
            )
        })?;
        w.push((a.organisation.clone(), weight));
    }
    let before = Money::sum(last_year.iter().map(|a| a.amount), path)?;
    let factor = i128::from(basis_points) + 10_000;
    let after = div_round_half_away(i128::from(before.pence()) * factor, 10_000)
        .and_then(|p| i64::try_from(p).ok())
        .map(Money::from_pence)
        .ok_or_else(|| Error::Overflow {
            path: path.to_string(),
        })?;
    agree(after, total, total_path)?;
    largest_remainder(after, &w, Pointer::at(path).field("last_year").as_str())
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
