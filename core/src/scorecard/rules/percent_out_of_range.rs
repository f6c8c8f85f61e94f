//! `scorecard.percent_out_of_range`: a percentage outside 0-100
use crate::pointer::Pointer;
use crate::premise::Premise;
use crate::scorecard::indicator::Unit;
use crate::scorecard::rate::Decimal;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// A percentage outside 0-100.
pub const PERCENT_OUT_OF_RANGE: Rule = Rule {
    code: "scorecard.percent_out_of_range",
    severity: Severity::Error,
    summary: "A value, target or comparator of a percentage indicator is below 0 or above 100.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: PERCENT_OUT_OF_RANGE,
    area: Area::Scorecard,
    premise: Premise {
        code: "scorecard.percent_out_of_range",
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
    let hundred = Decimal::from_int(100).unwrap_or(Decimal::ZERO);
    let out_of_range = |d: Decimal| d.is_negative() || d > hundred;
    for (at, _, ind) in cx.indicators() {
        if ind.unit != Unit::Percent {
            continue;
        }
        for (k, v) in ind.values.iter().enumerate() {
            if out_of_range(v.value) {
                out.push(
                    &PERCENT_OUT_OF_RANGE,
                    Pointer::at(&at).item("values", k).field("value"),
                    "A percentage must be from 0 to 100.",
                );
            }
        }
        if ind.target.is_some_and(|t| out_of_range(t.value)) {
            out.push(
                &PERCENT_OUT_OF_RANGE,
                Pointer::at(&at).field("target").field("value"),
                "A percentage must be from 0 to 100; check the target.",
            );
        }
        for (c, comp) in ind.comparators.iter().enumerate() {
            if comp.value.is_some_and(out_of_range) {
                out.push(
                    &PERCENT_OUT_OF_RANGE,
                    Pointer::at(&at).item("comparators", c).field("value"),
                    "A percentage must be from 0 to 100; check the comparator.",
                );
            }
        }
    }
}
