//! The governance rules of the action log (codes `action.*`).

use super::due::Due;
use super::due_of;
use super::timeline::{self, Source, Timeline};
use super::{due_date_in, raised_meeting_in, resolve_owner_in, Action, DueDate, OwnerResolved};
use crate::board::UNKNOWN_REFERENCE;
use crate::index::Index;
use crate::validate::ValidateOptions;
use crate::validate::{Report, Rule};
use std::collections::{HashMap, HashSet};

use crate::validate::rule;

rule!(
    DUE_BEFORE_RAISED,
    "action.due_before_raised",
    Error,
    "An action falls due before the meeting that raised it (a month due counts its last day, a meeting due that meeting's date)."
);
rule!(
    CLOSED_WITHOUT_DATE,
    "action.closed_without_date",
    Error,
    "An action is completed, closed or superseded but no date records when (neither closed_on nor a dated status). Silent when the status is known only from the board's own words in the minutes (\"Actioned by X\"), which such minutes give without a date."
);
rule!(
    CLOSED_BEFORE_RAISED,
    "action.closed_before_raised",
    Error,
    "An action's completed or closed date is before the meeting that raised it."
);
rule!(
    HISTORY_OUT_OF_ORDER,
    "action.history_out_of_order",
    Error,
    "A status change in an action's history is dated before the change listed before it."
);
rule!(
    HISTORY_BEFORE_RAISED,
    "action.history_before_raised",
    Warning,
    "A status change in an action's history is dated before the meeting that raised the action."
);
rule!(
    OWNER_UNRESOLVED,
    "action.owner_unresolved",
    Error,
    "An owner resolves to nobody: an unknown person or group, initials that match nobody at the meeting or on the body, or a role nobody holds."
);
rule!(
    OWNER_AMBIGUOUS,
    "action.owner_ambiguous",
    Error,
    "An owner's initials match more than one person in the raising meeting's attendance and the body's membership."
);
rule!(
    OWNER_NOT_MEMBER,
    "action.owner_not_member",
    Warning,
    "An owner is neither a member of the body nor recorded in the attendance of the meeting that raised the action. Silent when that meeting's paper does not list everyone who attended (apologies only, partial, not recorded)."
);
rule!(
    NO_OWNER,
    "action.no_owner",
    Info,
    "No owner is recorded for an action, so nobody can be chased for it."
);
rule!(
    REOPENED_WITHOUT_NOTE,
    "action.reopened_without_note",
    Warning,
    "An action goes from completed, closed or superseded back to an open status without a note saying why."
);
rule!(
    DUPLICATE,
    "action.duplicate",
    Warning,
    "Two actions raised at the same meeting have the same ref and description (ignoring case and spacing)."
);
rule!(
    DUE_UNRESOLVED,
    "action.due_unresolved",
    Warning,
    "A due meeting cannot be resolved to a date: the meeting is not in the document or was cancelled, or the body has no meeting after the one that raised the action."
);
rule!(
    STATUS_DIFFERS_FROM_HISTORY,
    "action.status_differs_from_history",
    Warning,
    "An action's recorded status differs from its latest dated status, so the change is undated; record it in the history."
);
rule!(
    MATTER_ARISING_UNMATCHED,
    "action.matter_arising_unmatched",
    Warning,
    "A matter arising names a ref that matches no action raised at an earlier meeting of the body."
);
rule!(
    OVERDUE,
    "action.overdue",
    Warning,
    "As of the validation date, an action that is not completed, closed or superseded is past its due date."
);

/// Rules of this module, for the catalogue.
pub const RULES: &[&Rule] = &[
    &DUE_BEFORE_RAISED,
    &CLOSED_WITHOUT_DATE,
    &CLOSED_BEFORE_RAISED,
    &HISTORY_OUT_OF_ORDER,
    &HISTORY_BEFORE_RAISED,
    &OWNER_UNRESOLVED,
    &OWNER_AMBIGUOUS,
    &OWNER_NOT_MEMBER,
    &NO_OWNER,
    &REOPENED_WITHOUT_NOTE,
    &DUPLICATE,
    &DUE_UNRESOLVED,
    &STATUS_DIFFERS_FROM_HISTORY,
    &MATTER_ARISING_UNMATCHED,
    &OVERDUE,
    &super::record_rules::NO_ORIGIN,
    &super::record_rules::COMPLETED_LATE,
    &super::record_rules::RECORDED_RAG_DIFFERS,
    &super::record_rules::STATUS_WORDS_UNKNOWN,
    &super::record_rules::ACTIONED_BY_NOT_OWNER,
    &super::record_rules::MILESTONE_OVERDUE,
];

