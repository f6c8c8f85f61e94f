//! `risk.not_escalated`: a risk at or above the escalation score not marked escalated
use crate::date::Date;
use crate::pointer::Pointer;
use crate::premise::Premise;
use crate::risk::scores::RISK_SCORES;
use crate::risk::RiskStatus;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// A risk at or above the escalation score not marked escalated.
pub const NOT_ESCALATED: Rule = Rule {
    code: "risk.not_escalated",
    severity: Severity::Warning,
    summary: "A live risk scores at or above the escalation score (the register's, else its body constitution's) but is not marked escalated, while the register marks other risks escalated. Silent when no escalation score is set or the register never records escalation.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: NOT_ESCALATED,
    area: Area::Risk,
    premise: Premise {
        code: "risk.not_escalated",
        text:
            "Scored risks and risks marked escalated (approximate: checks that risks are scored).",
        needs: &[RISK_SCORES],
        approximate: true,
    },
    scope: &[Scope::Risk, Scope::Body],
    citation: None,
    thresholds: &["risk_escalation_score"],
    stage: Stage::RiskEscalation,
    check,
};

/// The escalation score of the body's constitution first (a `risk.invalid_matrix`
/// finding, where the walk always made it), then each live open risk at or above the
/// escalation score in force: the register's, else its body constitution's.
fn check(cx: &UnitContext<'_>, out: &mut Report) {
    super::invalid_matrix::check_escalation_score(cx, out);
    let Some(reg) = cx.risk_register() else {
        return;
    };
    let stated = || {
        let b = reg.body.as_deref()?;
        cx.body_thresholds(b)?
            .risk_escalation_score
            .filter(|s| (1..=reg.matrix.max_score()).contains(s))
    };
    let Some(threshold) = reg.escalation_score.or_else(stated) else {
        return;
    };
    if !reg.risks.iter().any(|r| r.status == RiskStatus::Escalated) {
        return;
    }
    let d = cx.options().as_of.unwrap_or(Date::MAX);
    for (at, r) in cx.risks() {
        if r.status != RiskStatus::Open || !r.live_on(d) {
            continue;
        }
        if reg.score_on(r, d).is_some_and(|s| s >= threshold) {
            out.push(
                &NOT_ESCALATED,
                Pointer::at(&at).field("status"),
                "the risk scores at or above the escalation score but is not marked escalated; mark it escalated or record why not",
            );
        }
    }
}
