//! `action.owner_not_member`: an owner neither a member nor at the meeting
use crate::action::OwnerResolved;
use crate::premise::Premise;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// An owner neither a member of the body nor at the meeting that raised the action.
pub const OWNER_NOT_MEMBER: Rule = Rule {
    code: "action.owner_not_member",
    severity: Severity::Warning,
    summary: "An owner is neither a member of the body nor recorded in the attendance of the meeting that raised the action. Silent when that meeting's paper does not list everyone who attended (apologies only, partial, not recorded).",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: OWNER_NOT_MEMBER,
    area: Area::Action,
    premise: Premise {
        code: "action.owner_not_member",
        text: "An action's owners, the meeting that raised it and its full attendance (approximate: checks all three are recorded, not that the attendance is full).",
        needs: &["/actions/*/owners", "/actions/*/raised_at", "/meetings/*/attendance"],
        approximate: true,
    },
    scope: &[Scope::Action],
    citation: None,
    thresholds: &[],
    stage: Stage::ActionOwners,
    check,
};

fn check(cx: &UnitContext<'_>, out: &mut Report) {
    for l in cx.actions() {
        let a = l.action;
        let meeting = cx.raised_meeting(a);
        // Only a full list (or a grid) shows who was not there.
        let Some(meeting) = meeting.filter(|m| m.attendance_complete()) else {
            continue;
        };
        let body = cx.action_body(a);
        for (j, o) in l.owners.unwrap_or_default().iter().enumerate() {
            let OwnerResolved::Person(p) = o else {
                continue;
            };
            let member = body.is_some_and(|b| cx.is_member(b, p));
            if !member && !cx.attends(meeting, p) {
                out.push(
                    &OWNER_NOT_MEMBER,
                    l.at().item("owners", j),
                    "This owner is not a member of the body and is not in the attendance of the meeting that raised the action.",
                );
            }
        }
    }
}
