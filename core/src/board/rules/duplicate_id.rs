//! `board.duplicate_id`: two records of one list share an id.
//!
//! The unit checks the ids of the board's own records (organisations, people, bodies).
//! The rule is reported at each list of records with ids by the area that reads it
//! (meetings, actions, scorecards and their indicators), with this constant, through
//! `duplicate_ids`.
use crate::pointer::Pointer;
use crate::premise::Premise;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};
use std::collections::HashSet;

/// Two records share one id.
pub const DUPLICATE_ID: Rule = Rule {
    code: "board.duplicate_id",
    severity: Severity::Error,
    summary: "Two records of the same kind (people, organisations, bodies, meetings...) share one id, so references to it are ambiguous.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: DUPLICATE_ID,
    area: Area::Board,
    premise: Premise {
        code: "board.duplicate_id",
        text: "Always applies: every record with an id is checked.",
        needs: &[],
        approximate: false,
    },
    scope: &[Scope::Organisation, Scope::Person, Scope::Body],
    citation: None,
    thresholds: &[],
    stage: Stage::Board,
    check,
};

fn check(cx: &UnitContext<'_>, out: &mut Report) {
    let orgs = cx.organisations();
    duplicate_ids(
        orgs.iter().map(|(_, o)| o.id.as_str()),
        "/organisations",
        out,
    );
    let people = cx.people();
    duplicate_ids(people.iter().map(|(_, p)| p.id.as_str()), "/people", out);
    let bodies = cx.bodies();
    duplicate_ids(bodies.iter().map(|(_, b)| b.id.as_str()), "/bodies", out);
}

/// Report repeated ids in a list at `base`.
pub(crate) fn duplicate_ids<'a>(ids: impl Iterator<Item = &'a str>, base: &str, out: &mut Report) {
    let mut seen = HashSet::with_capacity(ids.size_hint().0);
    for (i, id) in ids.enumerate() {
        if !seen.insert(id) {
            out.push(
                &DUPLICATE_ID,
                Pointer::at(base).index(i).field("id"),
                "This id is already used by an earlier record in the same list.",
            );
        }
    }
}
