//! Funders and their decisions: one decision paying many boards at once.
//!
//! A Police and Crime Commissioner (or a council, or the ICB) decides each year how much
//! each community safety partnership or safeguarding board receives: so much per local
//! authority area covered ("£30,000 per area"), shares of a pot by weighted criteria
//! (population 50%, crime 25%, other demand 25%), or agreed amounts; a central pot kept
//! back; each area's money split between the area's children's and adults' boards. A
//! [`FundingDecision`] records that as data, and [`allocate`] works out every line in one
//! pass: per area, then between boards, then the total, to the penny.
//!
//! Rules ([`decision_rules`](super::decision_rules), codes `budget.decision_*`) check the
//! decision's stated totals and lines against the computed ones, and a board's own budget
//! against what the decision paid it.

use super::apportion::{largest_remainder, Share};
use super::formula::BoardShare;
use super::{FinancialYear, Money};
use crate::date::Date;
use crate::error::Error;
use crate::pointer::Pointer;
use crate::{Extensions, Id};
use serde::{Deserialize, Serialize};

/// How a decision shares its money among the recipients.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
// Deserialize is written by hand below: serde's reader of a unit variant of an
// internally tagged enum ignores every other key (and nothing given may be silently dropped), so `{"kind": "agreed",
// "amount": 5}` would lose `amount` without a word.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind", deny_unknown_fields)]
pub enum Allocation {
    /// A flat amount for each local authority area a recipient covers.
    PerArea {
        /// The amount per area.
        amount: Money,
    },
    /// A pot shared by weighted criteria: each criterion's part of the pot is shared in
    /// proportion to the recipients' measures of it.
    Weighted {
        /// The pot, when the decision states it.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pot: Option<Money>,
        /// The criteria and their weights, totalling 100%.
        criteria: Vec<Criterion>,
    },
    /// An agreed amount per recipient (`amount` on each recipient).
    Agreed,
}

/// The kinds of [`Allocation`], as [`AllocationFields`] reads them.
#[derive(Deserialize, Clone, Copy)]
#[serde(rename_all = "snake_case")]
enum AllocationKind {
    PerArea,
    Weighted,
    Agreed,
}

/// How [`Allocation`] is read: every field of every kind, no other, then only the
/// fields of the kind given (read by the strict reader itself, so a problem inside the
/// criteria is reported at its own path).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AllocationFields {
    kind: AllocationKind,
    #[serde(default)]
    amount: Option<Money>,
    #[serde(default)]
    pot: Option<Money>,
    #[serde(default)]
    criteria: Option<Vec<Criterion>>,
}

impl<'de> Deserialize<'de> for Allocation {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use serde::de::Error as _;
        let f = AllocationFields::deserialize(d)?;
        let (kind, allowed): (&str, &[&str]) = match f.kind {
            AllocationKind::PerArea => ("per-area", &["amount"]),
            AllocationKind::Weighted => ("weighted", &["pot", "criteria"]),
            AllocationKind::Agreed => ("agreed", &[]),
        };
        let given = [
            ("amount", f.amount.is_some()),
            ("pot", f.pot.is_some()),
            ("criteria", f.criteria.is_some()),
        ];
        if let Some((name, _)) = given.iter().find(|(n, g)| *g && !allowed.contains(n)) {
            return Err(crate::read::carry(Error::invalid(
                Pointer::root().field(name),
                format!("An allocation of the {kind} kind has no {name}: remove it, or choose the kind of allocation that uses it."),
            )));
        }
        Ok(match f.kind {
            AllocationKind::PerArea => Allocation::PerArea {
                amount: f.amount.ok_or_else(|| D::Error::missing_field("amount"))?,
            },
            AllocationKind::Weighted => Allocation::Weighted {
                pot: f.pot,
                criteria: f
                    .criteria
                    .ok_or_else(|| D::Error::missing_field("criteria"))?,
            },
            AllocationKind::Agreed => Allocation::Agreed,
        })
    }
}

/// A criterion of a weighted formula.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Criterion {
    /// Host id, used by the recipients' measures.
    pub id: Id,
    /// What it measures, as the decision words it ("Resident population").
    pub name: String,
    /// Its weight in basis points (2,000 is 20%).
    pub basis_points: u32,
}

/// A recipient's measure of one criterion (its population, its crimes per 1,000...).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Measure {
    /// The criterion's id.
    pub criterion: Id,
    /// The measure, a whole number in the criterion's own unit (scale rates up to whole
    /// numbers: 48.27 per 1,000 as 4827).
    pub value: u64,
}

/// One recipient of a decision: a partnership or board, the organisation paid for it.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Recipient {
    /// The partnership or board, by body id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<Id>,
    /// The host or payee organisation that receives the money for it, by id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payee: Option<Id>,
    /// The number of local authority areas it covers (for a per-area allocation).
    #[serde(default = "one", skip_serializing_if = "is_one")]
    pub areas: u32,
    /// Its agreed amount (for an agreed allocation).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<Money>,
    /// Its measures of the criteria (for a weighted allocation).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub measures: Vec<Measure>,
    /// How its money is split between the boards of its area (a children's and an adults'
    /// board), in basis points totalling 100%.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub boards: Vec<BoardShare>,
    /// The amount as the decision states it; checked against the computed one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stated_amount: Option<Money>,
    /// The change on the year before as the decision states it, in basis points (-900 for
    /// "would lose 9%"); checked against the decision's phasing limits.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stated_change_basis_points: Option<i64>,
    /// The year that change is for, when it is not the decision's own year.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub change_year: Option<FinancialYear>,
    /// Host data kept through a round trip.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

