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
pub mod decision_rules;
pub mod formula;
mod formula_read;
pub mod funding;
pub mod money;
pub mod statement;

pub use apportion::{apportion, ApportionRequest, ApportionResponse, Share};
pub use formula::Formula;
pub use funding::{
    allocate, allocate_decision, AllocateRequest, Allocated, Allocation, FundingDecision,
};
pub use money::{format_money, parse_money, Money};
pub use statement::{statement, year_statement, Statement, StatementRequest, YearStatementRequest};

use crate::validate::ValidateOptions;
use crate::validate::{Report, Rule, Severity};
use crate::{Extensions, Id};
use formula::BoardShare;
use serde::{de, Deserialize, Deserializer, Serialize, Serializer};
use std::collections::HashMap;
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

const fn rule(code: &'static str, severity: Severity, summary: &'static str) -> Rule {
    Rule {
        code,
        severity,
        summary,
    }
}

/// Two budgets of the same board for the same financial year.
pub const DUPLICATE_YEAR: Rule = rule(
    "budget.duplicate_year",
    Severity::Error,
    "A board has one budget per financial year; this year already has one.",
);
/// A budget for a board the document does not have.
pub const UNKNOWN_BODY: Rule = rule(
    "budget.unknown_body",
    Severity::Error,
    "The budget's board is not a body in the document.",
);
/// A partner that is not an organisation in the document.
pub const UNKNOWN_ORGANISATION: Rule = rule(
    "budget.unknown_organisation",
    Severity::Error,
    "A contribution names an organisation the document does not have.",
);
/// Percentage shares (or a split between boards) not totalling 100%.
pub const SHARES_NOT_100: Rule = rule(
    "budget.shares_not_100",
    Severity::Error,
    "Percentage shares of a funding formula (or of a split between boards) must total exactly 100%.",
);
/// A zero or negative weight or population in a formula.
pub const WEIGHT_NOT_POSITIVE: Rule = rule(
    "budget.weight_not_positive",
    Severity::Error,
    "Weights and populations in a funding formula must be positive; leave a partner out instead of giving it zero.",
);
/// A partner named twice in one formula.
pub const DUPLICATE_PARTNER: Rule = rule(
    "budget.duplicate_partner",
    Severity::Error,
    "A partner is listed more than once in a funding formula, so its contribution is ambiguous.",
);
/// A stated total that is not the sum of its lines.
pub const TOTAL_MISMATCH: Rule = rule(
    "budget.total_mismatch",
    Severity::Error,
    "A stated total (income, expenditure, or the baseline of a fixed or uplift formula) does not equal the sum of its lines.",
);
/// A budget whose figures cannot be worked out.
pub const NOT_COMPUTABLE: Rule = rule(
    "budget.not_computable",
    Severity::Error,
    "The formula cannot share the baseline (all weights zero, fixed sums above the baseline, a board with no share of a joint payment, amounts out of range).",
);
/// A statutory partner paying nothing.
pub const STATUTORY_PARTNER_NOTHING: Rule = rule(
    "budget.statutory_partner_nothing",
    Severity::Warning,
    "A statutory safeguarding partner (local authority, health, police) contributes no cash to the year's budget.",
);
/// Spending above the funds available.
pub const OVERSPEND: Rule = rule(
    "budget.overspend",
    Severity::Warning,
    "Expenditure is above the funds available (income, brought forward and reserve movements): an overspend.",
);
/// A contribution cut sharply on last year.
pub const CONTRIBUTION_CUT: Rule = rule(
    "budget.contribution_cut",
    Severity::Warning,
    "A partner's cash contribution fell on last year by more than the budget's threshold (default 10%).",
);
/// A reserve drawn below zero.
pub const RESERVE_OVERDRAWN: Rule = rule(
    "budget.reserve_overdrawn",
    Severity::Warning,
    "More was drawn from a reserve than it held (opening balance plus additions).",
);

/// Brought forward differs from last year's carry-forward.
pub const BROUGHT_FORWARD_DIFFERS: Rule = rule(
    "budget.brought_forward_differs",
    Severity::Warning,
    "The amount a budget brings forward differs from what last year's budget of the same board carries forward (with every line's actual spending recorded). Silent when nothing is brought forward or last year's actuals are not all recorded.",
);

