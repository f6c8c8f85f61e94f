//! `meeting.role_unresolved`: a role in a meeting's record that no member of the body holds.
use crate::meeting::RefFinding;
use crate::premise::Premise;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// A role in a meeting's record that no member of the body holds.
pub const ROLE_UNRESOLVED: Rule = Rule {
    code: "meeting.role_unresolved",
    severity: Severity::Error,
    summary: "The record names a role (the chair) that no member of the body holds.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: ROLE_UNRESOLVED,
    area: Area::Meeting,
    premise: Premise {
        code: "meeting.role_unresolved",
        text: "A role (the chair) named in a meeting's record (approximate: checks that a meeting records attendance, an agenda or actions).",
        needs: &["/meetings/*/attendance|/meetings/*/agenda|/actions"],
        approximate: true,
    },
    scope: &[Scope::Meeting, Scope::Person],
    citation: None,
    thresholds: &[],
    stage: Stage::MeetingPersonRef,
    check,
};

fn check(cx: &UnitContext<'_>, out: &mut Report) {
    if let Some((_, r)) = cx.person_ref() {
        RefFinding::report(r.finding, &ROLE_UNRESOLVED, r.path, out);
    }
}
