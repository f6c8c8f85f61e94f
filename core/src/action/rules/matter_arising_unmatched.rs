//! `action.matter_arising_unmatched`: a matter arising that matches no action
use crate::premise::Premise;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// A matter arising whose ref matches no earlier action.
pub const MATTER_ARISING_UNMATCHED: Rule = Rule {
    code: "action.matter_arising_unmatched",
    severity: Severity::Warning,
    summary: "A matter arising names a ref that matches no action raised at an earlier meeting of the body.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: MATTER_ARISING_UNMATCHED,
    area: Area::Action,
    premise: Premise {
        code: "action.matter_arising_unmatched",
        text: "Matters arising at a meeting.",
        needs: &["/meetings/*/matters_arising"],
        approximate: false,
    },
    scope: &[Scope::MattersArising],
    citation: None,
    thresholds: &[],
    stage: Stage::ActionLog,
    check,
};

fn check(cx: &UnitContext<'_>, out: &mut Report) {
    let Some((meetings, arising)) = cx.matters_arising() else {
        return;
    };
    for (at, m) in meetings {
        for (k, ma) in m.matters_arising.iter().enumerate() {
            if ma.action.is_none() && !ma.action_ref.is_empty() && !arising.is_matched(m, ma) {
                out.push(
                    &MATTER_ARISING_UNMATCHED,
                    at.clone().item("matters_arising", k).field("action_ref"),
                    "No action with this ref was raised at an earlier meeting of this body.",
                );
            }
        }
    }
}
