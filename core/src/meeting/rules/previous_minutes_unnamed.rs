//! `meeting.previous_minutes_unnamed`: an approval of earlier minutes that names neither the meeting nor its date.
use crate::pointer::Pointer;
use crate::premise::Premise;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// An approval of earlier minutes that names neither the meeting nor its date.
pub const PREVIOUS_MINUTES_UNNAMED: Rule = Rule {
    code: "meeting.previous_minutes_unnamed",
    severity: Severity::Error,
    summary: "An approval of earlier minutes names neither the meeting nor its date; silent when the minutes name it only as \"the last meeting\" (last_meeting).",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: PREVIOUS_MINUTES_UNNAMED,
    area: Area::Meeting,
    premise: Premise {
        code: "meeting.previous_minutes_unnamed",
        text: "An approval of earlier minutes.",
        needs: &["/meetings/*/previous_minutes"],
        approximate: false,
    },
    scope: &[Scope::Meeting],
    citation: None,
    thresholds: &[],
    stage: Stage::MeetingPreviousUnnamed,
    check,
};

fn check(cx: &UnitContext<'_>, out: &mut Report) {
    let Some(at) = cx.agenda_meeting() else {
        return;
    };
    if let Some(pm) = &at.m.previous_minutes {
        if pm.meeting.is_empty() && pm.meeting_date.is_none() && !pm.last_meeting {
            out.push(
                &PREVIOUS_MINUTES_UNNAMED,
                Pointer::at(at.base).field("previous_minutes"),
                "Name the meeting whose minutes were approved (`meeting`), give its date (`meeting_date`), or mark them the minutes of the last meeting (`last_meeting`).",
            );
        }
    }
}
