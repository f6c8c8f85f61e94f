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
