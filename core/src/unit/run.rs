//! The validation's walk over the registry: each unit called at its stage.

use super::{Source, Stage, UnitContext};
use crate::index::Index;
use crate::scorecard::Scorecard;
use crate::validate::{Report, ValidateOptions};

/// Run the units of one stage, in registry order, with one context.
pub(super) fn run_stage(
    stage: Stage,
    source: Source<'_>,
    options: &ValidateOptions,
    out: &mut Report,
) {
    for unit in crate::registry::UNITS.iter().filter(|u| u.stage == stage) {
        let cx = UnitContext {
            source,
            options,
            scope: unit.scope,
        };
        (unit.check)(&cx, out);
    }
}

/// Run the document-stage units on a document.
pub(crate) fn run_document(ix: &Index<'_>, options: &ValidateOptions, out: &mut Report) {
    run_stage(Stage::Document, Source::Document(ix), options, out);
}

/// Run the units of an indicator stage on indicator `j` of the scorecard at `base`. The
/// values stage's findings are ordered by place: the note, each value, the target, each
/// comparator (stable within a place, so in registry order).
pub(crate) fn run_indicator(
    ix: Option<&Index<'_>>,
    options: &ValidateOptions,
    (base, sc, j): (&str, &Scorecard, usize),
    stage: Stage,
    out: &mut Report,
) {
    let from = out.findings.len();
    run_stage(stage, Source::Indicator(ix, base, sc, j), options, out);
    if stage == Stage::IndicatorValues {
        let at = format!("{base}/indicators/{j}/");
        if let Some(found) = out.findings.get_mut(from..) {
            found.sort_by_key(|f| place(f.path.strip_prefix(at.as_str()).unwrap_or("")));
        }
    }
}

/// Where a finding's path lies in an indicator: note, values, target, comparators.
fn place(rest: &str) -> (u8, usize) {
    let mut parts = rest.split('/');
    let section = parts.next().unwrap_or("");
    let n = parts.next().and_then(|k| k.parse().ok()).unwrap_or(0);
    match section {
        "note" => (0, 0),
        "values" => (1, n),
        "target" => (2, 0),
        "comparators" => (3, n),
        _ => (4, 0),
    }
}
