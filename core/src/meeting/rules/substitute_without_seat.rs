//! `meeting.substitute_without_seat`: a substitute who names no vacant seat, or a seat a member held.
use crate::meeting::AttendanceStatus;
use crate::premise::Premise;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// A substitute who names no vacant seat, or a seat a member held.
pub const SUBSTITUTE_WITHOUT_SEAT: Rule = Rule {
    code: "meeting.substitute_without_seat",
    severity: Severity::Error,
    summary: "A substitute does not name the vacant seat they sat in, or names a seat that a member held on the meeting's date.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: SUBSTITUTE_WITHOUT_SEAT,
    area: Area::Meeting,
    premise: Premise {
        code: "meeting.substitute_without_seat",
        text:
            "A meeting's attendance and named seats (approximate for papers without substitutes).",
        needs: &["/meetings/*/attendance"],
        approximate: true,
    },
    scope: &[Scope::Meeting, Scope::Body],
    citation: None,
    thresholds: &[],
    stage: Stage::MeetingSubstituteSeat,
    check,
};

fn check(cx: &UnitContext<'_>, out: &mut Report) {
    let Some(at) = cx.agenda_meeting() else {
        return;
    };
    if cx.agenda_body().is_none() {
        return;
    }
    for (j, a) in at.m.attendance.iter().enumerate() {
        if a.status != AttendanceStatus::Substitute {
            continue;
        }
        let path = || format!("{}/attendance/{j}/seat", at.base);
        match a.seat.as_deref() {
            None => out.push(
                &SUBSTITUTE_WITHOUT_SEAT,
                path(),
                "A substitute must name the vacant seat they sat in.",
            ),
            Some(s) if cx.seat_held(s) => out.push(
                &SUBSTITUTE_WITHOUT_SEAT,
                path(),
                "A member held this seat on the meeting's date, so it was not vacant; record a deputy for that member instead.",
            ),
            Some(_) => {}
        }
    }
}
