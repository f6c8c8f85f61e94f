//! The references the field's performance papers make (lead officer, parent indicator).
//! The rules added with them (a peer-group rank that the group cannot hold, a printed RAG
//! letter that the target contradicts) are units (`rules/`); their constants keep these
//! public paths.

use super::Scorecard;
use crate::board::UNKNOWN_REFERENCE;
use crate::index::Index;
use crate::pointer::Pointer;
use crate::unit::Stage;
use crate::validate::{Report, ValidateOptions};
use std::collections::HashSet;

pub use super::rules::rank_out_of_group::RANK_OUT_OF_GROUP;
pub use super::rules::recorded_rag_differs::RECORDED_RAG_DIFFERS;

/// Check the field rules of one scorecard at `base`.
pub(crate) fn check(
    doc: &Index<'_>,
    options: &ValidateOptions,
    sc: &Scorecard,
    base: &str,
    out: &mut Report,
) {
    let ids: HashSet<&str> = sc.indicators.iter().map(|i| i.id.as_str()).collect();
    for (j, ind) in sc.indicators.iter().enumerate() {
        let at: String = Pointer::at(base).item("indicators", j).into();
        if let Some(p) = &ind.lead_officer {
            if doc.person(p).is_none() {
                out.push(
                    &UNKNOWN_REFERENCE,
                    Pointer::at(&at).field("lead_officer"),
                    "no person has this id",
                );
            }
        }
        if let Some(p) = &ind.parent {
            if !ids.contains(p.as_str()) || *p == ind.id {
                out.push(
                    &UNKNOWN_REFERENCE,
                    Pointer::at(&at).field("parent"),
                    "no other indicator of this scorecard has this id",
                );
            }
        }
        crate::unit::run_indicator(
            Some(doc),
            options,
            (base, sc, j),
            Stage::IndicatorFields,
            out,
        );
    }
}
