//! Dates and minutes rules: the meeting's date and times, the approval of earlier
//! minutes, the next meeting, matters arising and the actions decisions created.

use super::*;
use crate::unit::Stage;

/// Run every dates-and-minutes rule on one meeting.
pub(super) fn check(cx: &Ctx<'_, '_>, action_ids: &HashSet<&str>, out: &mut Report) {
    date_basis(cx, out);
    crate::unit::run_meeting(cx.ix, cx.options, cx.at, Stage::MeetingDateWindow, out);
    end_before_start(cx, out);
    previous_minutes_unnamed(cx, out);
    previous_minutes_meeting(cx, out);
    previous_minutes_date_mismatch(cx, out);
    minutes_approved_before_held(cx, out);
    crate::unit::run_meeting(cx.ix, cx.options, cx.at, Stage::MeetingApproval, out);
    next_meeting(cx, out);
    action_links(cx, action_ids, out);
    crate::unit::run_meeting(cx.ix, cx.options, cx.at, Stage::MeetingMattersArising, out);
}

fn date_basis(cx: &Ctx<'_, '_>, out: &mut Report) {
    let path = format!("{}/date_basis", cx.base);
    match cx.m.date_basis {
        DateBasis::Stated => {}
        DateBasis::Inferred => out.push(
            &DATE_INFERRED,
            path,
            "The paper does not state this meeting's date; rules use the inferred date.",
        ),
        DateBasis::NotBefore => out.push(
            &DATE_UNKNOWN,
            path,
            if cx.m.latest_date.is_some() {
                "This meeting's date is unknown (only a window of days is recorded); rules that compare its date were not run."
            } else {
                "This meeting's date is unknown; rules that compare its date were not run."
            },
        ),
    }
}

fn end_before_start(cx: &Ctx<'_, '_>, out: &mut Report) {
    if let (Some(s), Some(e)) = (cx.m.start, cx.m.end) {
        if e <= s {
            out.push(
                &END_BEFORE_START,
                format!("{}/end", cx.base),
                "The meeting ends before or when it starts.",
            );
        }
    }
    if let Some(next) = &cx.m.next_meeting {
        if let (Some(s), Some(e)) = (next.start, next.end) {
            if e <= s {
                out.push(
                    &END_BEFORE_START,
                    format!("{}/next_meeting/end", cx.base),
                    "The next meeting ends before or when it starts.",
                );
            }
        }
    }
}

fn previous_minutes_unnamed(cx: &Ctx<'_, '_>, out: &mut Report) {
    if let Some(pm) = &cx.m.previous_minutes {
        if pm.meeting.is_empty() && pm.meeting_date.is_none() && !pm.last_meeting {
            out.push(
                &PREVIOUS_MINUTES_UNNAMED,
                format!("{}/previous_minutes", cx.base),
                "Name the meeting whose minutes were approved (`meeting`), give its date (`meeting_date`), or mark them the minutes of the last meeting (`last_meeting`).",
            );
        }
    }
}

/// The date of the meeting whose minutes were approved, when known: the named meeting's
/// (if its date is known), else the date the minutes give.
fn recorded_date(cx: &Ctx<'_, '_>, pm: &MinutesApproval) -> Option<crate::date::Date> {
    match cx.ix.meeting(&pm.meeting) {
        Some(prev) => prev.known_date(),
        None => pm.meeting_date,
    }
}

fn previous_minutes_meeting(cx: &Ctx<'_, '_>, out: &mut Report) {
    let Some(pm) = &cx.m.previous_minutes else {
        return;
    };
    let path = format!("{}/previous_minutes/meeting", cx.base);
    if !pm.meeting.is_empty() {
        match cx.ix.meeting(&pm.meeting) {
            None => out.push(
                &UNKNOWN_REFERENCE,
                path.clone(),
                "The meeting whose minutes were approved is not in the document.",
            ),
            Some(prev) if prev.body != cx.m.body => out.push(
                &PREVIOUS_MINUTES_OTHER_BODY,
                path.clone(),
                "These minutes are of a meeting of another body.",
            ),
            Some(_) => {}
        }
    }
    if let (Some(prev), Some(here)) = (recorded_date(cx, pm), cx.m.known_date()) {
        if prev >= here {
            let at = if pm.meeting.is_empty() {
                format!("{}/previous_minutes/meeting_date", cx.base)
            } else {
                path
            };
            out.push(
                &PREVIOUS_MINUTES_NOT_EARLIER,
                at,
                "Minutes can only be approved at a later meeting.",
            );
        }
    }
}

fn previous_minutes_date_mismatch(cx: &Ctx<'_, '_>, out: &mut Report) {
    let Some(pm) = &cx.m.previous_minutes else {
        return;
    };
    let (Some(prev), Some(given)) = (cx.ix.meeting(&pm.meeting), pm.meeting_date) else {
        return;
    };
    if prev.known_date().is_some_and(|d| d != given) {
        out.push(
            &PREVIOUS_MINUTES_DATE_MISMATCH,
            format!("{}/previous_minutes/meeting_date", cx.base),
            "This date is not the date of the meeting named.",
        );
    }
}

fn minutes_approved_before_held(cx: &Ctx<'_, '_>, out: &mut Report) {
    let Some(pm) = &cx.m.previous_minutes else {
        return;
    };
    let (Some(on), Some(held)) = (pm.approved_on, recorded_date(cx, pm)) else {
        return;
    };
    if pm.approved && on < held {
        out.push(
            &MINUTES_APPROVED_BEFORE_HELD,
            format!("{}/previous_minutes/approved_on", cx.base),
            "These minutes are recorded as approved before the meeting they record was held.",
        );
    }
}

fn next_meeting(cx: &Ctx<'_, '_>, out: &mut Report) {
    let Some(next) = &cx.m.next_meeting else {
        return;
    };
    if cx.m.known_date().is_some_and(|d| next.date <= d) {
        out.push(
            &NEXT_MEETING_NOT_AFTER,
            format!("{}/next_meeting/date", cx.base),
            "The next meeting must be after this one.",
        );
    }
    if let Some(id) = &next.meeting {
        if cx.ix.meeting(id).is_none() {
            out.push(
                &UNKNOWN_REFERENCE,
                format!("{}/next_meeting/meeting", cx.base),
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
                    format!("{}/matters_arising/{k}/action", cx.base),
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
                        format!("{}/agenda/{k}/decisions/{d}/actions/{a}", cx.base),
                        "This decision names an action that is not in the document.",
                    );
                }
            }
        }
    }
}
