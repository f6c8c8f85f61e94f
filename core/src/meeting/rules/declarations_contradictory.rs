//! `meeting.declarations_contradictory`: declarations that say none were declared but list some.
use crate::pointer::Pointer;
use crate::premise::Premise;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// Declarations that say none were declared but list some.
pub const DECLARATIONS_CONTRADICTORY: Rule = Rule {
    code: "meeting.declarations_contradictory",
    severity: Severity::Error,
    summary: "Declarations say none were declared but list declarations.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: DECLARATIONS_CONTRADICTORY,
    area: Area::Meeting,
    premise: Premise {
        code: "meeting.declarations_contradictory",
        text: "A meeting's declarations of interest.",
        needs: &["/meetings/*/declarations"],
        approximate: false,
    },
    scope: &[Scope::Meeting],
    citation: None,
    thresholds: &[],
    stage: Stage::MeetingDeclarations,
    check,
};

fn check(cx: &UnitContext<'_>, out: &mut Report) {
    let Some(at) = cx.agenda_meeting() else {
        return;
    };
    if let Some(d) = &at.m.declarations {
        if d.none_declared && !d.entries.is_empty() {
            out.push(
                &DECLARATIONS_CONTRADICTORY,
                Pointer::at(at.base)
                    .field("declarations")
                    .field("none_declared"),
                "None declared is set but declarations are listed.",
            );
        }
    }
}
