//! The action log. (Skeleton: filled in by the action-log issue.)

use crate::document::ValidateOptions;
use crate::validate::{Report, Rule};
use crate::{BoardDocument, Extensions, Id};
use serde::{Deserialize, Serialize};

/// The status of an action.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Open, no progress recorded.
    Open,
    /// In progress.
    InProgress,
    /// On-going (continuing work).
    OnGoing,
    /// Outstanding (not done, past or near due).
    Outstanding,
    /// On today's agenda.
    OnAgenda,
    /// Completed.
    Completed,
    /// Closed.
    Closed,
    /// Superseded by another action or decision.
    Superseded,
}

/// An action from the action log.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Action {
    /// Host id.
    pub id: Id,
    /// Host data kept through a round trip.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

/// Rules of this module, for the catalogue.
pub const RULES: &[&Rule] = &[];

/// Check the action log.
pub(crate) fn check(_doc: &BoardDocument, _options: &ValidateOptions, _out: &mut Report) {}