fn blank(note: &Option<String>) -> bool {
    note.as_deref().is_none_or(|n| n.trim().is_empty())
}

fn normalise(text: &str) -> String {
    text.split_whitespace()
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Check the action log.
pub(crate) fn check(doc: &Index<'_>, options: &ValidateOptions, out: &mut Report) {
    crate::board::duplicate_ids(doc.actions.iter().map(|a| a.id.as_str()), "/actions", out);
    let timelines = timeline::timelines_shared(doc);
    // What each timeline says, worked out once per timeline (actions of one ref group
    // share theirs).
    let mut facts: HashMap<*const Timeline, std::rc::Rc<Facts>> = HashMap::new();
    let mut seen: HashSet<(&str, String, String)> = HashSet::new();
    for (i, a) in doc.actions.iter().enumerate() {
        let base = format!("/actions/{i}");
        let tl = timelines.get(i).map(|t| &**t);
        let f = tl.map(|t| {
            std::rc::Rc::clone(
                facts
                    .entry(std::ptr::from_ref(t))
                    .or_insert_with(|| std::rc::Rc::new(facts_of(t))),
            )
        });
        check_action(doc, options, i, a, tl.zip(f.as_deref()), out);
        let done_on = f.as_ref().and_then(|f| f.done_on);
        super::record_rules::check_record(doc, options, i, a, tl, done_on, out);
        super::record_rules::check_milestones(doc, options, i, a, tl, out);
        // Only actions raised at a meeting can be duplicates "at the same meeting".
        let Some(raised_at) = a.raised_at.as_deref() else {
            continue;
        };
        let key = (
            raised_at,
            a.reference.trim().to_string(),
            normalise(&a.description),
        );
        if !seen.insert(key) {
            out.push(
                &DUPLICATE,
                format!("{base}/description"),
                "An earlier action of the log was raised at the same meeting with the same ref and description.",
            );
        }
    }
    let arising = timeline::ArisingIndex::new(doc);
    for (mi, m) in doc.meetings.iter().enumerate() {
        for (k, ma) in m.matters_arising.iter().enumerate() {
            if ma.action.is_none() && !ma.action_ref.is_empty() && !arising.is_matched(m, ma) {
                out.push(
                    &MATTER_ARISING_UNMATCHED,
                    format!("/meetings/{mi}/matters_arising/{k}/action_ref"),
                    "No action with this ref was raised at an earlier meeting of this body.",
                );
            }
        }
    }
}

/// What a timeline's events say, independent of the action it belongs to when no
/// event is from the action's own history (shared timelines have none).
pub(crate) struct Facts {
    /// Some dated status is done.
    dated_done: bool,
    /// Each reopening without a note: (path, message), in event order.
    reopened: Vec<(String, String)>,
    /// When it was done, as of the end of time (`Timeline::done_on(Date::MAX)`, linear
    /// in the events: once per timeline, not once per action sharing it).
    done_on: Option<crate::date::Date>,
}

fn facts_of(tl: &Timeline) -> Facts {
    let mut reopened = Vec::new();
    let mut before = super::Status::Open;
    for e in &tl.events {
        if before.is_done() && !e.status.is_done() && blank(&e.note) {
            let path = match e.source {
                Source::ClosedOn => e.path.clone(),
                Source::History | Source::MattersArising => format!("{}/note", e.path),
            };
            reopened.push((
                path,
                "The action goes from done back to not done with no note.".to_string(),
            ));
        }
        before = e.status;
    }
    Facts {
        dated_done: tl.events.iter().any(|e| e.status.is_done()),
        reopened,
        done_on: tl.done_on(crate::date::Date::MAX),
    }
}

fn check_action(
    doc: &Index<'_>,
    options: &ValidateOptions,
    i: usize,
    a: &Action,
    tl: Option<(&Timeline, &Facts)>,
    out: &mut Report,
) {
    let base = format!("/actions/{i}");
    let meeting = raised_meeting_in(doc, a);
    if a.raised_at.is_some() && meeting.is_none() {
        out.push(
            &UNKNOWN_REFERENCE,
            format!("{base}/raised_at"),
            "The meeting that raised this action is not in the document.",
        );
    }
    let raised = super::raised_on_in(doc, a);

    // Due: the original and each revision.
    let dues = std::iter::once((a.due.as_ref(), format!("{base}/due"))).chain(
        a.revised_due
            .iter()
            .enumerate()
            .map(|(k, r)| (Some(&r.due), format!("{base}/revised_due/{k}/due"))),
    );
    for (given, path) in dues {
        check_due(doc, a, given, raised, &path, out);
    }

    check_owners(doc, a, meeting, &base, out);

    check_history(doc, a, raised, &base, out);

    // Closing.
    if let (Some(c), Some(r)) = (a.closed_on, raised) {
        if c < r {
            out.push(
                &CLOSED_BEFORE_RAISED,
                format!("{base}/closed_on"),
                "The action is recorded as done before the meeting that raised it.",
            );
        }
    }
    let Some((tl, facts)) = tl else { return };
    let latest = tl.latest();
    let dated_done = facts.dated_done;
    let words_only = a.status.is_none() && a.history.is_empty();
    if latest.is_done() && a.closed_on.is_none() && !dated_done && !words_only {
        out.push(
            &CLOSED_WITHOUT_DATE,
            format!("{base}/closed_on"),
            "The action is done but no date records when.",
        );
    }

    check_reopening(a, tl, facts, &base, out);

    // Overdue, only when the caller gives a date.
    if let (Some(as_of), Some(d)) = (options.as_of, due_date_in(doc, a).date()) {
        if let Some(s) = tl.status_as_of(as_of) {
            if !s.is_done() && d < as_of {
                let days = as_of.signed_duration_since(d).num_days();
                out.push(
                    &OVERDUE,
                    format!("{base}/due"),
                    format!("This action is {days} day(s) overdue and not done."),
                );
            }
        }
    }
}

/// An action's owners: none recorded, one that resolves to nobody or to several people,
/// and one who is neither a member of the body nor at the meeting that raised it.
fn check_owners(
    doc: &Index<'_>,
    a: &Action,
    meeting: Option<&crate::meeting::Meeting>,
    base: &str,
    out: &mut Report,
) {
    if a.owners.is_empty() {
        out.push(
            &NO_OWNER,
            format!("{base}/owners"),
            "No owner is recorded for this action.",
        );
    }
    let body = meeting
        .and_then(|m| doc.body(&m.body))
        .or_else(|| a.plan_body().and_then(|b| doc.body(b)));
    for (j, o) in a.owners.iter().enumerate() {
        let path = format!("{base}/owners/{j}");
        match resolve_owner_in(doc, a, o) {
            OwnerResolved::Nobody => out.push(
                &OWNER_UNRESOLVED,
                path,
                "This owner resolves to nobody at the meeting that raised the action or on its body.",
            ),
            OwnerResolved::Ambiguous(n) => out.push(
                &OWNER_AMBIGUOUS,
                path,
                format!("This owner's initials or name match {n} people at the meeting or on the body."),
            ),
            OwnerResolved::Person(p) => {
                let member = body.is_some_and(|b| doc.member(b, &p).is_some());
                let recorded = meeting.is_some_and(|m| doc.attends(m, &p));
                // Only a full list (or a grid) shows who was not there.
                let listed = meeting.is_some_and(|m| m.attendance_complete());
                if !member && !recorded && listed {
                    out.push(
                        &OWNER_NOT_MEMBER,
                        path,
                        "This owner is not a member of the body and is not in the attendance of the meeting that raised the action.",
                    );
                }
            }
            OwnerResolved::Group(_) => {}
        }
    }
}

/// An action's dated history: out of order, before the action was raised, or at a
/// meeting that is not in the document.
fn check_history(
    doc: &Index<'_>,
    a: &Action,
    raised: Option<crate::date::Date>,
    base: &str,
    out: &mut Report,
) {
    let mut previous = None;
    for (k, h) in a.history.iter().enumerate() {
        if let Some(p) = previous {
            if h.date < p {
                out.push(
                    &HISTORY_OUT_OF_ORDER,
                    format!("{base}/history/{k}/date"),
                    "This status change is dated before the change listed before it.",
                );
            }
        }
        previous = Some(h.date);
        if raised.is_some_and(|r| h.date < r) {
            out.push(
                &HISTORY_BEFORE_RAISED,
                format!("{base}/history/{k}/date"),
                "This status change is dated before the meeting that raised the action.",
            );
        }
        if let Some(id) = &h.meeting {
            if doc.meeting(id).is_none() {
                out.push(
                    &UNKNOWN_REFERENCE,
                    format!("{base}/history/{k}/meeting"),
                    "The meeting of this status change is not in the document.",
                );
            }
        }
    }
}

/// A reopening without a dated note, and a status that differs from the history's latest.
fn check_reopening(a: &Action, tl: &Timeline, facts: &Facts, base: &str, out: &mut Report) {
    for (path, message) in &facts.reopened {
        out.push(&REOPENED_WITHOUT_NOTE, path.clone(), message.clone());
    }
    if let (Some(current), Some(last)) = (a.status, tl.events.last()) {
        if current != last.status {
            if last.status.is_done() && !current.is_done() {
                out.push(
                    &REOPENED_WITHOUT_NOTE,
                    format!("{base}/status"),
                    "The action's status is not done after it was done, with no dated note.",
                );
            } else {
                out.push(
                    &STATUS_DIFFERS_FROM_HISTORY,
                    format!("{base}/status"),
                    "The status differs from the latest dated status in the action's history.",
                );
            }
        }
    }
}

fn check_due(
    doc: &Index<'_>,
    a: &Action,
    given: Option<&Due>,
    raised: Option<crate::date::Date>,
    path: &str,
    out: &mut Report,
) {
    match (due_of(doc, a, given), given) {
        (DueDate::On(d), Some(w)) => {
            if let Some(r) = raised {
                if d < r {
                    let days = r.signed_duration_since(d).num_days();
                    let what = match w {
                        Due::Date(_) => "The due date",
                        Due::Month(_) => "The last day of the due month",
                        Due::Quarter(_) => "The last day of the due quarter",
                        Due::Months(..) => "The last day of the due months",
                        Due::FinancialYear(_) => "The last day of the due financial year",
                        Due::WithinDays(_) => "The due date",
                        Due::Meeting(_)
                        | Due::NextMeeting
                        | Due::NextMeetingOf(_)
                        | Due::Ongoing
                        | Due::Regularly
                        | Due::FutureMeeting => "The due meeting",
                    };
                    out.push(
                        &DUE_BEFORE_RAISED,
                        path.to_string(),
                        format!(
                            "{what} is {days} day(s) before the meeting that raised this action."
                        ),
                    );
                }
            }
        }
        // Days after a meeting whose date is not recorded: the premise is missing (another
        // rule says where the action came from), so silent.
        (DueDate::Unresolved, Some(Due::WithinDays(_))) => {}
        (DueDate::Unresolved, Some(Due::NextMeeting)) => out.push(
            &DUE_UNRESOLVED,
            path.to_string(),
            "The body has no meeting in the document after the one that raised this action.",
        ),
        // The premise is that the named body's meetings are in the document: a sub-group
        // whose meetings are not recorded at all leaves the due not evidenced (silent).
        (DueDate::Unresolved, Some(Due::NextMeetingOf(body)))
            if doc.meetings_of_slice(body).is_empty() => {}
        (DueDate::Unresolved, Some(Due::NextMeetingOf(_))) => out.push(
            &DUE_UNRESOLVED,
            format!("{path}/next_meeting_of"),
            "The named body has no meeting in the document after this action was raised.",
        ),
        (DueDate::Unresolved, _) => out.push(
            &DUE_UNRESOLVED,
            format!("{path}/meeting"),
            "The due meeting is not in the document or was cancelled.",
        ),
        _ => {}
    }
}
