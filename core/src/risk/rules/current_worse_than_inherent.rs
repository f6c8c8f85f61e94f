//! `risk.current_worse_than_inherent`: current score above the inherent score
use crate::premise::Premise;
use crate::risk::shared::worse_than;
use crate::risk::Risk;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// Current score above the inherent score.
pub const CURRENT_WORSE_THAN_INHERENT: Rule = Rule {
    code: "risk.current_worse_than_inherent",
    severity: Severity::Warning,
    summary: "The current (residual) score is higher than the inherent score, so the controls appear to make the risk worse.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: CURRENT_WORSE_THAN_INHERENT,
    area: Area::Risk,
    premise: Premise {
        code: "risk.current_worse_than_inherent",
        text: "A risk's inherent and current scores.",
        needs: &[
            "/risk_register/risks/*/inherent",
            "/risk_register/risks/*/current",
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
    let message = "the current score is higher than the inherent score";
    worse_than(
        cx,
        out,
        &CURRENT_WORSE_THAN_INHERENT,
        (|r: &Risk| r.current, |r: &Risk| r.inherent),
        ("current", message),
    );
}
