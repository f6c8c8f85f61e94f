//! `meeting.minutes_published_late`: minutes out more working days after a meeting than the constitution allows
//!
//! Minutes have no statutory number of days: the rule runs only when the constitution
//! sets one. Working days are counted with the bank holidays of the body's nation
//! (`crate::clock`).
use crate::clock::working::working_days_between;
use crate::pointer::Pointer;
use crate::premise::Premise;
use crate::unit::statutory::{days, nation};
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// Minutes out more working days after a meeting than the constitution allows.
pub const MINUTES_PUBLISHED_LATE: Rule = Rule {
    code: "meeting.minutes_published_late",
    severity: Severity::Warning,
    summary: "A meeting's minutes were published more working days after it than the body's constitution allows; silent unless the constitution sets the number, and the publication date and the body's nation are recorded.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: MINUTES_PUBLISHED_LATE,
    area: Area::Statutory,
    premise: Premise {
        code: "meeting.minutes_published_late",
        text: "The day a meeting's minutes were published, the body's nation and its number of working days for publishing minutes (approximate: checks that each is recorded somewhere in the document).",
        needs: &["/meetings/*/minutes_published", "/bodies/*/nation", "/bodies/*/constitution/thresholds/minutes_publish_working_days"],
        approximate: true,
    },
    scope: &[Scope::Meeting, Scope::Body],
    citation: Some(
        "The body's constitution (no statutory period; Local Government Act 1972, s.100C keeps a principal council's minutes open to inspection)",
    ),
    thresholds: &["minutes_publish_working_days"],
    stage: Stage::StatutoryMeeting,
    check,
};

fn check(cx: &UnitContext<'_>, out: &mut Report) {
    let Some((base, m)) = cx.meeting() else {
        return;
    };
    let body = cx.body_of(m);
    let (Some(nation), Some(day)) = (nation(body), m.known_date()) else {
        return;
    };
    if !m.status.took_place() {
        return;
    }
    let allowed = body
        .and_then(|b| b.constitution.as_ref())
        .and_then(|c| c.thresholds.minutes_publish_working_days);
    if let (Some(allowed), Some(published)) = (allowed, m.minutes_published) {
        if let Ok(taken) = working_days_between(nation.holidays(), day, published) {
            if taken > i64::from(allowed) {
                let late = taken - i64::from(allowed);
                let taken = days(taken, "working day");
                out.push(
                    &MINUTES_PUBLISHED_LATE,
                    Pointer::at(&base).field("minutes_published"),
                    format!("The minutes were published {taken} after the meeting, {late} more than the constitution allows: publish them sooner, or correct the date (for example 2024-01-22)."),
                );
            }
        }
    }
}
