//! `action.completed_late`: completed after its due date
use crate::action::{DueDate, Status};
use crate::premise::Premise;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// Completed after its due date.
pub const COMPLETED_LATE: Rule = Rule {
    code: "action.completed_late",
    severity: Severity::Info,
    summary: "An action was completed or closed after the due date in force (the latest revision): the message gives the days late. Silent when the completion date or the due date is not recorded.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: COMPLETED_LATE,
    area: Area::Action,
    premise: Premise {
        code: "action.completed_late",
        text: "An action's due date and its completion date.",
        needs: &["/actions/*/due", "/actions/*/closed_on|/actions/*/history"],
        approximate: false,
    },
    scope: &[Scope::Action],
    citation: None,
    thresholds: &[],
    stage: Stage::ActionOutcome,
    check,
};

fn check(cx: &UnitContext<'_>, out: &mut Report) {
    for l in cx.actions() {
        let a = l.action;
        // Completed or closed only: a superseded action was replaced, not completed late.
        let finished = l
            .timeline
            .is_some_and(|(t, _)| matches!(t.latest(), Status::Completed | Status::Closed));
        // The timeline's `done_on(Date::MAX)`, worked out once per shared timeline.
        let done_on = l.timeline.and_then(|(_, f)| f.done_on).or(a.closed_on);
        if let (true, Some(done), Some(DueDate::On(due))) = (finished, done_on, cx.due_date(a)) {
            if done > due {
                let days = done.signed_duration_since(due).num_days();
                out.push(
                    &COMPLETED_LATE,
                    l.at().field("closed_on"),
                    format!("Completed {days} day(s) after its due date."),
                );
            }
        }
    }
}
