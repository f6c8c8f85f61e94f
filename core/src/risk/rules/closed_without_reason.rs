//! `risk.closed_without_reason`: closed with no reason
use crate::pointer::Pointer;
use crate::premise::Premise;
use crate::risk::scores::blank;
use crate::risk::scores::RISKS;
use crate::risk::RiskStatus;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// Closed with no reason.
pub const CLOSED_WITHOUT_REASON: Rule = Rule {
    code: "risk.closed_without_reason",
    severity: Severity::Error,
    summary: "A closed risk has no reason for closing it.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: CLOSED_WITHOUT_REASON,
    area: Area::Risk,
    premise: Premise {
        code: "risk.closed_without_reason",
        text: "A closed risk (approximate: checks that risks are recorded).",
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
    for (at, r) in cx.risks() {
        if r.status == RiskStatus::Closed && blank(&r.closed_reason) {
            out.push(
                &CLOSED_WITHOUT_REASON,
                Pointer::at(&at).field("closed_reason"),
                "the risk is closed but no reason is recorded",
            );
        }
    }
}
