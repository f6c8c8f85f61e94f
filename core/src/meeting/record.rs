//! The meeting record: status, papers, the next meeting and the meeting itself.

use super::*;
use crate::date::{Date, Time};
use crate::{Extensions, Id};
use serde::{Deserialize, Serialize};

/// Where a meeting is in its life.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MeetingStatus {
    /// In the diary.
    Scheduled,
    /// Took place; no minutes yet.
    Held,
    /// Minutes drafted, awaiting approval.
    MinutesDrafted,
    /// Minutes agreed as a correct record at a later meeting.
    MinutesApproved,
    /// Minutes published.
    Published,
    /// Did not take place.
    Cancelled,
}

impl MeetingStatus {
    /// True once the meeting has taken place (attendance and quorum then apply).
    pub fn took_place(self) -> bool {
        !matches!(self, MeetingStatus::Scheduled | MeetingStatus::Cancelled)
    }
}

/// A paper tabled for an item ("Paper 3, Appendix 1/2").
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Paper {
    /// Name or number of the paper.
    pub name: String,
    /// Appendices.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub appendices: Vec<String>,
}

/// The next meeting as announced.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NextMeeting {
    /// Date.
    pub date: Date,
    /// Start time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<Time>,
    /// End time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<Time>,
    /// Venue.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub venue: Option<String>,
    /// The meeting record, if it exists.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meeting: Option<Id>,
}

/// A meeting of a body.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Meeting {
    /// Host id.
    pub id: Id,
    /// The body meeting.
    pub body: Id,
    /// Title.
    pub title: String,
    /// Date.
    pub date: Date,
    /// Start time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<Time>,
    /// End time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<Time>,
    /// Venue.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub venue: Option<String>,
    /// Status.
    pub status: MeetingStatus,
    /// Minutes marked CONFIDENTIAL.
    #[serde(default, skip_serializing_if = "is_false")]
    pub confidential: bool,
    /// Attendance: one entry per person.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attendance: Vec<Attendance>,
    /// Agenda items in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub agenda: Vec<AgendaItem>,
    /// Declarations of interest (absent: not recorded).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub declarations: Option<Declarations>,
    /// Matters arising from earlier meetings' actions.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub matters_arising: Vec<MatterArising>,
    /// Approval of the previous meeting's minutes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous_minutes: Option<MinutesApproval>,
    /// The next meeting.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_meeting: Option<NextMeeting>,
    /// Host data kept through a round trip.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}
