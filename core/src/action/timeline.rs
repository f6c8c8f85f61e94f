//! An action's status over time.
//!
//! The dated evidence about an action's status comes from three places, merged into
//! one [`Timeline`] ordered by date:
//! 1. its own `history` (dated status changes);
//! 2. the `matters_arising` of later meetings of the same body: an entry applies to the
//!    action it names by id, or else, by ref, to the actions with that ref raised at the
//!    latest earlier meeting of the body that raised any action with that ref (minute
//!    refs are numbered per meeting, so "3.1" of October is not "3.1" of December);
//! 3. `closed_on`, which records the day it was completed, closed or superseded.
//!
//! An entry of a meeting's matters arising already copied into the history (same date,
//! meeting and status) is counted once.
//!
//! **Status as of a date D.** Before the action was raised it has no status. Otherwise,
//! when nothing is recorded after D, the status is the action's `status` field where the
//! host records one (it is the newest knowledge), else the latest dated status; when
//! something is recorded after D, it is the latest dated status on or before D; with no
//! dated status on or before D, it is open.

use super::{raised_on_in, Action, Status};
use crate::date::Date;
use crate::index::Index;
use crate::meeting::MeetingStatus;
use crate::{BoardDocument, Id};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// Where a dated status came from.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Source {
    /// The action's own `history`.
    History,
    /// A later meeting's `matters_arising`.
    MattersArising,
    /// The action's `closed_on` date.
    ClosedOn,
}

/// One dated status of an action.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    /// When the status was recorded.
    pub date: Date,
    /// The status from that date.
    pub status: Status,
    /// The meeting where it was recorded, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meeting: Option<Id>,
    /// Progress note, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Where the status was recorded.
    pub source: Source,
    /// JSON Pointer to the record of it (`/actions/3/history/1`,
    /// `/meetings/2/matters_arising/0`, `/actions/3/closed_on`).
    pub path: String,
}

/// The merged, dated status evidence of one action.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Timeline {
    /// The date the action was raised, when its meeting is known.
    pub raised_on: Option<Date>,
    /// Dated statuses, oldest first.
    pub events: Vec<Event>,
    /// The `status` field of the action (undated, newest).
    pub current: Option<Status>,
}

impl Timeline {
    /// True when the action had been raised by `as_of` (an action whose meeting is
    /// unknown is taken to exist at every date).
    pub fn raised_by(&self, as_of: Date) -> bool {
        self.raised_on.is_none_or(|r| r <= as_of)
    }

    /// The status as of a date (see the module documentation), or `None` before the
    /// action was raised.
    pub fn status_as_of(&self, as_of: Date) -> Option<Status> {
        if !self.raised_by(as_of) {
            return None;
        }
        let latest = self.events.iter().rev().find(|e| e.date <= as_of);
        let nothing_later = self.events.iter().all(|e| e.date <= as_of);
        match (self.current, nothing_later) {
            (Some(s), true) => Some(s),
            _ => Some(latest.map(|e| e.status).unwrap_or(Status::Open)),
        }
    }

    /// The status now: the `status` field, else the latest dated status, else open.
    pub fn latest(&self) -> Status {
        self.current
            .or_else(|| self.events.last().map(|e| e.status))
            .unwrap_or(Status::Open)
    }

    /// When the action is done as of `as_of`, the date it was done: the start of the
    /// last run of done statuses on or before `as_of`. `None` when it is not done or the
    /// date is not recorded.
    pub fn done_on(&self, as_of: Date) -> Option<Date> {
        if !self.status_as_of(as_of)?.is_done() {
            return None;
        }
        let mut since = None;
        for e in self.events.iter().filter(|e| e.date <= as_of) {
            if e.status.is_done() {
                since = since.or(Some(e.date));
            } else {
                since = None;
            }
        }
        since
    }
}

/// Actions indexed once per document, to match matters arising to them without a scan
/// of the log per entry (a board of a hundred years has tens of thousands of each).
pub(crate) struct ArisingIndex<'a> {
    /// Actions by (body, ref): (raised date, action index).
    by_ref: HashMap<(&'a str, &'a str), Vec<(Date, usize)>>,
    /// Action indices by id (more than one only for duplicate ids).
    by_id: HashMap<&'a str, Vec<usize>>,
}

impl<'a> ArisingIndex<'a> {
    /// Index the actions of `doc`.
    pub(crate) fn new(doc: &'a BoardDocument) -> Self {
        // The first meeting with each id, as `BoardDocument::meeting` finds it.
        let mut meetings: HashMap<&str, &crate::meeting::Meeting> = HashMap::new();
        for m in &doc.meetings {
            meetings.entry(m.id.as_str()).or_insert(m);
        }
        let mut by_ref: HashMap<(&str, &str), Vec<(Date, usize)>> = HashMap::new();
        let mut by_id: HashMap<&str, Vec<usize>> = HashMap::new();
        for (i, a) in doc.actions.iter().enumerate() {
            by_id.entry(a.id.as_str()).or_default().push(i);
            if let Some(m) = a.raised_at.as_deref().and_then(|id| meetings.get(id)) {
                by_ref
                    .entry((m.body.as_str(), a.reference.trim()))
                    .or_default()
                    .push((m.date, i));
            }
        }
        ArisingIndex { by_ref, by_id }
    }

