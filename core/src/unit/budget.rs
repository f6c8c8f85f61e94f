//! What a unit of the budget area may read: the budgets and the funding decisions, each
//! with its JSON Pointer.

use super::{Scope, Source, Stage, UnitContext};
use crate::board::Organisation;
use crate::budget::statement::Statement;
use crate::budget::{Budget, FinancialYear, FundingDecision, Money};
use crate::index::Index;
use crate::validate::{Report, ValidateOptions};

/// Run the units of the statement stages on budget `i` of a document, whose statement is
/// `st`: its totals, then its partners.
pub(crate) fn run_budget_statement(
    ix: &Index<'_>,
    options: &ValidateOptions,
    (i, st): (usize, &Statement),
    out: &mut Report,
) {
    for stage in [Stage::BudgetTotals, Stage::BudgetPartners] {
        super::run::run_stage(stage, Source::BudgetStatement(ix, i, st), options, out);
    }
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
                .map(|(k, d)| (format!("/funding_decisions/{k}"), d))
                .collect(),
            Source::Decision(ix, k, _) if self.reads(Scope::FundingDecision) => ix
                .document()
                .funding_decisions
                .get(k)
                .map(|d| (format!("/funding_decisions/{k}"), d))
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
                .map(|(i, b)| (format!("/budgets/{i}"), i, b))
                .collect(),
            Source::Budget(ix, i, _) | Source::BudgetStatement(ix, i, _)
                if self.reads(Scope::Budget) =>
            {
                ix
                .document()
                .budgets
                .get(i)
                .map(|b| (format!("/budgets/{i}"), i, b))
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
                .map(|b| (format!("/budgets/{i}"), b)),
            _ => None,
        }
    }

    /// The worked-out statement of the budget of a statement stage (with last year's, for
    /// the change on last year); `None` elsewhere or unless the scope names
    /// [`Scope::Budget`].
    pub fn statement(&self) -> Option<&'a Statement> {
        match self.source {
            Source::BudgetStatement(_, _, st) if self.reads(Scope::Budget) => Some(st),
            _ => None,
        }
    }

    /// The document's organisations, in document order; none unless the scope names
    /// [`Scope::Organisation`].
    pub fn organisations(&self) -> &'a [Organisation] {
        if !self.reads(Scope::Organisation) {
            return &[];
        }
        self.source
            .index()
            .map_or(&[], |ix| ix.document().organisations.as_slice())
    }
}
