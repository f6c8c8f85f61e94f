//! `meeting.deputy_without_principal`: a deputy who names no principal, or a principal named on an entry that is not a deputy.
use crate::meeting::AttendanceStatus;
use crate::pointer::Pointer;
use crate::premise::Premise;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// A deputy who names no principal, or a principal named on an entry that is not a deputy.
pub const DEPUTY_WITHOUT_PRINCIPAL: Rule = Rule {
    code: "meeting.deputy_without_principal",
    severity: Severity::Error,
    summary: "An attendance entry says deputy but names neither the member deputised for (deputy_for) nor the seat or agency, or names deputy_for on an entry that is not a deputy.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: DEPUTY_WITHOUT_PRINCIPAL,
    area: Area::Meeting,
    premise: Premise {
        code: "meeting.deputy_without_principal",
        text: "A meeting's attendance.",
        needs: &["/meetings/*/attendance"],
        approximate: false,
    },
    scope: &[Scope::Meeting],
    citation: None,
    thresholds: &[],
    stage: Stage::MeetingDeputyWithoutPrincipal,
    check,
};

fn check(cx: &UnitContext<'_>, out: &mut Report) {
    let Some(at) = cx.agenda_meeting() else {
        return;
    };
    for (j, a) in at.m.attendance.iter().enumerate() {
        let named = a.deputy_for.is_some() || a.seat.is_some() || a.organisation.is_some();
        let path = || {
            Pointer::at(at.base)
                .item("attendance", j)
                .field("deputy_for")
        };
        match a.status {
            AttendanceStatus::Deputy if !named => out.push(
                &DEPUTY_WITHOUT_PRINCIPAL,
                path(),
                "A deputy must name the member they deputise for, or the seat or agency they represent.",
            ),
            AttendanceStatus::Deputy => {}
            _ if a.deputy_for.is_some() => out.push(
                &DEPUTY_WITHOUT_PRINCIPAL,
                path(),
                "Only a deputy entry may name `deputy_for`; a member present in their own right who also represents another uses `also_deputy_for`.",
            ),
            _ => {}
        }
    }
}
