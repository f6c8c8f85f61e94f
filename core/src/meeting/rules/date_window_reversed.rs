//! `meeting.date_window_reversed`: a meeting's latest possible day that is before its
//! earliest, or given for a date that is not known only to lie in a window.
use crate::meeting::DateBasis;
use crate::pointer::Pointer;
use crate::premise::Premise;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// A meeting's window of days that is reversed, or is not a window.
pub const DATE_WINDOW_REVERSED: Rule = Rule {
    code: "meeting.date_window_reversed",
    severity: Severity::Error,
    summary: "A meeting's latest possible day (latest_date) is before its earliest (date), or is given for a meeting whose date is stated or inferred rather than known only to lie in a window.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: DATE_WINDOW_REVERSED,
    area: Area::Meeting,
    premise: Premise {
        code: "meeting.date_window_reversed",
        text: "A latest possible day for a meeting's date (latest_date).",
        needs: &["/meetings/*/latest_date"],
        approximate: false,
    },
    scope: &[Scope::Meeting],
    citation: None,
    thresholds: &[],
    stage: Stage::MeetingDateWindow,
    check,
};

fn check(cx: &UnitContext<'_>, out: &mut Report) {
    let Some((base, m)) = cx.meeting() else {
        return;
    };
    let Some(latest) = m.latest_date else {
        return;
    };
    let path = Pointer::at(&base).field("latest_date");
    if m.date_basis != DateBasis::NotBefore {
        out.push(
            &DATE_WINDOW_REVERSED,
            path,
            "A latest possible day is only for a date known to lie in a window: set `date_basis` to `not_before`, or remove the latest day.",
        );
    } else if latest < m.date {
        out.push(
            &DATE_WINDOW_REVERSED,
            path,
            "The latest possible day must be on or after the earliest (date): for \"before w/c 3 October\" give the day before that week begins.",
        );
    }
}
