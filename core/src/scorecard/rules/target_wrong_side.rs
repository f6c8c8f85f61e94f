//! `scorecard.target_wrong_side`: a target on the wrong side for the polarity
use crate::pointer::Pointer;
use crate::premise::Premise;
use crate::scorecard::travel::Polarity;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};
use std::cmp::Ordering;

/// A target on the wrong side for the polarity.
pub const TARGET_WRONG_SIDE: Rule = Rule {
    code: "scorecard.target_wrong_side",
    severity: Severity::Warning,
    summary: "A target is on the wrong side for the indicator's polarity: it is worse than the baseline (the earliest value), or its tolerance is negative so the amber band lies on the good side.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: TARGET_WRONG_SIDE,
    area: Area::Scorecard,
    premise: Premise {
        code: "scorecard.target_wrong_side",
        text: "An indicator's target.",
        needs: &["/scorecards/*/indicators/*/target"],
        approximate: false,
    },
    scope: &[Scope::Scorecard],
    citation: None,
    thresholds: &[],
    stage: Stage::IndicatorValues,
    check,
};

fn check(cx: &UnitContext<'_>, out: &mut Report) {
    for (at, _, ind) in cx.indicators() {
        let Some(t) = &ind.target else {
            continue;
        };
        if t.tolerance.is_negative() {
            out.push(
                &TARGET_WRONG_SIDE,
                Pointer::at(&at).field("target").field("tolerance"),
                "The tolerance is negative, so the amber band lies on the good side of the target; it is read as zero.",
            );
        }
        let Some(b) = ind.baseline() else {
            continue;
        };
        if ind.polarity.better(t.value, b.value) != Ordering::Less {
            continue;
        }
        let (way, why) = match ind.polarity {
            Polarity::HigherIsBetter => ("below", "higher is better"),
            Polarity::LowerIsBetter => ("above", "lower is better"),
        };
        out.push(
            &TARGET_WRONG_SIDE,
            Pointer::at(&at).field("target").field("value"),
            format!(
                "The target is {way} the baseline value although {why}: meeting it would allow things to get worse."
            ),
        );
    }
}
