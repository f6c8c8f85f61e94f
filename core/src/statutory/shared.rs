//! What groups of statutory units share: the paragraph an exemption cites, judged for the
//! body's nation on the meeting's date (paragraph unknown, outdated, public interest
//! missing), and the sections or recipients a safeguarding adults board's annual report
//! lists (content missing, recipient missing). Each unit file keeps its rule and calls
//! one of these.

use super::exempt::{paragraph_status, ParagraphStatus};
use super::records::YearlyReport;
use crate::board::{BodyKind, LawNation};
use crate::meeting::Exemption;
use crate::pointer::Pointer;
use crate::unit::statutory::nation;
use crate::unit::UnitContext;
use crate::validate::{Report, Rule};

/// The exemption of an exemption stage (its JSON Pointer, the record and the body's
/// nation) when the paragraph it cites has this status for the nation on the meeting's
/// date; `None` otherwise, or when the nation, the date or the paragraph is not recorded.
pub(crate) fn paragraph_is<'a>(
    cx: &UnitContext<'a>,
    status: ParagraphStatus,
) -> Option<(String, &'a Exemption, LawNation)> {
    let ((_, m), (path, e)) = (cx.meeting()?, cx.exemption()?);
    let (nation, day, p) = (nation(cx.body_of(m))?, m.known_date()?, e.paragraph?);
    (paragraph_status(nation, day, p) == status).then_some((path, e, nation))
}

/// What an annual report's list holds, and what to say of a kind it leaves out.
pub(crate) struct Listed<T: 'static> {
    /// The report's list (`contents`, `sent_to`) and its field name.
    pub(crate) list: fn(&YearlyReport) -> &[T],
    pub(crate) field: &'static str,
    /// Every kind the list should hold, in order.
    pub(crate) all: &'static [T],
    /// The message for a kind left out.
    pub(crate) missing: fn(T) -> String,
}

/// A finding at `{report}/{field}` for each kind a safeguarding adults board's annual
/// report does not list; silent when the report lists none (the paper did not record
/// them).
pub(crate) fn annual_report_lacks<T: Copy + PartialEq>(
    cx: &UnitContext<'_>,
    out: &mut Report,
    rule: &Rule,
    listed: &Listed<T>,
) {
    let Some((base, body, r)) = cx.yearly_report() else {
        return;
    };
    let list = (listed.list)(r);
    if body.kind != BodyKind::SafeguardingAdultsBoard || list.is_empty() {
        return;
    }
    for kind in listed.all {
        if !list.contains(kind) {
            out.push(
                rule,
                Pointer::at(&base).field(listed.field),
                (listed.missing)(*kind),
            );
        }
    }
}
