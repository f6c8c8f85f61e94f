//! `meeting.attendance_of_unheld_meeting`: people recorded as present at a scheduled or cancelled meeting.
use crate::pointer::Pointer;
use crate::premise::Premise;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// People recorded as present at a scheduled or cancelled meeting.
pub const ATTENDANCE_OF_UNHELD_MEETING: Rule = Rule {
    code: "meeting.attendance_of_unheld_meeting",
    severity: Severity::Warning,
    summary: "A scheduled or cancelled meeting records people as present.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: ATTENDANCE_OF_UNHELD_MEETING,
    area: Area::Meeting,
    premise: Premise {
        code: "meeting.attendance_of_unheld_meeting",
        text: "Attendance at a scheduled or cancelled meeting (approximate: checks that attendance is recorded).",
        needs: &["/meetings/*/attendance"],
        approximate: true,
    },
    scope: &[Scope::Meeting],
    citation: None,
    thresholds: &[],
    stage: Stage::MeetingUnheldAttendance,
    check,
};

fn check(cx: &UnitContext<'_>, out: &mut Report) {
    let Some(at) = cx.agenda_meeting() else {
        return;
    };
    if !at.m.status.not_held() {
        return;
    }
    for (j, a) in at.m.attendance.iter().enumerate() {
        if a.status.in_room() {
            out.push(
                &ATTENDANCE_OF_UNHELD_MEETING,
                Pointer::at(at.base).item("attendance", j).field("status"),
                "The meeting has not taken place (scheduled or cancelled) but this person is recorded in the room.",
            );
        }
    }
}
