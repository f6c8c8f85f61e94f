//! The validation's walk over the action log: each action's rule units at their stages
//! (`action/rules/`), with the references to other records each action makes (board
//! rules) checked where the walk has always checked them, then the log's own stage.

use super::{raised_meeting_in, Action};
use crate::board::UNKNOWN_REFERENCE;
use crate::index::Index;
use crate::pointer::Pointer;
use crate::unit::{by_place, run_action, run_action_log, Stage, Walk};
use crate::validate::{Report, ValidateOptions};

/// Check the action log.
pub(crate) fn check(doc: &Index<'_>, options: &ValidateOptions, out: &mut Report) {
    crate::board::duplicate_ids(
        doc.document().actions.iter().map(|a| a.id.as_str()),
        "/actions",
        out,
    );
    let walk = Walk::new(doc);
    for (i, a) in doc.document().actions.iter().enumerate() {
        let run = |stage, out: &mut Report| run_action(&walk, i, stage, options, out);
        if a.raised_at.is_some() && raised_meeting_in(doc, a).is_none() {
            out.push(
                &UNKNOWN_REFERENCE,
                at(i).field("raised_at"),
                "The meeting that raised this action is not in the document.",
            );
        }
        for stage in [Stage::ActionDue, Stage::ActionOwners, Stage::ActionHistory] {
            let from = out.findings.len();
            run(stage, out);
            if stage == Stage::ActionHistory {
                check_history_meetings(doc, a, i, out);
            }
            // Two findings or more to put in order: only then is the action's pointer written.
            if let Some(found) = out.findings.get_mut(from..).filter(|f| f.len() > 1) {
                by_place(found, at(i).as_str());
            }
        }
        for stage in [
            Stage::ActionStatus,
            Stage::ActionRecord,
            Stage::ActionOutcome,
        ] {
            run(stage, out);
        }
        check_references(doc, a, i, out);
        run(Stage::ActionMilestones, out);
        run(Stage::ActionDuplicate, out);
    }
    run_action_log(doc, options, out);
}

/// The pointer of the action at position `i` of the log (`/actions/3`).
fn at(i: usize) -> Pointer {
    Pointer::root().item("actions", i)
}

/// The meetings an action's dated history names, each in the document.
fn check_history_meetings(doc: &Index<'_>, a: &Action, i: usize, out: &mut Report) {
    for (k, h) in a.history.iter().enumerate() {
        if let Some(id) = &h.meeting {
            if doc.meeting(id).is_none() {
                out.push(
                    &UNKNOWN_REFERENCE,
                    at(i).item("history", k).field("meeting"),
                    "The meeting of this status change is not in the document.",
                );
            }
        }
    }
}

/// The actions, body and meetings an action names, each in the document.
fn check_references(doc: &Index<'_>, a: &Action, i: usize, out: &mut Report) {
    for (field, id) in [
        ("superseded_by", &a.superseded_by),
        ("merged_into", &a.merged_into),
    ] {
        if let Some(id) = id {
            if doc.action_index(id).is_none() {
                out.push(
                    &UNKNOWN_REFERENCE,
                    at(i).field(field),
                    "No action in the log has this id.",
                );
            }
        }
    }
    if let Some(b) = a.raised_by.as_ref().and_then(|p| p.body.as_ref()) {
        if doc.body(b).is_none() {
            out.push(
                &UNKNOWN_REFERENCE,
                at(i).field("raised_by").field("body"),
                "No body has this id.",
            );
        }
    }
    for (k, r) in a.revised_due.iter().enumerate() {
        if r.meeting.as_ref().is_some_and(|m| doc.meeting(m).is_none()) {
            out.push(
                &UNKNOWN_REFERENCE,
                at(i).item("revised_due", k).field("meeting"),
                "No meeting has this id.",
            );
        }
    }
    for (k, c) in a.owner_changes.iter().enumerate() {
        if c.meeting.as_ref().is_some_and(|m| doc.meeting(m).is_none()) {
            out.push(
                &UNKNOWN_REFERENCE,
                at(i).item("owner_changes", k).field("meeting"),
                "No meeting has this id.",
            );
        }
    }
}
