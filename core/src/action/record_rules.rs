//! The action rules added for the field's action logs: where an action came from, late
//! completion, the board's own RAG beside the computed one, status words the mapping does
//! not know, and references to other actions, meetings and bodies.

use super::rag::{rate, Rag, DEFAULT_AMBER_DAYS};
use super::timeline::Timeline;
use super::{due_date_in, Action, DueDate};
use crate::board::UNKNOWN_REFERENCE;
use crate::index::Index;
use crate::validate::rule;
use crate::validate::{Report, ValidateOptions};

rule!(
    NO_ORIGIN,
    "action.no_origin",
    Error,
    "An action names neither the meeting that raised it nor the plan (business plan, work plan, audit, review) that did."
);
rule!(
    COMPLETED_LATE,
    "action.completed_late",
    Info,
    "An action was completed or closed after the due date in force (the latest revision): the message gives the days late. Silent when the completion date or the due date is not recorded."
);
rule!(
    RECORDED_RAG_DIFFERS,
    "action.recorded_rag_differs",
    Warning,
    "As of the validation date, the RAG rating the board records for an action differs from the one worked out from its status and due date (amber within the body constitution's `action_amber_days`, else 14 days, of the due date). Silent when the board records no RAG."
);
rule!(
    ACTIONED_BY_NOT_OWNER,
    "action.actioned_by_not_owner",
    Info,
    "The person the status names as acting (\"Actioned by X\", \"To be actioned by X\") is not an owner of the action in force when it was raised or later. Silent when the minutes name nobody."
);
rule!(
    STATUS_WORDS_UNKNOWN,
    "action.status_words_unknown",
    Info,
    "An action's status is given only in the board's own words, and they are not in the documented mapping (Actioned, Outstanding, On-going, COMPLETE, Closed...), so the action is treated as open."
);

rule!(
    MILESTONE_OVERDUE,
    "action.milestone_overdue",
    Warning,
    "As of the validation date, a milestone of an action that is not completed, closed or superseded is past its due date and not recorded as reached (done_on). Silent without an as-of date, for a milestone with no due, or one whose due cannot be resolved to a date."
);

/// A milestone past due as of the validation date and not reached, on an action not done.
pub(crate) fn check_milestones(
    doc: &Index<'_>,
    options: &ValidateOptions,
    i: usize,
    a: &Action,
    tl: Option<&Timeline>,
    out: &mut Report,
) {
    let (Some(as_of), Some(tl)) = (options.as_of, tl) else {
        return;
    };
    if a.milestones.is_empty() || tl.status_as_of(as_of).is_none_or(|s| s.is_done()) {
        return;
    }
    for (j, m) in a.milestones.iter().enumerate() {
        if m.done_on.is_some_and(|d| d <= as_of) {
            continue;
        }
        if let DueDate::On(due) = super::due_of(doc, a, m.due.as_ref()) {
            if due < as_of {
                let days = as_of.signed_duration_since(due).num_days();
                out.push(
                    &MILESTONE_OVERDUE,
                    format!("/actions/{i}/milestones/{j}/due"),
                    format!("This milestone is {days} day(s) past its due date and not recorded as reached; give the date it was reached in `done_on`, like 2017-01-31."),
                );
            }
        }
    }
}

