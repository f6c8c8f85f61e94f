//! `meeting.agenda_number_duplicate`: two agenda items of one meeting with the same number.
use crate::pointer::Pointer;
use crate::premise::Premise;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// Two agenda items of one meeting with the same number.
pub const AGENDA_NUMBER_DUPLICATE: Rule = Rule {
    code: "meeting.agenda_number_duplicate",
    severity: Severity::Error,
    summary: "Two agenda items of one meeting have the same number.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: AGENDA_NUMBER_DUPLICATE,
    area: Area::Meeting,
    premise: Premise {
        code: "meeting.agenda_number_duplicate",
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
        let Some(Some(n)) = at.parsed.get(k) else {
            continue;
        };
        if item.number.trim().is_empty() {
            continue;
        }
        if let Some(first) = at.numbers.get(n).filter(|first| **first != k) {
            out.push(
                &AGENDA_NUMBER_DUPLICATE,
                Pointer::at(at.base).item("agenda", k).field("number"),
                format!("Agenda item {first} of this meeting has the same number."),
            );
        }
    }
}
