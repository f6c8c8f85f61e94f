//! `meeting.previous_minutes_not_earlier`: minutes approved at a meeting that are of a meeting not earlier than it.
use crate::premise::Premise;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// Minutes approved at a meeting that are of a meeting not earlier than it.
pub const PREVIOUS_MINUTES_NOT_EARLIER: Rule = Rule {
    code: "meeting.previous_minutes_not_earlier",
    severity: Severity::Error,
    summary: "The minutes approved at a meeting are of a meeting that is not earlier than it.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: PREVIOUS_MINUTES_NOT_EARLIER,
    area: Area::Meeting,
    premise: Premise {
        code: "meeting.previous_minutes_not_earlier",
        text: "An approval of earlier minutes.",
        needs: &["/meetings/*/previous_minutes"],
        approximate: false,
    },
    scope: &[Scope::Meeting],
    citation: None,
    thresholds: &[],
    stage: Stage::MeetingPreviousNotEarlier,
    check,
};

fn check(cx: &UnitContext<'_>, out: &mut Report) {
    let Some(prev) = cx.previous_minutes() else {
        return;
    };
    if let (Some(held), Some(here)) = (prev.held(), prev.at.m.known_date()) {
        if held >= here {
            let field = if prev.pm.meeting.is_empty() {
                "meeting_date"
            } else {
                "meeting"
            };
            out.push(
                &PREVIOUS_MINUTES_NOT_EARLIER,
                prev.path(field),
                "Minutes can only be approved at a later meeting.",
            );
        }
    }
}