    /// Indices of the actions one matter arising applies to: the action it names by id,
    /// else the actions with its ref raised at the latest earlier meeting of the body.
    pub(crate) fn matched(
        &self,
        meeting: &crate::meeting::Meeting,
        ma: &crate::meeting::MatterArising,
    ) -> Vec<usize> {
        if let Some(id) = &ma.action {
            return self.by_id.get(id.as_str()).cloned().unwrap_or_default();
        }
        let Some(candidates) = self
            .by_ref
            .get(&(meeting.body.as_str(), ma.action_ref.trim()))
        else {
            return Vec::new();
        };
        let earlier = candidates.iter().filter(|(d, _)| *d < meeting.date);
        let Some(latest) = earlier.clone().map(|(d, _)| *d).max() else {
            return Vec::new();
        };
        let mut v: Vec<usize> = earlier
            .filter(|(d, _)| *d == latest)
            .map(|(_, i)| *i)
            .collect();
        v.sort_unstable();
        v
    }
}

/// The matters-arising entries of every meeting, matched to actions: for each action
/// index, the dated statuses recorded for it in later meetings' matters arising.
pub(crate) fn matters_arising_events(doc: &BoardDocument) -> Vec<Vec<Event>> {
    let mut out: Vec<Vec<Event>> = vec![Vec::new(); doc.actions.len()];
    let index = ArisingIndex::new(doc);
    for (mi, m) in doc.meetings.iter().enumerate() {
        if m.status == MeetingStatus::Cancelled {
            continue;
        }
        for (k, ma) in m.matters_arising.iter().enumerate() {
            for i in index.matched(m, ma) {
                if let Some(slot) = out.get_mut(i) {
                    slot.push(Event {
                        date: m.date,
                        status: ma.status,
                        meeting: Some(m.id.clone()),
                        note: ma.note.clone(),
                        source: Source::MattersArising,
                        path: format!("/meetings/{mi}/matters_arising/{k}"),
                    });
                }
            }
        }
    }
    out
}

/// Sort key of an event: date, source, meeting, position.
type EventKey = (Date, Source, Option<Id>, usize);

/// Build the timeline of the action at `index`, given the matters-arising events of
/// that action (from [`matters_arising_events`]).
pub(crate) fn build(
    doc: &Index<'_>,
    index: usize,
    action: &Action,
    from_meetings: &[Event],
) -> Timeline {
    let mut events: Vec<Event> = action
        .history
        .iter()
        .enumerate()
        .map(|(k, h)| Event {
            date: h.date,
            status: h.status,
            meeting: h.meeting.clone(),
            note: h.note.clone(),
            source: Source::History,
            path: format!("/actions/{index}/history/{k}"),
        })
        .collect();
    for e in from_meetings {
        let copied = action
            .history
            .iter()
            .any(|h| h.date == e.date && h.status == e.status && h.meeting == e.meeting);
        if !copied {
            events.push(e.clone());
        }
    }
    if let Some(d) = action.closed_on {
        let status = match action.status {
            Some(s) if s.is_done() => s,
            _ => events
                .iter()
                .rev()
                .find(|e| e.date <= d && e.status.is_done())
                .map(|e| e.status)
                .unwrap_or(Status::Completed),
        };
        events.push(Event {
            date: d,
            status,
            meeting: None,
            note: None,
            source: Source::ClosedOn,
            path: format!("/actions/{index}/closed_on"),
        });
    }
    // History keeps its listed order within a day; then matters arising by meeting;
    // closing last.
    let mut keyed: Vec<(EventKey, Event)> = events
        .into_iter()
        .enumerate()
        .map(|(n, e)| ((e.date, e.source, e.meeting.clone(), n), e))
        .collect();
    keyed.sort_by(|a, b| a.0.cmp(&b.0));
    let events: Vec<Event> = keyed.into_iter().map(|(_, e)| e).collect();
    Timeline {
        raised_on: raised_on_in(doc, action),
        events,
        current: action.recorded_status(),
    }
}

/// Timelines of every action of a document, by index.
pub fn timelines(doc: &BoardDocument) -> Vec<Timeline> {
    timelines_in(&Index::new(doc))
}

/// [`timelines`] through an index of the document.
pub fn timelines_in(doc: &Index<'_>) -> Vec<Timeline> {
    let flows = matters_arising_events(doc);
    doc.actions
        .iter()
        .enumerate()
        .map(|(i, a)| build(doc, i, a, flows.get(i).map(Vec::as_slice).unwrap_or(&[])))
        .collect()
}
