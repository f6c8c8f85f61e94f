//! `scorecard.off_calendar`: a value dated off its frequency's calendar
use crate::pointer::Pointer;
use crate::premise::Premise;
use crate::scorecard::indicator::Frequency;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// A value dated off its frequency's calendar.
pub const OFF_CALENDAR: Rule = Rule {
    code: "scorecard.off_calendar",
    severity: Severity::Error,
    summary: "A quarterly or annual value is dated to a month that does not start a quarter or reporting year of the scorecard's calendar (a quarterly value for a mid-quarter period).",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: OFF_CALENDAR,
    area: Area::Scorecard,
    premise: Premise {
        code: "scorecard.off_calendar",
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
    for (at, sc, ind) in cx.indicators() {
        for (k, v) in ind.values.iter().enumerate() {
            if ind.frequency.starts_period(v.period, sc.year_start_month) {
                continue;
            }
            let what = match ind.frequency {
                Frequency::Quarterly => "a quarter",
                _ => "a reporting year",
            };
            out.push(
                &OFF_CALENDAR,
                Pointer::at(&at).item("values", k).field("period"),
                format!(
                    "This value is for a month that does not start {what} (the reporting year starts in month {}).",
                    sc.year_start_month
                ),
            );
        }
    }
}
