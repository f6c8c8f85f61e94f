//! `scorecard.duplicate_period`: two values for one period
use crate::date::YearMonth;
use crate::pointer::Pointer;
use crate::premise::Premise;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};
use std::collections::BTreeMap;

/// Two values for one period.
pub const DUPLICATE_PERIOD: Rule = Rule {
    code: "scorecard.duplicate_period",
    severity: Severity::Error,
    summary: "An indicator has two values for the same period, so its trend and direction of travel are ambiguous.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: DUPLICATE_PERIOD,
    area: Area::Scorecard,
    premise: Premise {
        code: "scorecard.duplicate_period",
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
        let mut seen: BTreeMap<YearMonth, usize> = BTreeMap::new();
        for (k, v) in ind.values.iter().enumerate() {
            if let Some(first) = seen.insert(v.period, k) {
                seen.insert(v.period, first);
                out.push(
                    &DUPLICATE_PERIOD,
                    Pointer::at(&at).item("values", k).field("period"),
                    format!("This indicator already has a value for this period (value {first} of the list)."),
                );
            }
        }
    }
}
