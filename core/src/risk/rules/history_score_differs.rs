//! `risk.history_score_differs`: a history entry's stated score is not its likelihood x impact
use crate::pointer::Pointer;
use crate::premise::Premise;
use crate::risk::scores::levels_score;
use crate::risk::scores::RISK_HISTORY;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// A history entry's stated score is not its likelihood x impact.
pub const HISTORY_SCORE_DIFFERS: Rule = Rule {
    code: "risk.history_score_differs",
    severity: Severity::Error,
    summary:
        "A score history entry states an overall score that its likelihood and impact do not give.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: HISTORY_SCORE_DIFFERS,
    area: Area::Risk,
    premise: Premise {
        code: "risk.history_score_differs",
        text: "A risk's score history.",
        needs: &[RISK_HISTORY],
        approximate: false,
    },
    scope: &[Scope::Risk],
    citation: None,
    thresholds: &[],
    stage: Stage::RiskLevels,
    check,
};

fn check(cx: &UnitContext<'_>, out: &mut Report) {
    let Some(reg) = cx.risk_register() else {
        return;
    };
    for (at, r) in cx.risks() {
        for (j, h) in r.history.iter().enumerate() {
            let (Some(a), Some(stated)) = (h.assessment(), h.score) else {
                continue;
            };
            if levels_score(reg, a).is_some_and(|c| c != stated) {
                out.push(
                    &HISTORY_SCORE_DIFFERS,
                    Pointer::at(&at).item("history", j).field("score"),
                    "the stated score differs from likelihood times impact",
                );
            }
        }
    }
}
