//! Budgets and funding formulas: a board's budget for one financial year, how partner
//! agencies share it, and the statement the board reports.
//!
//! * [`money`]: exact pence, parsing and writing `"£298,700"`.
//! * [`formula`]: funding formulas as data (fixed, percentages, weights, equal split,
//!   population, split between boards, composite, uplift).
//! * [`apportion`](mod@apportion): the largest-remainder split behind every formula, and the funding
//!   calculator a browser form can call ([`apportion()`](fn@apportion)).
//! * [`statement`](mod@statement): income by partner, expenditure against budget, outturn, reserves,
//!   carry-forward and change on last year.
//!
//! A budget's cash income is the formula's share of the **baseline**, plus this board's
//! share of any **joint payments** (one payment split between a children's and an adults'
//! board), plus **one-off additional contributions**. **In-kind** contributions (venues,
//! admin support) are recorded with a value and shown beside the cash, never added to it.

pub mod apportion;
mod checks;
pub mod decision_rules;
mod figures;
pub mod formula;
mod formula_apply;
mod formula_read;
pub mod funding;
pub mod money;
mod named;
pub(crate) mod paid;
mod rule_table;
pub mod rules;
pub mod statement;
mod subtotals;

pub use apportion::{apportion, ApportionRequest, ApportionResponse, Share};
pub use formula::Formula;
pub use funding::{
    allocate, allocate_decision, AllocateRequest, Allocated, Allocation, FundingDecision,
    FundingDecisionStatus, StatedSubtotal,
};
pub use money::{format_money, parse_money, Money};
/// The rule of the unit `rules/brought_forward_differs.rs`, at its public path.
pub const BROUGHT_FORWARD_DIFFERS: crate::finding::Rule =
    rules::brought_forward_differs::BROUGHT_FORWARD_DIFFERS;
/// The rule of the unit `rules/contribution_cut.rs`, at its public path.
pub const CONTRIBUTION_CUT: crate::finding::Rule = rules::contribution_cut::CONTRIBUTION_CUT;
/// The rule of the unit `rules/overspend.rs`, at its public path.
pub const OVERSPEND: crate::finding::Rule = rules::overspend::OVERSPEND;
/// The rule of the unit `rules/reserve_overdrawn.rs`, at its public path.
pub const RESERVE_OVERDRAWN: crate::finding::Rule = rules::reserve_overdrawn::RESERVE_OVERDRAWN;
/// The rule of the unit `rules/statutory_partner_nothing.rs`, at its public path.
pub const STATUTORY_PARTNER_NOTHING: crate::finding::Rule =
    rules::statutory_partner_nothing::STATUTORY_PARTNER_NOTHING;
/// The rule of the unit `rules/not_computable.rs`, at its public path.
pub const NOT_COMPUTABLE: crate::finding::Rule = rules::not_computable::NOT_COMPUTABLE;
/// The rule of the unit `rules/total_mismatch.rs`, at its public path.
pub const TOTAL_MISMATCH: crate::finding::Rule = rules::total_mismatch::TOTAL_MISMATCH;
/// The rule of the unit `rules/duplicate_partner.rs`, at its public path.
pub const DUPLICATE_PARTNER: crate::finding::Rule = rules::duplicate_partner::DUPLICATE_PARTNER;
/// The rule of the unit `rules/duplicate_year.rs`, at its public path.
pub const DUPLICATE_YEAR: crate::finding::Rule = rules::duplicate_year::DUPLICATE_YEAR;
/// The rule of the unit `rules/shares_not_100.rs`, at its public path.
pub const SHARES_NOT_100: crate::finding::Rule = rules::shares_not_100::SHARES_NOT_100;
/// The rule of the unit `rules/unknown_body.rs`, at its public path.
pub const UNKNOWN_BODY: crate::finding::Rule = rules::unknown_body::UNKNOWN_BODY;
/// The rule of the unit `rules/unknown_organisation.rs`, at its public path.
pub const UNKNOWN_ORGANISATION: crate::finding::Rule =
    rules::unknown_organisation::UNKNOWN_ORGANISATION;
/// The rule of the unit `rules/weight_not_positive.rs`, at its public path.
pub const WEIGHT_NOT_POSITIVE: crate::finding::Rule =
    rules::weight_not_positive::WEIGHT_NOT_POSITIVE;
pub use rule_table::RULES;
pub use statement::{statement, year_statement, Statement, StatementRequest, YearStatementRequest};

use crate::{Extensions, Id};
pub(crate) use checks::check;
use formula::BoardShare;
use serde::{de, Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// The cut on last year, in basis points, above which a contribution is flagged when a
/// budget does not set its own threshold: 10%.
pub const DEFAULT_CUT_WARNING_BASIS_POINTS: u32 = 1_000;

/// A financial year, 1 April to 31 March, written `"2016/17"` (also read as
/// `"2016/2017"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FinancialYear {
    start: i32,
}

impl FinancialYear {
    /// The year starting 1 April of `start` (2016 for 2016/17); `None` out of range.
    pub fn starting(start: i32) -> Option<FinancialYear> {
        (0..=9998)
            .contains(&start)
            .then_some(FinancialYear { start })
    }

    /// The calendar year it starts in.
    pub fn start_year(self) -> i32 {
        self.start
    }

