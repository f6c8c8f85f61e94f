//! The RAG rating of one action as of a date (the rule is in the documentation of
//! `action::log`, which re-exports these items): status over time beside the timeline,
//! below both the log that lists the ratings and the rule that compares them with the
//! rating a paper records.

use super::timeline::Timeline;
use super::{due_date_in, Action, DueDate, Status};
use crate::date::Date;
use crate::index::Index;
use serde::{Deserialize, Serialize};

/// The amber window when none is given, in days.
pub const DEFAULT_AMBER_DAYS: u32 = 14;

/// A RAG rating of one action as of a date (the rule is in the module documentation).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
// The schema keeps the name it had before the area was added to the Rust name
// (wasm/codegen/generate.rs gives the TypeScript type the area's name).
#[cfg_attr(feature = "schema", schemars(rename = "Rag"))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActionRag {
    /// Overdue.
    Red,
    /// Due soon, undated, or outstanding.
    Amber,
    /// Open and not due soon.
    Green,
    /// Completed, closed or superseded (shown blue by many boards).
    Complete,
}

/// Why an action has its RAG rating.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RagReason {
    /// Completed, closed or superseded.
    Done,
    /// Past its due date.
    Overdue,
    /// Due within the amber window.
    DueSoon,
    /// No due date, or one that cannot be resolved.
    Undated,
    /// Recorded as outstanding.
    Outstanding,
    /// Due after the amber window.
    OnTrack,
}

/// The amber window in force for an action: its body's constitution's
/// `action_amber_days` when set, else `fallback`.
pub fn amber_days_for(doc: &Index<'_>, a: &Action, fallback: u32) -> u32 {
    super::thresholds_of_in(doc, a)
        .and_then(|t| t.action_amber_days)
        .unwrap_or(fallback)
}

/// The RAG rating of an action as of a date, and why: complete when done, red when past
/// its due date, amber when due within the amber window (the body's constitution's, else
/// `amber_days`), undated or outstanding, else green. `None` when the action is not yet
/// raised on `as_of`.
pub fn rate(
    doc: &Index<'_>,
    a: &Action,
    tl: &Timeline,
    as_of: Date,
    amber_days: u32,
) -> Option<(ActionRag, RagReason)> {
    let status = tl.status_as_of(as_of)?;
    let due = due_date_in(doc, a);
    let days_to_due = due
        .date()
        .map(|d| d.signed_duration_since(as_of).num_days());
    let undated = !matches!(due, DueDate::On(_));
    let amber_days = amber_days_for(doc, a, amber_days);
    Some(if status.is_done() {
        (ActionRag::Complete, RagReason::Done)
    } else if days_to_due.is_some_and(|n| n < 0) {
        (ActionRag::Red, RagReason::Overdue)
    } else if days_to_due.is_some_and(|n| n <= i64::from(amber_days)) {
        (ActionRag::Amber, RagReason::DueSoon)
    } else if undated {
        (ActionRag::Amber, RagReason::Undated)
    } else if status == Status::Outstanding {
        (ActionRag::Amber, RagReason::Outstanding)
    } else {
        (ActionRag::Green, RagReason::OnTrack)
    })
}
