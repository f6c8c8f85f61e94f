//! `meeting.two_deputies_for_one_member`: two different people deputising for one member at one meeting.
use crate::meeting::stood_in_for;
use crate::pointer::Pointer;
use crate::premise::Premise;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};
use std::collections::HashMap;

/// Two different people deputising for one member at one meeting.
pub const TWO_DEPUTIES: Rule = Rule {
    code: "meeting.two_deputies_for_one_member",
    severity: Severity::Error,
    summary: "Two different people are recorded as deputising for one member at one meeting.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: TWO_DEPUTIES,
    area: Area::Meeting,
    premise: Premise {
        code: "meeting.two_deputies_for_one_member",
        text: "A deputy in a meeting's attendance (deputy_for).",
        needs: &["/meetings/*/attendance/*/deputy_for|/meetings/*/attendance/*/also_deputy_for"],
        approximate: false,
    },
    scope: &[Scope::Meeting],
    citation: None,
    thresholds: &[],
    stage: Stage::MeetingTwoDeputies,
    check,
};

fn check(cx: &UnitContext<'_>, out: &mut Report) {
    let Some(at) = cx.agenda_meeting() else {
        return;
    };
    let mut first: HashMap<&str, (usize, &str)> = HashMap::new();
    for (j, a) in at.m.attendance.iter().enumerate() {
        for (p, field) in stood_in_for(a) {
            match first.get(p) {
                Some((k, who)) if *who != a.person => out.push(
                    &TWO_DEPUTIES,
                    Pointer::at(at.base).item("attendance", j).field(field),
                    format!("Attendance entry {k} already deputises for this member."),
                ),
                Some(_) => {}
                None => {
                    first.insert(p, (j, a.person.as_str()));
                }
            }
        }
    }
}
