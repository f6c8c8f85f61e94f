//! `meeting.attendance_item_unknown`: attendance for an agenda item the meeting does not have.
use crate::meeting::item_number;
use crate::pointer::Pointer;
use crate::premise::Premise;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// Attendance for an agenda item the meeting does not have.
pub const ATTENDANCE_ITEM_UNKNOWN: Rule = Rule {
    code: "meeting.attendance_item_unknown",
    severity: Severity::Error,
    summary: "Someone is in attendance for an agenda item the meeting does not have (silent when the agenda is not recorded).",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: ATTENDANCE_ITEM_UNKNOWN,
    area: Area::Meeting,
    premise: Premise {
        code: "meeting.attendance_item_unknown",
        text: "Attendance for agenda items and the agenda.",
        needs: &["/meetings/*/attendance/*/items", "/meetings/*/agenda"],
        approximate: false,
    },
    scope: &[Scope::Meeting],
    citation: None,
    thresholds: &[],
    stage: Stage::MeetingAttendanceItem,
    check,
};

fn check(cx: &UnitContext<'_>, out: &mut Report) {
    let Some(at) = cx.agenda_meeting() else {
        return;
    };
    if at.m.agenda.is_empty() {
        return;
    }
    for (j, a) in at.m.attendance.iter().enumerate() {
        for (k, item) in a.items.iter().enumerate() {
            let known = item_number(item).is_some_and(|n| at.numbers.contains_key(&n));
            if !known {
                out.push(
                    &ATTENDANCE_ITEM_UNKNOWN,
                    Pointer::at(at.base).item("attendance", j).item("items", k),
                    "This meeting has no agenda item with this number.",
                );
            }
        }
    }
}