    /// The year before.
    pub fn previous(self) -> Option<FinancialYear> {
        FinancialYear::starting(self.start.checked_sub(1)?)
    }

    /// Parse `"2016/17"` or `"2016/2017"`.
    pub fn parse(s: &str) -> Option<FinancialYear> {
        let (a, b) = s.trim().split_once('/')?;
        if a.len() != 4 || !(b.len() == 2 || b.len() == 4) {
            return None;
        }
        if !a.chars().chain(b.chars()).all(|c| c.is_ascii_digit()) {
            return None;
        }
        let start: i32 = a.parse().ok()?;
        let end: i32 = b.parse().ok()?;
        let next = start.checked_add(1)?;
        let ok = if b.len() == 2 {
            end == next % 100
        } else {
            end == next
        };
        ok.then_some(())?;
        FinancialYear::starting(start)
    }
}

impl fmt::Display for FinancialYear {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{:02}", self.start, (self.start + 1) % 100)
    }
}

impl Serialize for FinancialYear {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for FinancialYear {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        FinancialYear::parse(&s)
            .ok_or_else(|| de::Error::custom(crate::read::message::FINANCIAL_YEAR))
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for FinancialYear {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "FinancialYear".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "pattern": "^[0-9]{4}/([0-9]{2}|[0-9]{4})$",
            "description": "A financial year, 1 April to 31 March, e.g. \"2016/17\"."
        })
    }
}

/// A board's budget for one financial year.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Budget {
    /// The financial year ("2016/17").
    pub year: FinancialYear,
    /// Body id of the board whose budget this is.
    pub body: Id,
    /// The baseline budget the funding formula shares among partners (£298,700). Absent
    /// when the paper records no formula (nothing is shared). Never below zero.
    #[serde(
        default,
        skip_serializing_if = "Money::is_nil",
        deserialize_with = "money::non_negative"
    )]
    pub baseline: Money,
    /// How partners share the baseline. Absent when the paper records no formula (an
    /// empty list of agreed amounts: contributions are then the joint payments and
    /// one-off contributions only).
    #[serde(default, skip_serializing_if = "Formula::is_empty")]
    pub formula: Formula,
    /// Payments a partner makes once for two boards, split between them; this board's
    /// share is cash income from that partner.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub joint_payments: Vec<JointPayment>,
    /// One-off additional contributions on top of the formula.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub additional: Vec<Additional>,
    /// In-kind contributions (venues, administration, staff time): valued, never cash.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub in_kind: Vec<InKind>,
    /// Expenditure lines.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub expenditure: Vec<ExpenditureLine>,
    /// Reserves (for example for serious case reviews).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reserves: Vec<Reserve>,
    /// Carried forward from last year (negative: a deficit brought in).
    #[serde(default, skip_serializing_if = "Money::is_nil")]
    pub brought_forward: Money,
    /// Total cash income as the budget paper states it; checked against the lines.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stated_total_income: Option<Money>,
    /// Total budgeted expenditure as the budget paper states it; checked against the lines.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stated_total_expenditure: Option<Money>,
    /// A partner's cash cut by more than this on last year (basis points) is flagged;
    /// default [`DEFAULT_CUT_WARNING_BASIS_POINTS`] (10%).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cut_warning_basis_points: Option<u32>,
    /// Host data kept through a round trip.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

/// One payment from a partner for a joint arrangement of two boards, split between them.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct JointPayment {
    /// Organisation id of the partner paying.
    pub organisation: Id,
    /// The whole payment.
    #[serde(deserialize_with = "money::non_negative")]
    pub payment: Money,
    /// Each board's share in basis points, totalling 100% (5,000 each for 50/50).
    pub boards: Vec<BoardShare>,
    /// What it is for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// A one-off additional contribution on top of the formula.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Additional {
    /// Organisation id.
    pub organisation: Id,
    /// The amount (negative for a refund).
    pub amount: Money,
    /// What it is for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// An in-kind contribution: recorded with a value, never counted as cash.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InKind {
    /// Organisation id.
    pub organisation: Id,
    /// What it is worth (what it saves the board).
    #[serde(deserialize_with = "money::non_negative")]
    pub value: Money,
    /// What is given (venues for training, minute-taking...).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// A heading of spending.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExpenditureLine {
    /// The heading ("Staffing", "Serious case reviews").
    pub heading: String,
    /// Budgeted for the year.
    #[serde(deserialize_with = "money::non_negative")]
    pub budgeted: Money,
    /// Actually spent (absent until known).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actual: Option<Money>,
}

/// What a reserve is kept for.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReserveKind {
    /// Serious case reviews (and other learning reviews) whose cost cannot be foreseen.
    SeriousCaseReview,
    /// Training.
    Training,
    /// General reserve.
    General,
    /// Anything else.
    Other,
}

/// A reserve and its movement in the year.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reserve {
    /// What it is for.
    pub kind: ReserveKind,
    /// Its name as the board writes it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Balance at the start of the year.
    #[serde(default)]
    pub opening: Money,
    /// Set aside from this year's income.
    #[serde(default)]
    pub added: Money,
    /// Drawn in the year.
    #[serde(default)]
    pub drawn: Money,
}
