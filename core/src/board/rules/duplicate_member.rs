//! `board.duplicate_member`: a person holds two memberships of one body for overlapping
//! periods.
use crate::board::membership_rules::overlapping;
use crate::board::Member;
use crate::pointer::Pointer;
use crate::premise::Premise;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};
use std::collections::HashMap;

/// A person holds two memberships of one body at once.
pub const DUPLICATE_MEMBER: Rule = Rule {
    code: "board.duplicate_member",
    severity: Severity::Error,
    summary: "A person is listed twice in the membership of one body for overlapping periods (memberships with no dates overlap every other).",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: DUPLICATE_MEMBER,
    area: Area::Board,
    premise: Premise {
        code: "board.duplicate_member",
        text: "A body's membership.",
        needs: &["/bodies/*/members"],
        approximate: false,
    },
    scope: &[Scope::Body],
    citation: None,
    thresholds: &[],
    stage: Stage::Board,
    check,
};

fn check(cx: &UnitContext<'_>, out: &mut Report) {
    for (at, body) in cx.bodies() {
        let mut by_person: HashMap<&str, Vec<(usize, &Member)>> = HashMap::new();
        for (m, mem) in body.members.iter().enumerate() {
            by_person
                .entry(mem.person.as_str())
                .or_default()
                .push((m, mem));
        }
        for (m, first) in overlapping(by_person) {
            out.push(
                &DUPLICATE_MEMBER,
                Pointer::at(&at).item("members", m).field("person"),
                format!("This person's membership {first} of this body covers the same period."),
            );
        }
    }
}
