//! What a unit of the budget area may read: the budgets and the funding decisions, each
//! with its JSON Pointer.

use super::{RuleUnit, Scope, Source, Stage, UnitContext};
use crate::board::Organisation;
use crate::budget::paid::Paid;
use crate::budget::statement::Statement;
use crate::budget::{Budget, FinancialYear, FundingDecision, Money};
use crate::error::Error;
use crate::index::Index;
use crate::pointer::Pointer;
use crate::validate::{Report, ValidateOptions};

/// Run the units of the statement stages on budget `i` of a document, whose statement
/// (or why it cannot be worked out) is `st`: the statement not worked out, or its totals
/// then its partners.
pub(crate) fn run_budget_statement(
    ix: &Index<'_>,
    options: &ValidateOptions,
    (i, st): (usize, &Result<Statement, Error>),
    out: &mut Report,
) {
    let stages: &[Stage] = match st {
        Ok(_) => &[Stage::BudgetTotals, Stage::BudgetPartners],
        Err(_) => &[Stage::BudgetNotComputable],
    };
    for stage in stages {
        super::run::run_stage(*stage, Source::BudgetStatement(ix, i, st), options, out);
    }
}

/// Run the units of the records and formula stages on budget `i` of a document; whether
/// the formula stage gave a finding (then the budget's figures would be meaningless).
/// The formula stage's findings are ordered by place: the formula's repeated partners,
/// its shares or weights, then each joint payment's split (its total, its boards).
pub(crate) fn run_budget_records<'a>(
    ix: &'a Index<'a>,
    options: &ValidateOptions,
    (i, paid): (usize, &'a Paid<'a>),
    out: &mut Report,
) -> bool {
    let source = Source::Budget(ix, i, paid);
    super::run::run_stage(Stage::BudgetRecords, source, options, out);
    let from = out.findings.len();
    super::run::run_stage(Stage::BudgetFormula, source, options, out);
    if let Some(found) = out.findings.get_mut(from..).filter(|f| f.len() > 1) {
        let at = Pointer::root().item("budgets", i);
        found.sort_by_key(|f| formula_place(super::below(&f.path, at.as_str()), &f.code));
    }
    out.findings.len() > from
}

/// Where a finding of the formula stage lies in a budget.
fn formula_place(rest: &str, code: &str) -> (u8, usize, u8) {
    let mut parts = rest.split('/');
    match parts.next() {
        Some("joint_payments") => {
            let k = parts.next().and_then(|k| k.parse().ok()).unwrap_or(0);
            let board = parts.nth(1).is_some();
            (1, k, u8::from(board))
        }
        _ => (0, 0, u8::from(code != "budget.duplicate_partner")),
    }
}

/// Run units on funding decision `k` of a document, then its phasing stage: the names
/// it gives (`units`: the budget rules of organisations, boards and shares, which are
/// the budget area's and have a budget stage), its phasing, its criteria's weights. The
/// findings are ordered by place: the funder, each central pot, each recipient (payee,
/// boards, their shares), the phasing, the criteria.
pub(crate) fn run_decision_names(
    units: &[&RuleUnit],
    ix: &Index<'_>,
    options: &ValidateOptions,
    k: usize,
    out: &mut Report,
) {
    let from = out.findings.len();
    for unit in units {
        run_unit_on_decision(unit, ix, options, k, out);
    }
    super::run::run_stage(
        Stage::DecisionPhasing,
        Source::Decision(ix, k, None),
        options,
        out,
    );
    if let Some(found) = out.findings.get_mut(from..).filter(|f| f.len() > 1) {
        let at = Pointer::root().item("funding_decisions", k);
        found.sort_by_key(|f| {
            let phasing = f.code == "budget.decision_phasing_exceeded";
            decision_place(super::below(&f.path, at.as_str()), phasing)
        });
    }
}

/// Where a finding about a decision's names, phasing or weights lies in the decision.
fn decision_place(rest: &str, phasing: bool) -> (u8, usize, u8) {
    if phasing {
        return (3, 0, 0);
    }
    let mut parts = rest.split('/');
    let section = parts.next().unwrap_or("");
    let j = parts.next().and_then(|j| j.parse().ok()).unwrap_or(0);
    match (section, parts.next()) {
        ("funder", _) => (0, 0, 0),
        ("central", _) => (1, j, 0),
        ("recipients", Some("payee")) => (2, j, 0),
        ("recipients", Some("body")) => (2, j, 1),
        ("recipients", Some("boards")) if parts.next().is_some() => (2, j, 2),
        ("recipients", _) => (2, j, 3),
        _ => (4, 0, 0),
    }
}

/// Run one unit on budget `i` of a document, at a point of the budget walk other than
/// its stage (a rule the walk checks at two points).
pub(crate) fn run_unit_on_budget<'a>(
    unit: &RuleUnit,
    ix: &'a Index<'a>,
    options: &ValidateOptions,
    (i, paid): (usize, &'a Paid<'a>),
    out: &mut Report,
) {
    let cx = UnitContext {
        source: Source::Budget(ix, i, paid),
        options,
        scope: unit.scope,
    };
    (unit.check)(&cx, out);
}

