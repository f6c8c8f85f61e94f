//! `action.duplicate`: a duplicate action
use crate::premise::Premise;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// Two actions of one meeting with the same ref and description.
pub const DUPLICATE: Rule = Rule {
    code: "action.duplicate",
    severity: Severity::Warning,
    summary: "Two actions raised at the same meeting have the same ref and description (ignoring case and spacing).",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: DUPLICATE,
    area: Area::Action,
    premise: Premise {
        code: "action.duplicate",
        text: "Actions raised at a meeting.",
        needs: &["/actions/*/raised_at"],
        approximate: false,
    },
    scope: &[Scope::Action],
    citation: None,
    thresholds: &[],
    stage: Stage::ActionDuplicate,
    check,
};

fn check(cx: &UnitContext<'_>, out: &mut Report) {
    for l in cx.actions() {
        // Only actions raised at a meeting can be duplicates "at the same meeting".
        if cx
            .first_of_row(l.action)
            .is_some_and(|first| first < l.index)
        {
            out.push(
                &DUPLICATE,
                l.at().field("description"),
                "An earlier action of the log was raised at the same meeting with the same ref and description.",
            );
        }
    }
}
