//! `meeting.minutes_approved_before_held`: minutes recorded as approved before the meeting they record was held.
use crate::premise::Premise;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// Minutes recorded as approved before the meeting they record was held.
pub const MINUTES_APPROVED_BEFORE_HELD: Rule = Rule {
    code: "meeting.minutes_approved_before_held",
    severity: Severity::Error,
    summary: "Minutes are recorded as approved on a day before the meeting they record was held (silent when either date is unknown).",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: MINUTES_APPROVED_BEFORE_HELD,
    area: Area::Meeting,
    premise: Premise {
        code: "meeting.minutes_approved_before_held",
        text: "The day minutes were approved (approved_on).",
        needs: &["/meetings/*/previous_minutes/approved_on"],
        approximate: false,
    },
    scope: &[Scope::Meeting],
    citation: None,
    thresholds: &[],
    stage: Stage::MeetingMinutesApprovedBeforeHeld,
    check,
};

fn check(cx: &UnitContext<'_>, out: &mut Report) {
    let Some(prev) = cx.previous_minutes() else {
        return;
    };
    let (Some(on), Some(held)) = (prev.pm.approved_on, prev.held()) else {
        return;
    };
    if prev.pm.approved && on < held {
        out.push(
            &MINUTES_APPROVED_BEFORE_HELD,
            prev.path("approved_on"),
            "These minutes are recorded as approved before the meeting they record was held.",
        );
    }
}
