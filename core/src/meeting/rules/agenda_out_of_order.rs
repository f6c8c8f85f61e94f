//! `meeting.agenda_out_of_order`: an agenda item numbered lower than the item before it in its series.
use crate::pointer::Pointer;
use crate::premise::Premise;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};
use std::collections::HashMap;

/// An agenda item numbered lower than the item before it in its series.
pub const AGENDA_OUT_OF_ORDER: Rule = Rule {
    code: "meeting.agenda_out_of_order",
    severity: Severity::Error,
    summary: "An agenda item's number is lower than the item before it in the same series (plain numbers, or those after one capital letter such as M1-M5).",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: AGENDA_OUT_OF_ORDER,
    area: Area::Meeting,
    premise: Premise {
        code: "meeting.agenda_out_of_order",
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
    // The last number of each series: plain numbers, and each capital letter's (M1-M5
    // matters arising beside items 1, 2, 3 are two series, each in order).
    let mut previous: HashMap<Option<u32>, &[u32]> = HashMap::new();
    for (k, item) in at.m.agenda.iter().enumerate() {
        let Some(Some(n)) = at.parsed.get(k) else {
            continue;
        };
        if item.number.trim().is_empty() {
            continue;
        }
        // A duplicate number is that rule's finding, not this one's.
        let duplicate = at.numbers.get(n).is_some_and(|first| *first != k);
        let lower = previous.get(&series(n)).is_some_and(|p| n.as_slice() < *p);
        if !duplicate && lower {
            out.push(
                &AGENDA_OUT_OF_ORDER,
                Pointer::at(at.base).item("agenda", k).field("number"),
                "This item's number is lower than the item before it.",
            );
        }
        previous.insert(series(n), n);
    }
}

/// The series of an item number: its capital letter's code, or none for a plain number.
fn series(n: &[u32]) -> Option<u32> {
    n.first().copied().filter(|f| *f >= u32::MAX - 26)
}
