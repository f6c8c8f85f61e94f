//! `meeting.inquorate`: a meeting that was not quorate under its body's constitution.
use crate::pointer::Pointer;
use crate::premise::Premise;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// A meeting that was not quorate under its body's constitution.
pub const INQUORATE: Rule = Rule {
    code: "meeting.inquorate",
    severity: Severity::Warning,
    summary: "The meeting was not quorate under the body's constitution (observers do not count; a deputy counts for the member); silent unless the paper records full attendance.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: INQUORATE,
    area: Area::Meeting,
    premise: Premise {
        code: "meeting.inquorate",
        text: "A meeting's full attendance and a quorum in the body's constitution (approximate: checks both are recorded, not that the attendance is full).",
        needs: &["/meetings/*/attendance", "/bodies/*/constitution/quorum/min_voting_members|/bodies/*/constitution/quorum/min_voting_percent|/bodies/*/constitution/quorum/each_statutory_partner"],
        approximate: true,
    },
    scope: &[Scope::Meeting, Scope::Body],
    citation: None,
    thresholds: &[],
    stage: Stage::MeetingQuorum,
    check,
};

fn check(cx: &UnitContext<'_>, out: &mut Report) {
    let Some(at) = cx.agenda_meeting() else {
        return;
    };
    // Only where the paper lists everyone who attended.
    if !at.m.status.took_place() || !at.m.attendance_complete() || at.m.attendance.is_empty() {
        return;
    }
    let Some(q) = cx.quorum().filter(|q| !q.quorate) else {
        return;
    };
    let mut msg = format!(
        "{} of {} voting members were present in person or by deputy; {} needed.",
        q.voting_present, q.voting_members, q.required
    );
    if !q.missing_statutory_partners.is_empty() {
        msg.push_str(&format!(
            " {} statutory partner(s) not represented.",
            q.missing_statutory_partners.len()
        ));
    }
    out.push(&INQUORATE, Pointer::at(at.base).field("attendance"), msg);
}
