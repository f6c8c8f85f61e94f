//! Decisions under an agenda item, and declarations of interest.

use super::*;
use serde::{Deserialize, Serialize};

/// The kind of a decision.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DecisionKind {
    /// AGREED.
    Agreed,
    /// RESOLVED.
    Resolved,
    /// NOTED (not a decision that needs a quorum).
    Noted,
}

/// A decision recorded under an agenda item.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Decision {
    /// Letter or numeral as minuted: "a", "iv".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub letter: Option<String>,
    /// Agreed, resolved or noted.
    pub kind: DecisionKind,
    /// The decision text.
    pub text: String,
    /// "Action by".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<PersonRef>,
}

/// A declaration of interest.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Declaration {
    /// Who declared.
    pub person: PersonRef,
    /// The agenda item number it concerns.
    pub item: String,
    /// The nature of the interest.
    pub nature: String,
    /// Whether they left the room for the item.
    #[serde(default)]
    pub left_room: bool,
    /// Whether they took part in the item's decision.
    #[serde(default)]
    pub took_part: bool,
}

/// Declarations of interest at a meeting. `none_declared: true` with no entries is the
/// record "None declared".
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Declarations {
    /// "None declared".
    #[serde(default, skip_serializing_if = "is_false")]
    pub none_declared: bool,
    /// The declarations.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub entries: Vec<Declaration>,
}
