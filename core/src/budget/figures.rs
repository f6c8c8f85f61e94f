//! The figures of a budget statement, worked out: the statement's records and the
//! computation behind them, as plain data below the rules that read them (the funding
//! decisions' rules compare a budget's income with a decision). Re-exported by
//! [`statement`](mod@super::statement), which holds the capabilities.

use super::apportion::Share;
use super::formula::Formula;
use super::money::{basis_points, Money};
use super::{Budget, FinancialYear, ReserveKind};
use crate::error::Error;
use crate::pointer::Pointer;
use crate::Id;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// One partner's income for the year.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IncomeLine {
    /// Organisation id.
    pub organisation: Id,
    /// Its contribution under the funding formula.
    pub formula: Money,
    /// This board's share of its joint payments.
    pub joint: Money,
    /// Its one-off additional contributions.
    pub one_off: Money,
    /// Cash: formula + joint + one-off.
    pub cash: Money,
    /// Value of its in-kind contributions (not cash, not in any total of income).
    pub in_kind: Money,
    /// Its cash as a share of all cash income, in basis points (rounded half away from
    /// zero); absent when there is no cash income.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub share_basis_points: Option<i64>,
    /// Its cash last year, when last year's budget was given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_year: Option<Money>,
    /// Cash this year − cash last year.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub change: Option<Money>,
    /// The change as basis points of last year's cash; absent when last year was zero.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub change_basis_points: Option<i64>,
}

/// Income totals.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IncomeTotals {
    /// All formula contributions (equals the baseline).
    pub formula: Money,
    /// All joint-payment shares.
    pub joint: Money,
    /// All one-off additional contributions.
    pub one_off: Money,
    /// All cash income.
    pub cash: Money,
    /// All in-kind value (not cash).
    pub in_kind: Money,
}

/// One expenditure line, budgeted against actual.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SpendLine {
    /// Index of the line in the budget's `expenditure`.
    pub index: usize,
    /// The heading, as the budget gives it.
    pub heading: String,
    /// Budgeted.
    pub budgeted: Money,
    /// Actual, when recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actual: Option<Money>,
    /// Actual when recorded, else budgeted.
    pub spent: Money,
    /// Budgeted − spent (positive: under budget; negative: over budget).
    pub variance: Money,
}

/// One reserve's movement in the year.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReserveLine {
    /// Index of the reserve in the budget's `reserves`.
    pub index: usize,
    /// What the reserve is for.
    pub kind: ReserveKind,
    /// At the start of the year.
    pub opening: Money,
    /// Set aside from this year's income.
    pub added: Money,
    /// Drawn to pay for this year's spending.
    pub drawn: Money,
    /// opening + added − drawn.
    pub closing: Money,
}

/// Whether the year ended over or under budget.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Position {
    /// Spending was below the funds available.
    Underspend,
    /// Spending equalled the funds available.
    Balanced,
    /// Spending was above the funds available.
    Overspend,
}

/// A budget statement for one year.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Statement {
    /// The financial year.
    pub year: FinancialYear,
    /// The board.
    pub body: Id,
    /// The baseline shared by the formula.
    pub baseline: Money,
    /// Income by partner: formula partners first in formula order, then others as they
    /// first appear (joint payments, one-offs, in-kind); partners who paid last year but
    /// not this year come last.
    pub income: Vec<IncomeLine>,
    /// Income totals.
    pub totals: IncomeTotals,
    /// Carried forward from last year (negative: a deficit brought in).
    pub brought_forward: Money,
    /// Drawn from reserves in the year.
    pub reserves_drawn: Money,
    /// Added to reserves in the year.
    pub reserves_added: Money,
    /// Cash income + brought forward + drawn − added.
    pub funds_available: Money,
    /// Expenditure lines.
    pub expenditure: Vec<SpendLine>,
    /// Total budgeted.
    pub total_budgeted: Money,
    /// Total spent.
    pub total_spent: Money,
    /// Total budgeted − total spent.
    pub total_variance: Money,
    /// Over, under or on budget.
    pub position: Position,
    /// How far over or under (never negative).
    pub outturn: Money,
    /// Reserves.
    pub reserves: Vec<ReserveLine>,
    /// Total of reserves at the end of the year.
    pub reserves_closing: Money,
    /// Funds available − total spent: carried into next year (negative: a deficit).
    pub carry_forward: Money,
}

