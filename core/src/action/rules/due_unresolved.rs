//! `action.due_unresolved`: a due meeting with no date
use crate::action::{Due, DueDate};
use crate::premise::Premise;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// A due meeting that resolves to no date.
pub const DUE_UNRESOLVED: Rule = Rule {
    code: "action.due_unresolved",
    severity: Severity::Warning,
    summary: "A due meeting cannot be resolved to a date: the meeting is not in the document or was cancelled, or the body has no meeting after the one that raised the action.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: DUE_UNRESOLVED,
    area: Area::Action,
    premise: Premise {
        code: "action.due_unresolved",
        text: "An action due at a meeting.",
        needs: &["/actions/*/due"],
        approximate: false,
    },
    scope: &[Scope::Action],
    citation: None,
    thresholds: &[],
    stage: Stage::ActionDue,
    check,
};

fn check(cx: &UnitContext<'_>, out: &mut Report) {
    for l in cx.actions() {
        let a = l.action;
        for (given, due) in crate::action::dues_at(a) {
            if cx.due_of(a, given) != Some(DueDate::Unresolved) {
                continue;
            }
            match given {
                // Days after a meeting whose date is not recorded: the premise is missing
                // (another rule says where the action came from), so silent.
                Some(Due::WithinDays(_)) => {}
                Some(Due::NextMeeting) => out.push(
                    &DUE_UNRESOLVED,
                    due.under(l.at()),
                    "The body has no meeting in the document after the one that raised this action.",
                ),
                // The premise is that the named body's meetings are in the document: a
                // sub-group whose meetings are not recorded at all leaves the due not
                // evidenced (silent).
                Some(Due::NextMeetingOf(body)) if !cx.has_meetings_of(body) => {}
                Some(Due::NextMeetingOf(_)) => out.push(
                    &DUE_UNRESOLVED,
                    due.under(l.at()).field("next_meeting_of"),
                    "The named body has no meeting in the document after this action was raised.",
                ),
                _ => out.push(
                    &DUE_UNRESOLVED,
                    due.under(l.at()).field("meeting"),
                    "The due meeting is not in the document or was cancelled.",
                ),
            }
        }
    }
}
