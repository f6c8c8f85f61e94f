//! The clocks as rules: papers out so many clear working days before a meeting, and
//! minutes out within so many working days after it, counted with the bank holidays of
//! the body's nation (`crate::clock`).
//!
//! A principal council's committee must make its agenda and reports open to inspection
//! at least five clear days before the meeting (Local Government Act 1972, section
//! 100B(3)); boardkit counts clear working days (neither the day of publication nor the
//! day of the meeting, nor a weekend or bank holiday), the reading councils commonly
//! apply, and uses five as the default only for a body whose kind, on the meeting's day,
//! is a council, a council committee or a health and wellbeing board (a committee of the
//! council). Minutes have no
//! statutory number of days: the rule runs only when the constitution sets one.

use super::{Ctx, MINUTES_PUBLISHED_LATE, PAPERS_PUBLISHED_LATE};
use crate::board::BodyKind;
use crate::clock::working::working_days_between;
use crate::validate::Report;

/// The statutory clear days for a principal council's committee.
const COUNCIL_CLEAR_DAYS: u32 = 5;

pub(super) fn check(cx: &Ctx<'_, '_>, out: &mut Report) {
    let (Some(nation), Some(day)) = (cx.nation(), cx.m.known_date()) else {
        return;
    };
    if !cx.m.status.took_place() {
        return;
    }
    let holidays = nation.holidays();
    let thresholds = cx
        .body
        .and_then(|b| b.constitution.as_ref())
        .map(|c| &c.thresholds);
    // The kind in force on the meeting's day (a body's history may change it), and a
    // meeting of the council itself is a principal council's meeting too.
    let council = cx.body.is_some_and(|b| {
        matches!(
            b.kind_on(day),
            BodyKind::CouncilCommittee | BodyKind::HealthAndWellbeingBoard | BodyKind::Council
        )
    });
    let clear = thresholds
        .and_then(|t| t.papers_clear_days)
        .or(council.then_some(COUNCIL_CLEAR_DAYS));
    if let (Some(need), Some(published)) = (clear, cx.m.papers_published) {
        let left = match day.pred_opt() {
            Some(eve) if published < day => working_days_between(holidays, published, eve).ok(),
            _ => Some(0),
        };
        if let Some(left) = left.filter(|l| *l < i64::from(need)) {
            let short = i64::from(need) - left;
            let left = super::days(left, "clear working day");
            out.push(
                &PAPERS_PUBLISHED_LATE,
                format!("{}/papers_published", cx.base),
                format!("The papers left {left} before the meeting, {short} fewer than the body must leave: publish the agenda and reports earlier, or correct the date they went out (for example 2024-01-08)."),
            );
        }
    }
    let allowed = thresholds.and_then(|t| t.minutes_publish_working_days);
    if let (Some(allowed), Some(published)) = (allowed, cx.m.minutes_published) {
        if let Ok(taken) = working_days_between(holidays, day, published) {
            if taken > i64::from(allowed) {
                let late = taken - i64::from(allowed);
                let taken = super::days(taken, "working day");
                out.push(
                    &MINUTES_PUBLISHED_LATE,
                    format!("{}/minutes_published", cx.base),
                    format!("The minutes were published {taken} after the meeting, {late} more than the constitution allows: publish them sooner, or correct the date (for example 2024-01-22)."),
                );
            }
        }
    }
}
