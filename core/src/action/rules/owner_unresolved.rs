//! `action.owner_unresolved`: an owner who resolves to nobody
use crate::action::OwnerResolved;
use crate::premise::Premise;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// An owner who resolves to nobody.
pub const OWNER_UNRESOLVED: Rule = Rule {
    code: "action.owner_unresolved",
    severity: Severity::Error,
    summary: "An owner resolves to nobody: an unknown person or group, initials that match nobody at the meeting or on the body, or a role nobody holds.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: OWNER_UNRESOLVED,
    area: Area::Action,
    premise: Premise {
        code: "action.owner_unresolved",
        text: "An action's owners.",
        needs: &["/actions/*/owners"],
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
            if *o == OwnerResolved::Nobody {
                out.push(
                    &OWNER_UNRESOLVED,
                    l.at().item("owners", j),
                    "This owner resolves to nobody at the meeting that raised the action or on its body.",
                );
            }
        }
    }
}
