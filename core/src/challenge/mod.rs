//! The challenge log: a partner or the independent scrutineer challenges an agency on a
//! matter, the agency responds, and the challenge is closed or escalated. Plain data; the
//! rules are units in [`rules`], run per challenge by `checks`.

pub(crate) mod checks;
pub mod rules;

use crate::action::Due;
use crate::date::Date;
use crate::{Extensions, Id};
use serde::{Deserialize, Serialize};

/// Where a challenge stands.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChallengeStatus {
    /// Raised, no response yet.
    Open,
    /// The agency has responded; not yet closed.
    Responded,
    /// Closed by the board.
    Closed,
    /// Escalated (to the board, the partners or another body).
    Escalated,
    /// The log does not say.
    #[default]
    NotRecorded,
}

impl ChallengeStatus {
    fn is_not_recorded(&self) -> bool {
        *self == ChallengeStatus::NotRecorded
    }
}

/// One entry of a board's challenge log.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Challenge {
    /// The host's id.
    pub id: Id,
    /// The body whose log it is (by id).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<Id>,
    /// The meeting it was raised at (by id).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub raised_at: Option<Id>,
    /// The day it was raised.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub raised_on: Option<Date>,
    /// The person who raised it (by id).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub raised_by: Option<Id>,
    /// The organisation that raised it (by id).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub raised_by_organisation: Option<Id>,
    /// The organisation challenged (by id).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub challenged: Option<Id>,
    /// The person challenged (by id).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub challenged_person: Option<Id>,
    /// The matter challenged, in a few words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    /// The challenge as put.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The agency's response.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response: Option<String>,
    /// The day the agency responded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub responded_on: Option<Date>,
    /// Where it stands.
    #[serde(default, skip_serializing_if = "ChallengeStatus::is_not_recorded")]
    pub status: ChallengeStatus,
    /// When a response is due: a date, a month, a quarter, within days of raising it...
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<Due>,
    /// The day it was closed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closed_on: Option<Date>,
    /// Actions raised on it (by id).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub actions: Vec<Id>,
    /// Host data kept through a round trip.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

pub use rules::RULES;
