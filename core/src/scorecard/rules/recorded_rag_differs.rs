//! `scorecard.recorded_rag_differs`: a printed RAG letter the target contradicts
use crate::pointer::Pointer;
use crate::premise::Premise;
use crate::scorecard::travel::ScorecardRag;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};
use std::cmp::Ordering;

/// A printed RAG letter the target contradicts.
pub const RECORDED_RAG_DIFFERS: Rule = Rule {
    code: "scorecard.recorded_rag_differs",
    severity: Severity::Warning,
    summary: "The RAG letter a scorecard prints contradicts its own target: green for a latest value worse than the target, or amber or red for one at or better than it. Silent when there is no target (amber against red needs a tolerance the paper may not give, so it is not judged).",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: RECORDED_RAG_DIFFERS,
    area: Area::Scorecard,
    premise: Premise {
        code: "scorecard.recorded_rag_differs",
        text: "A recorded RAG letter and a target.",
        needs: &[
            "/scorecards/*/indicators/*/recorded_rag",
            "/scorecards/*/indicators/*/target",
        ],
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
        let (Some(recorded), Some(target), Some(latest)) =
            (ind.recorded_rag, ind.target, ind.latest())
        else {
            continue;
        };
        let at_or_better = ind.polarity.better(latest.value, target.value) != Ordering::Less;
        let printed_green = recorded == ScorecardRag::Green;
        if at_or_better != printed_green {
            out.push(
                &RECORDED_RAG_DIFFERS,
                Pointer::at(&at).field("recorded_rag"),
                if printed_green {
                    "printed green, but the latest value is worse than the target"
                } else {
                    "printed amber or red, but the latest value meets the target"
                },
            );
        }
    }
}
