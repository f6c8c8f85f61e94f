//! The action log as of a date the caller gives.
//!
//! **Overdue.** An action is overdue as of D when it had been raised by D, its status as
//! of D is not completed, closed or superseded, and its due resolves to a day before D
//! (an action due on D is not yet overdue). A month due falls due on its last day, a
//! meeting due on that meeting's date, "next_meeting" on the date of the next meeting
//! of the body after the one that raised it. An action with no due, or a due that cannot
//! be resolved, is never overdue: it is reported as **undated**.
//!
//! **RAG** (see [`ActionRag`]), with a warning window of `amber_days`: the action's body's
//! constitution (`thresholds.action_amber_days`) when it sets one, else the window the
//! caller gives, else 14. The action's body is that of the meeting that raised it, else
//! that of the plan that raised it.
//! * `complete`: completed, closed or superseded as of D (many boards show it blue);
//! * `red`: overdue;
//! * `amber`: due within the window (from D to D + `amber_days` inclusive), or undated,
//!   or recorded as outstanding;
//! * `green`: open and due after the window.
//!
//! Every list is in log order: by the date the action was raised, then its ref as a
//! minute number (3.1 before 3.10), then its id. The result never depends on the order
//! the actions are listed in the document.

use super::timeline::{timelines_shared, Timeline};
use super::{due_date_in, resolve_owner_in, Action, DueDate, Owner, OwnerResolved, Status};
use crate::date::Date;
use crate::error::Error;
use crate::index::Index;
use crate::{BoardDocument, Id};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};

pub use super::rag::{amber_days_for, rate, ActionRag, RagReason, DEFAULT_AMBER_DAYS};

/// The old name of [`ActionRag`], kept so that host code written against it still compiles.
#[deprecated(
    note = "renamed `ActionRag`: the scorecard has a RAG rating of its own, `ScorecardRag`"
)]
pub type Rag = ActionRag;

/// One action in the log as of a date.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LogEntry {
    /// The action's id.
    pub id: Id,
    /// Its position in the document's `actions` (for `/actions/<index>` pointers).
    pub index: usize,
    /// The minute item it came from.
    #[serde(rename = "ref")]
    pub reference: String,
    /// The meeting that raised it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub raised_at: Option<Id>,
    /// The date it was raised, when the meeting is known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub raised_on: Option<Date>,
    /// Its status as of the date.
    pub status: Status,
    /// The day it falls due, when it has one that resolves.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due_on: Option<Date>,
    /// Days from the date to the due day: negative when overdue.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub days_to_due: Option<i64>,
    /// Overdue as of the date.
    pub overdue: bool,
    /// No due date, or one that cannot be resolved.
    pub undated: bool,
    /// The day it was done, when it is done and the day is recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub done_on: Option<Date>,
    /// RAG rating.
    pub rag: ActionRag,
    /// Why it has that rating.
    pub rag_reason: RagReason,
    /// Its owners, people resolved to their ids (`{"person": id}`); groups as
    /// `{"group": id}`; owners that do not resolve as written.
    pub owners: Vec<Owner>,
    /// Its milestones, where it has any: due, reached, past due.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub milestones: Vec<super::plan::MilestoneEntry>,
}

impl LogEntry {
    /// True when the action is completed, closed or superseded as of the date.
    pub fn is_done(&self) -> bool {
        self.status.is_done()
    }
}

/// Counts for one owner.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Counts {
    /// Actions raised by the date.
    pub total: usize,
    /// Not completed, closed or superseded.
    pub open: usize,
    /// Overdue.
    pub overdue: usize,
    /// Open with no due date (or one that cannot be resolved).
    pub undated: usize,
    /// Completed, closed or superseded.
    pub done: usize,
}

impl Counts {
    fn add(&mut self, e: &LogEntry) {
        self.total = self.total.saturating_add(1);
        if e.is_done() {
            self.done = self.done.saturating_add(1);
        } else {
            self.open = self.open.saturating_add(1);
            if e.overdue {
                self.overdue = self.overdue.saturating_add(1);
            }
            if e.undated {
                self.undated = self.undated.saturating_add(1);
            }
        }
    }
}

