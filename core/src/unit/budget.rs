//! What a unit of the budget area may read: the budgets and the funding decisions, each
//! with its JSON Pointer.

use super::{Scope, Source, UnitContext};
use crate::budget::{Budget, FundingDecision};

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
            Source::Decision(ix, k) if self.reads(Scope::FundingDecision) => ix
                .document()
                .funding_decisions
                .get(k)
                .map(|d| (format!("/funding_decisions/{k}"), d))
                .into_iter()
                .collect(),
            _ => Vec::new(),
        }
    }

    /// Each budget with its JSON Pointer (`/budgets/0`) and its index in the document;
    /// none unless the scope names [`Scope::Budget`], or outside a whole document.
    pub fn budgets(&self) -> Vec<(String, usize, &'a Budget)> {
        match self.source {
            Source::Document(ix) if self.reads(Scope::Budget) => ix
                .document()
                .budgets
                .iter()
                .enumerate()
                .map(|(i, b)| (format!("/budgets/{i}"), i, b))
                .collect(),
            _ => Vec::new(),
        }
    }
}
