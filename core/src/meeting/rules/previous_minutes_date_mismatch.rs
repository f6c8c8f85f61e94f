//! `meeting.previous_minutes_date_mismatch`: an approval of earlier minutes whose date is not that of the meeting it names.
use crate::premise::Premise;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// An approval of earlier minutes whose date is not that of the meeting it names.
pub const PREVIOUS_MINUTES_DATE_MISMATCH: Rule = Rule {
    code: "meeting.previous_minutes_date_mismatch",
    severity: Severity::Warning,
    summary:
        "An approval of earlier minutes gives a date that is not the date of the meeting it names.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: PREVIOUS_MINUTES_DATE_MISMATCH,
    area: Area::Meeting,
    premise: Premise {
        code: "meeting.previous_minutes_date_mismatch",
        text: "An approval of earlier minutes with the meeting and its date.",
        needs: &[
            "/meetings/*/previous_minutes/meeting_date",
            "/meetings/*/previous_minutes/meeting",
        ],
        approximate: false,
    },
    scope: &[Scope::Meeting],
    citation: None,
    thresholds: &[],
    stage: Stage::MeetingPreviousDateMismatch,
    check,
};

fn check(cx: &UnitContext<'_>, out: &mut Report) {
    let Some(prev) = cx.previous_minutes() else {
        return;
    };
    let (Some(named), Some(given)) = (prev.named, prev.pm.meeting_date) else {
        return;
    };
    if named.known_date().is_some_and(|d| d != given) {
        out.push(
            &PREVIOUS_MINUTES_DATE_MISMATCH,
            prev.path("meeting_date"),
            "This date is not the date of the meeting named.",
        );
    }
}
