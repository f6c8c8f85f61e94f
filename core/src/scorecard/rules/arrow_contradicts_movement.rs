//! `scorecard.arrow_contradicts_movement`: a printed arrow that says the figure moved
//! when it did not, or level when it did
use crate::pointer::Pointer;
use crate::premise::Premise;
use crate::scorecard::indicator::Arrow;
use crate::scorecard::travel::{movement, Movement};
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// A printed arrow the figures contradict.
pub const ARROW_CONTRADICTS_MOVEMENT: Rule = Rule {
    code: "scorecard.arrow_contradicts_movement",
    severity: Severity::Warning,
    summary: "A value's printed arrow says the figure moved (up or down) though it moved by no more than the indicator's travel threshold since the period before, or says level though it moved by more. Which way is good is not judged, for scorecards differ in what their arrows mean; silent unless the value prints an arrow and an earlier period's value is recorded.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: ARROW_CONTRADICTS_MOVEMENT,
    area: Area::Scorecard,
    premise: Premise {
        code: "scorecard.arrow_contradicts_movement",
        text: "Indicator values with a printed arrow.",
        needs: &["/scorecards/*/indicators/*/values/*/arrow"],
        approximate: false,
    },
    scope: &[Scope::Scorecard],
    citation: None,
    thresholds: &[],
    stage: Stage::IndicatorValues,
    check,
};

/// Each value with an arrow against the value of the latest earlier period: the values
/// sorted by period once (O(n log n) in an indicator's values).
fn check(cx: &UnitContext<'_>, out: &mut Report) {
    for (at, _, ind) in cx.indicators() {
        if ind.values.iter().all(|v| v.arrow.is_none()) {
            continue;
        }
        let mut order: Vec<usize> = (0..ind.values.len()).collect();
        order.sort_by_key(|k| ind.values.get(*k).map(|v| v.period));
        for pair in order.windows(2) {
            let &[i, k] = pair else {
                continue;
            };
            let (Some(before), Some(now)) = (ind.values.get(i), ind.values.get(k)) else {
                continue;
            };
            let Some(arrow) = now.arrow else {
                continue;
            };
            if before.period == now.period {
                continue; // two values for one period: scorecard.duplicate_period says so
            }
            let moved = movement(before.value, now.value, ind.travel_threshold) != Movement::Level;
            let says_moved = arrow != Arrow::Level;
            if moved != says_moved {
                out.push(
                    &ARROW_CONTRADICTS_MOVEMENT,
                    Pointer::at(&at).item("values", k).field("arrow"),
                    if says_moved {
                        "The arrow says the figure moved, but it changed by no more than the indicator's travel threshold since the period before: print a level arrow, or record the threshold the scorecard uses."
                    } else {
                        "The arrow says level, but the figure changed by more than the indicator's travel threshold since the period before: print an up or down arrow, or record the threshold the scorecard uses."
                    },
                );
            }
        }
    }
}
