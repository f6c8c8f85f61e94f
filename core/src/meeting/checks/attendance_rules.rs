//! Attendance rules: one entry per person, deputies and substitutes, grid codes; the
//! units' stages, and the references to people, seats and agencies between them.

use super::context::Ctx;
use crate::board::UNKNOWN_REFERENCE;
use crate::meeting::{Attendance, AttendanceStatus};
use crate::pointer::Pointer;
use crate::unit::{MeetingWalk, Stage};
use crate::validate::Report;
use std::collections::HashSet;

/// Run every attendance rule on one meeting.
pub(super) fn check(cx: &Ctx<'_, '_>, walk: &MeetingWalk<'_>, out: &mut Report) {
    unknown_people(cx, out);
    walk.stage(Stage::MeetingDuplicateAttendance, out);
    walk.stage(Stage::MeetingUnheldAttendance, out);
    walk.stage(Stage::MeetingDeputyWithoutPrincipal, out);
    walk.stage(Stage::MeetingSelfDeputy, out);
    walk.stage(Stage::MeetingDeputyForNonMember, out);
    walk.stage(Stage::MeetingDeputyNotAllowed, out);
    walk.stage(Stage::MeetingDeputyAndPrincipal, out);
    walk.stage(Stage::MeetingTwoDeputies, out);
    walk.stage(Stage::MeetingSubstituteSeat, out);
    unknown_seats_and_agencies(cx, out);
    walk.stage(Stage::MeetingAttendanceCode, out);
    walk.stage(Stage::MeetingAttendanceItem, out);
}

fn path(cx: &Ctx<'_, '_>, j: usize, field: &'static str) -> Pointer {
    Pointer::at(cx.base).item("attendance", j).field(field)
}

/// An entry whose person the paper does not name: a deputy known by whom they stood
/// in for, or a seat's mark.
fn unnamed_allowed(a: &Attendance) -> bool {
    a.seat.is_some() || (a.status == AttendanceStatus::Deputy && a.deputy_for.is_some())
}

fn unknown_people(cx: &Ctx<'_, '_>, out: &mut Report) {
    for (j, a) in cx.m.attendance.iter().enumerate() {
        if a.person.is_empty() {
            if !unnamed_allowed(a) {
                out.push(
                    &UNKNOWN_REFERENCE,
                    path(cx, j, "person"),
                    "Name the person, or, when the paper does not, the seat (or for a deputy the member) the entry is for.",
                );
            }
        } else if cx.ix.person(&a.person).is_none() {
            out.push(
                &UNKNOWN_REFERENCE,
                path(cx, j, "person"),
                "This person is not in the document's people.",
            );
        }
        if let Some(p) = &a.also_deputy_for {
            if cx.ix.person(p).is_none() {
                out.push(
                    &UNKNOWN_REFERENCE,
                    path(cx, j, "also_deputy_for"),
                    "This person is not in the document's people.",
                );
            }
        }
    }
}

fn unknown_seats_and_agencies(cx: &Ctx<'_, '_>, out: &mut Report) {
    let seats: HashSet<&str> = cx
        .body
        .map(|b| b.named_seats.iter().map(|s| s.id.as_str()).collect())
        .unwrap_or_default();
    for (j, a) in cx.m.attendance.iter().enumerate() {
        if let Some(s) = &a.seat {
            if cx.body.is_some() && !seats.contains(s.as_str()) {
                out.push(
                    &UNKNOWN_REFERENCE,
                    path(cx, j, "seat"),
                    "This seat is not among the body's named seats.",
                );
            }
        }
        if let Some(o) = &a.organisation {
            if cx.ix.organisation(o).is_none() {
                out.push(
                    &UNKNOWN_REFERENCE,
                    path(cx, j, "organisation"),
                    "This organisation is not in the document's organisations.",
                );
            }
        }
    }
}