fn one() -> u32 {
    1
}

fn is_one(n: &u32) -> bool {
    *n == 1
}

/// Money kept back from the recipients: a central pot released on proposal.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CentralPot {
    /// The amount.
    pub amount: Money,
    /// The organisation that holds it, by id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub holder: Option<Id>,
    /// What it is for and how it is released, as the decision words it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// How the funder shared the money in earlier years, as the decision recounts it.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EarlierMethod {
    /// The first year of the method, when stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<FinancialYear>,
    /// The last year of the method, when stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<FinancialYear>,
    /// The method, as the decision words it.
    pub method: String,
    /// A base amount each recipient received under it, when stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base_amount: Option<Money>,
}

/// Limits on how fast a new formula takes effect.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Phasing {
    /// Over how many years it is phased in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub years: Option<u32>,
    /// No recipient loses more than this in a year (basis points).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_loss_basis_points: Option<u32>,
    /// No recipient gains more than this in a year (basis points).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_gain_basis_points: Option<u32>,
}

/// A subtotal a decision states over some of its recipients.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatedSubtotal {
    /// The amount as stated.
    pub amount: Money,
    /// The recipients it covers, by their body ids. Empty when the paper does not say
    /// which (then it is not checked).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub recipients: Vec<Id>,
    /// The number of recipients the paper says it covers ("the 32 boroughs"), when stated;
    /// checked against the recipients named.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stated_count: Option<u32>,
    /// What it covers, as the decision words it ("for the 32 boroughs").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
}

/// Where a funding decision stands, as its record states it.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FundingDecisionStatus {
    /// Proposed, not yet decided ("For determination", "Pending").
    Proposed,
    /// Approved ("Approved", "Recommendations Approved").
    Approved,
    /// Approved with changes ("Recommendations approved with amendments").
    ApprovedWithAmendments,
    /// Deferred to a later date or meeting.
    Deferred,
    /// Rejected.
    Rejected,
    /// Withdrawn.
    Withdrawn,
    /// Called in for scrutiny.
    CalledIn,
}

/// A funder's decision paying many boards or partnerships.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FundingDecision {
    /// Host id.
    pub id: Id,
    /// The funder, by organisation id.
    pub funder: Id,
    /// The funder's own reference ("OPC2-0325").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
    /// The decision's title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The financial year it funds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year: Option<FinancialYear>,
    /// The date of the decision.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// Who took it, by person id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decided_by: Option<Id>,
    /// The lead officer, by person id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lead_officer: Option<Id>,
    /// The decision-maker's own declaration of interests, as signed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub declaration: Option<String>,
    /// The date the decision-maker signed it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signed_on: Option<Date>,
    /// Whether the record is confidential, when it says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confidential: Option<bool>,
    /// How the money is shared.
    pub allocation: Allocation,
    /// The recipients, in the order the decision lists them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub recipients: Vec<Recipient>,
    /// Money kept back in central pots.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub central: Vec<CentralPot>,
    /// Totals the decision states (a table's total, the financial implications' total);
    /// each is checked against the computed total.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub stated_totals: Vec<Money>,
    /// Subtotals the decision states over some of its recipients ("£320,000 for the 32
    /// boroughs"); each is checked against the sum of the recipients it names.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub stated_subtotals: Vec<StatedSubtotal>,
    /// What the decision is for, as its "Purpose" or summary words it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purpose: Option<String>,
    /// Where the decision stands, as the record states it ("Decision status:
    /// Recommendations Approved" is approved).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<FundingDecisionStatus>,
    /// Whether the record says it is a key decision ("Is Key decision?: Yes"); absent
    /// when it does not say.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key_decision: Option<bool>,
    /// Whether the record says the decision is subject to call-in ("Is subject to call
    /// in?: No"); absent when it does not say.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject_to_call_in: Option<bool>,
    /// Conditions on releasing the money, as worded.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conditions: Vec<String>,
    /// Earlier methods, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub earlier_methods: Vec<EarlierMethod>,
    /// Limits on how fast it takes effect.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phasing: Option<Phasing>,
    /// Unspent money a recipient may carry into the next year (basis points of its
    /// allocation), when the decision allows it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub carry_forward_limit_basis_points: Option<u32>,
    /// False when the decision says the formula was not applied in full (the funder used
    /// discretion).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub applied_in_full: Option<bool>,
    /// Host data kept through a round trip.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

/// One recipient's computed line.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AllocationLine {
    /// The recipient's index in `recipients`.
    pub index: usize,
    /// The recipient's body, when given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<Id>,
    /// The amount.
    pub amount: Money,
    /// The amount split between the area's boards (by body id), when a split is given.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub boards: Vec<Share>,
}