/// The actions of one owner. An action with two owners counts for each.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OwnerSummary {
    /// The owner (resolved as in [`LogEntry::owners`]); absent for actions with no owner.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<Owner>,
    /// Counts.
    pub counts: Counts,
}

/// How many actions have one status.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatusCount {
    /// The status.
    pub status: Status,
    /// Actions with that status as of the date.
    pub count: usize,
}

/// The log summarised per owner and per status as of a date.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Summary {
    /// The date.
    pub as_of: Date,
    /// Counts over the whole log.
    pub totals: Counts,
    /// Per owner, people first (by id), then groups, then owners that do not resolve,
    /// then actions with no owner.
    pub by_owner: Vec<OwnerSummary>,
    /// Per status, every status in [`Status::ALL`] order.
    pub by_status: Vec<StatusCount>,
}

/// The whole log as of a date.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActionLog {
    /// The date.
    pub as_of: Date,
    /// Every action raised by the date, in log order.
    pub entries: Vec<LogEntry>,
    /// Summary per owner and per status.
    pub summary: Summary,
}

/// A list of actions as of a date (the answer of [`open`], [`overdue`], ...).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActionList {
    /// The date.
    pub as_of: Date,
    /// The actions, in log order.
    pub actions: Vec<LogEntry>,
}

impl ActionList {
    /// The ids, in order.
    pub fn ids(&self) -> Vec<&str> {
        self.actions.iter().map(|e| e.id.as_str()).collect()
    }
}

/// A query of the log as of a date.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LogRequest {
    /// The board document.
    pub document: BoardDocument,
    /// The date to judge against (never the system clock).
    pub as_of: Date,
    /// The amber window of the RAG rating, in days, for actions whose body's constitution
    /// sets none (14 when absent).
    #[serde(default)]
    pub amber_days: Option<u32>,
}

/// A query for actions falling due within a window.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DueWithinRequest {
    /// The board document.
    pub document: BoardDocument,
    /// The start of the window (never the system clock).
    pub as_of: Date,
    /// The window: actions due from `as_of` to `as_of` + `days`, inclusive.
    pub days: u32,
}

fn sort_key(e: &LogEntry) -> (Option<Date>, Vec<u32>, String, Id, usize) {
    let number = crate::meeting::item_number(&e.reference).unwrap_or_default();
    (
        e.raised_on,
        number,
        e.reference.clone(),
        e.id.clone(),
        e.index,
    )
}

fn owners_of(doc: &Index<'_>, a: &Action, as_of: Date) -> Vec<Owner> {
    a.owners_on(as_of)
        .iter()
        .map(|o| match resolve_owner_in(doc, a, o) {
            OwnerResolved::Person(p) => Owner::Person(p),
            OwnerResolved::Group(g) => Owner::Group(g),
            OwnerResolved::Nobody | OwnerResolved::Ambiguous(_) => o.clone(),
        })
        .collect()
}

fn entry(
    doc: &Index<'_>,
    index: usize,
    a: &Action,
    tl: &Timeline,
    (status, done_on): (Option<Status>, Option<Date>),
    as_of: Date,
    amber_days: u32,
) -> Option<LogEntry> {
    let status = status?;
    let due = due_date_in(doc, a);
    let due_on = due.date();
    let days_to_due = due_on.map(|d| d.signed_duration_since(as_of).num_days());
    let done = status.is_done();
    let overdue = !done && days_to_due.is_some_and(|n| n < 0);
    let undated = !matches!(due, DueDate::On(_));
    let (rag, rag_reason) = rate(doc, a, tl, as_of, amber_days)?;
    Some(LogEntry {
        id: a.id.clone(),
        index,
        reference: a.reference.clone(),
        raised_at: a.raised_at.clone(),
        raised_on: tl.raised_on,
        status,
        due_on,
        days_to_due,
        overdue,
        undated,
        done_on: done_on.or(if done { a.closed_on } else { None }),
        rag,
        rag_reason,
        owners: owners_of(doc, a, as_of),
        milestones: super::plan::milestone_entries(&a.milestones, as_of, done, |d| {
            super::due_of(doc, a, d).date()
        }),
    })
}

