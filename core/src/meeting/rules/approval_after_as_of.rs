//! `meeting.approval_after_as_of`: minutes approved on a day after the validation's
//! as-of date, at a meeting that has taken place.
use crate::pointer::Pointer;
use crate::premise::Premise;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// Minutes approved after the as-of date at a meeting that has taken place.
pub const APPROVAL_AFTER_AS_OF: Rule = Rule {
    code: "meeting.approval_after_as_of",
    severity: Severity::Warning,
    summary: "Minutes are recorded as approved on a day after the as-of date of the validation, at a meeting that has taken place (silent without an as-of date).",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: APPROVAL_AFTER_AS_OF,
    area: Area::Meeting,
    premise: Premise {
        code: "meeting.approval_after_as_of",
        text: "The day minutes were approved (approved_on), and an as-of date.",
        needs: &["/meetings/*/previous_minutes/approved_on", "@as_of"],
        approximate: false,
    },
    scope: &[Scope::Meeting],
    citation: None,
    thresholds: &[],
    stage: Stage::MeetingApproval,
    check,
};

fn check(cx: &UnitContext<'_>, out: &mut Report) {
    let Some((base, m)) = cx.meeting() else {
        return;
    };
    let (Some(pm), Some(as_of)) = (&m.previous_minutes, cx.options().as_of) else {
        return;
    };
    if !pm.approved || !m.status.took_place() {
        return;
    }
    let (on, field) = match pm.approved_on {
        Some(d) => (Some(d), "previous_minutes/approved_on"),
        None => (m.known_date(), "date"),
    };
    if on.is_some_and(|d| d > as_of) {
        out.push(
            &APPROVAL_AFTER_AS_OF,
            Pointer::at(&base).field(field),
            "This approval is dated after the as-of date, yet the meeting is recorded as held.",
        );
    }
}
