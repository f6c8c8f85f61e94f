//! `meeting.previous_minutes_other_body`: minutes approved at a meeting that are of a meeting of another body.
use crate::premise::Premise;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// Minutes approved at a meeting that are of a meeting of another body.
pub const PREVIOUS_MINUTES_OTHER_BODY: Rule = Rule {
    code: "meeting.previous_minutes_other_body",
    severity: Severity::Warning,
    summary: "The minutes approved at a meeting are of a meeting of another body.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: PREVIOUS_MINUTES_OTHER_BODY,
    area: Area::Meeting,
    premise: Premise {
        code: "meeting.previous_minutes_other_body",
        text: "An approval of earlier minutes naming the meeting.",
        needs: &["/meetings/*/previous_minutes/meeting"],
        approximate: false,
    },
    scope: &[Scope::Meeting],
    citation: None,
    thresholds: &[],
    stage: Stage::MeetingPreviousOtherBody,
    check,
};

fn check(cx: &UnitContext<'_>, out: &mut Report) {
    let Some(prev) = cx.previous_minutes() else {
        return;
    };
    if prev.pm.meeting.is_empty() {
        return;
    }
    if prev.named.is_some_and(|named| named.body != prev.at.m.body) {
        out.push(
            &PREVIOUS_MINUTES_OTHER_BODY,
            prev.path("meeting"),
            "These minutes are of a meeting of another body.",
        );
    }
}
