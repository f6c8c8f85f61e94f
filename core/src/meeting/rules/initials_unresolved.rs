//! `meeting.initials_unresolved`: initials in a meeting's record that match nobody.
use crate::meeting::RefFinding;
use crate::premise::Premise;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// Initials in a meeting's record that match nobody.
pub const INITIALS_UNRESOLVED: Rule = Rule {
    code: "meeting.initials_unresolved",
    severity: Severity::Error,
    summary: "Initials used in the record match nobody in the meeting's attendance or the body's membership.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: INITIALS_UNRESOLVED,
    area: Area::Meeting,
    premise: Premise {
        code: "meeting.initials_unresolved",
        text: "Initials used in a meeting's record (approximate: checks that a meeting records attendance, an agenda or actions).",
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
        RefFinding::report(r.finding, &INITIALS_UNRESOLVED, r.path, out);
    }
}
