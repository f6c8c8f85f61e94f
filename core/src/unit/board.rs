//! What a unit of the board area may read: the bodies, each with its JSON Pointer.

use super::{Scope, Source, UnitContext};
use crate::board::Body;

impl<'a> UnitContext<'a> {
    /// Each body with its JSON Pointer (`/bodies/0`): every body of a document, or the
    /// one body of a per-body stage; none unless the scope names [`Scope::Body`].
    pub fn bodies(&self) -> Vec<(String, &'a Body)> {
        if !self.reads(Scope::Body) {
            return Vec::new();
        }
        match self.source {
            Source::Document(ix) => ix
                .document()
                .bodies
                .iter()
                .enumerate()
                .map(|(b, body)| (format!("/bodies/{b}"), body))
                .collect(),
            Source::Body(ix, b) => ix
                .document()
                .bodies
                .get(b)
                .map(|body| (format!("/bodies/{b}"), body))
                .into_iter()
                .collect(),
            // Another area's per-record stage: no body of its own.
            _ => Vec::new(),
        }
    }
}