/// Rules of this module, for the catalogue.
pub const RULES: &[&Rule] = &[
    &DUPLICATE_YEAR,
    &UNKNOWN_BODY,
    &UNKNOWN_ORGANISATION,
    &SHARES_NOT_100,
    &WEIGHT_NOT_POSITIVE,
    &DUPLICATE_PARTNER,
    &TOTAL_MISMATCH,
    &NOT_COMPUTABLE,
    &STATUTORY_PARTNER_NOTHING,
    &OVERSPEND,
    &CONTRIBUTION_CUT,
    &RESERVE_OVERDRAWN,
    &BROUGHT_FORWARD_DIFFERS,
    &decision_rules::DECISION_TOTAL_MISMATCH,
    &decision_rules::DECISION_LINE_MISMATCH,
    &decision_rules::DIFFERS_FROM_DECISION,
    &decision_rules::JOINT_PAYMENT_DIFFERS,
    &decision_rules::DECISION_PHASING_EXCEEDED,
];

/// Check every budget of the document.
pub(crate) fn check(doc: &crate::index::Index<'_>, _options: &ValidateOptions, out: &mut Report) {
    // The first budget of each (board, year), so a budget finds its duplicate and its
    // previous year's without a scan of the others.
    let mut first: HashMap<(&str, FinancialYear), usize> = HashMap::new();
    for (i, b) in doc.budgets.iter().enumerate() {
        first.entry((b.body.as_str(), b.year)).or_insert(i);
    }
    for (i, budget) in doc.budgets.iter().enumerate() {
        check_one(doc, &first, i, budget, out);
    }
    decision_rules::check(doc, out);
}

