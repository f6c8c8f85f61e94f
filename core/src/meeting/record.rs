//! The meeting record: status, papers, the next meeting and the meeting itself.

use super::*;
use crate::date::{Date, Time};
use crate::{Extensions, Id};
use serde::{Deserialize, Serialize};

/// Where a meeting is in its life. Absent (`not_recorded`): the paper does not say, and
/// rules that need the status (attendance at an unheld meeting, quorum, standing items,
/// approval after the as-of date) stay silent for the meeting.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MeetingStatus {
    /// The paper does not record where the meeting is in its life (the default when the
    /// field is absent).
    #[default]
    NotRecorded,
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
    /// True once the meeting is recorded as having taken place (attendance and quorum
    /// then apply); false when the status is not recorded.
    pub fn took_place(self) -> bool {
        !matches!(
            self,
            MeetingStatus::Scheduled | MeetingStatus::Cancelled | MeetingStatus::NotRecorded
        )
    }

    /// True when the meeting is recorded as not (yet) held: scheduled or cancelled.
    pub fn not_held(self) -> bool {
        matches!(self, MeetingStatus::Scheduled | MeetingStatus::Cancelled)
    }

    /// True when the paper does not record the status, so the field is left out of JSON.
    pub fn is_not_recorded(&self) -> bool {
        *self == MeetingStatus::NotRecorded
    }
}

/// How the meeting's date is known.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DateBasis {
    /// The paper states the date.
    #[default]
    Stated,
    /// The paper does not state it; it is inferred (from the next meeting's approval of
    /// these minutes, a year grid's column). Rules use it; an info finding says so.
    Inferred,
    /// Unknown: `date` is only the earliest day the meeting can have been held (the day
    /// after the last dated event it mentions), and `latest_date`, when the paper bounds
    /// it ("before w/c 3 October"), the last. Rules that need the date skip the meeting.
    NotBefore,
}

impl DateBasis {
    /// True for the default, so the field is left out of JSON.
    pub fn is_stated(&self) -> bool {
        *self == DateBasis::Stated
    }
}

/// How the meeting was held.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MeetingMode {
    /// Everyone in one room.
    InPerson,
    /// Online (Teams, Webex, Zoom).
    Virtual,
    /// Some in the room, some online.
    Hybrid,
}

/// How a body numbers its minutes.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Numbering {
    /// Items start again at 1 at each meeting (1, 2, 3.1, 3.2).
    WithinMeeting,
    /// Minutes numbered continuously across meetings (112, 113 ... 116).
    Continuous,
}

/// A part of a meeting: "Part 1" open to the public, "Part 2/3" closed.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MeetingPart {
    /// Host id, used by `AgendaItem.part`.
    pub id: Id,
    /// Name as minuted ("Part 1 - Open Session").
    pub name: String,
    /// Closed to the press and public: every item in it is withheld from public versions.
    #[serde(default, skip_serializing_if = "is_false")]
    pub confidential: bool,
    /// The ground for closing it, as the paper records it (schema version 4).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exemption: Option<Exemption>,
}

/// How complete the paper's attendance record is. Rules that need a full list (a
/// presenter not recorded, quorum, attendance percentages) run only on `full` and `grid`.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AttendanceRecord {
    /// Everyone present and absent is listed.
    Full,
    /// Only apologies (and deputies) are listed: who was present is not recorded.
    ApologiesOnly,
    /// The paper does not record attendance.
    NotRecorded,
    /// No list: the entries are the people the minutes happen to name (presenters,
    /// speakers), so nobody can be judged absent.
    Partial,
    /// A year grid by agency with a key (Y/N/A/D): every seat has a cell.
    Grid,
}

/// One code of an attendance grid's key ("D = Deputy attended in place").
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KeyCode {
    /// The code as written in the cells ("Y", "D").
    pub code: String,
    /// The attendance status it stands for.
    pub status: AttendanceStatus,
}

/// A version of the minutes ("V0.2 draft", "V0.4").
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MinutesVersion {
    /// The label as written ("V0.2").
    pub label: String,
    /// The day this version was issued, where recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// A draft, not yet approved.
    #[serde(default, skip_serializing_if = "is_false")]
    pub draft: bool,
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

impl Meeting {
    /// How complete the attendance record is, with the default applied.
    pub fn attendance_record(&self) -> AttendanceRecord {
        self.attendance_record
            .unwrap_or(if self.attendance.is_empty() {
                AttendanceRecord::NotRecorded
            } else {
                AttendanceRecord::Full
            })
    }

    /// True when everyone who attended is listed (a full list or a grid), so absence
    /// from the list means absence from the meeting.
    pub fn attendance_complete(&self) -> bool {
        matches!(
            self.attendance_record(),
            AttendanceRecord::Full | AttendanceRecord::Grid
        )
    }

    /// The date, when rules may rely on it (stated or inferred, not merely a bound).
    pub fn known_date(&self) -> Option<Date> {
        (self.date_basis != DateBasis::NotBefore).then_some(self.date)
    }
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
    /// Date (see `date_basis`).
    pub date: Date,
    /// How the date is known: stated (the default), inferred, or unknown (not before).
    #[serde(default, skip_serializing_if = "DateBasis::is_stated")]
    pub date_basis: DateBasis,
    /// For a date known only to lie in a window (`date_basis` `not_before`): the last
    /// day the meeting can have been held, inclusive ("before w/c 3 October": 2 October).
    /// Absent: the window has no upper bound.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub latest_date: Option<Date>,
    /// Start time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<Time>,
    /// End time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<Time>,
    /// Venue.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub venue: Option<String>,
    /// The officer to contact about the meeting or its minutes ("Contact officer"), where
    /// the papers name one: a person by id, initials or name as written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<PersonRef>,
    /// Status; absent when the paper does not record it (see [`MeetingStatus`]).
    #[serde(default, skip_serializing_if = "MeetingStatus::is_not_recorded")]
    pub status: MeetingStatus,
    /// In person, virtual or hybrid, where recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mode: Option<MeetingMode>,
    /// How the minutes are numbered, where it matters (continuous across meetings).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub numbering: Option<Numbering>,
    /// The minutes' versions, oldest first (the last is the one this record holds).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub versions: Vec<MinutesVersion>,
    /// Minutes marked CONFIDENTIAL.
    #[serde(default, skip_serializing_if = "is_false")]
    pub confidential: bool,
    /// Open and closed parts, where the meeting has them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parts: Vec<MeetingPart>,
    /// How complete the attendance record is. Absent: `full` when attendance is listed,
    /// `not_recorded` when it is not.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attendance_record: Option<AttendanceRecord>,
    /// The key of an attendance grid (Y/N/A/D), for entries that carry a `code`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attendance_key: Vec<KeyCode>,
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
    /// In a public version, what was withheld from it (counts and grounds, never the
    /// content); absent in a full record and when nothing was withheld.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub redactions: Option<Redactions>,
    /// The day the agenda and reports were published (sent out), where recorded
    /// (schema version 5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub papers_published: Option<Date>,
    /// The day the minutes were published, where recorded (schema version 5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minutes_published: Option<Date>,
    /// Host data kept through a round trip.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}
