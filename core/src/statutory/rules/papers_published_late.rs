//! `meeting.papers_published_late`: papers out fewer clear working days before a meeting than the body must leave
//!
//! A principal council's committee must make its agenda and reports open to inspection
//! at least five clear days before the meeting (Local Government Act 1972, section
//! 100B(3)); boardkit counts clear working days (neither the day of publication nor the
//! day of the meeting, nor a weekend or bank holiday, with the bank holidays of the
//! body's nation), the reading councils commonly apply, and uses five as the default
//! only for a body whose kind, on the meeting's day, is a council, a council committee or
//! a health and wellbeing board (a committee of the council).
use crate::board::BodyKind;
use crate::clock::working::working_days_between;
use crate::pointer::Pointer;
use crate::premise::Premise;
use crate::unit::statutory::{days, nation};
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// Papers out fewer clear working days before a meeting than the body must leave.
pub const PAPERS_PUBLISHED_LATE: Rule = Rule {
    code: "meeting.papers_published_late",
    severity: Severity::Warning,
    summary: "A meeting's papers were published fewer clear working days before it than the body's constitution asks (five for a council committee or health and wellbeing board that sets none); silent unless the publication date and the body's nation are recorded.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: PAPERS_PUBLISHED_LATE,
    area: Area::Statutory,
    premise: Premise {
        code: "meeting.papers_published_late",
        text: "The day a meeting's papers were published and the body's nation (approximate: does not check that the body sets a number of clear days or is a council committee).",
        needs: &["/meetings/*/papers_published", "/bodies/*/nation"],
        approximate: true,
    },
    scope: &[Scope::Meeting, Scope::Body],
    citation: Some(
        "Local Government Act 1972, s.100B(3) (five clear days), applied to committees by s.100E; otherwise the body's constitution",
    ),
    thresholds: &["papers_clear_days"],
    stage: Stage::StatutoryMeeting,
    check,
};

/// The statutory clear days for a principal council's committee.
const COUNCIL_CLEAR_DAYS: u32 = 5;

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
    let holidays = nation.holidays();
    // The kind in force on the meeting's day (a body's history may change it), and a
    // meeting of the council itself is a principal council's meeting too.
    let council = body.is_some_and(|b| {
        matches!(
            b.kind_on(day),
            BodyKind::CouncilCommittee | BodyKind::HealthAndWellbeingBoard | BodyKind::Council
        )
    });
    let clear = body
        .and_then(|b| b.constitution.as_ref())
        .and_then(|c| c.thresholds.papers_clear_days)
        .or(council.then_some(COUNCIL_CLEAR_DAYS));
    if let (Some(need), Some(published)) = (clear, m.papers_published) {
        let left = match day.pred_opt() {
            Some(eve) if published < day => working_days_between(holidays, published, eve).ok(),
            _ => Some(0),
        };
        if let Some(left) = left.filter(|l| *l < i64::from(need)) {
            let short = i64::from(need) - left;
            let left = days(left, "clear working day");
            out.push(
                &PAPERS_PUBLISHED_LATE,
                Pointer::at(&base).field("papers_published"),
                format!("The papers left {left} before the meeting, {short} fewer than the body must leave: publish the agenda and reports earlier, or correct the date they went out (for example 2024-01-08)."),
            );
        }
    }
}
