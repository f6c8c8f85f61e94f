//! `meeting.minutes_challenged`: minutes confirmed as a correct record, then challenged
//! as inaccurate with no amendment made.
use crate::pointer::Pointer;
use crate::premise::Premise;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// Minutes confirmed, then challenged with no amendment.
pub const MINUTES_CHALLENGED: Rule = Rule {
    code: "meeting.minutes_challenged",
    severity: Severity::Info,
    summary: "Minutes were confirmed as a correct record and then challenged as inaccurate, with no amendment made.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: MINUTES_CHALLENGED,
    area: Area::Meeting,
    premise: Premise {
        code: "meeting.minutes_challenged",
        text: "Minutes recorded as challenged.",
        needs: &["/meetings/*/previous_minutes/challenged"],
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
    if let Some(pm) = &m.previous_minutes {
        if pm.approved && pm.challenged && pm.amendments.is_empty() {
            out.push(
                &MINUTES_CHALLENGED,
                Pointer::at(&base).field("previous_minutes").field("challenged"),
                "These minutes were confirmed and then challenged as inaccurate, with no amendment.",
            );
        }
    }
}