fn check_one(
    doc: &crate::index::Index<'_>,
    first: &HashMap<(&str, FinancialYear), usize>,
    i: usize,
    budget: &Budget,
    out: &mut Report,
) {
    let p = format!("/budgets/{i}");
    if first
        .get(&(budget.body.as_str(), budget.year))
        .is_some_and(|&f| f < i)
    {
        out.push(
            &DUPLICATE_YEAR,
            format!("{p}/year"),
            "a second budget for the same board and year",
        );
    }
    if doc.body(&budget.body).is_none() {
        out.push(
            &UNKNOWN_BODY,
            format!("{p}/body"),
            "the board is not a body in this document",
        );
    }

    // Organisations named anywhere in the budget.
    let formula_path = format!("{p}/formula");
    let parties = budget.formula.parties(&formula_path);
    let mut named: Vec<(&str, String)> = parties
        .iter()
        .filter(|x| !x.is_body)
        .map(|x| (x.id.as_str(), x.path.clone()))
        .collect();
    for (k, j) in budget.joint_payments.iter().enumerate() {
        named.push((
            &j.organisation,
            format!("{p}/joint_payments/{k}/organisation"),
        ));
    }
    for (k, a) in budget.additional.iter().enumerate() {
        named.push((&a.organisation, format!("{p}/additional/{k}/organisation")));
    }
    for (k, a) in budget.in_kind.iter().enumerate() {
        named.push((&a.organisation, format!("{p}/in_kind/{k}/organisation")));
    }
    for (id, path) in &named {
        if doc.organisation(id).is_none() {
            out.push(
                &UNKNOWN_ORGANISATION,
                path.clone(),
                "not an organisation in this document",
            );
        }
    }

    // The formula's own shape: shares, weights, duplicates.
    let before = out.findings.len();
    lint_formula(&budget.formula, &formula_path, out);
    for (k, j) in budget.joint_payments.iter().enumerate() {
        lint_board_shares(&j.boards, &format!("{p}/joint_payments/{k}/boards"), out);
    }
    if out.findings.len() > before {
        return; // the figures would be meaningless
    }

    if budget.formula.sets_own_total() {
        if let Ok(shares) = budget
            .formula
            .apply(None, &formula_path, &format!("{p}/baseline"))
        {
            let own = Money::sum(shares.iter().map(|s| s.amount), &formula_path);
            if let Ok(own) = own {
                if own != budget.baseline {
                    out.push(
                        &TOTAL_MISMATCH,
                        format!("{p}/baseline"),
                        "the baseline differs from what the formula's contributions total",
                    );
                    return;
                }
            }
        }
    }

    let previous = budget.year.previous().and_then(|y| {
        let j = *first.get(&(budget.body.as_str(), y))?;
        doc.budgets.get(j).map(|b| (j, b))
    });
    let all_actuals = previous.is_some_and(|(_, b)| {
        !b.expenditure.is_empty() && b.expenditure.iter().all(|l| l.actual.is_some())
    });
    let previous =
        previous.and_then(|(j, b)| statement::compute(b, None, &format!("/budgets/{j}")).ok());
    if let (Some(prev), true) = (&previous, all_actuals) {
        if !budget.brought_forward.is_zero() && prev.carry_forward != budget.brought_forward {
            out.push(
                &BROUGHT_FORWARD_DIFFERS,
                format!("{p}/brought_forward"),
                "the amount brought forward differs from what last year's budget carries forward",
            );
        }
    }
    let st = match statement::compute(budget, previous.as_ref(), &p) {
        Ok(s) => s,
        Err(e) => {
            out.push(
                &NOT_COMPUTABLE,
                e.path().to_string(),
                format!("the budget's figures cannot be worked out: {e}"),
            );
            return;
        }
    };

    if let Some(stated) = budget.stated_total_income {
        if stated != st.totals.cash {
            out.push(
                &TOTAL_MISMATCH,
                format!("{p}/stated_total_income"),
                "the stated total income differs from what the contributions total",
            );
        }
    }
    if let Some(stated) = budget.stated_total_expenditure {
        if stated != st.total_budgeted {
            out.push(
                &TOTAL_MISMATCH,
                format!("{p}/stated_total_expenditure"),
                "the stated total expenditure differs from what the budgeted lines total",
            );
        }
    }
    if st.position == statement::Position::Overspend {
        out.push(
            &OVERSPEND,
            format!("{p}/expenditure"),
            "spending is more than the funds available",
        );
    }
    for (k, r) in budget.reserves.iter().enumerate() {
        let held = r.opening.checked_add(r.added);
        if held.is_some_and(|h| r.drawn > h) {
            out.push(
                &RESERVE_OVERDRAWN,
                format!("{p}/reserves/{k}/drawn"),
                "more is drawn from the reserve than it holds",
            );
        }
    }

    // Where a partner is named in this budget, for findings about it.
    // (The first place and the first income line of each, as a scan would find them.)
    let mut first_named: HashMap<&str, &String> = HashMap::new();
    for (id, path) in &named {
        first_named.entry(id).or_insert(path);
    }
    let where_named = |org: &str| -> String {
        first_named
            .get(org)
            .map(|path| (*path).clone())
            .unwrap_or_else(|| formula_path.clone())
    };
    let mut cash_of: HashMap<&str, Money> = HashMap::new();
    for l in &st.income {
        cash_of.entry(l.organisation.as_str()).or_insert(l.cash);
    }
    let own = own_partners(doc, &budget.body);
    let records_income = !st.income.is_empty();
    for o in &doc.organisations {
        if !o.statutory_partner || !records_income || !own.contains(o.id.as_str()) {
            continue;
        }
        let cash = cash_of.get(o.id.as_str()).copied().unwrap_or(Money::ZERO);
        if cash.pence() <= 0 {
            out.push(
                &STATUTORY_PARTNER_NOTHING,
                where_named(&o.id),
                "a statutory partner of this board contributes no cash to this budget",
            );
        }
    }
    let threshold = i64::from(
        budget
            .cut_warning_basis_points
            .unwrap_or(DEFAULT_CUT_WARNING_BASIS_POINTS),
    );
    for l in &st.income {
        if let (Some(last), Some(bp)) = (l.last_year, l.change_basis_points) {
            if last.pence() > 0 && bp < 0 && bp.saturating_neg() > threshold {
                out.push(
                    &CONTRIBUTION_CUT,
                    where_named(&l.organisation),
                    "this partner's cash contribution is cut on last year by more than the warning threshold",
                );
            }
        }
    }
}

