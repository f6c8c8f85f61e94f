//! An action resolved in its document: the meeting and body that raised it, its
//! constitution's thresholds, its due date and its owners, through the index (L3, with
//! the index). `action` re-exports each at its public path.

use super::{Action, Due, DueDate, Owner, OwnerResolved};
use crate::board::{Body, Thresholds};
use crate::date::Date;
use crate::index::Index;
use crate::meeting::{Meeting, Resolved};
use crate::BoardDocument;

/// The meeting that raised an action, if it is in the document.
pub fn raised_meeting<'a>(doc: &'a BoardDocument, action: &Action) -> Option<&'a Meeting> {
    action.raised_at.as_deref().and_then(|id| doc.meeting(id))
}

/// [`raised_meeting`] through an index of the document.
pub fn raised_meeting_in<'a>(ix: &Index<'a>, action: &Action) -> Option<&'a Meeting> {
    action.raised_at.as_deref().and_then(|id| ix.meeting(id))
}

/// The date an action was raised: the date of its `raised_at` meeting, or of the plan
/// that raised it.
pub fn raised_on(doc: &BoardDocument, action: &Action) -> Option<Date> {
    raised_meeting(doc, action)
        .map(|m| m.date)
        .or_else(|| action.raised_by.as_ref().and_then(|p| p.date))
}

/// [`raised_on`] through an index of the document.
pub fn raised_on_in(ix: &Index<'_>, action: &Action) -> Option<Date> {
    raised_meeting_in(ix, action)
        .map(|m| m.date)
        .or_else(|| action.raised_by.as_ref().and_then(|p| p.date))
}

/// The body whose action log holds an action (the body of the meeting that raised it).
pub fn body_of<'a>(doc: &'a BoardDocument, action: &Action) -> Option<&'a Body> {
    raised_meeting(doc, action).and_then(|m| doc.body(&m.body))
}

/// The thresholds of the constitution of an action's body: the body of the meeting that
/// raised it, else of the plan that raised it.
pub fn thresholds_of_in<'a>(ix: &Index<'a>, action: &Action) -> Option<&'a Thresholds> {
    raised_meeting_in(ix, action)
        .map(|m| m.body.as_str())
        .or_else(|| action.plan_body())
        .and_then(|b| ix.body(b))
        .and_then(|b| b.constitution.as_ref())
        .map(|c| &c.thresholds)
}

/// [`body_of`] through an index of the document.
pub fn body_of_in<'a>(ix: &Index<'a>, action: &Action) -> Option<&'a Body> {
    raised_meeting_in(ix, action).and_then(|m| ix.body(&m.body))
}

/// Resolve an action's due (the one in force: see [`Action::current_due`]) to a
/// calendar date.
///
/// A date is itself; a month or a quarter falls due on its last day; "ongoing" has no due
/// date; a meeting falls due on that meeting's date; "next_meeting" means the first
/// meeting of the body dated after the meeting that raised the action, and
/// "next_meeting_of" the first meeting of the named body dated after the action was raised
/// (cancelled meetings are skipped). A cancelled or unknown meeting, or no later meeting,
/// is [`DueDate::Unresolved`].
pub fn due_date(doc: &BoardDocument, action: &Action) -> DueDate {
    due_date_in(&Index::new(doc), action)
}

/// [`due_date`] through an index of the document (what the action log uses for every
/// action).
pub fn due_date_in(ix: &Index<'_>, action: &Action) -> DueDate {
    due_of(ix, action, action.current_due())
}

/// Resolve one due of an action (the original, or a revision) to a calendar date.
pub fn due_of(ix: &Index<'_>, action: &Action, due: Option<&Due>) -> DueDate {
    let live = |m: &Meeting| m.status != crate::meeting::MeetingStatus::Cancelled;
    match due {
        None | Some(Due::Ongoing | Due::Regularly | Due::FutureMeeting) => DueDate::None,
        Some(
            fixed @ (Due::Date(_)
            | Due::Month(_)
            | Due::Quarter(_)
            | Due::Months(..)
            | Due::FinancialYear(_)),
        ) => fixed.fixed_date().map_or(DueDate::Unresolved, DueDate::On),
        // Days after the meeting that raised it: only where that date is recorded.
        Some(Due::WithinDays(n)) => raised_on_in(ix, action)
            .and_then(|r| r.checked_add_days(chrono::Days::new(u64::from(*n))))
            .map_or(DueDate::Unresolved, DueDate::On),
        Some(Due::Meeting(id)) => match ix.meeting(id) {
            Some(m) if live(m) => DueDate::On(m.date),
            _ => DueDate::Unresolved,
        },
        Some(Due::NextMeeting) => raised_meeting_in(ix, action)
            .and_then(|m| ix.next_meeting_after(m))
            .map(|m| DueDate::On(m.date))
            .unwrap_or(DueDate::Unresolved),
        Some(Due::NextMeetingOf(body)) => {
            let Some(raised) = raised_on_in(ix, action) else {
                return DueDate::Unresolved;
            };
            let list = ix.meetings_of_slice(body);
            let from = list.partition_point(|m| m.date <= raised);
            list.get(from..)
                .and_then(|rest| rest.iter().find(|m| live(m)))
                .map(|m| DueDate::On(m.date))
                .unwrap_or(DueDate::Unresolved)
        }
    }
}

/// Resolve an owner in the scope of the meeting that raised the action: people by id,
/// initials against that meeting's attendance and the body's members, the chair role
/// against the body's independent chair, groups against the body's `groups`.
pub fn resolve_owner(doc: &BoardDocument, action: &Action, owner: &Owner) -> OwnerResolved {
    resolve_owner_in(&Index::new(doc), action, owner)
}

/// [`resolve_owner`] through an index of the document (what the rule checks and the
/// action log use for every owner).
pub fn resolve_owner_in(ix: &Index<'_>, action: &Action, owner: &Owner) -> OwnerResolved {
    let doc = ix;
    let meeting = raised_meeting_in(doc, action);
    let body = meeting
        .and_then(|m| doc.body(&m.body))
        .or_else(|| action.plan_body().and_then(|b| doc.body(b)));
    match owner {
        Owner::Group(id) => {
            if body.is_some_and(|b| doc.has_group(b, id)) {
                OwnerResolved::Group(id.clone())
            } else {
                OwnerResolved::Nobody
            }
        }
        _ => match owner.person_ref() {
            Some(r) => match crate::meeting::resolve_indexed(doc, body, meeting, &r) {
                Resolved::Person(id) => OwnerResolved::Person(id),
                Resolved::Nobody => OwnerResolved::Nobody,
                Resolved::Ambiguous(n) => OwnerResolved::Ambiguous(n),
            },
            None => OwnerResolved::Nobody,
        },
    }
}
