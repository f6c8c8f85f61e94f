//! `board.ambiguous_initials`: two members of one body have the same initials.
use crate::pointer::Pointer;
use crate::premise::Premise;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};
use std::collections::BTreeMap;

/// Initials shared by two people.
pub const AMBIGUOUS_INITIALS: Rule = Rule {
    code: "board.ambiguous_initials",
    severity: Severity::Warning,
    summary: "Two members of one body have the same initials, so minutes that use them cannot be read unambiguously.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: AMBIGUOUS_INITIALS,
    area: Area::Board,
    premise: Premise {
        code: "board.ambiguous_initials",
        text: "A body's membership and people's initials.",
        needs: &["/bodies/*/members", "/people/*/initials"],
        approximate: false,
    },
    scope: &[Scope::Body, Scope::Person],
    citation: None,
    thresholds: &[],
    stage: Stage::Board,
    check,
};

/// Each member whose person's initials an earlier member of the body (another person)
/// already has, against the first member with them (a map of initials, so n log n).
fn check(cx: &UnitContext<'_>, out: &mut Report) {
    for (at, body) in cx.bodies() {
        let mut initials: BTreeMap<String, usize> = BTreeMap::new();
        for (m, member) in body.members.iter().enumerate() {
            let Some(ini) = cx
                .person(&member.person)
                .and_then(|p| p.initials.as_deref())
            else {
                continue;
            };
            let key = ini.to_string();
            let same_person = initials
                .get(&key)
                .and_then(|f| body.members.get(*f))
                .is_some_and(|f| f.person == member.person);
            if same_person {
                // The same person again (a later period of membership).
            } else if let Some(first) = initials.get(&key) {
                out.push(
                    &AMBIGUOUS_INITIALS,
                    Pointer::at(&at).item("members", m).field("person"),
                    format!("This member has the same initials as member {first} of this body."),
                );
            } else {
                initials.insert(key, m);
            }
        }
    }
}
