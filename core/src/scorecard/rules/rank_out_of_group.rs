//! `scorecard.rank_out_of_group`: a rank outside its group
use crate::pointer::Pointer;
use crate::premise::Premise;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// A rank outside its group.
pub const RANK_OUT_OF_GROUP: Rule = Rule {
    code: "scorecard.rank_out_of_group",
    severity: Severity::Error,
    summary: "A peer-group rank (this period's or the previous one's) is 0 or larger than the number of members the group has.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: RANK_OUT_OF_GROUP,
    area: Area::Scorecard,
    premise: Premise {
        code: "scorecard.rank_out_of_group",
        text: "Indicator comparators.",
        needs: &["/scorecards/*/indicators/*/comparators"],
        approximate: false,
    },
    scope: &[Scope::Scorecard],
    citation: None,
    thresholds: &[],
    stage: Stage::IndicatorFields,
    check,
};

fn check(cx: &UnitContext<'_>, out: &mut Report) {
    for (at, _, ind) in cx.indicators() {
        for (c, comp) in ind.comparators.iter().enumerate() {
            let Some(size) = comp.group_size else {
                continue;
            };
            for (field, rank) in [("rank", comp.rank), ("previous_rank", comp.previous_rank)] {
                if rank.is_some_and(|r| r == 0 || r > size) {
                    out.push(
                        &RANK_OUT_OF_GROUP,
                        Pointer::at(&at).item("comparators", c).field(field),
                        "the rank is outside the size of the group",
                    );
                }
            }
        }
    }
}
