//! `meeting.name_unresolved`: a name in a meeting's record that matches nobody.
use crate::meeting::RefFinding;
use crate::premise::Premise;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// A name in a meeting's record that matches nobody.
pub const NAME_UNRESOLVED: Rule = Rule {
    code: "meeting.name_unresolved",
    severity: Severity::Error,
    summary: "A name used in the record matches no person's name, alias or office (post, offices) in the document.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: NAME_UNRESOLVED,
    area: Area::Meeting,
    premise: Premise {
        code: "meeting.name_unresolved",
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
        RefFinding::report(r.finding, &NAME_UNRESOLVED, r.path, out);
    }
}