/// What a decision pays: every line, the central pots and the total.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Allocated {
    /// One line per recipient, in order.
    pub lines: Vec<AllocationLine>,
    /// The central pots' total.
    pub central: Money,
    /// Lines plus central pots.
    pub total: Money,
}

/// Work out every line of a decision in one pass. `at` is the decision's JSON Pointer;
/// errors point below it: an agreed allocation without a recipient's amount, a weighted
/// allocation without a pot or with a recipient's measure missing, amounts out of range.
pub fn allocate(d: &FundingDecision, at: &str) -> Result<Allocated, Error> {
    let amounts: Vec<Money> = match &d.allocation {
        Allocation::PerArea { amount } => d
            .recipients
            .iter()
            .enumerate()
            .map(|(k, r)| {
                amount
                    .pence()
                    .checked_mul(i64::from(r.areas))
                    .map(Money::from_pence)
                    .ok_or_else(|| {
                        Error::config(
                            Pointer::at(at).item("recipients", k).field("areas"),
                            "amount out of range",
                        )
                    })
            })
            .collect::<Result<_, _>>()?,
        Allocation::Agreed => d
            .recipients
            .iter()
            .enumerate()
            .map(|(k, r)| {
                r.amount.ok_or_else(|| {
                    Error::config(
                        Pointer::at(at).item("recipients", k).field("amount"),
                        "an agreed allocation needs each recipient's amount",
                    )
                })
            })
            .collect::<Result<_, _>>()?,
        Allocation::Weighted { pot, criteria } => weighted(d, *pot, criteria, at)?,
    };
    let mut lines = Vec::with_capacity(amounts.len());
    for (k, (r, amount)) in d.recipients.iter().zip(amounts).enumerate() {
        let boards = if r.boards.is_empty() {
            Vec::new()
        } else {
            let parties: Vec<(Id, u128)> = r
                .boards
                .iter()
                .map(|b| (b.body.clone(), u128::from(b.basis_points)))
                .collect();
            largest_remainder(
                amount,
                &parties,
                Pointer::at(at)
                    .item("recipients", k)
                    .field("boards")
                    .as_str(),
            )?
        };
        lines.push(AllocationLine {
            index: k,
            body: r.body.clone(),
            amount,
            boards,
        });
    }
    let central = Money::sum(
        d.central.iter().map(|c| c.amount),
        Pointer::at(at).field("central").as_str(),
    )?;
    let total = Money::sum(
        lines.iter().map(|l| l.amount),
        Pointer::at(at).field("recipients").as_str(),
    )?
    .add(central, at)?;
    Ok(Allocated {
        lines,
        central,
        total,
    })
}

/// Each criterion's part of the pot (largest remainder on the weights), then that part
/// shared by the recipients' measures; a recipient's amount is the sum of its parts.
fn weighted(
    d: &FundingDecision,
    pot: Option<Money>,
    criteria: &[Criterion],
    at: &str,
) -> Result<Vec<Money>, Error> {
    let pot = pot.ok_or_else(|| {
        Error::config(
            Pointer::at(at).field("allocation").field("pot"),
            "a weighted allocation needs the pot it shares",
        )
    })?;
    let central = Money::sum(
        d.central.iter().map(|c| c.amount),
        Pointer::at(at).field("central").as_str(),
    )?;
    let shared = pot.sub(central, Pointer::at(at).field("central").as_str())?;
    let weights: Vec<(Id, u128)> = criteria
        .iter()
        .map(|c| (c.id.clone(), u128::from(c.basis_points)))
        .collect();
    let parts = largest_remainder(
        shared,
        &weights,
        Pointer::at(at)
            .field("allocation")
            .field("criteria")
            .as_str(),
    )?;
    let mut out = vec![Money::ZERO; d.recipients.len()];
    for (c, part) in criteria.iter().zip(parts) {
        let mut measures = Vec::with_capacity(d.recipients.len());
        for (k, r) in d.recipients.iter().enumerate() {
            let m = r
                .measures
                .iter()
                .find(|m| m.criterion == c.id)
                .ok_or_else(|| {
                    Error::config(
                        Pointer::at(at).item("recipients", k).field("measures"),
                        "the recipient has no measure for one of the criteria",
                    )
                })?;
            measures.push((k.to_string(), u128::from(m.value)));
        }
        let shares = largest_remainder(
            part.amount,
            &measures,
            Pointer::at(at).field("recipients").as_str(),
        )?;
        for (slot, s) in out.iter_mut().zip(shares) {
            *slot = slot.add(s.amount, Pointer::at(at).field("recipients").as_str())?;
        }
    }
    Ok(out)
}

/// Request of [`allocate_decision`]: one funding decision.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AllocateRequest {
    /// The decision.
    pub decision: FundingDecision,
}

/// Capability: every line a funding decision pays (per area, then between the boards of
/// each area), its central pots and its total, in one call. Errors point under
/// `/decision`.
pub fn allocate_decision(request: &AllocateRequest) -> Result<Allocated, Error> {
    allocate(&request.decision, "/decision")
}
