//! `meeting.next_meeting_not_after`: a next meeting dated on or before this one.
use crate::pointer::Pointer;
use crate::premise::Premise;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// A next meeting dated on or before this one.
pub const NEXT_MEETING_NOT_AFTER: Rule = Rule {
    code: "meeting.next_meeting_not_after",
    severity: Severity::Error,
    summary: "The next meeting is dated on or before this one.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: NEXT_MEETING_NOT_AFTER,
    area: Area::Meeting,
    premise: Premise {
        code: "meeting.next_meeting_not_after",
        text: "The next meeting's date.",
        needs: &["/meetings/*/next_meeting"],
        approximate: false,
    },
    scope: &[Scope::Meeting],
    citation: None,
    thresholds: &[],
    stage: Stage::MeetingNextMeeting,
    check,
};

fn check(cx: &UnitContext<'_>, out: &mut Report) {
    let Some(at) = cx.agenda_meeting() else {
        return;
    };
    let Some(next) = &at.m.next_meeting else {
        return;
    };
    if at.m.known_date().is_some_and(|d| next.date <= d) {
        out.push(
            &NEXT_MEETING_NOT_AFTER,
            Pointer::at(at.base).field("next_meeting").field("date"),
            "The next meeting must be after this one.",
        );
    }
}
