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
use crate::pointer::Pointer;
use crate::{BoardDocument, Id};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::rc::Rc;

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
        // Events are in date order: one binary search finds both.
        let upto = self.events.partition_point(|e| e.date <= as_of);
        let latest = upto.checked_sub(1).and_then(|p| self.events.get(p));
        let nothing_later = upto == self.events.len();
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
        // The last run of done statuses on or before `as_of` (events are in date order).
        let upto = self.events.partition_point(|e| e.date <= as_of);
        let head = self.events.get(..upto).unwrap_or(&[]);
        let start = head
            .iter()
            .rposition(|e| !e.status.is_done())
            .map_or(0, |p| p.saturating_add(1));
        head.get(start).map(|e| e.date)
    }
}

/// Actions indexed once per document, to match matters arising to them without a scan
/// of the log per entry (a board of a hundred years has tens of thousands of each).
///
/// Actions are grouped by (body, ref, date raised): a matter arising by ref applies to
/// one whole group, so it is matched once per group rather than once per action (3,000
/// actions sharing a ref and 3,000 matters arising would otherwise be 9 million pairs).
pub(crate) struct ArisingIndex<'a> {
    /// Per (body, ref): the groups with that ref, by date raised, oldest first.
    by_ref: HashMap<(&'a str, &'a str), Vec<(Date, usize)>>,
    /// Per group: its actions' indices, ascending.
    groups: Vec<Vec<usize>>,
    /// Per action index: its group, when its meeting is known.
    group_of: Vec<Option<usize>>,
    /// Action indices by id (more than one only for duplicate ids).
    by_id: HashMap<&'a str, Vec<usize>>,
}

/// What one matter arising applies to.
pub(crate) enum Target<'x> {
    /// The actions it names by id.
    Ids(&'x [usize]),
    /// The group of actions with its ref raised at the latest earlier meeting.
    Group(usize),
    /// Nothing.
    None,
}

impl<'a> ArisingIndex<'a> {
    /// Index the actions of `doc`.
    pub(crate) fn new(doc: &'a BoardDocument) -> Self {
        // The first meeting with each id, as `BoardDocument::meeting` finds it.
        let mut meetings: HashMap<&str, &crate::meeting::Meeting> = HashMap::new();
        for m in &doc.meetings {
            meetings.entry(m.id.as_str()).or_insert(m);
        }
        let mut raised: HashMap<(&str, &str), Vec<(Date, usize)>> = HashMap::new();
        let mut by_id: HashMap<&str, Vec<usize>> = HashMap::new();
        for (i, a) in doc.actions.iter().enumerate() {
            by_id.entry(a.id.as_str()).or_default().push(i);
            if let Some(m) = a.raised_at.as_deref().and_then(|id| meetings.get(id)) {
                raised
                    .entry((m.body.as_str(), a.reference.trim()))
                    .or_default()
                    .push((m.date, i));
            }
        }
        let mut by_ref = HashMap::with_capacity(raised.len());
        let mut groups: Vec<Vec<usize>> = Vec::new();
        let mut group_of = vec![None; doc.actions.len()];
        for (key, mut list) in raised {
            list.sort_unstable();
            let mut dates: Vec<(Date, usize)> = Vec::new();
            for (d, i) in list {
                if dates.last().is_none_or(|(last, _)| *last != d) {
                    dates.push((d, groups.len()));
                    groups.push(Vec::new());
                }
                if let Some((_, g)) = dates.last() {
                    if let Some(members) = groups.get_mut(*g) {
                        members.push(i);
                    }
                    if let Some(slot) = group_of.get_mut(i) {
                        *slot = Some(*g);
                    }
                }
            }
            by_ref.insert(key, dates);
        }
        ArisingIndex {
            by_ref,
            groups,
            group_of,
            by_id,
        }
    }

