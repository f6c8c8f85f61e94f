//! `meeting.deputy_for_non_member`: a deputy for someone who is not a member of the body on the meeting's date.
use crate::meeting::stood_in_for;
use crate::premise::Premise;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// A deputy for someone who is not a member of the body on the meeting's date.
pub const DEPUTY_FOR_NON_MEMBER: Rule = Rule {
    code: "meeting.deputy_for_non_member",
    severity: Severity::Error,
    summary: "A deputy attended for someone who is not expected: not a member of the body on the meeting's date.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: DEPUTY_FOR_NON_MEMBER,
    area: Area::Meeting,
    premise: Premise {
        code: "meeting.deputy_for_non_member",
        text: "A deputy in a meeting's attendance (deputy_for).",
        needs: &["/meetings/*/attendance/*/deputy_for|/meetings/*/attendance/*/also_deputy_for"],
        approximate: false,
    },
    scope: &[Scope::Meeting, Scope::Body],
    citation: None,
    thresholds: &[],
    stage: Stage::MeetingDeputyForNonMember,
    check,
};

fn check(cx: &UnitContext<'_>, out: &mut Report) {
    let Some(at) = cx.agenda_meeting() else {
        return;
    };
    if cx.agenda_body().is_none() {
        return;
    }
    for (j, a) in at.m.attendance.iter().enumerate() {
        for (p, field) in stood_in_for(a) {
            if cx.member(p).is_none() {
                out.push(
                    &DEPUTY_FOR_NON_MEMBER,
                    format!("{}/attendance/{j}/{field}", at.base),
                    "The person deputised for is not a member of this body on the meeting's date.",
                );
            }
        }
    }
}
