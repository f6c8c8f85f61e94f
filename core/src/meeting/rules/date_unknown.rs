//! `meeting.date_unknown`: a meeting whose date is unknown.
use crate::meeting::{DateBasis, Meeting};
use crate::premise::Premise;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// A meeting whose date is unknown.
pub const DATE_UNKNOWN: Rule = Rule {
    code: "meeting.date_unknown",
    severity: Severity::Info,
    summary: "The meeting's date is unknown (only the earliest day, or a window of days, is recorded); rules that compare its date are skipped for it.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: DATE_UNKNOWN,
    area: Area::Meeting,
    premise: Premise {
        code: "meeting.date_unknown",
        text: "A meeting whose date is unknown (date_basis; approximate: checks that meetings are recorded).",
        needs: &["/meetings"],
        approximate: true,
    },
    scope: &[Scope::Meeting],
    citation: None,
    thresholds: &[],
    stage: Stage::MeetingDateBasis,
    check,
};

fn check(cx: &UnitContext<'_>, out: &mut Report) {
    cx.check_date_basis((&DATE_UNKNOWN, DateBasis::NotBefore), message, out);
}

/// What the finding says: whether a window of days is recorded.
fn message(m: &Meeting) -> &'static str {
    if m.latest_date.is_some() {
        "This meeting's date is unknown (only a window of days is recorded); rules that compare its date were not run."
    } else {
        "This meeting's date is unknown; rules that compare its date were not run."
    }
}
