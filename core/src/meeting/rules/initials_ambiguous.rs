//! `meeting.initials_ambiguous`: initials in a meeting's record that match more than one person.
use crate::meeting::RefFinding;
use crate::premise::Premise;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// Initials in a meeting's record that match more than one person.
pub const INITIALS_AMBIGUOUS: Rule = Rule {
    code: "meeting.initials_ambiguous",
    severity: Severity::Error,
    summary: "Initials used in the record match more than one person in the meeting's attendance or the body's membership.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: INITIALS_AMBIGUOUS,
    area: Area::Meeting,
    premise: Premise {
        code: "meeting.initials_ambiguous",
        text: "Initials used in a meeting's record and people's initials (approximate: checks that initials are recorded).",
        needs: &["/people/*/initials|/bodies/*/members"],
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
        RefFinding::report(r.finding, &INITIALS_AMBIGUOUS, r.path, out);
    }
}
