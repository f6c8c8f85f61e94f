//! `action.actioned_by_not_owner`: who acted is not an owner
use crate::action::{Owner, OwnerResolved};
use crate::premise::Premise;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// The person who acts is not an owner.
pub const ACTIONED_BY_NOT_OWNER: Rule = Rule {
    code: "action.actioned_by_not_owner",
    severity: Severity::Info,
    summary: "The person the status names as acting (\"Actioned by X\", \"To be actioned by X\") is not an owner of the action in force when it was raised or later. Silent when the minutes name nobody.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: ACTIONED_BY_NOT_OWNER,
    area: Area::Action,
    premise: Premise {
        code: "action.actioned_by_not_owner",
        text: "The person the status names as acting (actioned_by).",
        needs: &["/actions/*/actioned_by"],
        approximate: false,
    },
    scope: &[Scope::Action],
    citation: None,
    thresholds: &[],
    stage: Stage::ActionOutcome,
    check,
};

fn check(cx: &UnitContext<'_>, out: &mut Report) {
    for l in cx.actions() {
        let a = l.action;
        let Some(by) = &a.actioned_by else { continue };
        let resolve = |o: &Owner| cx.resolve_owner(a, o);
        let who = resolve(by);
        let owners = a
            .owners
            .iter()
            .chain(a.owner_changes.iter().flat_map(|c| c.owners.iter()));
        let mut any = false;
        let mut matched = false;
        for o in owners {
            any = true;
            if o == by || (who != Some(OwnerResolved::Nobody) && resolve(o) == who) {
                matched = true;
                break;
            }
        }
        if any && !matched {
            out.push(
                &ACTIONED_BY_NOT_OWNER,
                l.at().field("actioned_by"),
                "The person the status says acts is not one of the action's owners.",
            );
        }
    }
}