/// Every action raised by `as_of`, with its status, due day, RAG rating and owners as
/// of that date, in log order.
pub fn entries(doc: &BoardDocument, as_of: Date, amber_days: u32) -> Vec<LogEntry> {
    entries_in(&Index::new(doc), as_of, amber_days)
}

/// [`entries`] through an index of the document.
pub fn entries_in(doc: &Index<'_>, as_of: Date, amber_days: u32) -> Vec<LogEntry> {
    let tls = timelines_shared(doc);
    // Status and done date per timeline, worked out once for the actions sharing one.
    let mut seen: HashMap<*const Timeline, (Option<Status>, Option<Date>)> = HashMap::new();
    let mut v: Vec<LogEntry> = doc
        .document()
        .actions
        .iter()
        .enumerate()
        .zip(tls.iter())
        .filter_map(|((i, a), tl)| {
            let facts = *seen
                .entry(std::ptr::from_ref(&**tl))
                .or_insert_with(|| (tl.status_as_of(as_of), tl.done_on(as_of)));
            entry(doc, i, a, tl, facts, as_of, amber_days)
        })
        .collect();
    v.sort_by_cached_key(sort_key);
    v
}

pub(crate) fn owner_key(o: &Option<Owner>) -> (u8, String) {
    match o {
        Some(Owner::Person(p)) => (0, p.clone()),
        Some(Owner::Group(g)) => (1, g.clone()),
        Some(Owner::Initials(i)) => (2, i.clone()),
        Some(Owner::Name(n)) => (2, n.clone()),
        Some(Owner::Role(r)) => (
            3,
            match r {
                crate::meeting::BodyRole::Chair => "chair".to_string(),
            },
        ),
        None => (4, String::new()),
    }
}

/// Summarise log entries per owner and per status.
pub fn summarise(as_of: Date, entries: &[LogEntry]) -> Summary {
    let mut totals = Counts::default();
    let mut by_owner: BTreeMap<(u8, String), OwnerSummary> = BTreeMap::new();
    let mut by_status: BTreeMap<Status, usize> = BTreeMap::new();
    for e in entries {
        totals.add(e);
        let c = by_status.entry(e.status).or_default();
        *c = c.saturating_add(1);
        let mut owners: Vec<Option<Owner>> = e.owners.iter().cloned().map(Some).collect();
        if owners.is_empty() {
            owners.push(None);
        }
        let mut seen = std::collections::BTreeSet::new();
        for o in owners {
            if !seen.insert(owner_key(&o)) {
                continue;
            }
            by_owner
                .entry(owner_key(&o))
                .or_insert_with(|| OwnerSummary {
                    owner: o.clone(),
                    counts: Counts::default(),
                })
                .counts
                .add(e);
        }
    }
    Summary {
        as_of,
        totals,
        by_owner: by_owner.into_values().collect(),
        by_status: Status::ALL
            .iter()
            .map(|s| StatusCount {
                status: *s,
                count: by_status.get(s).copied().unwrap_or(0),
            })
            .collect(),
    }
}

fn list(doc: &BoardDocument, req: &LogRequest, keep: impl Fn(&LogEntry) -> bool) -> ActionList {
    let amber = req.amber_days.unwrap_or(DEFAULT_AMBER_DAYS);
    ActionList {
        as_of: req.as_of,
        actions: entries(doc, req.as_of, amber)
            .into_iter()
            .filter(keep)
            .collect(),
    }
}

/// `action::log`: the whole log as of a date, with the summary.
pub fn log(req: &LogRequest) -> Result<ActionLog, Error> {
    log_of(&req.document, req)
}

/// [`log`] of `doc` (a loaded board's own document; `req.document` is not read).
pub(crate) fn log_of(doc: &BoardDocument, req: &LogRequest) -> Result<ActionLog, Error> {
    let amber = req.amber_days.unwrap_or(DEFAULT_AMBER_DAYS);
    let entries = entries(doc, req.as_of, amber);
    let summary = summarise(req.as_of, &entries);
    Ok(ActionLog {
        as_of: req.as_of,
        entries,
        summary,
    })
}

/// `action::open`: actions raised by the date and not completed, closed or superseded.
pub fn open(req: &LogRequest) -> Result<ActionList, Error> {
    open_of(&req.document, req)
}

