//! `meeting.attendance_code_undefined`: an attendance grid's mark that the grid's key does not define.
use crate::pointer::Pointer;
use crate::premise::Premise;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};
use std::collections::HashSet;

/// An attendance grid's mark that the grid's key does not define.
pub const ATTENDANCE_CODE_UNDEFINED: Rule = Rule {
    code: "meeting.attendance_code_undefined",
    severity: Severity::Warning,
    summary: "An attendance grid's cell holds a mark that the grid's key does not define (silent when the paper gives no key).",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: ATTENDANCE_CODE_UNDEFINED,
    area: Area::Meeting,
    premise: Premise {
        code: "meeting.attendance_code_undefined",
        text: "An attendance grid's key (attendance_key).",
        needs: &["/meetings/*/attendance_key"],
        approximate: false,
    },
    scope: &[Scope::Meeting],
    citation: None,
    thresholds: &[],
    stage: Stage::MeetingAttendanceCode,
    check,
};

fn check(cx: &UnitContext<'_>, out: &mut Report) {
    let Some(at) = cx.agenda_meeting() else {
        return;
    };
    if at.m.attendance_key.is_empty() {
        return;
    }
    let key: HashSet<&str> =
        at.m.attendance_key
            .iter()
            .map(|k| k.code.as_str())
            .collect();
    for (j, a) in at.m.attendance.iter().enumerate() {
        if let Some(c) = &a.code {
            if !key.contains(c.as_str()) {
                out.push(
                    &ATTENDANCE_CODE_UNDEFINED,
                    Pointer::at(at.base).item("attendance", j).field("code"),
                    "The grid's key does not define this mark.",
                );
            }
        }
    }
}
