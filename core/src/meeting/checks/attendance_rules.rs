//! Attendance rules: one entry per person, deputies and substitutes, grid codes.

use super::*;

/// Run every attendance rule on one meeting.
pub(super) fn check(cx: &Ctx<'_, '_>, out: &mut Report) {
    unknown_people(cx, out);
    duplicate_attendance(cx, out);
    attendance_of_unheld_meeting(cx, out);
    deputy_without_principal(cx, out);
    self_deputy(cx, out);
    deputy_for_non_member(cx, out);
    deputy_not_allowed(cx, out);
    deputy_and_principal_present(cx, out);
    two_deputies(cx, out);
    substitute_without_seat(cx, out);
    unknown_seats_and_agencies(cx, out);
    attendance_code_undefined(cx, out);
    attendance_item_unknown(cx, out);
}

fn path(cx: &Ctx<'_, '_>, j: usize, field: &str) -> String {
    format!("{}/attendance/{j}/{field}", cx.base)
}

/// The member a deputy entry names, other than themselves.
fn principal(a: &Attendance) -> Option<&str> {
    match a.status {
        AttendanceStatus::Deputy => a.deputy_for.as_deref().filter(|p| *p != a.person),
        _ => None,
    }
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

fn duplicate_attendance(cx: &Ctx<'_, '_>, out: &mut Report) {
    let mut seen: HashMap<&str, usize> = HashMap::with_capacity(cx.m.attendance.len());
    for (j, a) in cx.m.attendance.iter().enumerate() {
        if a.person.is_empty() {
            continue;
        }
        if let Some(first) = seen.get(a.person.as_str()) {
            out.push(
                &DUPLICATE_ATTENDANCE,
                path(cx, j, "person"),
                format!("This person already has attendance entry {first} at this meeting."),
            );
        } else {
            seen.insert(a.person.as_str(), j);
        }
    }
}

fn attendance_of_unheld_meeting(cx: &Ctx<'_, '_>, out: &mut Report) {
    if !cx.m.status.not_held() {
        return;
    }
    for (j, a) in cx.m.attendance.iter().enumerate() {
        if a.status.in_room() {
            out.push(
                &ATTENDANCE_OF_UNHELD_MEETING,
                path(cx, j, "status"),
                "The meeting has not taken place (scheduled or cancelled) but this person is recorded in the room.",
            );
        }
    }
}

fn deputy_without_principal(cx: &Ctx<'_, '_>, out: &mut Report) {
    for (j, a) in cx.m.attendance.iter().enumerate() {
        let named = a.deputy_for.is_some() || a.seat.is_some() || a.organisation.is_some();
        match a.status {
            AttendanceStatus::Deputy if !named => out.push(
                &DEPUTY_WITHOUT_PRINCIPAL,
                path(cx, j, "deputy_for"),
                "A deputy must name the member they deputise for, or the seat or agency they represent.",
            ),
            AttendanceStatus::Deputy => {}
            _ if a.deputy_for.is_some() => out.push(
                &DEPUTY_WITHOUT_PRINCIPAL,
                path(cx, j, "deputy_for"),
                "Only a deputy entry may name `deputy_for`; a member present in their own right who also represents another uses `also_deputy_for`.",
            ),
            _ => {}
        }
    }
}

fn self_deputy(cx: &Ctx<'_, '_>, out: &mut Report) {
    for (j, a) in cx.m.attendance.iter().enumerate() {
        let own = [&a.deputy_for, &a.also_deputy_for]
            .into_iter()
            .zip(["deputy_for", "also_deputy_for"])
            .find(|(p, _)| p.as_deref() == Some(a.person.as_str()));
        if let Some((_, field)) = own {
            out.push(
                &SELF_DEPUTY,
                path(cx, j, field),
                "A person cannot deputise for themselves; name the member they stood in for.",
            );
        }
    }
}

/// The members an entry stands in for: its deputy_for, and its also_deputy_for.
fn stood_in_for(a: &Attendance) -> impl Iterator<Item = (&str, &'static str)> {
    let also = a.also_deputy_for.as_deref().filter(|p| *p != a.person);
    principal(a)
        .map(|p| (p, "deputy_for"))
        .into_iter()
        .chain(also.map(|p| (p, "also_deputy_for")))
}

fn deputy_for_non_member(cx: &Ctx<'_, '_>, out: &mut Report) {
    if cx.body.is_none() {
        return;
    }
    for (j, a) in cx.m.attendance.iter().enumerate() {
        for (p, field) in stood_in_for(a) {
            if cx.member(p).is_none() {
                out.push(
                    &DEPUTY_FOR_NON_MEMBER,
                    path(cx, j, field),
                    "The person deputised for is not a member of this body on the meeting's date.",
                );
            }
        }
    }
}

fn deputy_not_allowed(cx: &Ctx<'_, '_>, out: &mut Report) {
    for (j, a) in cx.m.attendance.iter().enumerate() {
        for (p, field) in stood_in_for(a) {
            if cx.member(p).is_some_and(|mem| !mem.deputisable()) {
                out.push(
                    &DEPUTY_NOT_ALLOWED,
                    path(cx, j, field),
                    "This member attends in their own right and may not send a deputy.",
                );
            }
        }
    }
}

fn deputy_and_principal_present(cx: &Ctx<'_, '_>, out: &mut Report) {
    for (j, a) in cx.m.attendance.iter().enumerate() {
        for (p, field) in stood_in_for(a) {
            let present = cx
                .entries
                .get(p)
                .is_some_and(|e| e.status == AttendanceStatus::Present);
            if present {
                out.push(
                    &DEPUTY_AND_PRINCIPAL_PRESENT,
                    path(cx, j, field),
                    "The member deputised for is also recorded as present, so they would be counted twice.",
                );
            }
        }
    }
}

fn two_deputies(cx: &Ctx<'_, '_>, out: &mut Report) {
    let mut first: HashMap<&str, (usize, &str)> = HashMap::new();
    for (j, a) in cx.m.attendance.iter().enumerate() {
        for (p, field) in stood_in_for(a) {
            match first.get(p) {
                Some((k, who)) if *who != a.person => out.push(
                    &TWO_DEPUTIES,
                    path(cx, j, field),
                    format!("Attendance entry {k} already deputises for this member."),
                ),
                Some(_) => {}
                None => {
                    first.insert(p, (j, a.person.as_str()));
                }
            }
        }
    }
}

fn substitute_without_seat(cx: &Ctx<'_, '_>, out: &mut Report) {
    let Some(body) = cx.body else { return };
    // Held on the meeting's date (never when the date is unknown).
    let held = |seat: &str| {
        cx.m.known_date().is_some_and(|d| {
            cx.seat_holders
                .get(&(body.id.as_str(), seat))
                .is_some_and(|v| v.iter().any(|mem| mem.current_on(d)))
        })
    };
    for (j, a) in cx.m.attendance.iter().enumerate() {
        if a.status != AttendanceStatus::Substitute {
            continue;
        }
        match a.seat.as_deref() {
            None => out.push(
                &SUBSTITUTE_WITHOUT_SEAT,
                path(cx, j, "seat"),
                "A substitute must name the vacant seat they sat in.",
            ),
            Some(s) if held(s) => out.push(
                &SUBSTITUTE_WITHOUT_SEAT,
                path(cx, j, "seat"),
                "A member held this seat on the meeting's date, so it was not vacant; record a deputy for that member instead.",
            ),
            Some(_) => {}
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

fn attendance_code_undefined(cx: &Ctx<'_, '_>, out: &mut Report) {
    if cx.m.attendance_key.is_empty() {
        return;
    }
    let key: HashSet<&str> =
        cx.m.attendance_key
            .iter()
            .map(|k| k.code.as_str())
            .collect();
    for (j, a) in cx.m.attendance.iter().enumerate() {
        if let Some(c) = &a.code {
            if !key.contains(c.as_str()) {
                out.push(
                    &ATTENDANCE_CODE_UNDEFINED,
                    path(cx, j, "code"),
                    "The grid's key does not define this mark.",
                );
            }
        }
    }
}

fn attendance_item_unknown(cx: &Ctx<'_, '_>, out: &mut Report) {
    if cx.m.agenda.is_empty() {
        return;
    }
    for (j, a) in cx.m.attendance.iter().enumerate() {
        for (k, item) in a.items.iter().enumerate() {
            let known = item_number(item).is_some_and(|n| cx.numbers.contains_key(&n));
            if !known {
                out.push(
                    &ATTENDANCE_ITEM_UNKNOWN,
                    format!("{}/attendance/{j}/items/{k}", cx.base),
                    "This meeting has no agenda item with this number.",
                );
            }
        }
    }
}
