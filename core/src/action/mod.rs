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
//! * [`rules`]: the governance rules (codes `action.*`), one unit each.
//!
//! Nothing here reads the system clock: every "as of" date is given by the caller.

pub mod carry;
mod check;
pub mod due;
pub mod log;
pub mod plan;
/// Log queries: slipped actions, late completions, open actions by owner or agency.
pub mod queries;
mod rag;
pub mod record_rules;
mod resolve;
pub mod rules;
pub mod timeline;
pub mod words;

pub use carry::{
    carry_forward, flow_matters_arising, history, ActionHistory, CarryForward, CarryForwardRequest,
    FlowRequest, FlowResult, HistoryRequest,
};
pub use log::{
    completed, due_within, entries, log, open, overdue, rag, summarise, summary, undated,
    ActionList, ActionLog, ActionRag, DueWithinRequest, LogEntry, LogRequest, RagReason, Summary,
};

/// The old name of [`ActionRag`], kept so that host code written against it still compiles.
#[deprecated(
    note = "renamed `ActionRag`: the scorecard has a RAG rating of its own, `ScorecardRag`"
)]
pub type Rag = ActionRag;
pub use queries::{
    late_completions, open_by_agency, open_by_owner, slipped, LateCompletion, LogQueryRequest,
    OpenGroup, Slipped,
};
pub use resolve::{
    body_of, body_of_in, due_date, due_date_in, due_of, raised_meeting, raised_meeting_in,
    raised_on, raised_on_in, resolve_owner, resolve_owner_in, thresholds_of_in,
};
pub use rules::RULES;

use crate::date::Date;
use crate::meeting::{BodyRole, PersonRef};
use crate::pointer::Pointer;
use crate::{Extensions, Id};
pub use due::{Due, Quarter};
pub use plan::{Milestone, MilestoneEntry, OwnerChange, PlanKind, PlanRef, Revision};
use serde::{Deserialize, Serialize};
pub use words::status_from_words;

pub(crate) use check::check;

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
    /// A person by name as the minutes write it (matched against names and aliases).
    Name(String),
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
            Owner::Name(n) => Some(PersonRef::Name(n.clone())),
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
    /// When it is due ("By") as first set: a date, a month or a quarter (due by its last
    /// day), "ongoing", a meeting, the next meeting of this body after the one that raised
    /// it, or the next meeting of another named body; or none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<Due>,
    /// Later due dates, oldest first; the last is the one in force and `due` stays the
    /// original. Each later one is a slip.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub revised_due: Vec<Revision>,
    /// The desired outcome, as minuted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub desired_outcome: Option<String>,
    /// How success will be measured (a plan's outcome measures).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub outcome_measures: Vec<String>,
    /// Milestones on the way.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub milestones: Vec<Milestone>,
    /// The meeting that raised the action (its date is the date the action was raised).
    /// Absent for an action raised by a plan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub raised_at: Option<Id>,
    /// The plan that raised the action (business plan, work plan, audit, review, serious
    /// case review action plan), with its priority and objective.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub raised_by: Option<PlanRef>,
    /// Owners that took the action over, oldest first; the owners in force on a date are
    /// those of the latest change on or before it, else `owners`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub owner_changes: Vec<OwnerChange>,
    /// Who the status says acts or acted ("Actioned by X", "To be actioned at this
    /// meeting by X"), when the minutes name someone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actioned_by: Option<Owner>,
    /// The RAG rating the board itself records, shown beside the computed one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recorded_rag: Option<ActionRag>,
    /// The status as the board wrote it ("Actioned", "On-going", "Closed – see item 5").
    /// When `status` is absent it is read from these words (see [`status_from_words`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_text: Option<String>,
    /// The action that replaced this one, by id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub superseded_by: Option<Id>,
    /// The action this one was merged into, by id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merged_into: Option<Id>,
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

/// Each due of an action with where it sits: the original (`/due`), then each revision
/// (`/revised_due/0/due`); [`DueAt::under`] writes its pointer, for a finding only.
pub(crate) fn dues_at(a: &Action) -> impl Iterator<Item = (Option<&Due>, DueAt)> {
    std::iter::once((a.due.as_ref(), DueAt::Original)).chain(
        a.revised_due
            .iter()
            .enumerate()
            .map(|(k, r)| (Some(&r.due), DueAt::Revised(k))),
    )
}

/// Where one due of an action sits: its original due or revision `k`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DueAt {
    /// The original due (`/due`).
    Original,
    /// The revision at this position (`/revised_due/k/due`).
    Revised(usize),
}

impl DueAt {
    /// The due's pointer under its action's pointer (`/actions/3`).
    pub(crate) fn under(self, action: Pointer) -> Pointer {
        match self {
            DueAt::Original => action.field("due"),
            DueAt::Revised(k) => action.item("revised_due", k).field("due"),
        }
    }
}

impl Action {
    /// The due in force: the last revision, else the original.
    pub fn current_due(&self) -> Option<&Due> {
        self.revised_due
            .last()
            .map(|r| &r.due)
            .or(self.due.as_ref())
    }

    /// The owners in force on `as_of`: those of the latest owner change on or before it,
    /// else the original owners.
    pub fn owners_on(&self, as_of: Date) -> &[Owner] {
        self.owner_changes
            .iter()
            .filter(|c| c.on <= as_of)
            .max_by_key(|c| c.on)
            .map_or(self.owners.as_slice(), |c| c.owners.as_slice())
    }

    /// The body whose plan raised the action, when a plan did and names it.
    pub fn plan_body(&self) -> Option<&str> {
        self.raised_by.as_ref().and_then(|p| p.body.as_deref())
    }

    /// The status the record gives: `status`, else the board's words mapped.
    pub fn recorded_status(&self) -> Option<Status> {
        self.status
            .or_else(|| self.status_text.as_deref().and_then(status_from_words))
    }
}
