//! Where an action comes from when it is not a meeting (a plan), and what happens to it
//! over time: revised due dates, owners that change hands, milestones.

use super::due::Due;
use super::Owner;
use crate::date::Date;
use crate::Id;
use serde::{Deserialize, Serialize};

/// The kind of plan that raised an action.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PlanKind {
    /// The board's business plan.
    BusinessPlan,
    /// A sub-group's or the business unit's work plan.
    WorkPlan,
    /// An audit's action plan.
    Audit,
    /// A review's action plan (learning review, peer review, inspection).
    Review,
    /// A serious case review (or safeguarding adults review) action plan.
    SeriousCaseReview,
    /// Any other plan.
    Other,
}

/// The plan that raised an action, with the priority and objective it serves.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlanRef {
    /// The kind of plan.
    pub kind: PlanKind,
    /// Its title as the board writes it ("Business Plan 2017-19").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The date the plan was agreed (the date the action was raised).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// The body whose plan it is, by id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<Id>,
    /// The plan's priority the action serves ("Priority 2: neglect").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub priority: Option<String>,
    /// The objective under that priority.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub objective: Option<String>,
}

/// A later due date: the new due, when and where it was agreed, and why.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Revision {
    /// The new due.
    pub due: Due,
    /// When it was agreed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub on: Option<Date>,
    /// The meeting that agreed it, by id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meeting: Option<Id>,
    /// Why it moved.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// The action changing hands on a date.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OwnerChange {
    /// The date the new owners took over.
    pub on: Date,
    /// The new owners.
    pub owners: Vec<Owner>,
    /// The meeting that recorded it, by id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meeting: Option<Id>,
}

/// A milestone on the way to completing the action.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Milestone {
    /// What is to be reached.
    pub description: String,
    /// When.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<Due>,
    /// When it was reached.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub done_on: Option<Date>,
}

/// One milestone of an action in the log as of a date: when it falls due, when it was
/// reached, and whether it is past due and not reached (on an action not done).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MilestoneEntry {
    /// Its position in the action's `milestones`.
    pub index: usize,
    /// The day it falls due, when its due resolves to one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due_on: Option<Date>,
    /// The day it was reached, when recorded on or before the date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub done_on: Option<Date>,
    /// Past due as of the date, not reached, on an action not done.
    pub overdue: bool,
}

/// The milestones of `action` as of `as_of`; `due_on` resolves each milestone's due and
/// `action_done` says whether the action itself is done by then.
pub(crate) fn milestone_entries(
    milestones: &[Milestone],
    as_of: Date,
    action_done: bool,
    due_on: impl Fn(Option<&Due>) -> Option<Date>,
) -> Vec<MilestoneEntry> {
    milestones
        .iter()
        .enumerate()
        .map(|(index, m)| {
            let due_on = due_on(m.due.as_ref());
            let done_on = m.done_on.filter(|d| *d <= as_of);
            MilestoneEntry {
                index,
                due_on,
                done_on,
                overdue: !action_done && done_on.is_none() && due_on.is_some_and(|d| d < as_of),
            }
        })
        .collect()
}
