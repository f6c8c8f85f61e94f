//! `action.owner_ambiguous`: an owner who matches several people
use crate::action::OwnerResolved;
use crate::premise::Premise;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// An owner whose initials match several people.
pub const OWNER_AMBIGUOUS: Rule = Rule {
    code: "action.owner_ambiguous",
    severity: Severity::Error,
    summary: "An owner's initials match more than one person in the raising meeting's attendance and the body's membership.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: OWNER_AMBIGUOUS,
    area: Area::Action,
    premise: Premise {
        code: "action.owner_ambiguous",
        text: "Owners given by initials, and the meeting that raised the action.",
        needs: &["/actions/*/owners", "/actions/*/raised_at"],
        approximate: false,
    },
    scope: &[Scope::Action],
    citation: None,
    thresholds: &[],
    stage: Stage::ActionOwners,
    check,
};

fn check(cx: &UnitContext<'_>, out: &mut Report) {
    for l in cx.actions() {
        for (j, o) in l.owners.unwrap_or_default().iter().enumerate() {
            if let OwnerResolved::Ambiguous(n) = o {
                out.push(
                    &OWNER_AMBIGUOUS,
                    l.at().item("owners", j),
                    format!("This owner's initials or name match {n} people at the meeting or on the body."),
                );
            }
        }
    }
}
