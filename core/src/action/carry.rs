//! Carrying actions forward from meeting to meeting.
//!
//! Actions are carried forward until they are closed: the open actions of one meeting
//! become the matters-arising list of the next, and the status recorded there against
//! each one flows into its history.

use super::timeline::{self, Event};
use super::{Status, StatusChange};
use crate::date::Date;
use crate::error::Error;
use crate::index::Index;
use crate::meeting::MatterArising;
use crate::{BoardDocument, Extensions, Id};
use serde::{Deserialize, Serialize};

/// A request for the matters-arising list that follows a meeting.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CarryForwardRequest {
    /// The board document.
    pub document: BoardDocument,
    /// The meeting whose actions are carried forward.
    pub meeting: Id,
    /// The date to judge which actions are still open (usually the day the next
    /// meeting's papers go out; never the system clock).
    pub as_of: Date,
}

/// The matters-arising list for the meeting after a given one.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CarryForward {
    /// The meeting whose actions are carried forward.
    pub meeting: Id,
    /// The next meeting of the body, when the document has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_meeting: Option<Id>,
    /// The date the statuses are judged at.
    pub as_of: Date,
    /// One entry per action of the body raised at this meeting or earlier and still open
    /// as of the date, with its current status, in log order; ready to be the next
    /// meeting's `matters_arising`.
    pub matters_arising: Vec<MatterArising>,
}

/// `action::carry_forward`: the open actions of a meeting (and those carried forward
/// to it from earlier meetings of its body) as the matters-arising list of the next.
pub fn carry_forward(req: &CarryForwardRequest) -> Result<CarryForward, Error> {
    carry_forward_of(&req.document, req)
}

/// [`carry_forward`] of `doc` (a loaded board's own document; `req.document` is not read).
pub(crate) fn carry_forward_of(
    doc: &BoardDocument,
    req: &CarryForwardRequest,
) -> Result<CarryForward, Error> {
    let doc = &Index::new(doc);
    let meeting = doc
        .meeting(&req.meeting)
        .ok_or_else(|| Error::invalid("/meeting", "no meeting with this id in the document"))?;
    let next_meeting = doc.next_meeting_after(meeting).map(|m| m.id.clone());
    let entries = super::log::entries_in(doc, req.as_of, super::log::DEFAULT_AMBER_DAYS);
    let matters_arising = entries
        .into_iter()
        .filter(|e| !e.is_done())
        .filter(|e| {
            e.raised_at
                .as_deref()
                .and_then(|id| doc.meeting(id))
                .is_some_and(|r| r.body == meeting.body && r.date <= meeting.date)
        })
        .map(|e| MatterArising {
            action_ref: e.reference,
            action: Some(e.id),
            status: Some(e.status),
            note: None,
            minute_ref: None,
            page: None,
            section: None,
        })
        .collect();
    Ok(CarryForward {
        meeting: meeting.id.clone(),
        next_meeting,
        as_of: req.as_of,
        matters_arising,
    })
}

/// A request for one action's merged status history.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HistoryRequest {
    /// The board document.
    pub document: BoardDocument,
    /// The action's id.
    pub action: Id,
}

/// One action's dated statuses from its history, later meetings' matters arising and
/// its closing date, oldest first.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ActionHistory {
    /// The action's id.
    pub action: Id,
    /// The date it was raised, when its meeting is known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub raised_on: Option<Date>,
    /// Its status now (the recorded status, else the latest dated one, else open).
    pub status: Status,
    /// Dated statuses, oldest first.
    pub events: Vec<Event>,
}

/// `action::history`: one action's status history, with the statuses recorded in
/// later meetings' matters arising merged in.
pub fn history(req: &HistoryRequest) -> Result<ActionHistory, Error> {
    history_of(&req.document, req)
}

