//! `action.overdue`: overdue
use crate::action::DueDate;
use crate::premise::Premise;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// Past its due date and not done.
pub const OVERDUE: Rule = Rule {
    code: "action.overdue",
    severity: Severity::Warning,
    summary: "As of the validation date, an action that is not completed, closed or superseded is past its due date.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: OVERDUE,
    area: Area::Action,
    premise: Premise {
        code: "action.overdue",
        text: "An action's due date, and an as-of date.",
        needs: &["/actions/*/due", "@as_of"],
        approximate: false,
    },
    scope: &[Scope::Action],
    citation: None,
    thresholds: &[],
    stage: Stage::ActionStatus,
    check,
};

fn check(cx: &UnitContext<'_>, out: &mut Report) {
    // Only when the caller gives a date.
    let Some(as_of) = cx.options().as_of else {
        return;
    };
    for l in cx.actions() {
        let Some((tl, _)) = l.timeline else { continue };
        let Some(d) = cx.due_date(l.action).and_then(DueDate::date) else {
            continue;
        };
        if tl.status_as_of(as_of).is_some_and(|s| !s.is_done()) && d < as_of {
            let days = as_of.signed_duration_since(d).num_days();
            out.push(
                &OVERDUE,
                l.at().field("due"),
                format!("This action is {days} day(s) overdue and not done."),
            );
        }
    }
}
