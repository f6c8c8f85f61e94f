//! `risk.target_worse_than_current`: target score above the current score
use crate::premise::Premise;
use crate::risk::shared::worse_than;
use crate::risk::Risk;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// Target score above the current score.
pub const TARGET_WORSE_THAN_CURRENT: Rule = Rule {
    code: "risk.target_worse_than_current",
    severity: Severity::Error,
    summary: "The target score is higher than the current score: a target can be no worse than where the risk stands now.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: TARGET_WORSE_THAN_CURRENT,
    area: Area::Risk,
    premise: Premise {
        code: "risk.target_worse_than_current",
        text: "A risk's current and target scores.",
        needs: &[
            "/risk_register/risks/*/current",
            "/risk_register/risks/*/target",
        ],
        approximate: false,
    },
    scope: &[Scope::Risk],
    citation: None,
    thresholds: &[],
    stage: Stage::RiskScores,
    check,
};

fn check(cx: &UnitContext<'_>, out: &mut Report) {
    let message = "the target score is higher than the current score";
    worse_than(
        cx,
        out,
        &TARGET_WORSE_THAN_CURRENT,
        (|r: &Risk| r.target, |r: &Risk| r.current),
        ("target", message),
    );
}
