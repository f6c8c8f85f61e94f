//! `meeting.minute_number_skipped`: a minute number skipped in minutes numbered within the meeting.
use crate::meeting::Numbering;
use crate::pointer::Pointer;
use crate::premise::Premise;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// A minute number skipped in minutes numbered within the meeting.
pub const MINUTE_NUMBER_SKIPPED: Rule = Rule {
    code: "meeting.minute_number_skipped",
    severity: Severity::Info,
    summary: "A minute number is skipped (3.5 then 3.7) in a meeting whose minutes are numbered within the meeting; silent unless the numbering is recorded as within_meeting.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: MINUTE_NUMBER_SKIPPED,
    area: Area::Meeting,
    premise: Premise {
        code: "meeting.minute_number_skipped",
        text: "Minutes numbered within the meeting (numbering).",
        needs: &["/meetings/*/numbering"],
        approximate: false,
    },
    scope: &[Scope::Meeting],
    citation: None,
    thresholds: &[],
    stage: Stage::MeetingMinuteNumbers,
    check,
};

fn check(cx: &UnitContext<'_>, out: &mut Report) {
    let Some(at) = cx.agenda_meeting() else {
        return;
    };
    if at.m.numbering != Some(Numbering::WithinMeeting) {
        return;
    }
    let mut previous: Option<&[u32]> = None;
    for (k, n) in at.parsed.iter().enumerate() {
        let Some(n) = n else {
            continue;
        };
        if let (Some(p), Some((last, parent))) = (previous, n.split_last()) {
            // A sibling of the item before (same parent, same depth) two or more on.
            let skipped = p.len() == n.len()
                && p.get(..parent.len()) == Some(parent)
                && p.last().is_some_and(|l| last.saturating_sub(*l) > 1);
            if skipped {
                out.push(
                    &MINUTE_NUMBER_SKIPPED,
                    Pointer::at(at.base).item("agenda", k).field("number"),
                    "The number before this one in sequence is missing from the minutes.",
                );
            }
        }
        previous = Some(n);
    }
}
