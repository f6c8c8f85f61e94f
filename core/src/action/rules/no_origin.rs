//! `action.no_origin`: no meeting or plan raised it
use crate::premise::Premise;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// No meeting or plan raised the action.
pub const NO_ORIGIN: Rule = Rule {
    code: "action.no_origin",
    severity: Severity::Error,
    summary: "An action names neither the meeting that raised it nor the plan (business plan, work plan, audit, review) that did.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: NO_ORIGIN,
    area: Area::Action,
    premise: Premise {
        code: "action.no_origin",
        text: "Actions.",
        needs: &["/actions"],
        approximate: false,
    },
    scope: &[Scope::Action],
    citation: None,
    thresholds: &[],
    stage: Stage::ActionRecord,
    check,
};

fn check(cx: &UnitContext<'_>, out: &mut Report) {
    for l in cx.actions() {
        if l.action.raised_at.is_none() && l.action.raised_by.is_none() {
            out.push(
                &NO_ORIGIN,
                l.at().field("raised_at"),
                "No meeting or plan is recorded as raising this action.",
            );
        }
    }
}