/// Run one unit on funding decision `k` of a document, at a point of the decision walk
/// (a rule of budgets the walk also checks on decisions).
pub(crate) fn run_unit_on_decision(
    unit: &RuleUnit,
    ix: &Index<'_>,
    options: &ValidateOptions,
    k: usize,
    out: &mut Report,
) {
    let cx = UnitContext {
        source: Source::Decision(ix, k, None),
        options,
        scope: unit.scope,
    };
    (unit.check)(&cx, out);
}

impl<'a> UnitContext<'a> {
    /// Each funding decision with its JSON Pointer (`/funding_decisions/0`): every one of
    /// a document, or the one of a per-decision stage; none unless the scope names
    /// [`Scope::FundingDecision`].
    pub fn funding_decisions(&self) -> Vec<(String, &'a FundingDecision)> {
        match self.source {
            Source::Document(ix) if self.reads(Scope::FundingDecision) => ix
                .document()
                .funding_decisions
                .iter()
                .enumerate()
                .map(|(k, d)| (Pointer::root().item("funding_decisions", k).into(), d))
                .collect(),
            Source::Decision(ix, k, _) if self.reads(Scope::FundingDecision) => ix
                .document()
                .funding_decisions
                .get(k)
                .map(|d| (Pointer::root().item("funding_decisions", k).into(), d))
                .into_iter()
                .collect(),
            _ => Vec::new(),
        }
    }

    /// Each budget with its JSON Pointer (`/budgets/0`) and its index in the document:
    /// every one of a document, or the one of a per-budget stage; none unless the scope
    /// names [`Scope::Budget`].
    pub fn budgets(&self) -> Vec<(String, usize, &'a Budget)> {
        match self.source {
            Source::Document(ix) if self.reads(Scope::Budget) => ix
                .document()
                .budgets
                .iter()
                .enumerate()
                .map(|(i, b)| (Pointer::root().item("budgets", i).into(), i, b))
                .collect(),
            Source::Budget(ix, i, _) | Source::BudgetStatement(ix, i, _)
                if self.reads(Scope::Budget) =>
            {
                ix.document()
                    .budgets
                    .get(i)
                    .map(|b| (Pointer::root().item("budgets", i).into(), i, b))
                    .into_iter()
                    .collect()
            }
            _ => Vec::new(),
        }
    }

    /// The position of the first budget of a board for a year, at the stated-figures
    /// stage of a funding decision or a per-budget stage; `None` elsewhere or unless the
    /// scope names [`Scope::Budget`].
    pub fn budget_of(&self, body: &str, year: FinancialYear) -> Option<usize> {
        match self.source {
            Source::Decision(_, _, Some(paid)) | Source::Budget(_, _, paid)
                if self.reads(Scope::Budget) =>
            {
                paid.budget_of(body, year)
            }
            _ => None,
        }
    }

    /// The cash budget `i`'s statement records from a funder (its first income line from
    /// it), at the stated-figures stage of a funding decision; `None` when it records
    /// none, its statement cannot be worked out, elsewhere, or unless the scope names
    /// [`Scope::Budget`].
    pub fn paid_by_funder(&self, i: usize, funder: &str) -> Option<Money> {
        match self.source {
            Source::Decision(_, _, Some(paid)) if self.reads(Scope::Budget) => {
                paid.paid_by_funder(i, funder)
            }
            _ => None,
        }
    }

    /// A budget by position, with its JSON Pointer, at a per-budget stage (last year's,
    /// found by [`UnitContext::budget_of`]); `None` elsewhere or unless the scope names
    /// [`Scope::Budget`].
    pub fn budget_at(&self, i: usize) -> Option<(String, &'a Budget)> {
        match self.source {
            Source::Budget(ix, ..) if self.reads(Scope::Budget) => ix
                .document()
                .budgets
                .get(i)
                .map(|b| (Pointer::root().item("budgets", i).into(), b)),
            _ => None,
        }
    }

    /// The worked-out statement of the budget of a statement stage (with last year's, for
    /// the change on last year); `None` elsewhere or unless the scope names
    /// [`Scope::Budget`].
    pub fn statement(&self) -> Option<&'a Statement> {
        match self.source {
            Source::BudgetStatement(_, _, Ok(st)) if self.reads(Scope::Budget) => Some(st),
            _ => None,
        }
    }

    /// Why the statement of the budget of a statement stage cannot be worked out; `None`
    /// when it can, elsewhere, or unless the scope names [`Scope::Budget`].
    pub fn statement_error(&self) -> Option<&'a Error> {
        match self.source {
            Source::BudgetStatement(_, _, Err(e)) if self.reads(Scope::Budget) => Some(e),
            _ => None,
        }
    }

    /// The document's organisations, in document order; none unless the scope names
    /// [`Scope::Organisation`].
    pub fn organisation_list(&self) -> &'a [Organisation] {
        if !self.reads(Scope::Organisation) {
            return &[];
        }
        self.source
            .index()
            .map_or(&[], |ix| ix.document().organisations.as_slice())
    }
}
