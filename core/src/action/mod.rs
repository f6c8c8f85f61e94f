//! The action log: who is to do what, by when, and what happened to it.
//!
//! Real minutes keep actions in a table: Ref | Action | Person/s responsible | By |
//! Desired outcome. An [`Action`] is one row of that table, plus the dated status
//! history a board business unit keeps as the action is carried forward from meeting to
//! meeting until it is closed.
//!
//! * [`timeline`]: an action's status as of a date, merging its own dated history with
//!   the statuses recorded against it in later meetings' matters arising.
//! * [`log`](mod@log): the log as of a date the caller gives (open, due within a window, overdue,
//!   undated, completed, summaries, RAG ratings).
//! * [`carry`]: carry-forward (the open actions of one meeting become the matters-arising
//!   list of the next) and writing matters-arising statuses into each action's history.
//! * [`rules`]: the governance rules (codes `action.*`).
//!
//! Nothing here reads the system clock: every "as of" date is given by the caller.

pub mod carry;
pub mod due;
pub mod log;
pub mod rules;
pub mod timeline;

pub use carry::{
    carry_forward, flow_matters_arising, history, ActionHistory, CarryForward, CarryForwardRequest,
    FlowRequest, FlowResult, HistoryRequest,
};
pub use log::{
    completed, due_within, entries, log, open, overdue, rag, summarise, summary, undated,
    ActionList, ActionLog, DueWithinRequest, LogEntry, LogRequest, Rag, RagReason, Summary,
};
pub use rules::RULES;

use crate::board::Body;
use crate::date::{Date, When};
use crate::index::Index;
use crate::meeting::{BodyRole, Meeting, PersonRef, Resolved};
use crate::{BoardDocument, Extensions, Id};
use serde::{Deserialize, Serialize};

pub(crate) use rules::check;

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

impl Status {
    /// Every status, in the order boards list them.
    pub const ALL: [Status; 8] = [
        Status::Open,
        Status::InProgress,
        Status::OnGoing,
        Status::Outstanding,
        Status::OnAgenda,
        Status::Completed,
        Status::Closed,
        Status::Superseded,
    ];

    /// True for completed, closed and superseded: the action is no longer carried
    /// forward and is never overdue.
    pub fn is_done(self) -> bool {
        matches!(
            self,
            Status::Completed | Status::Closed | Status::Superseded
        )
    }

    /// The snake_case word used in JSON (`on_going`), for messages.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Open => "open",
            Status::InProgress => "in_progress",
            Status::OnGoing => "on_going",
            Status::Outstanding => "outstanding",
            Status::OnAgenda => "on_agenda",
            Status::Completed => "completed",
            Status::Closed => "closed",
            Status::Superseded => "superseded",
        }
    }
}

/// Who is responsible for an action ("Person/s responsible").
///
/// JSON: `{"person": "p-ct"}` (a person by id), `{"initials": "CT"}` (as minuted,
/// resolved against the attendance of the meeting that raised the action and the
/// members of its body), `{"role": "chair"}` ("The Chair") or `{"group": "g-lscb-office"}`
/// (a named group defined on the body in `groups`, such as "All partners" or
/// "LSCB Office").
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Owner {
    /// A person, by id.
    Person(Id),
    /// A person by the initials the minutes use.
    Initials(String),
    /// A role on the body ("The Chair").
    Role(BodyRole),
    /// A named group of the body, by its id in `Body.groups`.
    Group(Id),
}

impl Owner {
    /// The person reference this owner is, when it names one person (not a group).
    pub fn person_ref(&self) -> Option<PersonRef> {
        match self {
            Owner::Person(id) => Some(PersonRef::Person(id.clone())),
            Owner::Initials(i) => Some(PersonRef::Initials(i.clone())),
            Owner::Role(r) => Some(PersonRef::Role(*r)),
            Owner::Group(_) => None,
        }
    }
}

/// What an [`Owner`] resolves to in the scope of the meeting that raised the action.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OwnerResolved {
    /// One person, by id.
    Person(Id),
    /// A group of the body, by id.
    Group(Id),
    /// Nobody: an unknown person or group, initials that match nobody, a role nobody holds.
    Nobody,
    /// Initials that match this many people.
    Ambiguous(usize),
}

/// One dated change of an action's status ("each meeting adds a dated progress note").
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatusChange {
    /// When the status was recorded.
    pub date: Date,
    /// The status from that date.
    pub status: Status,
    /// The meeting where it was recorded, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meeting: Option<Id>,
    /// Progress note. Required in practice when an action is reopened.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Host data kept through a round trip.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

/// An action from the action log: one row of a minutes' action table and its history.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Action {
    /// Host id.
    pub id: Id,
    /// The minute item the action came from (3.1, 4.2). Several actions may share one.
    #[serde(rename = "ref")]
    pub reference: String,
    /// What is to be done ("Action").
    pub description: String,
    /// Who is responsible ("Person/s responsible"): one or more people, roles or groups.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub owners: Vec<Owner>,
    /// When it is due ("By"): a date, a month (due by its last day), a meeting, the next
    /// meeting of the body after the one that raised it, or none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<When>,
    /// The desired outcome, as minuted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub desired_outcome: Option<String>,
    /// The meeting that raised the action (its date is the date the action was raised).
    pub raised_at: Id,
    /// The current status where the host records one. When absent, the status is the
    /// latest dated one (history, matters arising, `closed_on`), or open.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Status>,
    /// Dated status changes, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub history: Vec<StatusChange>,
    /// The date the action was completed, closed or superseded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closed_on: Option<Date>,
    /// Host data kept through a round trip.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

/// How an action's due ("By") resolves to a calendar date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DueDate {
    /// No due date was recorded.
    None,
    /// The day the action falls due: a date itself, the last day of a month, or the date
    /// of the meeting named (or of the next meeting after the one that raised it).
    On(Date),
    /// A meeting due that cannot be resolved: the meeting is not in the document or was
    /// cancelled, or the body has no later meeting.
    Unresolved,
}