/// [`history`] of `doc` (a loaded board's own document; `req.document` is not read).
pub(crate) fn history_of(
    doc: &BoardDocument,
    req: &HistoryRequest,
) -> Result<ActionHistory, Error> {
    let (index, action) = doc
        .actions
        .iter()
        .enumerate()
        .find(|(_, a)| a.id == req.action)
        .ok_or_else(|| Error::invalid("/action", "no action with this id in the document"))?;
    let ix = Index::new(doc);
    let flows = timeline::Flows::new(doc).of(index);
    let tl = timeline::build(&ix, index, action, &flows);
    Ok(ActionHistory {
        action: action.id.clone(),
        raised_on: tl.raised_on,
        status: tl.latest(),
        events: tl.events,
    })
}

/// A request to write matters-arising statuses into the actions' histories.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FlowRequest {
    /// The board document.
    pub document: BoardDocument,
}

/// The document with matters-arising statuses written into action histories.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FlowResult {
    /// The updated document.
    pub document: BoardDocument,
    /// How many status changes were added.
    pub added: usize,
}

/// Put each of `new` (in order) into `history` after the last entry, of the history or
/// put there before it, of the same or an earlier date: in O((h + k) log(h + k)), with
/// the result of inserting them one by one.
///
/// Why one merge gives that result, for any history (sorted or not): an entry dated `d`
/// goes after history entry `p(d)`, the last with a date on or before `d` (every entry put
/// in before it with a date on or before `d` went after an entry at or before `p(d)`, so
/// none is later than the gap after `p(d)`); within a gap the new entries stay in date
/// order, those of one date in the order given. `p(d)` is found by halves over the
/// minimum date of each tail of the history (which never falls as the tail shortens).
fn merge_into_history(history: &mut Vec<StatusChange>, new: Vec<Event>) {
    if new.is_empty() {
        return;
    }
    let mut tail_min: Vec<Date> = Vec::with_capacity(history.len());
    for h in history.iter().rev() {
        let m = tail_min.last().map_or(h.date, |m: &Date| (*m).min(h.date));
        tail_min.push(m);
    }
    tail_min.reverse();
    // Each new entry's gap: 0 before the first history entry, g after entry g - 1.
    let mut placed: Vec<(usize, Event)> = new
        .into_iter()
        .map(|e| (tail_min.partition_point(|m| *m <= e.date), e))
        .collect();
    placed.sort_by_key(|(gap, e)| (*gap, e.date)); // stable: one date keeps its order
    let old = std::mem::take(history);
    history.reserve(old.len() + placed.len());
    let mut placed = placed.into_iter().peekable();
    for (k, h) in old.into_iter().enumerate() {
        while let Some((_, e)) = placed.next_if(|(gap, _)| *gap <= k) {
            history.push(change_of(e));
        }
        history.push(h);
    }
    history.extend(placed.map(|(_, e)| change_of(e)));
}

fn change_of(e: Event) -> StatusChange {
    StatusChange {
        date: e.date,
        status: e.status,
        meeting: e.meeting,
        note: e.note,
        extensions: Extensions::new(),
    }
}

/// `action::flow_matters_arising`: copy every status recorded in a meeting's matters
/// arising into the history of each action it applies to (dated with the meeting's
/// date, naming the meeting, with its note). Entries already in a history are not added
/// again, so running it twice changes nothing. New entries go after any history entry
/// of the same or an earlier date.
pub fn flow_matters_arising(req: &FlowRequest) -> Result<FlowResult, Error> {
    flow_matters_arising_of(&req.document, req)
}

