//! Matters arising and approval of earlier minutes.

use super::*;
use crate::Id;
use serde::{Deserialize, Serialize};

/// A matter arising: the status of an earlier meeting's action, by its ref.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MatterArising {
    /// The action's ref as minuted (3.1, 7.1.2).
    pub action_ref: String,
    /// The action's id, where the host knows it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action: Option<Id>,
    /// The status recorded.
    pub status: crate::action::Status,
    /// Note.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// Approval of an earlier meeting's minutes ("agreed as a correct record").
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MinutesApproval {
    /// The meeting whose minutes were considered.
    pub meeting: Id,
    /// Agreed as a correct record (false: amended or not agreed).
    #[serde(default = "yes", skip_serializing_if = "is_true")]
    pub approved: bool,
    /// Amendments or note.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}
