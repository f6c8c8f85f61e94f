//! `action.no_owner`: no owner
use crate::premise::Premise;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// No owner recorded.
pub const NO_OWNER: Rule = Rule {
    code: "action.no_owner",
    severity: Severity::Info,
    summary: "No owner is recorded for an action, so nobody can be chased for it.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: NO_OWNER,
    area: Area::Action,
    premise: Premise {
        code: "action.no_owner",
        text: "Actions.",
        needs: &["/actions"],
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
        if l.action.owners.is_empty() {
            out.push(
                &NO_OWNER,
                l.at().field("owners"),
                "No owner is recorded for this action.",
            );
        }
    }
}
