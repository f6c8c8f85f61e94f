//! `risk.target_date_passed`: the target date has passed with the risk still above its target
use crate::pointer::Pointer;
use crate::premise::Premise;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// The target date has passed with the risk still above its target.
pub const TARGET_DATE_PASSED: Rule = Rule {
    code: "risk.target_date_passed",
    severity: Severity::Info,
    summary: "As of the validation date, a live risk's target date has passed and its score is still above the target score. Silent when the register records no target date.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: TARGET_DATE_PASSED,
    area: Area::Risk,
    premise: Premise {
        code: "risk.target_date_passed",
        text: "A risk's target date and target score, and an as-of date.",
        needs: &[
            "/risk_register/risks/*/target_date",
            "/risk_register/risks/*/target",
            "@as_of",
        ],
        approximate: false,
    },
    scope: &[Scope::Risk],
    citation: None,
    thresholds: &[],
    stage: Stage::RiskTargetDate,
    check,
};

fn check(cx: &UnitContext<'_>, out: &mut Report) {
    let (Some(reg), Some(as_of)) = (cx.risk_register(), cx.options().as_of) else {
        return;
    };
    for (at, r) in cx.risks() {
        let Some(by) = r.target_date.as_ref().and_then(|t| t.fixed_date()) else {
            continue;
        };
        let (Some(target), Some(now)) =
            (r.target.and_then(|a| reg.score(a)), reg.score_on(r, as_of))
        else {
            continue;
        };
        if by < as_of && now > target && r.live_on(as_of) {
            let days = as_of.signed_duration_since(by).num_days();
            out.push(
                &TARGET_DATE_PASSED,
                Pointer::at(&at).field("target_date"),
                format!("the target date passed {days} day(s) before the as-of date and the score is still above the target"),
            );
        }
    }
}
