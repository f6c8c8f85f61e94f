//! `scorecard.value_mismatch`: a published figure that its own count and total do not give
use crate::pointer::Pointer;
use crate::premise::Premise;
use crate::scorecard::indicator::recomputed;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// A published figure that its own count and total do not give.
pub const VALUE_MISMATCH: Rule = Rule {
    code: "scorecard.value_mismatch",
    severity: Severity::Warning,
    summary: "A published percentage or rate differs from the figure its recorded count and total (or population) give, rounded at the published precision half away from zero.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: VALUE_MISMATCH,
    area: Area::Scorecard,
    premise: Premise {
        code: "scorecard.value_mismatch",
        text: "Indicator values.",
        needs: &["/scorecards/*/indicators/*/values"],
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
        for (k, v) in ind.values.iter().enumerate() {
            let places = ind.places.max(v.value.places());
            if recomputed(ind, v, places).is_some_and(|r| r != v.value) {
                out.push(
                    &VALUE_MISMATCH,
                    Pointer::at(&at).item("values", k).field("value"),
                    "The published value differs from what the recorded count and base give.",
                );
            }
        }
    }
}