    /// What one matter arising applies to: the actions it names by id, else the
    /// group of actions with its ref raised at the latest earlier meeting of the body.
    pub(crate) fn target(
        &self,
        meeting: &crate::meeting::Meeting,
        ma: &crate::meeting::MatterArising,
    ) -> Target<'_> {
        if let Some(id) = &ma.action {
            return match self.by_id.get(id.as_str()) {
                Some(v) => Target::Ids(v),
                None => Target::None,
            };
        }
        let Some(dates) = self
            .by_ref
            .get(&(meeting.body.as_str(), ma.action_ref.trim()))
        else {
            return Target::None;
        };
        let before = dates.partition_point(|(d, _)| *d < meeting.date);
        match before.checked_sub(1).and_then(|p| dates.get(p)) {
            Some((_, g)) => Target::Group(*g),
            None => Target::None,
        }
    }

    /// True when a matter arising applies to at least one action.
    pub(crate) fn is_matched(
        &self,
        meeting: &crate::meeting::Meeting,
        ma: &crate::meeting::MatterArising,
    ) -> bool {
        match self.target(meeting, ma) {
            Target::Ids(v) => !v.is_empty(),
            Target::Group(g) => self.groups.get(g).is_some_and(|v| !v.is_empty()),
            Target::None => false,
        }
    }
}

/// The matters-arising entries of every meeting, matched to actions, each entry held
/// once: an action's events are those naming it by id merged with those of its group.
pub(crate) struct Flows {
    /// One event per matched matter arising, in document order.
    events: Vec<Event>,
    /// Per action index: the events naming it by id (ascending).
    by_id: Vec<Vec<usize>>,
    /// Per action index: its group (see [`ArisingIndex`]).
    group_of: Vec<Option<usize>>,
    /// Per group: the events matched to it by ref (ascending).
    by_group: Vec<Vec<usize>>,
}

impl Flows {
    /// Match every meeting's matters arising (cancelled meetings are left out).
    pub(crate) fn new(doc: &BoardDocument) -> Self {
        let index = ArisingIndex::new(doc);
        let mut events = Vec::new();
        let mut by_id: Vec<Vec<usize>> = vec![Vec::new(); doc.actions.len()];
        let mut by_group: Vec<Vec<usize>> = vec![Vec::new(); index.groups.len()];
        for (mi, m) in doc.meetings.iter().enumerate() {
            if m.status == MeetingStatus::Cancelled {
                continue;
            }
            for (k, ma) in m.matters_arising.iter().enumerate() {
                let e = events.len();
                let used = match index.target(m, ma) {
                    Target::Ids(v) => {
                        for i in v {
                            if let Some(slot) = by_id.get_mut(*i) {
                                slot.push(e);
                            }
                        }
                        !v.is_empty()
                    }
                    Target::Group(g) => match by_group.get_mut(g) {
                        Some(slot) => {
                            slot.push(e);
                            true
                        }
                        None => false,
                    },
                    Target::None => false,
                };
                // A matter arising keyed to a minute may record no status: no event.
                if let (true, Some(status)) = (used, ma.status) {
                    events.push(Event {
                        date: m.date,
                        status,
                        meeting: Some(m.id.clone()),
                        note: ma.note.clone(),
                        source: Source::MattersArising,
                        path: Pointer::root()
                            .item("meetings", mi)
                            .item("matters_arising", k)
                            .into(),
                    });
                }
            }
        }
        Flows {
            events,
            by_id,
            group_of: index.group_of,
            by_group,
        }
    }

    /// The matters-arising events of the action at `i`, in document order.
    pub(crate) fn of(&self, i: usize) -> Vec<Event> {
        let own = self.by_id.get(i).map(Vec::as_slice).unwrap_or(&[]);
        let group = self
            .group_of
            .get(i)
            .copied()
            .flatten()
            .and_then(|g| self.by_group.get(g))
            .map(Vec::as_slice)
            .unwrap_or(&[]);
        let mut out = Vec::with_capacity(own.len().saturating_add(group.len()));
        let (mut a, mut b) = (own.iter().peekable(), group.iter().peekable());
        loop {
            let next = match (a.peek(), b.peek()) {
                (Some(x), Some(y)) if x < y => a.next(),
                (Some(_), Some(_)) | (None, Some(_)) => b.next(),
                (Some(_), None) => a.next(),
                (None, None) => break,
            };
            if let Some(e) = next.and_then(|e| self.events.get(*e)) {
                out.push(e.clone());
            }
        }
        out
    }

