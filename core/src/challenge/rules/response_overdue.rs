//! `challenge.response_overdue`: an open challenge whose response is overdue
use crate::action::Due;
use crate::challenge::{Challenge, ChallengeStatus};
use crate::date::Date;
use crate::pointer::Pointer;
use crate::premise::Premise;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// An open challenge whose response is overdue.
pub const RESPONSE_OVERDUE: Rule = Rule {
    code: "challenge.response_overdue",
    severity: Severity::Warning,
    summary: "An open challenge's response was due before the as-of date. Silent without an as-of date or a due.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: RESPONSE_OVERDUE,
    area: Area::Challenge,
    premise: Premise {
        code: "challenge.response_overdue",
        text: "A challenge's due and status, and an as-of date.",
        needs: &["/challenges/*/due", "/challenges/*/status", "@as_of"],
        approximate: false,
    },
    scope: &[Scope::Challenge, Scope::Meeting],
    citation: None,
    thresholds: &[],
    stage: Stage::Challenge,
    check,
};

fn check(cx: &UnitContext<'_>, out: &mut Report) {
    let Some((base, c)) = cx.challenge() else {
        return;
    };
    if let (Some(as_of), Some(due)) = (cx.options().as_of, due_date(cx, c)) {
        if c.status == ChallengeStatus::Open && due < as_of {
            out.push(
                &RESPONSE_OVERDUE,
                Pointer::at(&base).field("due"),
                "This challenge is still open and its response was due before the as-of date. Record the response (`response`, `responded_on`) and set `status`, for example \"responded\".",
            );
        }
    }
}

/// The day a challenge's response falls due: a fixed due, or a number of days after the
/// day it was raised (else the date of the meeting it was raised at). Other forms are not
/// resolved.
fn due_date(cx: &UnitContext<'_>, c: &Challenge) -> Option<Date> {
    match c.due.as_ref()? {
        Due::WithinDays(n) => {
            let from = c.raised_on.or_else(|| {
                c.raised_at
                    .as_deref()
                    .and_then(|m| cx.meeting_by_id(m))
                    .map(|m| m.date)
            })?;
            from.checked_add_days(chrono::Days::new(u64::from(*n)))
        }
        d => d.fixed_date(),
    }
}
