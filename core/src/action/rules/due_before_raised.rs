//! `action.due_before_raised`: a due before the raising meeting
use crate::action::{Due, DueDate};
use crate::premise::Premise;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// A due before the meeting that raised the action.
pub const DUE_BEFORE_RAISED: Rule = Rule {
    code: "action.due_before_raised",
    severity: Severity::Error,
    summary: "An action falls due before the meeting that raised it (a month due counts its last day, a meeting due that meeting's date).",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: DUE_BEFORE_RAISED,
    area: Area::Action,
    premise: Premise {
        code: "action.due_before_raised",
        text: "An action's due date and the meeting that raised it.",
        needs: &["/actions/*/due", "/actions/*/raised_at"],
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
        let Some(r) = cx.raised_on(a) else { continue };
        for (given, due) in crate::action::dues_at(a) {
            let (Some(DueDate::On(d)), Some(w)) = (cx.due_of(a, given), given) else {
                continue;
            };
            if d < r {
                let days = r.signed_duration_since(d).num_days();
                out.push(
                    &DUE_BEFORE_RAISED,
                    due.under(l.at()),
                    format!(
                        "{} is {days} day(s) before the meeting that raised this action.",
                        what(w)
                    ),
                );
            }
        }
    }
}

/// What the due is, for the message.
fn what(w: &Due) -> &'static str {
    match w {
        Due::Date(_) => "The due date",
        Due::Month(_) => "The last day of the due month",
        Due::Quarter(_) => "The last day of the due quarter",
        Due::Months(..) => "The last day of the due months",
        Due::FinancialYear(_) => "The last day of the due financial year",
        Due::WithinDays(_) => "The due date",
        Due::Meeting(_)
        | Due::NextMeeting
        | Due::NextMeetingOf(_)
        | Due::Ongoing
        | Due::Regularly
        | Due::FutureMeeting => "The due meeting",
    }
}