/// Each party's formula contribution for a budget (its formula applied to its baseline).
pub(crate) fn formula_shares(budget: &Budget, path: &str) -> Result<Vec<Share>, Error> {
    budget.formula.apply(
        Some(budget.baseline),
        Pointer::at(path).field("formula").as_str(),
        Pointer::at(path).field("baseline").as_str(),
    )
}

/// Build the statement of `budget` (at pointer `path`), with last year's statement.
pub(crate) fn compute(
    budget: &Budget,
    previous: Option<&Statement>,
    path: &str,
) -> Result<Statement, Error> {
    let (lines, totals) = income_lines(budget, previous, path)?;

    let expenditure = spend_lines(budget, path)?;
    let ep: String = Pointer::at(path).field("expenditure").into();
    let total_budgeted = Money::sum(expenditure.iter().map(|e| e.budgeted), &ep)?;
    let total_spent = Money::sum(expenditure.iter().map(|e| e.spent), &ep)?;
    let total_variance = total_budgeted.sub(total_spent, &ep)?;

    let reserves = reserve_lines(budget, path)?;
    let rp: String = Pointer::at(path).field("reserves").into();
    let reserves_added = Money::sum(reserves.iter().map(|r| r.added), &rp)?;
    let reserves_drawn = Money::sum(reserves.iter().map(|r| r.drawn), &rp)?;
    let reserves_closing = Money::sum(reserves.iter().map(|r| r.closing), &rp)?;

    let funds_available = totals
        .cash
        .add(budget.brought_forward, path)?
        .add(reserves_drawn, path)?
        .sub(reserves_added, path)?;
    let carry_forward = funds_available.sub(total_spent, path)?;
    let (position, outturn) = if carry_forward.is_negative() {
        (
            Position::Overspend,
            carry_forward.checked_neg().ok_or_else(|| Error::Overflow {
                path: path.to_string(),
            })?,
        )
    } else if carry_forward.is_zero() {
        (Position::Balanced, Money::ZERO)
    } else {
        (Position::Underspend, carry_forward)
    };

    Ok(Statement {
        year: budget.year,
        body: budget.body.clone(),
        baseline: budget.baseline,
        income: lines,
        totals,
        brought_forward: budget.brought_forward,
        reserves_drawn,
        reserves_added,
        funds_available,
        expenditure,
        total_budgeted,
        total_spent,
        total_variance,
        position,
        outturn,
        reserves,
        reserves_closing,
        carry_forward,
    })
}

/// The income lines of a budget, one per organisation, with their totals and, given last
/// year's statement, their change on last year.
fn income_lines(
    budget: &Budget,
    previous: Option<&Statement>,
    path: &str,
) -> Result<(Vec<IncomeLine>, IncomeTotals), Error> {
    let mut lines: Vec<IncomeLine> = Vec::new();
    // Where each organisation's line is, so adding to it is not a scan of the lines.
    let mut at: HashMap<Id, usize> = HashMap::new();
    let formula_path: String = Pointer::at(path).field("formula").into();
    for s in formula_shares(budget, path)? {
        if let Some(l) = line(&mut lines, &mut at, &s.id) {
            l.formula = l.formula.add(s.amount, &formula_path)?;
        }
    }
    for (i, j) in budget.joint_payments.iter().enumerate() {
        let p: String = Pointer::at(path).item("joint_payments", i).into();
        let split = Formula::BoardSplit {
            boards: j.boards.clone(),
        };
        let shares = split.apply(
            Some(j.payment),
            &p,
            Pointer::at(&p).field("payment").as_str(),
        )?;
        let ours = shares
            .iter()
            .find(|s| s.id == budget.body)
            .map(|s| s.amount)
            .ok_or_else(|| {
                Error::config(
                    Pointer::at(&p).field("boards"),
                    "this board has no share of the joint payment",
                )
            })?;
        if let Some(l) = line(&mut lines, &mut at, &j.organisation) {
            l.joint = l.joint.add(ours, &p)?;
        }
    }
    for (i, a) in budget.additional.iter().enumerate() {
        let p: String = Pointer::at(path)
            .item("additional", i)
            .field("amount")
            .into();
        if let Some(l) = line(&mut lines, &mut at, &a.organisation) {
            l.one_off = l.one_off.add(a.amount, &p)?;
        }
    }
    for (i, k) in budget.in_kind.iter().enumerate() {
        let p: String = Pointer::at(path).item("in_kind", i).field("value").into();
        if let Some(l) = line(&mut lines, &mut at, &k.organisation) {
            l.in_kind = l.in_kind.add(k.value, &p)?;
        }
    }
    let mut totals = IncomeTotals::default();
    for l in &mut lines {
        l.cash = Money::sum([l.formula, l.joint, l.one_off], path)?;
        totals.formula = totals.formula.add(l.formula, path)?;
        totals.joint = totals.joint.add(l.joint, path)?;
        totals.one_off = totals.one_off.add(l.one_off, path)?;
        totals.cash = totals.cash.add(l.cash, path)?;
        totals.in_kind = totals.in_kind.add(l.in_kind, path)?;
    }
    for l in &mut lines {
        l.share_basis_points = basis_points(l.cash, totals.cash);
    }
    if let Some(prev) = previous {
        changes_on_last_year(&mut lines, &mut at, prev, totals.cash, path)?;
    }
    Ok((lines, totals))
}

