//! `scorecard.rate_without_population`: a rate without a population
use crate::pointer::Pointer;
use crate::premise::Premise;
use crate::scorecard::indicator::Unit;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// A rate without a population.
pub const RATE_WITHOUT_POPULATION: Rule = Rule {
    code: "scorecard.rate_without_population",
    severity: Severity::Warning,
    summary: "A rate per 10,000 is recorded without the child population it was computed on, so it cannot be checked or recomputed.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: RATE_WITHOUT_POPULATION,
    area: Area::Scorecard,
    premise: Premise {
        code: "scorecard.rate_without_population",
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
        if ind.unit != Unit::RatePer10000 {
            continue;
        }
        for (k, v) in ind.values.iter().enumerate() {
            if v.population.is_none() {
                out.push(
                    &RATE_WITHOUT_POPULATION,
                    Pointer::at(&at).item("values", k).field("population"),
                    "This rate (per ten thousand) has no population recorded.",
                );
            }
        }
    }
}
