//! `risk.history_without_score`: a history entry with no score
use crate::pointer::Pointer;
use crate::premise::Premise;
use crate::risk::scores::RISK_HISTORY;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// A history entry with no score.
pub const HISTORY_WITHOUT_SCORE: Rule = Rule {
    code: "risk.history_without_score",
    severity: Severity::Error,
    summary: "A score history entry has neither a likelihood and impact nor a stated score (or only one of the two levels), so it cannot be rated.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: HISTORY_WITHOUT_SCORE,
    area: Area::Risk,
    premise: Premise {
        code: "risk.history_without_score",
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
    for (at, r) in cx.risks() {
        for (j, h) in r.history.iter().enumerate() {
            let path: String = Pointer::at(&at).item("history", j).into();
            match (h.likelihood, h.impact, h.assessment()) {
                (_, _, Some(_)) => {}
                (None, None, None) => {
                    if h.score.is_none() {
                        out.push(
                            &HISTORY_WITHOUT_SCORE,
                            path,
                            "This history entry has neither a likelihood and impact nor a score.",
                        );
                    }
                }
                (l, _, None) => {
                    let missing = if l.is_some() { "impact" } else { "likelihood" };
                    out.push(
                        &HISTORY_WITHOUT_SCORE,
                        Pointer::at(&path).field(missing),
                        format!("This history entry gives one level but not its {missing}."),
                    );
                }
            }
        }
    }
}
