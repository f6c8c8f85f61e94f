//! `risk.invalid_matrix`: the matrix configuration is unusable
use crate::pointer::Pointer;
use crate::premise::Premise;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// The matrix configuration is unusable.
pub const INVALID_MATRIX: Rule = Rule {
    code: "risk.invalid_matrix",
    severity: Severity::Error,
    summary: "The risk matrix configuration is unusable (an empty scale, bands that overlap or leave a possible score unrated, an escalation score off the matrix), so no risk can be rated. Bands may leave scores unrated when the register is an excerpt or its bands are marked partial.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: INVALID_MATRIX,
    area: Area::Risk,
    premise: Premise {
        code: "risk.invalid_matrix",
        text: "A risk register with its matrix.",
        needs: &["/risk_register"],
        approximate: false,
    },
    scope: &[Scope::Risk, Scope::Body],
    citation: None,
    thresholds: &["risk_escalation_score"],
    stage: Stage::RiskMatrix,
    check,
};

/// The register's own configuration (its matrix and escalation score), at the start of
/// the register's walk.
fn check(cx: &UnitContext<'_>, out: &mut Report) {
    let Some(reg) = cx.risk_register() else {
        return;
    };
    if let Err(e) = reg.check_config("/risk_register") {
        out.push(&INVALID_MATRIX, e.path(), e.to_string());
    }
}

/// The escalation score of the register's body's constitution against the matrix. The
/// walk has always checked it with escalation, last, on a usable matrix: the unit of
/// `risk.not_escalated` (whose stage that is) calls it first.
pub(crate) fn check_escalation_score(cx: &UnitContext<'_>, out: &mut Report) {
    let Some(reg) = cx.risk_register() else {
        return;
    };
    let Some(b) = reg.body.as_deref() else {
        return;
    };
    let max = reg.matrix.max_score();
    let stated = cx.body_thresholds(b).and_then(|t| t.risk_escalation_score);
    if let (Some(s), Some(k)) = (stated, cx.body_position(b)) {
        if s == 0 || s > max {
            out.push(
                &INVALID_MATRIX,
                Pointer::root().item("bodies", k).field("constitution").field("thresholds").field("risk_escalation_score"),
                format!("the escalation score must be between 1 and {max}, the highest score on the register's matrix"),
            );
        }
    }
}