/// The board's own partners: the organisations of its members (by membership or by the
/// person's employer) and of its seat allocations. Rules about partners look only at these
/// (a statutory partner of another area paying nothing is not this board's finding).
fn own_partners<'a>(
    doc: &crate::index::Index<'a>,
    body: &str,
) -> std::collections::BTreeSet<&'a str> {
    let mut out = std::collections::BTreeSet::new();
    if let Some(b) = doc.body(body) {
        for m in &b.members {
            if let Some(o) = &m.organisation {
                out.insert(o.as_str());
            } else if let Some(o) = doc
                .person(&m.person)
                .and_then(|p| p.organisation.as_deref())
            {
                out.insert(o);
            }
        }
        for s in &b.seats {
            out.insert(s.organisation.as_str());
        }
    }
    out
}

/// Basis points written as a percentage, "12.5%".
fn percent(bp: i64) -> String {
    let whole = bp / 100;
    let frac = (bp % 100).abs();
    if frac == 0 {
        format!("{whole}%")
    } else if frac % 10 == 0 {
        format!("{whole}.{}%", frac / 10)
    } else {
        format!("{whole}.{frac:02}%")
    }
}

fn lint_board_shares(boards: &[BoardShare], path: &str, out: &mut Report) {
    let sum: u64 = boards.iter().map(|b| u64::from(b.basis_points)).sum();
    if sum != u64::from(formula::WHOLE_BASIS_POINTS) {
        out.push(
            &SHARES_NOT_100,
            path.to_string(),
            "the boards' shares do not total 100%",
        );
    }
    let mut seen = std::collections::HashSet::new();
    for (k, b) in boards.iter().enumerate() {
        if !seen.insert(b.body.as_str()) {
            out.push(
                &DUPLICATE_PARTNER,
                format!("{path}/{k}"),
                "a board is listed more than once in the split",
            );
        }
    }
}

fn percent_u(bp: u64) -> String {
    percent(i64::try_from(bp).unwrap_or(i64::MAX))
}

fn lint_formula(f: &Formula, path: &str, out: &mut Report) {
    let parties = f.parties(path);
    let mut seen = std::collections::HashSet::new();
    for x in &parties {
        if !seen.insert(x.id.as_str()) {
            out.push(
                &DUPLICATE_PARTNER,
                x.path.clone(),
                "this partner is already listed earlier in the formula",
            );
        }
    }
    match f {
        Formula::Percentages { shares } => {
            let sum: u64 = shares.iter().map(|s| u64::from(s.basis_points)).sum();
            if sum != u64::from(formula::WHOLE_BASIS_POINTS) {
                out.push(
                    &SHARES_NOT_100,
                    format!("{path}/shares"),
                    "the shares do not total 100%",
                );
            }
        }
        Formula::BoardSplit { boards } => {
            let sum: u64 = boards.iter().map(|b| u64::from(b.basis_points)).sum();
            if sum != u64::from(formula::WHOLE_BASIS_POINTS) {
                out.push(
                    &SHARES_NOT_100,
                    format!("{path}/boards"),
                    format!("the boards' shares total {}, not 100%", percent_u(sum)),
                );
            }
        }
        Formula::Weights { weights } => {
            for (k, w) in weights.iter().enumerate() {
                if w.weight <= 0 {
                    out.push(
                        &WEIGHT_NOT_POSITIVE,
                        format!("{path}/weights/{k}/weight"),
                        "a weight must be more than zero",
                    );
                }
            }
        }
        Formula::Population { populations } => {
            for (k, w) in populations.iter().enumerate() {
                if w.population == 0 {
                    out.push(
                        &WEIGHT_NOT_POSITIVE,
                        format!("{path}/populations/{k}/population"),
                        "a population of zero would pay nothing",
                    );
                }
            }
        }
        Formula::Composite { remainder, .. } => {
            // Duplicates across the whole composite were found above; look inside the
            // remainder for its own shares and weights only.
            let mut inner = Report::new();
            lint_formula(remainder, &format!("{path}/remainder"), &mut inner);
            for x in inner.findings {
                if x.code != DUPLICATE_PARTNER.code {
                    out.findings.push(x);
                }
            }
        }
        Formula::Fixed { .. } | Formula::Equal { .. } | Formula::Uplift { .. } => {}
    }
}
