//! `meeting.end_before_start`: a meeting (or the next meeting) that ends before or when it starts.
use crate::pointer::Pointer;
use crate::premise::Premise;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// A meeting (or the next meeting) that ends before or when it starts.
pub const END_BEFORE_START: Rule = Rule {
    code: "meeting.end_before_start",
    severity: Severity::Error,
    summary: "The meeting (or the announced next meeting) ends before or when it starts.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: END_BEFORE_START,
    area: Area::Meeting,
    premise: Premise {
        code: "meeting.end_before_start",
        text: "A meeting's (or the next meeting's) start and end times.",
        needs: &["/meetings/*/end|/meetings/*/next_meeting/end"],
        approximate: false,
    },
    scope: &[Scope::Meeting],
    citation: None,
    thresholds: &[],
    stage: Stage::MeetingEndBeforeStart,
    check,
};

fn check(cx: &UnitContext<'_>, out: &mut Report) {
    let Some(at) = cx.agenda_meeting() else {
        return;
    };
    if let (Some(s), Some(e)) = (at.m.start, at.m.end) {
        if e <= s {
            out.push(
                &END_BEFORE_START,
                Pointer::at(at.base).field("end"),
                "The meeting ends before or when it starts.",
            );
        }
    }
    if let Some(next) = &at.m.next_meeting {
        if let (Some(s), Some(e)) = (next.start, next.end) {
            if e <= s {
                out.push(
                    &END_BEFORE_START,
                    Pointer::at(at.base).field("next_meeting").field("end"),
                    "The next meeting ends before or when it starts.",
                );
            }
        }
    }
}
