//! `meeting.deputy_not_allowed`: a deputy for a member who may not be deputised.
use crate::meeting::{deputy_names, DeputyName};
use crate::pointer::Pointer;
use crate::premise::Premise;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// A deputy for a member who may not be deputised.
pub const DEPUTY_NOT_ALLOWED: Rule = Rule {
    code: "meeting.deputy_not_allowed",
    severity: Severity::Error,
    summary: "A deputy attended for a member who may not be deputised: the independent chair, lay members and the lead member attend in their own right.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: DEPUTY_NOT_ALLOWED,
    area: Area::Meeting,
    premise: Premise {
        code: "meeting.deputy_not_allowed",
        text: "A deputy in a meeting's attendance (deputy_for) and the body's membership.",
        needs: &[
            "/meetings/*/attendance/*/deputy_for|/meetings/*/attendance/*/also_deputy_for",
            "/bodies/*/members",
        ],
        approximate: false,
    },
    scope: &[Scope::Meeting, Scope::Body],
    citation: None,
    thresholds: &[],
    stage: Stage::MeetingDeputyNotAllowed,
    check,
};

fn check(cx: &UnitContext<'_>, out: &mut Report) {
    let Some(at) = cx.agenda_meeting() else {
        return;
    };
    for d in deputy_names(&at.m.attendance).filter(DeputyName::stands_in) {
        if cx.member(d.person).is_some_and(|mem| !mem.deputisable()) {
            out.push(
                &DEPUTY_NOT_ALLOWED,
                Pointer::at(at.base).item("attendance", d.j).field(d.field),
                "This member attends in their own right and may not send a deputy.",
            );
        }
    }
}
