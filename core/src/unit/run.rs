//! The validation's walk over the registry: each unit called at its stage.

use super::{Source, Stage, UnitContext};
use crate::budget::paid::Paid;
use crate::index::Index;
use crate::pointer::Pointer;
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
        if let Some(found) = out.findings.get_mut(from..).filter(|f| f.len() > 1) {
            let at = Pointer::at(base).item("indicators", j);
            found.sort_by_key(|f| place(super::below(&f.path, at.as_str())));
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

// Bodies and budgets.

/// Run the units of a document stage of the budget checks; the subtotal units' findings
/// ordered by decision and stated subtotal (stable, so in registry order within one
/// subtotal).
pub(crate) fn run_budget(
    ix: &Index<'_>,
    options: &ValidateOptions,
    stage: Stage,
    out: &mut Report,
) {
    let from = out.findings.len();
    run_stage(stage, Source::Document(ix), options, out);
    if stage != Stage::BudgetSubtotals {
        return;
    }
    if let Some(found) = out.findings.get_mut(from..) {
        found.sort_by_key(|f| decision_and_subtotal(&f.path));
    }
}

/// Run the brought-forward units on budget `i` of a document.
pub(crate) fn run_budget_one<'a>(
    ix: &'a Index<'a>,
    options: &ValidateOptions,
    (i, paid): (usize, &'a Paid<'a>),
    out: &mut Report,
) {
    run_stage(
        Stage::BudgetBroughtForward,
        Source::Budget(ix, i, paid),
        options,
        out,
    );
}

/// Run the units of a per-decision stage on funding decision `k` of a document (with
/// what the decisions pay, for the stated-figures stage).
pub(crate) fn run_decision<'a>(
    ix: &'a Index<'a>,
    options: &ValidateOptions,
    (k, paid): (usize, Option<&'a Paid<'a>>),
    stage: Stage,
    out: &mut Report,
) {
    run_stage(stage, Source::Decision(ix, k, paid), options, out);
}

/// The decision and stated subtotal a path lies in (`/funding_decisions/2/stated_subtotals/1/...`).
fn decision_and_subtotal(path: &str) -> (usize, usize) {
    let mut parts = path.split('/').skip(2).step_by(2);
    let mut next = || {
        parts
            .next()
            .and_then(|n| n.parse().ok())
            .unwrap_or(usize::MAX)
    };
    (next(), next())
}

// The risk register.
/// Run the units of a risk register stage on the document's register (`risk` `None`) or
/// on risk `k` of it. The stages that read a risk's history entry by entry keep the
/// findings ordered by place, as the old walk made them: the inherent, current and target
/// levels, then each history entry (stable within a place, so in registry order).
pub(crate) fn run_risk(
    ix: &Index<'_>,
    options: &ValidateOptions,
    risk: Option<usize>,
    stage: Stage,
    out: &mut Report,
) {
    let from = out.findings.len();
    let source = match risk {
        Some(k) => Source::Risk(ix, k),
        None => Source::Document(ix),
    };
    run_stage(stage, source, options, out);
    if let (Some(k), Stage::RiskHistoryDates | Stage::RiskLevels) = (risk, stage) {
        if let Some(found) = out.findings.get_mut(from..).filter(|f| f.len() > 1) {
            let at = Pointer::root().field("risk_register").item("risks", k);
            found.sort_by_key(|f| risk_place(super::below(&f.path, at.as_str())));
        }
    }
}

/// Where a finding's path lies in a risk: inherent, current, target, each history entry.
fn risk_place(rest: &str) -> (u8, usize) {
    let mut parts = rest.split('/');
    let section = parts.next().unwrap_or("");
    let n = parts.next().and_then(|k| k.parse().ok()).unwrap_or(0);
    match section {
        "inherent" => (0, 0),
        "current" => (1, 0),
        "target" => (2, 0),
        "history" => (3, n),
        _ => (4, 0),
    }
}

// The action log's walk.
/// Run the units of one action stage on action `i` of the walk.
pub(crate) fn run_action(
    walk: &super::Walk<'_>,
    i: usize,
    stage: Stage,
    options: &ValidateOptions,
    out: &mut Report,
) {
    run_stage(stage, Source::Action(walk, i), options, out);
}

/// Run the units of the action log's own stage (after every action) on a document.
pub(crate) fn run_action_log(ix: &Index<'_>, options: &ValidateOptions, out: &mut Report) {
    run_stage(Stage::ActionLog, Source::Document(ix), options, out);
}
