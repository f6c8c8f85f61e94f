//! `action.milestone_overdue`: a milestone past due and not reached
use crate::action::DueDate;
use crate::premise::Premise;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// A milestone past its due date and not reached.
pub const MILESTONE_OVERDUE: Rule = Rule {
    code: "action.milestone_overdue",
    severity: Severity::Warning,
    summary: "As of the validation date, a milestone of an action that is not completed, closed or superseded is past its due date and not recorded as reached (done_on). Silent without an as-of date, for a milestone with no due, or one whose due cannot be resolved to a date.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: MILESTONE_OVERDUE,
    area: Area::Action,
    premise: Premise {
        code: "action.milestone_overdue",
        text: "A milestone's due date, and an as-of date.",
        needs: &["/actions/*/milestones/*/due", "@as_of"],
        approximate: false,
    },
    scope: &[Scope::Action],
    citation: None,
    thresholds: &[],
    stage: Stage::ActionMilestones,
    check,
};

fn check(cx: &UnitContext<'_>, out: &mut Report) {
    let Some(as_of) = cx.options().as_of else {
        return;
    };
    for l in cx.actions() {
        let a = l.action;
        let Some((tl, _)) = l.timeline else { continue };
        if a.milestones.is_empty() || tl.status_as_of(as_of).is_none_or(|s| s.is_done()) {
            continue;
        }
        for (j, m) in a.milestones.iter().enumerate() {
            if m.done_on.is_some_and(|d| d <= as_of) {
                continue;
            }
            if let Some(DueDate::On(due)) = cx.due_of(a, m.due.as_ref()) {
                if due < as_of {
                    let days = as_of.signed_duration_since(due).num_days();
                    out.push(
                        &MILESTONE_OVERDUE,
                        l.at().item("milestones", j).field("due"),
                        format!("This milestone is {days} day(s) past its due date and not recorded as reached; give the date it was reached in `done_on`, like 2017-01-31."),
                    );
                }
            }
        }
    }
}
