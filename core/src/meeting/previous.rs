//! Matters arising and approval of earlier minutes.

use super::*;
use crate::date::Date;
use crate::Id;
use serde::{Deserialize, Serialize};

/// A matter arising: the status of an earlier meeting's action by its ref, or a point
/// keyed to a minute of the previous meeting (by number, or by page and section).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MatterArising {
    /// The action's ref as minuted (3.1, 7.1.2); empty when the matter is keyed to a
    /// minute or a page instead.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub action_ref: String,
    /// The previous minute it is keyed to, as numbered ("25", "M3").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minute_ref: Option<String>,
    /// The page of the previous minutes ("6").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<String>,
    /// The section of the previous minutes ("7.10").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub section: Option<String>,
    /// The action's id, where the host knows it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action: Option<Id>,
    /// The status recorded. Required for a matter keyed to an action (`action_ref` or
    /// `action`); absent for one keyed only to a minute, page or section that reports
    /// progress on the minutes, not on an action.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<crate::action::Status>,
    /// Note.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// Approval of an earlier meeting's minutes ("agreed as a correct record", "confirmed",
/// "approve and sign").
///
/// The earlier meeting is named by id when it is in the document, or by its date
/// (`meeting_date`) when it is not; at least one of the two is given, unless the minutes
/// name it only as "the last meeting" (`last_meeting`), with no date.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MinutesApproval {
    /// The meeting whose minutes were considered, when it is in the document.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub meeting: Id,
    /// The date of that meeting, as the minutes give it (for a meeting not in the document).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meeting_date: Option<Date>,
    /// The minutes name the earlier meeting only as "the last meeting" (or "the previous
    /// meeting"), with no date, and it is not in the document. Rules that compare its date
    /// stay silent.
    #[serde(default, skip_serializing_if = "is_false")]
    pub last_meeting: bool,
    /// Agreed as a correct record (false: not agreed).
    #[serde(default = "yes", skip_serializing_if = "is_true")]
    pub approved: bool,
    /// Amendments agreed before approval ("with amendments"), each as minuted.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub amendments: Vec<String>,
    /// Confirmed, then challenged as inaccurate (with no amendment made).
    #[serde(default, skip_serializing_if = "is_false")]
    pub challenged: bool,
    /// The day the approval was given or signed, when it is not the meeting's own date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approved_on: Option<Date>,
    /// Note.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl MinutesApproval {
    /// The date of the meeting whose minutes were approved, when known: the named
    /// meeting's (`named`, if its date is known), else the date the minutes give.
    pub(crate) fn recorded_date(&self, named: Option<&Meeting>) -> Option<Date> {
        match named {
            Some(prev) => prev.known_date(),
            None => self.meeting_date,
        }
    }
}
