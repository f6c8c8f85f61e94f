//! `meeting.self_deputy`: a person recorded as deputising for themselves.
use crate::meeting::{deputy_names, DeputyName};
use crate::pointer::Pointer;
use crate::premise::Premise;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// A person recorded as deputising for themselves.
pub const SELF_DEPUTY: Rule = Rule {
    code: "meeting.self_deputy",
    severity: Severity::Error,
    summary: "A person is recorded as deputising for themselves; they are not counted towards the quorum as a deputy.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: SELF_DEPUTY,
    area: Area::Meeting,
    premise: Premise {
        code: "meeting.self_deputy",
        text: "A deputy in a meeting's attendance (deputy_for).",
        needs: &["/meetings/*/attendance/*/deputy_for|/meetings/*/attendance/*/also_deputy_for"],
        approximate: false,
    },
    scope: &[Scope::Meeting],
    citation: None,
    thresholds: &[],
    stage: Stage::MeetingSelfDeputy,
    check,
};

fn check(cx: &UnitContext<'_>, out: &mut Report) {
    let Some(at) = cx.agenda_meeting() else {
        return;
    };
    // One finding an entry: on the first of its fields that names its own person.
    let mut last = None;
    for d in deputy_names(&at.m.attendance).filter(DeputyName::own) {
        if last.replace(d.j) == Some(d.j) {
            continue;
        }
        out.push(
            &SELF_DEPUTY,
            Pointer::at(at.base).item("attendance", d.j).field(d.field),
            "A person cannot deputise for themselves; name the member they stood in for.",
        );
    }
}
