//! Agenda items and their numbering (3, 3.1, 7.1.2, 253).

use super::*;
use crate::board::StandingItem;
use crate::Extensions;
use serde::{Deserialize, Serialize};

/// An agenda item, numbered hierarchically (3, 3.1, 7.1.2) or continuously (253).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AgendaItem {
    /// Item number as minuted.
    pub number: String,
    /// Title.
    pub title: String,
    /// Presenters.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub presenters: Vec<PersonRef>,
    /// Papers.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub papers: Vec<Paper>,
    /// Time allocated, in minutes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minutes_allocated: Option<u32>,
    /// Exempt from the public version of the minutes.
    #[serde(default, skip_serializing_if = "is_false")]
    pub confidential: bool,
    /// Which standing item of the template this is, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub standing: Option<StandingItem>,
    /// Minute text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minutes: Option<String>,
    /// Decisions.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub decisions: Vec<Decision>,
    /// Host data kept through a round trip.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

/// Parse an item number ("7.1.2", "253") into its parts; `None` if it is not numbers
/// separated by dots.
pub fn item_number(s: &str) -> Option<Vec<u32>> {
    let s = s.trim().trim_end_matches('.');
    if s.is_empty() {
        return None;
    }
    s.split('.').map(|p| p.parse::<u32>().ok()).collect()
}
