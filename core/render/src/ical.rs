//! iCalendar (RFC 5545) through the `icalendar` crate: a body's meetings (venue, status;
//! a cancelled meeting is `STATUS:CANCELLED`) and the due dates of open actions as
//! all-day events. Times are floating local times (the board's own clock), as the
//! minutes write them. Nothing reads the system clock: every event's `DTSTAMP` is the
//! start of the `as_of` day, and every `UID` is made from the record's id, so the same
//! document gives the same file.

use crate::names;
use crate::{Error, Options};
use boardkit::action;
use boardkit::index::Index;
use boardkit::meeting::{Meeting, MeetingStatus};
use boardkit::BoardDocument;
use chrono::{DateTime, TimeZone, Utc};
use icalendar::{Calendar, Component, Event, EventLike, EventStatus};

/// The domain part of every UID.
pub const UID_DOMAIN: &str = "boardkit.invalid";

/// The calendar of the body of `options` from the public version of `doc`.
pub fn calendar(doc: &BoardDocument, options: &Options) -> Result<String, Error> {
    let public = doc.public_version();
    let ix = Index::new(&public);
    let body = crate::view::body_of(&ix, options)?;
    // The name in force on the calendar's date (a board that became a partnership).
    let body_name = ix
        .body(&body)
        .map(|b| b.name_on(options.as_of).to_string())
        .unwrap_or_default();
    let stamp = Utc.from_utc_datetime(&options.as_of.and_time(chrono::NaiveTime::MIN));
    let mut cal = Calendar::new();
    cal.name(&body_name);
    for m in ix.meetings_of_slice(&body) {
        cal.push(meeting_event(m, stamp));
    }
    action_events(&mut cal, &ix, &body, options, stamp);
    Ok(cal.done().to_string())
}

/// A meeting: its time (all day when no start is recorded), venue, status and agenda.
fn meeting_event(m: &Meeting, stamp: DateTime<Utc>) -> Event {
    let mut e = Event::new();
    e.uid(&format!("meeting-{}@{UID_DOMAIN}", m.id))
        .timestamp(stamp)
        .summary(&m.title);
    match m.start {
        Some(s) => {
            e.starts(m.date.and_time(s.0));
            if let Some(end) = m.end {
                e.ends(m.date.and_time(end.0));
            }
        }
        None => {
            e.all_day(m.date);
        }
    }
    if let Some(v) = &m.venue {
        e.location(v);
    }
    e.status(match m.status {
        MeetingStatus::Cancelled => EventStatus::Cancelled,
        _ => EventStatus::Confirmed,
    });
    let mut desc = format!("Status: {}.", names::words(&m.status));
    if !m.agenda.is_empty() {
        let items: Vec<String> = m
            .agenda
            .iter()
            .map(|i| format!("{} {}", i.number, i.title))
            .collect();
        desc.push_str(&format!(" Agenda: {}.", items.join("; ")));
    }
    e.description(&desc);
    e.done()
}

/// The due date of each open action raised at a meeting of the body, as an all-day event.
fn action_events(
    cal: &mut Calendar,
    ix: &Index<'_>,
    body: &str,
    options: &Options,
    stamp: DateTime<Utc>,
) {
    let groups = names::Groups::new(ix);
    let amber = options
        .amber_days
        .unwrap_or(action::log::DEFAULT_AMBER_DAYS);
    for entry in action::log::entries_in(ix, options.as_of, amber) {
        if entry.is_done()
            || entry
                .raised_at
                .as_deref()
                .and_then(|r| ix.meeting(r))
                .is_none_or(|m| m.body != body)
        {
            continue;
        }
        let Some(due) = entry.due_on else { continue };
        let Some(a) = ix.document().actions.get(entry.index) else {
            continue;
        };
        let owners: Vec<String> = entry
            .owners
            .iter()
            .map(|o| names::owner(ix, &groups, o))
            .collect();
        let mut e = Event::new();
        e.uid(&format!("action-{}@{UID_DOMAIN}", a.id))
            .timestamp(stamp)
            .summary(&format!("Action {} due: {}", a.reference, a.description))
            .all_day(due)
            .status(EventStatus::Confirmed)
            .description(&format!(
                "Owner(s): {}. Status as of {}: {}.",
                if owners.is_empty() {
                    "none recorded".to_string()
                } else {
                    owners.join(", ")
                },
                options.as_of,
                names::words(&entry.status)
            ));
        cal.push(e.done());
    }
}
