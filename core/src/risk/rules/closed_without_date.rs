//! `risk.closed_without_date`: closed with no date
use crate::premise::Premise;
use crate::risk::scores::RISKS;
use crate::risk::shared::status_without;
use crate::risk::{Risk, RiskStatus};
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// Closed with no date.
pub const CLOSED_WITHOUT_DATE: Rule = Rule {
    code: "risk.closed_without_date",
    severity: Severity::Error,
    summary: "A closed risk has no closing date.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: CLOSED_WITHOUT_DATE,
    area: Area::Risk,
    premise: Premise {
        code: "risk.closed_without_date",
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
    let message = "the risk is closed but has no closing date";
    status_without(
        cx,
        out,
        &CLOSED_WITHOUT_DATE,
        (RiskStatus::Closed, |r: &Risk| r.closed_on.is_none()),
        ("closed_on", message),
    );
}
