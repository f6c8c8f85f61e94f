//! `meeting.date_inferred`: a meeting whose date the paper does not state.
use crate::meeting::DateBasis;
use crate::premise::Premise;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// A meeting whose date the paper does not state.
pub const DATE_INFERRED: Rule = Rule {
    code: "meeting.date_inferred",
    severity: Severity::Info,
    summary: "The paper does not state the meeting's date; the date used is inferred, and rules that compare dates rely on it.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: DATE_INFERRED,
    area: Area::Meeting,
    premise: Premise {
        code: "meeting.date_inferred",
        text: "A meeting whose date is inferred (date_basis; approximate: checks that meetings are recorded).",
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
    cx.check_date_basis(
        (&DATE_INFERRED, DateBasis::Inferred),
        |_| "The paper does not state this meeting's date; rules use the inferred date.",
        out,
    );
}
