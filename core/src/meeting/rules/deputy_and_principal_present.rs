//! `meeting.deputy_and_principal_present`: a member recorded both as present and as deputised for.
use crate::meeting::{deputy_names, AttendanceStatus, DeputyName};
use crate::pointer::Pointer;
use crate::premise::Premise;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// A member recorded both as present and as deputised for.
pub const DEPUTY_AND_PRINCIPAL_PRESENT: Rule = Rule {
    code: "meeting.deputy_and_principal_present",
    severity: Severity::Warning,
    summary: "A member is counted both as present and as deputised for (a deputy attended for a member who is also recorded as present).",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: DEPUTY_AND_PRINCIPAL_PRESENT,
    area: Area::Meeting,
    premise: Premise {
        code: "meeting.deputy_and_principal_present",
        text: "A deputy in a meeting's attendance (deputy_for).",
        needs: &["/meetings/*/attendance/*/deputy_for|/meetings/*/attendance/*/also_deputy_for"],
        approximate: false,
    },
    scope: &[Scope::Meeting],
    citation: None,
    thresholds: &[],
    stage: Stage::MeetingDeputyAndPrincipal,
    check,
};

fn check(cx: &UnitContext<'_>, out: &mut Report) {
    let Some(at) = cx.agenda_meeting() else {
        return;
    };
    for d in deputy_names(&at.m.attendance).filter(DeputyName::stands_in) {
        let present = at
            .entries
            .get(d.person)
            .is_some_and(|e| e.status == AttendanceStatus::Present);
        if present {
            out.push(
                &DEPUTY_AND_PRINCIPAL_PRESENT,
                Pointer::at(at.base).item("attendance", d.j).field(d.field),
                "The member deputised for is also recorded as present, so they would be counted twice.",
            );
        }
    }
}
