//! What a risk register unit may read: the register, its risks (each with its JSON
//! Pointer), the actions they link and the constitution thresholds of the bodies they
//! name, each only when the unit's scope names it.

use super::{Scope, Source, UnitContext};
use crate::action::Action;
use crate::board::Thresholds;
use crate::index::Index;
use crate::pointer::Pointer;
use crate::risk::{Risk, RiskRegister};

impl<'a> UnitContext<'a> {
    /// The document's index, when the scope names [`Scope::Risk`].
    fn register_index(&self) -> Option<&'a Index<'a>> {
        match self.source {
            Source::Document(ix) | Source::Risk(ix, _) if self.reads(Scope::Risk) => Some(ix),
            _ => None,
        }
    }

    /// The document's risk register; `None` when it has none, or outside the scope
    /// ([`Scope::Risk`]).
    pub fn risk_register(&self) -> Option<&'a RiskRegister> {
        self.register_index()?.document().risk_register.as_ref()
    }

    /// Whether the document's risk register records any review date, frequency or limit
    /// (found once per document by its index); `false` without one or outside the scope.
    pub fn risk_register_records_reviews(&self) -> bool {
        self.register_index()
            .is_some_and(Index::risk_register_records_reviews)
    }

    /// Each risk with its JSON Pointer (`/risk_register/risks/3`): the one risk of a
    /// risk's stage, else every risk of the register; none outside the scope
    /// ([`Scope::Risk`]).
    pub fn risks(&self) -> Vec<(String, &'a Risk)> {
        let Some(reg) = self.risk_register() else {
            return Vec::new();
        };
        let at = |k: usize| {
            Pointer::root()
                .field("risk_register")
                .item("risks", k)
                .into()
        };
        match self.source {
            Source::Risk(_, k) => reg.risks.get(k).map(|r| (at(k), r)).into_iter().collect(),
            _ => reg
                .risks
                .iter()
                .enumerate()
                .map(|(k, r)| (at(k), r))
                .collect(),
        }
    }

    /// The (first) action of the action log with this id, a look-up through the index;
    /// `None` when absent or outside the scope ([`Scope::Action`]).
    pub fn linked_action(&self, id: &str) -> Option<&'a Action> {
        let ix = match self.source {
            Source::Document(ix) | Source::Risk(ix, _) if self.reads(Scope::Action) => ix,
            _ => return None,
        };
        ix.action_index(id)
            .and_then(|i| ix.document().actions.get(i))
    }

    /// The thresholds of the constitution of a body, by the body's id; `None` when the
    /// body is absent, has no constitution, or is outside the scope ([`Scope::Body`]).
    pub fn body_thresholds(&self, id: &str) -> Option<&'a Thresholds> {
        self.body(id)
            .and_then(|b| b.constitution.as_ref())
            .map(|c| &c.thresholds)
    }

    /// The position in the document's `bodies` of the first body with this id; `None`
    /// when absent or outside the scope ([`Scope::Body`]).
    pub fn body_position(&self, id: &str) -> Option<usize> {
        self.body(id)?;
        let ix = self.register_index()?;
        ix.document().bodies.iter().position(|b| b.id == id)
    }

    /// The review interval in days (`risk_review_days`) for a risk: its owning body's
    /// constitution's, else the register's body's (the register queries read the same);
    /// `None` outside the scope ([`Scope::Risk`] and [`Scope::Body`]).
    pub fn risk_review_days(&self, risk: &Risk) -> Option<u32> {
        let reg = self.risk_register()?;
        let of = |b: Option<&str>| b.and_then(|b| self.body_thresholds(b)?.risk_review_days);
        of(risk.owning_body.as_deref()).or_else(|| of(reg.body.as_deref()))
    }
}
