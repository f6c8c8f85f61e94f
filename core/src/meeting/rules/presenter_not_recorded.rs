//! `meeting.presenter_not_recorded`: a presenter who is not in the meeting's full attendance.
use crate::meeting::Resolved;
use crate::premise::Premise;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// A presenter who is not in the meeting's full attendance.
pub const PRESENTER_NOT_RECORDED: Rule = Rule {
    code: "meeting.presenter_not_recorded",
    severity: Severity::Warning,
    summary: "Someone presents an item but is not recorded in the meeting's attendance (present, deputy, in attendance or minute-taker); silent unless the paper records full attendance.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: PRESENTER_NOT_RECORDED,
    area: Area::Meeting,
    premise: Premise {
        code: "meeting.presenter_not_recorded",
        text: "Presenters of agenda items and a full attendance record (approximate: checks presenters and attendance are recorded).",
        needs: &["/meetings/*/agenda/*/presenters", "/meetings/*/attendance"],
        approximate: true,
    },
    scope: &[Scope::Meeting, Scope::Person],
    citation: None,
    thresholds: &[],
    stage: Stage::MeetingPersonRef,
    check,
};

fn check(cx: &UnitContext<'_>, out: &mut Report) {
    let Some((at, r)) = cx.person_ref() else {
        return;
    };
    let (true, Resolved::Person(id)) = (r.presenter, r.resolved) else {
        return;
    };
    // Only a full attendance list says who was not there.
    if !at.m.status.took_place() || !at.m.attendance_complete() {
        return;
    }
    let recorded = at
        .entries
        .get(id.as_str())
        .is_some_and(|a| a.status.in_room());
    if !recorded {
        out.push(
            &PRESENTER_NOT_RECORDED,
            r.path,
            "This presenter is not recorded in the meeting's attendance.",
        );
    }
}