    /// The group of the action at `i` when its matters-arising events are exactly its
    /// group's (none name it by id): actions of one group then share them.
    fn shared_group(&self, i: usize) -> Option<Option<usize>> {
        if self.by_id.get(i).is_some_and(|v| !v.is_empty()) {
            return None;
        }
        Some(self.group_of.get(i).copied().flatten())
    }
}

/// The matters-arising events of an action (`from_meetings`, from [`Flows::of`]) its
/// history does not record (date, status and meeting), in the order [`build`] puts them
/// in the action's timeline: by date, then meeting, then as given (a stable sort; the
/// timeline's other events, its history and closing, do not change the matters-arising
/// events' order among themselves). O(k log k + h log h).
pub(crate) fn unrecorded_arising(action: &Action, from_meetings: Vec<Event>) -> Vec<Event> {
    if from_meetings.is_empty() {
        return from_meetings;
    }
    let mut recorded: Vec<(Date, Status, Option<&str>)> = action
        .history
        .iter()
        .map(|h| (h.date, h.status, h.meeting.as_deref()))
        .collect();
    recorded.sort_unstable();
    let mut new: Vec<Event> = from_meetings
        .into_iter()
        .filter(|e| {
            recorded
                .binary_search(&(e.date, e.status, e.meeting.as_deref()))
                .is_err()
        })
        .collect();
    new.sort_by(|a, b| (a.date, &a.meeting).cmp(&(b.date, &b.meeting)));
    new
}

/// Sort key of an event: date, source, meeting, position.
type EventKey = (Date, Source, Option<Id>, usize);

/// Build the timeline of the action at `index`, given the matters-arising events of
/// that action (from [`Flows::of`]).
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
            path: Pointer::root()
                .item("actions", index)
                .item("history", k)
                .into(),
        })
        .collect();
    // What the history already records (date, status, meeting), looked up by halves: a
    // history and the meetings noting it may both be long.
    let mut recorded: Vec<(Date, Status, Option<&str>)> = action
        .history
        .iter()
        .map(|h| (h.date, h.status, h.meeting.as_deref()))
        .collect();
    recorded.sort_unstable();
    for e in from_meetings {
        let copied = recorded
            .binary_search(&(e.date, e.status, e.meeting.as_deref()))
            .is_ok();
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
            path: Pointer::root()
                .item("actions", index)
                .field("closed_on")
                .into(),
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
    timelines_shared(doc)
        .into_iter()
        .map(|t| Timeline::clone(&t))
        .collect()
}

/// Timelines of every action, by index, an action with no status evidence of its own
/// (no history, no closing date, no matter arising naming it by id) sharing one
/// timeline with the others of its group and status: the memory stays linear in the
/// document when thousands of actions share a ref and thousands of matters arising
/// name it. Callers that look at every event should do so once per shared timeline
/// (compare with [`Rc::ptr_eq`]).
pub(crate) fn timelines_shared(doc: &Index<'_>) -> Vec<Rc<Timeline>> {
    let flows = Flows::new(doc.document());
    type Key = (Option<usize>, Option<Status>, Option<Date>);
    let mut shared: HashMap<Key, Rc<Timeline>> = HashMap::new();
    doc.document()
        .actions
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let group = flows.shared_group(i);
            match group {
                Some(g) if a.history.is_empty() && a.closed_on.is_none() => {
                    // The status the timeline ends on is the recorded one (the status,
                    // else the board's words), so actions share by it.
                    let key = (g, a.recorded_status(), raised_on_in(doc, a));
                    Rc::clone(
                        shared
                            .entry(key)
                            .or_insert_with(|| Rc::new(build(doc, i, a, &flows.of(i)))),
                    )
                }
                _ => Rc::new(build(doc, i, a, &flows.of(i))),
            }
        })
        .collect()
}
