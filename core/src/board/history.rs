//! A body over time: the names and kinds it has borne, with their dates.
//!
//! Every local safeguarding children board became a safeguarding children partnership
//! in 2019; a council committee may be renamed; a board may become a joint board. One
//! body holds all of them: its `name` and `kind`, and a `history` of the other names
//! and kinds with the days each was in force, so the name on the date of a meeting or a
//! funding decision is worked out, never retyped as a second body.

use super::BodyKind;
use crate::date::Date;
use crate::Extensions;
use serde::{Deserialize, Serialize};

/// A name (and kind) a body bore for a period.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BodyStage {
    /// The name in this period, as papers of the time write it ("Barnet LSCB").
    pub name: String,
    /// The kind in this period, where it differs from the body's `kind` (a board that
    /// became a partnership). Absent: the body's `kind`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<BodyKind>,
    /// The first day of the period, where the paper gives it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<Date>,
    /// The last day of the period, where the paper gives it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<Date>,
    /// Host data kept through a round trip.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

impl BodyStage {
    /// Whether the period covers a day. An entry with neither date covers no day (the
    /// paper names the other name without saying when).
    pub fn covers(&self, day: Date) -> bool {
        (self.from.is_some() || self.until.is_some())
            && self.from.is_none_or(|f| f <= day)
            && self.until.is_none_or(|u| day <= u)
    }
}
