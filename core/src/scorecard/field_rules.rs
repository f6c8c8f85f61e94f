//! Scorecard rules added for the field's performance papers: a peer-group rank that the
//! group cannot hold, and a printed RAG letter that the target contradicts; plus the
//! references the new fields make (lead officer, parent indicator).

use super::indicator::Indicator;
use super::travel::{Polarity, Rag};
use super::Scorecard;
use crate::board::UNKNOWN_REFERENCE;
use crate::index::Index;
use crate::validate::{Report, Rule, Severity};
use std::cmp::Ordering;
use std::collections::HashSet;

/// A rank outside its group.
pub const RANK_OUT_OF_GROUP: Rule = Rule {
    code: "scorecard.rank_out_of_group",
    severity: Severity::Error,
    summary: "A peer-group rank (this period's or the previous one's) is 0 or larger than the number of members the group has.",
};
/// A printed RAG letter the target contradicts.
pub const RECORDED_RAG_DIFFERS: Rule = Rule {
    code: "scorecard.recorded_rag_differs",
    severity: Severity::Warning,
    summary: "The RAG letter a scorecard prints contradicts its own target: green for a latest value worse than the target, or amber or red for one at or better than it. Silent when there is no target (amber against red needs a tolerance the paper may not give, so it is not judged).",
};

/// Check the field rules of one scorecard at `base`.
pub(crate) fn check(doc: &Index<'_>, sc: &Scorecard, base: &str, out: &mut Report) {
    let ids: HashSet<&str> = sc.indicators.iter().map(|i| i.id.as_str()).collect();
    for (j, ind) in sc.indicators.iter().enumerate() {
        let at = format!("{base}/indicators/{j}");
        if let Some(p) = &ind.lead_officer {
            if doc.person(p).is_none() {
                out.push(
                    &UNKNOWN_REFERENCE,
                    format!("{at}/lead_officer"),
                    "no person has this id",
                );
            }
        }
        if let Some(p) = &ind.parent {
            if !ids.contains(p.as_str()) || *p == ind.id {
                out.push(
                    &UNKNOWN_REFERENCE,
                    format!("{at}/parent"),
                    "no other indicator of this scorecard has this id",
                );
            }
        }
        for (c, comp) in ind.comparators.iter().enumerate() {
            let Some(size) = comp.group_size else {
                continue;
            };
            for (field, rank) in [("rank", comp.rank), ("previous_rank", comp.previous_rank)] {
                if let Some(r) = rank {
                    if r == 0 || r > size {
                        out.push(
                            &RANK_OUT_OF_GROUP,
                            format!("{at}/comparators/{c}/{field}"),
                            "the rank is outside the size of the group",
                        );
                    }
                }
            }
        }
        check_recorded_rag(ind, &at, out);
    }
}

fn check_recorded_rag(ind: &Indicator, at: &str, out: &mut Report) {
    let (Some(recorded), Some(target), Some(latest)) = (ind.recorded_rag, ind.target, ind.latest())
    else {
        return;
    };
    let at_or_better = better(ind.polarity, latest.value, target.value) != Ordering::Less;
    let printed_green = recorded == Rag::Green;
    if at_or_better != printed_green {
        out.push(
            &RECORDED_RAG_DIFFERS,
            format!("{at}/recorded_rag"),
            if printed_green {
                "printed green, but the latest value is worse than the target"
            } else {
                "printed amber or red, but the latest value meets the target"
            },
        );
    }
}

fn better(p: Polarity, a: super::rate::Decimal, b: super::rate::Decimal) -> Ordering {
    p.better(a, b)
}