/// [`open`] of `doc` (a loaded board's own document; `req.document` is not read).
pub(crate) fn open_of(doc: &BoardDocument, req: &LogRequest) -> Result<ActionList, Error> {
    Ok(list(doc, req, |e| !e.is_done()))
}

/// `action::overdue`: open actions past their due day.
///
/// ```
/// use boardkit::action::{overdue, LogRequest};
/// let text = std::fs::read_to_string("../examples/data/leicester-lscb.json").unwrap();
/// let request: LogRequest = boardkit::error::from_json(&format!(
///     r#"{{"document": {text}, "as_of": "2017-02-01"}}"#
/// ))
/// .unwrap();
/// assert_eq!(overdue(&request).unwrap().actions.len(), 9);
/// ```
pub fn overdue(req: &LogRequest) -> Result<ActionList, Error> {
    overdue_of(&req.document, req)
}

/// [`overdue`] of `doc` (a loaded board's own document; `req.document` is not read).
pub(crate) fn overdue_of(doc: &BoardDocument, req: &LogRequest) -> Result<ActionList, Error> {
    Ok(list(doc, req, |e| e.overdue))
}

/// `action::undated`: open actions with no due date, or one that cannot be resolved.
pub fn undated(req: &LogRequest) -> Result<ActionList, Error> {
    undated_of(&req.document, req)
}

/// [`undated`] of `doc` (a loaded board's own document; `req.document` is not read).
pub(crate) fn undated_of(doc: &BoardDocument, req: &LogRequest) -> Result<ActionList, Error> {
    Ok(list(doc, req, |e| !e.is_done() && e.undated))
}

/// `action::completed`: actions completed, closed or superseded by the date.
pub fn completed(req: &LogRequest) -> Result<ActionList, Error> {
    completed_of(&req.document, req)
}

/// [`completed`] of `doc` (a loaded board's own document; `req.document` is not read).
pub(crate) fn completed_of(doc: &BoardDocument, req: &LogRequest) -> Result<ActionList, Error> {
    Ok(list(doc, req, LogEntry::is_done))
}

/// `action::rag`: every action raised by the date with its RAG rating (the entries
/// carry `rag` and `rag_reason`).
pub fn rag(req: &LogRequest) -> Result<ActionList, Error> {
    rag_of(&req.document, req)
}

/// [`rag`] of `doc` (a loaded board's own document; `req.document` is not read).
pub(crate) fn rag_of(doc: &BoardDocument, req: &LogRequest) -> Result<ActionList, Error> {
    Ok(list(doc, req, |_| true))
}

/// `action::summary`: counts per owner and per status as of the date.
pub fn summary(req: &LogRequest) -> Result<Summary, Error> {
    summary_of(&req.document, req)
}

/// [`summary`] of `doc` (a loaded board's own document; `req.document` is not read).
pub(crate) fn summary_of(doc: &BoardDocument, req: &LogRequest) -> Result<Summary, Error> {
    let amber = req.amber_days.unwrap_or(DEFAULT_AMBER_DAYS);
    Ok(summarise(req.as_of, &entries(doc, req.as_of, amber)))
}

/// `action::due_within`: open actions falling due from `as_of` to `as_of` + `days`
/// inclusive (overdue actions are not included: see [`overdue`]).
pub fn due_within(req: &DueWithinRequest) -> Result<ActionList, Error> {
    due_within_of(&req.document, req)
}

/// [`due_within`] of `doc` (a loaded board's own document; `req.document` is not read).
pub(crate) fn due_within_of(
    doc: &BoardDocument,
    req: &DueWithinRequest,
) -> Result<ActionList, Error> {
    let end = req
        .as_of
        .checked_add_days(chrono::Days::new(u64::from(req.days)))
        .ok_or_else(|| {
            Error::invalid("/days", "the window ends after the last representable date")
        })?;
    let actions = entries(doc, req.as_of, DEFAULT_AMBER_DAYS)
        .into_iter()
        .filter(|e| !e.is_done() && e.due_on.is_some_and(|d| d >= req.as_of && d <= end))
        .collect();
    Ok(ActionList {
        as_of: req.as_of,
        actions,
    })
}
