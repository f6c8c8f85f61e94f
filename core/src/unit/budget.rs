//! What a unit of the budget area may read: the funding decisions, each with its JSON
//! Pointer.

use super::{Scope, Source, UnitContext};
use crate::budget::FundingDecision;

impl<'a> UnitContext<'a> {
    /// Each funding decision with its JSON Pointer (`/funding_decisions/0`); none unless
    /// the scope names [`Scope::FundingDecision`], or outside a whole document.
    pub fn funding_decisions(&self) -> Vec<(String, &'a FundingDecision)> {
        match self.source {
            Source::Document(ix) if self.reads(Scope::FundingDecision) => ix
                .document()
                .funding_decisions
                .iter()
                .enumerate()
                .map(|(k, d)| (format!("/funding_decisions/{k}"), d))
                .collect(),
            _ => Vec::new(),
        }
    }
}
