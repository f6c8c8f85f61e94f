//! `risk.closed_without_date`: closed with no date
use crate::premise::Premise;
use crate::risk::scores::RISKS;
use crate::risk::RiskStatus;
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
    for (at, r) in cx.risks() {
        if r.status == RiskStatus::Closed && r.closed_on.is_none() {
            out.push(
                &CLOSED_WITHOUT_DATE,
                format!("{at}/closed_on"),
                "the risk is closed but has no closing date",
            );
        }
    }
}