/// Each line's change on last year's, and a line for an organisation that paid last year
/// and pays nothing this year.
fn changes_on_last_year(
    lines: &mut Vec<IncomeLine>,
    at: &mut HashMap<Id, usize>,
    prev: &Statement,
    total_cash: Money,
    path: &str,
) -> Result<(), Error> {
    // Last year's line of each organisation (the first, as a scan would find it).
    let mut last_of: HashMap<&str, Money> = HashMap::new();
    for p in &prev.income {
        last_of.entry(p.organisation.as_str()).or_insert(p.cash);
    }
    for l in lines.iter_mut() {
        let last = last_of
            .get(l.organisation.as_str())
            .copied()
            .unwrap_or(Money::ZERO);
        set_change(l, last, path)?;
    }
    for p in &prev.income {
        if !p.cash.is_zero() && !at.contains_key(&p.organisation) {
            if let Some(l) = line(lines, at, &p.organisation) {
                l.share_basis_points = basis_points(Money::ZERO, total_cash);
                set_change(l, p.cash, path)?;
            }
        }
    }
    Ok(())
}

/// The spending lines: budgeted, actual, spent and the variance of each.
fn spend_lines(budget: &Budget, path: &str) -> Result<Vec<SpendLine>, Error> {
    let mut expenditure = Vec::with_capacity(budget.expenditure.len());
    for (i, e) in budget.expenditure.iter().enumerate() {
        let p: String = Pointer::at(path).item("expenditure", i).into();
        let spent = e.actual.unwrap_or(e.budgeted);
        expenditure.push(SpendLine {
            index: i,
            heading: e.heading.clone(),
            budgeted: e.budgeted,
            actual: e.actual,
            spent,
            variance: e.budgeted.sub(spent, &p)?,
        });
    }
    Ok(expenditure)
}

/// The reserves with their closing balances.
fn reserve_lines(budget: &Budget, path: &str) -> Result<Vec<ReserveLine>, Error> {
    let mut reserves = Vec::with_capacity(budget.reserves.len());
    for (i, r) in budget.reserves.iter().enumerate() {
        let p: String = Pointer::at(path).item("reserves", i).into();
        reserves.push(ReserveLine {
            index: i,
            kind: r.kind,
            opening: r.opening,
            added: r.added,
            drawn: r.drawn,
            closing: r.opening.add(r.added, &p)?.sub(r.drawn, &p)?,
        });
    }
    Ok(reserves)
}

/// The income line of `org`, added (all zero) when it is not there yet.
fn line<'a>(
    lines: &'a mut Vec<IncomeLine>,
    at: &mut HashMap<Id, usize>,
    org: &Id,
) -> Option<&'a mut IncomeLine> {
    let index = match at.get(org) {
        Some(i) => *i,
        None => {
            at.insert(org.clone(), lines.len());
            lines.push(IncomeLine {
                organisation: org.clone(),
                formula: Money::ZERO,
                joint: Money::ZERO,
                one_off: Money::ZERO,
                cash: Money::ZERO,
                in_kind: Money::ZERO,
                share_basis_points: None,
                last_year: None,
                change: None,
                change_basis_points: None,
            });
            lines.len().saturating_sub(1)
        }
    };
    lines.get_mut(index)
}

fn set_change(l: &mut IncomeLine, last: Money, path: &str) -> Result<(), Error> {
    l.last_year = Some(last);
    let change = l.cash.sub(last, path)?;
    l.change = Some(change);
    l.change_basis_points = basis_points(change, last);
    Ok(())
}