impl DueDate {
    /// The date, when resolved.
    pub fn date(self) -> Option<Date> {
        match self {
            DueDate::On(d) => Some(d),
            DueDate::None | DueDate::Unresolved => None,
        }
    }
}

/// The meeting that raised an action, if it is in the document.
pub fn raised_meeting<'a>(doc: &'a BoardDocument, action: &Action) -> Option<&'a Meeting> {
    doc.meeting(&action.raised_at)
}

/// [`raised_meeting`] through an index of the document.
pub fn raised_meeting_in<'a>(ix: &Index<'a>, action: &Action) -> Option<&'a Meeting> {
    ix.meeting(&action.raised_at)
}

/// The date an action was raised: the date of its `raised_at` meeting.
pub fn raised_on(doc: &BoardDocument, action: &Action) -> Option<Date> {
    raised_meeting(doc, action).map(|m| m.date)
}

/// [`raised_on`] through an index of the document.
pub fn raised_on_in(ix: &Index<'_>, action: &Action) -> Option<Date> {
    raised_meeting_in(ix, action).map(|m| m.date)
}

/// The body whose action log holds an action (the body of the meeting that raised it).
pub fn body_of<'a>(doc: &'a BoardDocument, action: &Action) -> Option<&'a Body> {
    raised_meeting(doc, action).and_then(|m| doc.body(&m.body))
}

/// [`body_of`] through an index of the document.
pub fn body_of_in<'a>(ix: &Index<'a>, action: &Action) -> Option<&'a Body> {
    raised_meeting_in(ix, action).and_then(|m| ix.body(&m.body))
}

/// Resolve an action's due to a calendar date.
///
/// A date is itself; a month falls due on its last day; a meeting falls due on that
/// meeting's date; "next_meeting" means the first meeting of the body dated after the
/// meeting that raised the action (cancelled meetings are skipped). A cancelled or
/// unknown meeting, or no later meeting, is [`DueDate::Unresolved`].
pub fn due_date(doc: &BoardDocument, action: &Action) -> DueDate {
    match &action.due {
        None => DueDate::None,
        Some(When::Date(d)) => DueDate::On(*d),
        Some(When::Month(m)) => DueDate::On(m.last_day()),
        Some(When::Meeting(id)) => match doc.meeting(id) {
            Some(m) if m.status != crate::meeting::MeetingStatus::Cancelled => DueDate::On(m.date),
            _ => DueDate::Unresolved,
        },
        Some(When::NextMeeting) => raised_meeting(doc, action)
            .and_then(|m| doc.next_meeting_after(m))
            .map(|m| DueDate::On(m.date))
            .unwrap_or(DueDate::Unresolved),
    }
}

/// [`due_date`] through an index of the document (what the action log uses for every
/// action).
pub fn due_date_in(ix: &Index<'_>, action: &Action) -> DueDate {
    match &action.due {
        None => DueDate::None,
        Some(When::Date(d)) => DueDate::On(*d),
        Some(When::Month(m)) => DueDate::On(m.last_day()),
        Some(When::Meeting(id)) => match ix.meeting(id) {
            Some(m) if m.status != crate::meeting::MeetingStatus::Cancelled => DueDate::On(m.date),
            _ => DueDate::Unresolved,
        },
        Some(When::NextMeeting) => raised_meeting_in(ix, action)
            .and_then(|m| ix.next_meeting_after(m))
            .map(|m| DueDate::On(m.date))
            .unwrap_or(DueDate::Unresolved),
    }
}

/// Resolve an owner in the scope of the meeting that raised the action: people by id,
/// initials against that meeting's attendance and the body's members, the chair role
/// against the body's independent chair, groups against the body's `groups`.
pub fn resolve_owner(doc: &BoardDocument, action: &Action, owner: &Owner) -> OwnerResolved {
    resolve_owner_in(&Index::new(doc), action, owner)
}

/// [`resolve_owner`] through an index of the document (what the rule checks and the
/// action log use for every owner).
pub fn resolve_owner_in(ix: &Index<'_>, action: &Action, owner: &Owner) -> OwnerResolved {
    let doc = ix;
    let meeting = raised_meeting_in(doc, action);
    let body = meeting.and_then(|m| doc.body(&m.body));
    match owner {
        Owner::Group(id) => {
            if body.is_some_and(|b| b.groups.iter().any(|g| &g.id == id)) {
                OwnerResolved::Group(id.clone())
            } else {
                OwnerResolved::Nobody
            }
        }
        _ => match owner.person_ref() {
            Some(r) => match crate::meeting::resolve_indexed(doc, body, meeting, &r) {
                Resolved::Person(id) => OwnerResolved::Person(id),
                Resolved::Nobody => OwnerResolved::Nobody,
                Resolved::Ambiguous(n) => OwnerResolved::Ambiguous(n),
            },
            None => OwnerResolved::Nobody,
        },
    }
}
