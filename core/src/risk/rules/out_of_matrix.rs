//! `risk.out_of_matrix`: a likelihood or impact off the matrix
use crate::pointer::Pointer;
use crate::premise::Premise;
use crate::risk::scores::RISK_SCORES;
use crate::risk::Assessment;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// A likelihood or impact off the matrix.
pub const OUT_OF_MATRIX: Rule = Rule {
    code: "risk.out_of_matrix",
    severity: Severity::Error,
    summary: "A likelihood or impact level (inherent, current, target or in the history) is outside the matrix's scale.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: OUT_OF_MATRIX,
    area: Area::Risk,
    premise: Premise {
        code: "risk.out_of_matrix",
        text: "Risk scores (inherent, current, target or history).",
        needs: &[RISK_SCORES],
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
    let m = &reg.matrix;
    let levels = |a: Assessment, path: &str, out: &mut Report| {
        if !m.likelihood_in_range(a.likelihood) {
            out.push(
                &OUT_OF_MATRIX,
                Pointer::at(path).field("likelihood"),
                "the likelihood is outside the matrix's scale",
            );
        }
        if !m.impact_in_range(a.impact) {
            out.push(
                &OUT_OF_MATRIX,
                Pointer::at(path).field("impact"),
                "the impact is outside the matrix's scale",
            );
        }
    };
    for (at, r) in cx.risks() {
        for (name, a) in [
            ("inherent", r.inherent),
            ("current", r.current),
            ("target", r.target),
        ] {
            if let Some(a) = a {
                levels(a, Pointer::at(&at).field(name).as_str(), out);
            }
        }
        for (j, h) in r.history.iter().enumerate() {
            let path: String = Pointer::at(&at).item("history", j).into();
            match (h.likelihood, h.impact, h.assessment()) {
                (_, _, Some(a)) => levels(a, &path, out),
                (None, None, None) if h.score.is_some() && reg.entry_score(h).is_none() => {
                    out.push(
                        &OUT_OF_MATRIX,
                        Pointer::at(&path).field("score"),
                        "the score is higher than this matrix can produce",
                    );
                }
                _ => {}
            }
        }
    }
}
