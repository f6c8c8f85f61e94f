//! Questions a board manager asks of the whole log: which actions slipped (and how often),
//! which were completed late, and what is still open by owner or by agency.
//!
//! Each is one pass over the log plus a sort: O(n log n) in the number of actions.

use super::log::entries_in;
use super::timeline::{timelines_shared, Timeline};
use super::{due_date_in, due_of, DueDate, Owner, Status};
use crate::date::Date;
use crate::error::Error;
use crate::index::Index;
use crate::{BoardDocument, Id};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};

/// An action whose due date was moved.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Slipped {
    /// The action's id.
    pub id: Id,
    /// Its position in `actions`.
    pub index: usize,
    /// The original due day, when it resolves.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub original_due_on: Option<Date>,
    /// The due day in force, when it resolves.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due_on: Option<Date>,
    /// How many times the due day moved later.
    pub slips: usize,
    /// How many revisions the log records.
    pub revisions: usize,
}

/// An action completed after its due date.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LateCompletion {
    /// The action's id.
    pub id: Id,
    /// Its position in `actions`.
    pub index: usize,
    /// The due day in force.
    pub due_on: Date,
    /// The day it was done.
    pub done_on: Date,
    /// Days late.
    pub days_late: i64,
}

/// Open actions of one owner, or of one agency.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OpenGroup {
    /// The owner (resolved to a person or group where it can be), for the by-owner view.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<Owner>,
    /// The organisation id, for the by-agency view; absent for owners with none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organisation: Option<Id>,
    /// The open actions' ids, in log order.
    pub actions: Vec<Id>,
}

/// Every action whose due was revised, with its number of slips, in log order.
pub fn slipped_in(ix: &Index<'_>) -> Vec<Slipped> {
    ix.document()
        .actions
        .iter()
        .enumerate()
        .filter(|(_, a)| !a.revised_due.is_empty())
        .map(|(index, a)| {
            let original = due_of(ix, a, a.due.as_ref()).date();
            let mut previous = original;
            let mut slips = 0;
            for r in &a.revised_due {
                let now = due_of(ix, a, Some(&r.due)).date();
                if let (Some(p), Some(n)) = (previous, now) {
                    if n > p {
                        slips += 1;
                    }
                }
                previous = now.or(previous);
            }
            Slipped {
                id: a.id.clone(),
                index,
                original_due_on: original,
                due_on: due_date_in(ix, a).date(),
                slips,
                revisions: a.revised_due.len(),
            }
        })
        .collect()
}

/// Every action completed (or closed) after the due date in force, in log order.
pub fn late_completions_in(ix: &Index<'_>) -> Vec<LateCompletion> {
    // Actions of one ref group share a timeline: its done date is worked out once (it is
    // linear in the timeline's events).
    let tls = timelines_shared(ix);
    let mut done: HashMap<*const Timeline, Option<Date>> = HashMap::new();
    ix.document()
        .actions
        .iter()
        .enumerate()
        .zip(tls.iter())
        .filter_map(|((index, a), tl)| {
            // Completed or closed only: a superseded action was replaced, not completed.
            if !matches!(tl.latest(), Status::Completed | Status::Closed) {
                return None;
            }
            let tl_done = *done
                .entry(std::ptr::from_ref(&**tl))
                .or_insert_with(|| tl.done_on(Date::MAX));
            let done_on = tl_done.or(a.closed_on)?;
            let DueDate::On(due_on) = due_date_in(ix, a) else {
                return None;
            };
            (done_on > due_on).then(|| LateCompletion {
                id: a.id.clone(),
                index,
                due_on,
                done_on,
                days_late: done_on.signed_duration_since(due_on).num_days(),
            })
        })
        .collect()
}

/// Open actions as of `as_of` grouped by owner in force on that date (an action with two
/// owners is in both groups), owners in a stable order.
pub fn open_by_owner_in(ix: &Index<'_>, as_of: Date) -> Vec<OpenGroup> {
    let mut groups: BTreeMap<(u8, String), (Owner, Vec<Id>)> = BTreeMap::new();
    for e in entries_in(ix, as_of, super::log::DEFAULT_AMBER_DAYS) {
        if e.is_done() {
            continue;
        }
        for o in &e.owners {
            groups
                .entry(owner_key(o))
                .or_insert_with(|| (o.clone(), Vec::new()))
                .1
                .push(e.id.clone());
        }
    }
    groups
        .into_values()
        .map(|(owner, actions)| OpenGroup {
            owner: Some(owner),
            organisation: None,
            actions,
        })
        .collect()
}

/// Open actions as of `as_of` grouped by the agency of their owners (a person's
/// organisation); owners with none (groups, roles, unresolved initials) in a last group
/// without an organisation.
pub fn open_by_agency_in(ix: &Index<'_>, as_of: Date) -> Vec<OpenGroup> {
    let mut groups: BTreeMap<Option<Id>, Vec<Id>> = BTreeMap::new();
    for e in entries_in(ix, as_of, super::log::DEFAULT_AMBER_DAYS) {
        if e.is_done() {
            continue;
        }
        let mut orgs: Vec<Option<Id>> = e
            .owners
            .iter()
            .map(|o| match o {
                Owner::Person(p) => ix.person(p).and_then(|p| p.organisation.clone()),
                _ => None,
            })
            .collect();
        orgs.sort();
        orgs.dedup();
        for org in orgs {
            groups.entry(org).or_default().push(e.id.clone());
        }
    }
    let mut out: Vec<OpenGroup> = Vec::with_capacity(groups.len());
    let mut none = None;
    for (organisation, actions) in groups {
        let g = OpenGroup {
            owner: None,
            organisation: organisation.clone(),
            actions,
        };
        if organisation.is_none() {
            none = Some(g);
        } else {
            out.push(g);
        }
    }
    out.extend(none);
    out
}

fn owner_key(o: &Owner) -> (u8, String) {
    super::log::owner_key(&Some(o.clone()))
}

/// Request of the log queries: the document and the date to judge "open" on.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LogQueryRequest {
    /// The board document.
    pub document: BoardDocument,
    /// The date (never the system clock).
    pub as_of: Date,
}

/// Capability: actions whose due date slipped.
pub fn slipped(req: &LogQueryRequest) -> Result<Vec<Slipped>, Error> {
    Ok(slipped_in(&Index::new(&req.document)))
}

/// Capability: actions completed after their due date.
pub fn late_completions(req: &LogQueryRequest) -> Result<Vec<LateCompletion>, Error> {
    Ok(late_completions_in(&Index::new(&req.document)))
}

/// Capability: open actions by owner.
pub fn open_by_owner(req: &LogQueryRequest) -> Result<Vec<OpenGroup>, Error> {
    Ok(open_by_owner_in(&Index::new(&req.document), req.as_of))
}

/// Capability: open actions by agency.
pub fn open_by_agency(req: &LogQueryRequest) -> Result<Vec<OpenGroup>, Error> {
    Ok(open_by_agency_in(&Index::new(&req.document), req.as_of))
}
