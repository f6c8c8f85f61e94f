//! The board rules a document's scorecards are checked against: unique ids and references
//! to bodies and people. The scorecard rules themselves are units (`rules/`), run by the
//! registry.

use super::{field_rules, Scorecard, ValidateScorecardRequest};
use crate::board::{duplicate_ids, UNKNOWN_REFERENCE};
use crate::pointer::Pointer;
use crate::unit::Stage;
use crate::validate::{Report, ValidateOptions};

/// Check the scorecards of a document.
pub(crate) fn check(doc: &crate::index::Index<'_>, options: &ValidateOptions, out: &mut Report) {
    duplicate_ids(
        doc.document().scorecards.iter().map(|s| s.id.as_str()),
        "/scorecards",
        out,
    );
    for (i, sc) in doc.document().scorecards.iter().enumerate() {
        let base: String = Pointer::root().item("scorecards", i).into();
        field_rules::check(doc, options, sc, &base, out);
        if let Some(body) = &sc.body {
            if doc.body(body).is_none() {
                out.push(
                    &UNKNOWN_REFERENCE,
                    Pointer::at(&base).field("body"),
                    "This scorecard reports to a body that is not in the document.",
                );
            }
        }
        check_scorecard(Some(doc), options, sc, &base, out);
    }
}

/// Check one scorecard's rules. Paths are relative to the scorecard (`/indicators/0/...`).
/// References to bodies are not checked (there is no document).
///
/// The request function lives with the walk it runs (a scorecard's record does not call
/// its rules); `scorecard::validate` is its public path.
pub fn validate(request: &ValidateScorecardRequest) -> Report {
    let mut out = Report::new();
    let options = ValidateOptions::default();
    check_scorecard(None, &options, &request.scorecard, "", &mut out);
    out
}

/// The indicators' ids, then each indicator's value-stage units (also for a scorecard
/// checked on its own, `doc` `None` and `base` empty).
pub(super) fn check_scorecard(
    doc: Option<&crate::index::Index<'_>>,
    options: &ValidateOptions,
    sc: &Scorecard,
    base: &str,
    out: &mut Report,
) {
    let ibase: String = Pointer::at(base).field("indicators").into();
    duplicate_ids(sc.indicators.iter().map(|i| i.id.as_str()), &ibase, out);
    for j in 0..sc.indicators.len() {
        crate::unit::run_indicator(doc, options, (base, sc, j), Stage::IndicatorValues, out);
    }
}
