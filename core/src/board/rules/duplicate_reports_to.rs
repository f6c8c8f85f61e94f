//! `board.duplicate_reports_to`: a body names the same body twice in its reporting lines.
use crate::pointer::Pointer;
use crate::premise::Premise;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};
use std::collections::BTreeSet;

/// A body names the same body twice in its reporting lines.
pub const DUPLICATE_REPORTS_TO: Rule = Rule {
    code: "board.duplicate_reports_to",
    severity: Severity::Warning,
    summary: "A body lists the same body twice in `reports_to`; the second entry adds nothing and may hide a mistyped id.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: DUPLICATE_REPORTS_TO,
    area: Area::Board,
    premise: Premise {
        code: "board.duplicate_reports_to",
        text: "Bodies with reporting lines (reports_to).",
        needs: &["/bodies/*/reports_to"],
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
        let mut named = BTreeSet::new();
        for (r, target) in body.reports_to.iter().enumerate() {
            if !named.insert(target.as_str()) {
                out.push(
                    &DUPLICATE_REPORTS_TO,
                    Pointer::at(&at).item("reports_to", r),
                    "This body already reports to this body (it is listed earlier in `reports_to`).",
                );
            }
        }
    }
}