/// [`flow_matters_arising`] of `doc` (a loaded board's own document; `req.document` is
/// not read).
pub(crate) fn flow_matters_arising_of(
    doc: &BoardDocument,
    _req: &FlowRequest,
) -> Result<FlowResult, Error> {
    // The matters-arising events of each action are matched once, and only those its
    // history does not record are made (not the action's whole timeline: its history
    // entries, paths and look-ups, each made and dropped again per action).
    let flows = timeline::Flows::new(doc);
    let mut document = doc.clone();
    let mut added: usize = 0;
    for (i, action) in document.actions.iter_mut().enumerate() {
        let new = timeline::unrecorded_arising(action, flows.of(i));
        added = added.saturating_add(new.len());
        merge_into_history(&mut action.history, new);
    }
    Ok(FlowResult { document, added })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::action::timeline::Source;

    /// What the merge must equal: each entry put in one by one after the last entry of
    /// the same or an earlier date (the way it was done before, in O(h x k)).
    fn one_by_one(history: &mut Vec<StatusChange>, new: Vec<Event>) {
        for e in new {
            let at = history
                .iter()
                .rposition(|h| h.date <= e.date)
                .map_or(0, |p| p + 1);
            history.insert(at, change_of(e));
        }
    }

    fn day(n: u64) -> Date {
        Date::from_ymd_opt(2017, 1, 1).unwrap_or_default() + chrono::Days::new(n % 9)
    }

    #[test]
    fn the_merge_equals_putting_in_one_by_one_on_any_history() {
        let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for case in 0..2000 {
            let (h, k) = (next() % 7, next() % 7);
            let history: Vec<StatusChange> = (0..h)
                .map(|i| StatusChange {
                    date: day(next()),
                    status: Status::Open,
                    meeting: None,
                    note: Some(format!("h{i}")),
                    extensions: Extensions::new(),
                })
                .collect();
            let new: Vec<Event> = (0..k)
                .map(|i| Event {
                    date: day(next()),
                    status: Status::Completed,
                    meeting: Some(format!("m{i}")),
                    note: None,
                    source: Source::MattersArising,
                    path: String::new(),
                })
                .collect();
            let (mut a, mut b) = (history.clone(), history);
            merge_into_history(&mut a, new.clone());
            one_by_one(&mut b, new);
            assert_eq!(a, b, "case {case}");
        }
    }

    /// The flow's new entries are the timeline's matters-arising events, in its order:
    /// meetings on one day out of id order, some statuses already in the history, two
    /// matters arising at one meeting, a closing date.
    #[test]
    fn the_unrecorded_events_are_the_timelines_in_its_order() {
        let meetings: Vec<serde_json::Value> = (0..24)
            .map(|i| {
                serde_json::json!({"id": format!("m-{}", (i * 7) % 24), "body": "b-1",
                    "title": "Board", "date": format!("2017-0{}-1{}", 2 + i % 3, i % 2),
                    "status": "held",
                    "matters_arising": [
                        {"action": "a-1", "status": if i % 2 == 0 { "in_progress" } else { "completed" }},
                        {"action": "a-1", "status": "open", "note": format!("n{i}")}]})
            })
            .collect();
        let v = serde_json::json!({
            "schema_version": crate::SCHEMA_VERSION,
            "bodies": [{"id": "b-1", "name": "Board", "kind": "safeguarding_children_partnership"}],
            "meetings": meetings,
            "actions": [{"id": "a-1", "ref": "1", "description": "Audit", "closed_on": "2017-03-10",
                "history": [{"date": "2017-02-10", "status": "in_progress", "meeting": "m-0"},
                            {"date": "2017-03-11", "status": "completed", "meeting": "m-21"},
                            {"date": "2017-01-01", "status": "open"}]}],
        });
        let doc: BoardDocument = match crate::read::from_value_ref(&v) {
            Ok(d) => d,
            Err(e) => panic!("test document refused: {e}"),
        };
        let flows = timeline::Flows::new(&doc);
        let action = &doc.actions[0];
        let from = flows.of(0);
        assert_eq!(from.len(), 48);
        let ix = Index::new(&doc);
        let expected: Vec<Event> = timeline::build(&ix, 0, action, &from)
            .events
            .into_iter()
            .filter(|e| e.source == Source::MattersArising)
            .collect();
        let got = timeline::unrecorded_arising(action, from);
        assert!(got.len() < 48, "a recorded status was not left out");
        assert_eq!(got, expected);
    }
}
