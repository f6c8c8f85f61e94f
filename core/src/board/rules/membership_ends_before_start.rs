//! `board.membership_ends_before_start`: a membership's last day is before its first.
use crate::pointer::Pointer;
use crate::premise::Premise;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// A membership ends before it starts.
pub const MEMBERSHIP_ENDS_BEFORE_START: Rule = Rule {
    code: "board.membership_ends_before_start",
    severity: Severity::Error,
    summary: "A membership's last day (until) is before its first day (from).",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: MEMBERSHIP_ENDS_BEFORE_START,
    area: Area::Board,
    premise: Premise {
        code: "board.membership_ends_before_start",
        text: "A membership with a last day (until).",
        needs: &["/bodies/*/members/*/until"],
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
        for (m, mem) in body.members.iter().enumerate() {
            if let (Some(f), Some(u)) = (mem.from, mem.until) {
                if u < f {
                    out.push(
                        &MEMBERSHIP_ENDS_BEFORE_START,
                        Pointer::at(&at).item("members", m).field("until"),
                        "This membership ends before it starts.",
                    );
                }
            }
        }
    }
}
