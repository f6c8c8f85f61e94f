//! Carrying actions forward from meeting to meeting.
//!
//! Actions are carried forward until they are closed: the open actions of one meeting
//! become the matters-arising list of the next, and the status recorded there against
//! each one flows into its history.

use super::timeline::{self, Event, Source};
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
    let doc = &Index::new(&req.document);
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
            status: e.status,
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
    let doc = &req.document;
    let (index, action) = doc
        .actions
        .iter()
        .enumerate()
        .find(|(_, a)| a.id == req.action)
        .ok_or_else(|| Error::invalid("/action", "no action with this id in the document"))?;
    let ix = Index::new(doc);
    let flows = timeline::matters_arising_events(doc);
    let tl = timeline::build(
        &ix,
        index,
        action,
        flows.get(index).map(Vec::as_slice).unwrap_or(&[]),
    );
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

/// `action::flow_matters_arising`: copy every status recorded in a meeting's matters
/// arising into the history of each action it applies to (dated with the meeting's
/// date, naming the meeting, with its note). Entries already in a history are not added
/// again, so running it twice changes nothing. New entries go after any history entry
/// of the same or an earlier date.
pub fn flow_matters_arising(req: &FlowRequest) -> Result<FlowResult, Error> {
    let mut document = req.document.clone();
    let ix = Index::new(&req.document);
    let flows = timeline::matters_arising_events(&req.document);
    let mut added: usize = 0;
    for (i, action) in document.actions.iter_mut().enumerate() {
        let tl = timeline::build(
            &ix,
            i,
            action,
            flows.get(i).map(Vec::as_slice).unwrap_or(&[]),
        );
        for e in tl
            .events
            .into_iter()
            .filter(|e| e.source == Source::MattersArising)
        {
            let at = action
                .history
                .iter()
                .rposition(|h| h.date <= e.date)
                .map(|p| p.saturating_add(1))
                .unwrap_or(0);
            action.history.insert(
                at,
                StatusChange {
                    date: e.date,
                    status: e.status,
                    meeting: e.meeting,
                    note: e.note,
                    extensions: Extensions::new(),
                },
            );
            added = added.saturating_add(1);
        }
    }
    Ok(FlowResult { document, added })
}