/// Check one action's origin, completion, recorded RAG, status words and references.
#[allow(clippy::too_many_arguments)]
pub(crate) fn check_record(
    doc: &Index<'_>,
    options: &ValidateOptions,
    i: usize,
    a: &Action,
    tl: Option<&Timeline>,
    tl_done_on: Option<crate::date::Date>,
    out: &mut Report,
) {
    let base = format!("/actions/{i}");
    if a.raised_at.is_none() && a.raised_by.is_none() {
        out.push(
            &NO_ORIGIN,
            format!("{base}/raised_at"),
            "No meeting or plan is recorded as raising this action.",
        );
    }
    if a.status.is_none() {
        if let Some(text) = &a.status_text {
            if super::status_from_words(text).is_none() {
                out.push(
                    &STATUS_WORDS_UNKNOWN,
                    format!("{base}/status_text"),
                    "These status words are not in the mapping (for example \"Actioned\" or \"On-going\"), so the action is read as open.",
                );
            }
        }
    }
    // Completed after the due date in force.
    // `tl_done_on` is `tl`'s `done_on(Date::MAX)`, worked out once per shared timeline.
    let done_on = tl_done_on.or(a.closed_on);
    // Completed or closed only: a superseded action was replaced, not completed late.
    let finished =
        tl.is_some_and(|t| matches!(t.latest(), super::Status::Completed | super::Status::Closed));
    if let (true, Some(done), DueDate::On(due)) = (finished, done_on, due_date_in(doc, a)) {
        if done > due {
            let days = done.signed_duration_since(due).num_days();
            out.push(
                &COMPLETED_LATE,
                format!("{base}/closed_on"),
                format!("Completed {days} day(s) after its due date."),
            );
        }
    }
    // The board's own RAG beside the computed one.
    if let (Some(recorded), Some(as_of), Some(t)) = (a.recorded_rag, options.as_of, tl) {
        if let Some((computed, _)) = rate(doc, a, t, as_of, DEFAULT_AMBER_DAYS) {
            if computed != recorded {
                out.push(
                    &RECORDED_RAG_DIFFERS,
                    format!("{base}/recorded_rag"),
                    format!(
                        "The board's own RAG rating differs: the action works out as {} on the as-of date.",
                        rag_word(computed)
                    ),
                );
            }
        }
    }
    check_actioned_by(doc, a, &base, out);
    check_references(doc, a, &base, out);
}

/// Who acted, against the owners (original or later).
fn check_actioned_by(doc: &Index<'_>, a: &Action, base: &str, out: &mut Report) {
    if let Some(by) = &a.actioned_by {
        let resolve = |o: &super::Owner| super::resolve_owner_in(doc, a, o);
        let who = resolve(by);
        let owners = a
            .owners
            .iter()
            .chain(a.owner_changes.iter().flat_map(|c| c.owners.iter()));
        let mut any = false;
        let mut matched = false;
        for o in owners {
            any = true;
            if o == by || (who != super::OwnerResolved::Nobody && resolve(o) == who) {
                matched = true;
                break;
            }
        }
        if any && !matched {
            out.push(
                &ACTIONED_BY_NOT_OWNER,
                format!("{base}/actioned_by"),
                "The person the status says acts is not one of the action's owners.",
            );
        }
    }
}

/// The actions, body and meetings an action names, each in the document.
fn check_references(doc: &Index<'_>, a: &Action, base: &str, out: &mut Report) {
    for (field, id) in [
        ("superseded_by", &a.superseded_by),
        ("merged_into", &a.merged_into),
    ] {
        if let Some(id) = id {
            if doc.action_index(id).is_none() {
                out.push(
                    &UNKNOWN_REFERENCE,
                    format!("{base}/{field}"),
                    "No action in the log has this id.",
                );
            }
        }
    }
    if let Some(b) = a.raised_by.as_ref().and_then(|p| p.body.as_ref()) {
        if doc.body(b).is_none() {
            out.push(
                &UNKNOWN_REFERENCE,
                format!("{base}/raised_by/body"),
                "No body has this id.",
            );
        }
    }
    for (k, r) in a.revised_due.iter().enumerate() {
        if r.meeting.as_ref().is_some_and(|m| doc.meeting(m).is_none()) {
            out.push(
                &UNKNOWN_REFERENCE,
                format!("{base}/revised_due/{k}/meeting"),
                "No meeting has this id.",
            );
        }
    }
    for (k, c) in a.owner_changes.iter().enumerate() {
        if c.meeting.as_ref().is_some_and(|m| doc.meeting(m).is_none()) {
            out.push(
                &UNKNOWN_REFERENCE,
                format!("{base}/owner_changes/{k}/meeting"),
                "No meeting has this id.",
            );
        }
    }
}

fn rag_word(r: Rag) -> &'static str {
    match r {
        Rag::Red => "red",
        Rag::Amber => "amber",
        Rag::Green => "green",
        Rag::Complete => "complete",
    }
}
