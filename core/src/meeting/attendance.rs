//! Attendance: how each person was at a meeting.

use crate::{Extensions, Id};
use serde::{Deserialize, Serialize};

/// How a person was at a meeting.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AttendanceStatus {
    /// A member present in person.
    Present,
    /// Sent apologies.
    Apologies,
    /// Attended as deputy for a member (`deputy_for`): "represented by", "on behalf of".
    Deputy,
    /// Attended but is not a member (officers, guests, presenters).
    InAttendance,
    /// Took the minutes (clerk).
    MinuteTaker,
    /// A member absent without apology.
    Absent,
}

impl AttendanceStatus {
    /// True when the person was in the room.
    pub fn in_room(self) -> bool {
        matches!(
            self,
            AttendanceStatus::Present
                | AttendanceStatus::Deputy
                | AttendanceStatus::InAttendance
                | AttendanceStatus::MinuteTaker
        )
    }
}

/// One person's attendance at one meeting.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Attendance {
    /// The person.
    pub person: Id,
    /// How they attended.
    pub status: AttendanceStatus,
    /// For a deputy: the member (person id) they deputised for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deputy_for: Option<Id>,
    /// Free-text note.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Host data kept through a round trip.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}
