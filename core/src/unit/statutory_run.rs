//! The statutory records' and the challenge log's stages run on one record (the walk
//! itself is the areas' own: `statutory::check`, `challenge::checks`).

use super::{Source, Stage, StatutoryAt};
use crate::index::Index;
use crate::validate::{Report, ValidateOptions};

/// Run the units of one statutory or challenge stage on one record, in registry order.
/// An exemption's review date comes before its paragraph, and a decision's written record
/// before its call-in (stable within each, so in registry order).
pub(crate) fn run_statutory(
    ix: &Index<'_>,
    options: &ValidateOptions,
    at: StatutoryAt,
    stage: Stage,
    out: &mut Report,
) {
    let from = out.findings.len();
    super::run::run_stage(stage, Source::Statutory(ix, at), options, out);
    let Some(found) = out.findings.get_mut(from..) else {
        return;
    };
    match stage {
        Stage::StatutoryExemption => found.sort_by_key(|f| !f.path.ends_with("/review_by")),
        Stage::StatutoryDecision => found.sort_by_key(|f| {
            f.path.ends_with("/access/implemented_on") || f.path.starts_with("/actions/")
        }),
        _ => {}
    }
}
