//! `meeting.agenda_number_invalid`: an agenda item number that is not a number.
use crate::pointer::Pointer;
use crate::premise::Premise;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// An agenda item number that is not a number.
pub const AGENDA_NUMBER_INVALID: Rule = Rule {
    code: "meeting.agenda_number_invalid",
    severity: Severity::Error,
    summary: "An agenda item number is not numbers separated by dots (3, 3.1, 7.1.2, 253), optionally after one capital letter (M, M1). Silent for an item the paper does not number (empty).",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: AGENDA_NUMBER_INVALID,
    area: Area::Meeting,
    premise: Premise {
        code: "meeting.agenda_number_invalid",
        text: "Numbered agenda items.",
        needs: &["/meetings/*/agenda/*/number"],
        approximate: false,
    },
    scope: &[Scope::Meeting],
    citation: None,
    thresholds: &[],
    stage: Stage::MeetingAgendaNumbers,
    check,
};

fn check(cx: &UnitContext<'_>, out: &mut Report) {
    let Some(at) = cx.agenda_meeting() else {
        return;
    };
    for (k, item) in at.m.agenda.iter().enumerate() {
        // Silent for an item the paper (or the copy of it) does not number.
        if item.number.trim().is_empty() || at.parsed.get(k).is_some_and(Option::is_some) {
            continue;
        }
        out.push(
            &AGENDA_NUMBER_INVALID,
            Pointer::at(at.base).item("agenda", k).field("number"),
            "An item number must be numbers separated by dots, optionally after one capital letter (M1).",
        );
    }
}
