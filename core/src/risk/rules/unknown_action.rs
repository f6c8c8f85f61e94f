//! `risk.unknown_action`: a linked action that does not exist
use crate::pointer::Pointer;
use crate::premise::Premise;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// A linked action that does not exist.
pub const UNKNOWN_ACTION: Rule = Rule {
    code: "risk.unknown_action",
    severity: Severity::Error,
    summary: "A risk links an action id that is not in the document's action log.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: UNKNOWN_ACTION,
    area: Area::Risk,
    premise: Premise {
        code: "risk.unknown_action",
        text: "Actions linked to risks.",
        needs: &[
            "/risk_register/risks/*/linked_actions|/risk_register/risks/*/planned_actions/*/action",
        ],
        approximate: false,
    },
    scope: &[Scope::Risk, Scope::Action],
    citation: None,
    thresholds: &[],
    stage: Stage::RiskLinks,
    check,
};

fn check(cx: &UnitContext<'_>, out: &mut Report) {
    for (at, risk) in cx.risks() {
        for (j, a) in risk.linked_actions.iter().enumerate() {
            if cx.linked_action(a).is_none() {
                out.push(
                    &UNKNOWN_ACTION,
                    Pointer::at(&at).item("linked_actions", j),
                    "this linked action is not in the action log",
                );
            }
        }
        for (j, p) in risk.planned_actions.iter().enumerate() {
            if let Some(a) = &p.action {
                if cx.linked_action(a).is_none() {
                    out.push(
                        &UNKNOWN_ACTION,
                        Pointer::at(&at).item("planned_actions", j).field("action"),
                        "this planned action's action is not in the action log",
                    );
                }
            }
        }
    }
}
