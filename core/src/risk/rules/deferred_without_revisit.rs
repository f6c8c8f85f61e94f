//! `risk.deferred_without_revisit`: deferred with no revisit
use crate::premise::Premise;
use crate::risk::scores::RISKS;
use crate::risk::shared::status_without;
use crate::risk::{Risk, RiskStatus};
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// Deferred with no revisit.
pub const DEFERRED_WITHOUT_REVISIT: Rule = Rule {
    code: "risk.deferred_without_revisit",
    severity: Severity::Error,
    summary: "A deferred risk has no revisit date or meeting, so the board's decision to come back to it cannot be tracked.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: DEFERRED_WITHOUT_REVISIT,
    area: Area::Risk,
    premise: Premise {
        code: "risk.deferred_without_revisit",
        text: "A deferred risk (approximate: checks that risks are recorded).",
        needs: &[RISKS],
        approximate: true,
    },
    scope: &[Scope::Risk],
    citation: None,
    thresholds: &[],
    stage: Stage::RiskLifecycle,
    check,
};

fn check(cx: &UnitContext<'_>, out: &mut Report) {
    let message = "the risk is deferred but no revisit date or meeting is recorded";
    status_without(
        cx,
        out,
        &DEFERRED_WITHOUT_REVISIT,
        (RiskStatus::Deferred, |r: &Risk| r.revisit.is_none()),
        ("revisit", message),
    );
}
