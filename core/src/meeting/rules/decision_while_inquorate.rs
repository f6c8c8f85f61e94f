//! `meeting.decision_while_inquorate`: a decision agreed or resolved at a meeting that was not quorate.
use crate::meeting::DecisionKind;
use crate::pointer::Pointer;
use crate::premise::Premise;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// A decision agreed or resolved at a meeting that was not quorate.
pub const DECISION_WHILE_INQUORATE: Rule = Rule {
    code: "meeting.decision_while_inquorate",
    severity: Severity::Error,
    summary: "A decision was agreed or resolved at a meeting that was not quorate.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: DECISION_WHILE_INQUORATE,
    area: Area::Meeting,
    premise: Premise {
        code: "meeting.decision_while_inquorate",
        text: "Decisions at a meeting, its attendance and a quorum in the body's constitution (approximate: checks all three are recorded).",
        needs: &["/meetings/*/agenda/*/decisions", "/meetings/*/attendance", "/bodies/*/constitution/quorum/min_voting_members|/bodies/*/constitution/quorum/min_voting_percent|/bodies/*/constitution/quorum/each_statutory_partner"],
        approximate: true,
    },
    scope: &[Scope::Meeting, Scope::Body],
    citation: None,
    thresholds: &[],
    stage: Stage::MeetingQuorumDecisions,
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
    if cx.quorum().is_none_or(|q| q.quorate) {
        return;
    }
    for (k, item) in at.m.agenda.iter().enumerate() {
        for (d, dec) in item.decisions.iter().enumerate() {
            if dec.kind != DecisionKind::Noted {
                out.push(
                    &DECISION_WHILE_INQUORATE,
                    Pointer::at(at.base).item("agenda", k).item("decisions", d),
                    "This decision was recorded at a meeting that was not quorate.",
                );
            }
        }
    }
}
