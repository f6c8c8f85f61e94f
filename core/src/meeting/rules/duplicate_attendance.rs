//! `meeting.duplicate_attendance`: a person with more than one attendance entry at one meeting.
use crate::pointer::Pointer;
use crate::premise::Premise;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};
use std::collections::HashMap;

/// A person with more than one attendance entry at one meeting.
pub const DUPLICATE_ATTENDANCE: Rule = Rule {
    code: "meeting.duplicate_attendance",
    severity: Severity::Error,
    summary: "A person has more than one attendance entry at one meeting.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: DUPLICATE_ATTENDANCE,
    area: Area::Meeting,
    premise: Premise {
        code: "meeting.duplicate_attendance",
        text: "A meeting's attendance.",
        needs: &["/meetings/*/attendance"],
        approximate: false,
    },
    scope: &[Scope::Meeting],
    citation: None,
    thresholds: &[],
    stage: Stage::MeetingDuplicateAttendance,
    check,
};

fn check(cx: &UnitContext<'_>, out: &mut Report) {
    let Some(at) = cx.agenda_meeting() else {
        return;
    };
    let mut seen: HashMap<&str, usize> = HashMap::with_capacity(at.m.attendance.len());
    for (j, a) in at.m.attendance.iter().enumerate() {
        if a.person.is_empty() {
            continue;
        }
        if let Some(first) = seen.get(a.person.as_str()) {
            out.push(
                &DUPLICATE_ATTENDANCE,
                Pointer::at(at.base).item("attendance", j).field("person"),
                format!("This person already has attendance entry {first} at this meeting."),
            );
        } else {
            seen.insert(a.person.as_str(), j);
        }
    }
}
