//! Dates and minutes rules: the meeting's date and times, the approval of earlier
//! minutes, the next meeting, matters arising and the actions decisions created.

use super::context::Ctx;
use crate::board::UNKNOWN_REFERENCE;
use crate::pointer::Pointer;
use crate::unit::{MeetingWalk, Stage};
use crate::validate::Report;
use std::collections::HashSet;

/// Run every dates-and-minutes rule on one meeting.
pub(super) fn check(
    cx: &Ctx<'_, '_>,
    walk: &MeetingWalk<'_>,
    action_ids: &HashSet<&str>,
    out: &mut Report,
) {
    walk.stage(Stage::MeetingDateBasis, out);
    crate::unit::run_meeting(cx.ix, cx.options, cx.at, Stage::MeetingDateWindow, out);
    walk.stage(Stage::MeetingEndBeforeStart, out);
    walk.stage(Stage::MeetingPreviousUnnamed, out);
    previous_minutes_meeting(cx, out);
    walk.stage(Stage::MeetingPreviousOtherBody, out);
    walk.stage(Stage::MeetingPreviousNotEarlier, out);
    walk.stage(Stage::MeetingPreviousDateMismatch, out);
    walk.stage(Stage::MeetingMinutesApprovedBeforeHeld, out);
    crate::unit::run_meeting(cx.ix, cx.options, cx.at, Stage::MeetingApproval, out);
    walk.stage(Stage::MeetingNextMeeting, out);
    next_meeting(cx, out);
    action_links(cx, action_ids, out);
    crate::unit::run_meeting(cx.ix, cx.options, cx.at, Stage::MeetingMattersArising, out);
}

/// The meeting whose minutes were approved, when it is not in the document.
fn previous_minutes_meeting(cx: &Ctx<'_, '_>, out: &mut Report) {
    let Some(pm) = &cx.m.previous_minutes else {
        return;
    };
    if !pm.meeting.is_empty() && cx.ix.meeting(&pm.meeting).is_none() {
        out.push(
            &UNKNOWN_REFERENCE,
            Pointer::at(cx.base)
                .field("previous_minutes")
                .field("meeting"),
            "The meeting whose minutes were approved is not in the document.",
        );
    }
}

/// The next meeting's record, when it is not in the document.
fn next_meeting(cx: &Ctx<'_, '_>, out: &mut Report) {
    let Some(next) = &cx.m.next_meeting else {
        return;
    };
    if let Some(id) = &next.meeting {
        if cx.ix.meeting(id).is_none() {
            out.push(
                &UNKNOWN_REFERENCE,
                Pointer::at(cx.base).field("next_meeting").field("meeting"),
                "The next meeting's record is not in the document.",
            );
        }
    }
}

fn action_links(cx: &Ctx<'_, '_>, action_ids: &HashSet<&str>, out: &mut Report) {
    for (k, ma) in cx.m.matters_arising.iter().enumerate() {
        if let Some(id) = &ma.action {
            if !action_ids.contains(id.as_str()) {
                out.push(
                    &UNKNOWN_REFERENCE,
                    Pointer::at(cx.base)
                        .item("matters_arising", k)
                        .field("action"),
                    "This matter arising names an action that is not in the document.",
                );
            }
        }
    }
    for (k, item) in cx.m.agenda.iter().enumerate() {
        for (d, dec) in item.decisions.iter().enumerate() {
            for (a, id) in dec.actions.iter().enumerate() {
                if !action_ids.contains(id.as_str()) {
                    out.push(
                        &UNKNOWN_REFERENCE,
                        Pointer::at(cx.base)
                            .item("agenda", k)
                            .item("decisions", d)
                            .item("actions", a),
                        "This decision names an action that is not in the document.",
                    );
                }
            }
        }
    }
}
