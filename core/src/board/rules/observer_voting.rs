//! `board.observer_voting`: a lead member (a participating observer) recorded as voting.
use crate::board::SpecialRole;
use crate::pointer::Pointer;
use crate::premise::Premise;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// A lead member recorded as voting.
pub const OBSERVER_VOTING: Rule = Rule {
    code: "board.observer_voting",
    severity: Severity::Warning,
    summary: "The lead member is a participating observer and does not take part in decisions, but is recorded as voting; boardkit treats them as non-voting.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: OBSERVER_VOTING,
    area: Area::Board,
    premise: Premise {
        code: "board.observer_voting",
        text: "A body's membership with a lead member recorded as voting (approximate: checks that a membership is recorded).",
        needs: &["/bodies/*/members"],
        approximate: true,
    },
    scope: &[Scope::Body],
    citation: None,
    thresholds: &[],
    stage: Stage::Board,
    check,
};

fn check(cx: &UnitContext<'_>, out: &mut Report) {
    for (at, body) in cx.bodies() {
        for (m, member) in body.members.iter().enumerate() {
            if member.role == Some(SpecialRole::LeadMember) && member.voting {
                out.push(
                    &OBSERVER_VOTING,
                    Pointer::at(&at).item("members", m).field("voting"),
                    "A lead member is a participating observer; set voting to false.",
                );
            }
        }
    }
}
