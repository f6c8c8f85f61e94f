//! `meeting.name_ambiguous`: a name in a meeting's record that matches more than one person.
use crate::meeting::RefFinding;
use crate::premise::Premise;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// A name in a meeting's record that matches more than one person.
pub const NAME_AMBIGUOUS: Rule = Rule {
    code: "meeting.name_ambiguous",
    severity: Severity::Error,
    summary: "A name used in the record matches more than one person's name or alias in the meeting's attendance, the body's membership or, failing those, the document.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: NAME_AMBIGUOUS,
    area: Area::Meeting,
    premise: Premise {
        code: "meeting.name_ambiguous",
        text: "Names used in a meeting's record (approximate: checks that a meeting records attendance or an agenda).",
        needs: &["/meetings/*/attendance|/meetings/*/agenda"],
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
        RefFinding::report(r.finding, &NAME_AMBIGUOUS, r.path, out);
    }
}
