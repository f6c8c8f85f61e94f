//! `meeting.implemented_during_call_in`: a key decision put into effect before its call-in period ended
//!
//! A key decision may not be put into effect until its call-in period has ended: the
//! working days after its decision notice was published that the body's constitution
//! sets (`call_in_working_days`), by default five, the period most constitutions set
//! under the Local Government Act 2000 (section 9F and the overview and scrutiny rules of
//! the body's constitution), unless the decision was taken as urgent and exempted from
//! call-in. Linear in the decisions and the actions they name.
use crate::clock::working::working_days_between;
use crate::date::Date;
use crate::pointer::Pointer;
use crate::premise::Premise;
use crate::unit::statutory::{days, nation};
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// A key decision put into effect before its call-in period ended.
pub const IMPLEMENTED_DURING_CALL_IN: Rule = Rule {
    code: "meeting.implemented_during_call_in",
    severity: Severity::Warning,
    summary: "A key decision, or an action it created, was put into effect before its call-in period (the working days after the decision notice was published that the body's constitution sets, five where it sets none) had ended, and the decision is not recorded as exempt from call-in; silent unless the decision is marked key, and the notice's date, a date of implementation and the body's nation are recorded.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: IMPLEMENTED_DURING_CALL_IN,
    area: Area::Statutory,
    premise: Premise {
        code: "meeting.implemented_during_call_in",
        text: "A decision marked key, its decision notice's publication date, a date of implementation (its own or a closing date of an action it created) and the body's nation; the body's call-in period where its constitution sets one (approximate: checks that each is recorded somewhere in the document).",
        needs: &["/meetings/*/agenda/*/decisions/*/access/key", "/meetings/*/agenda/*/decisions/*/access/notice_published", "/meetings/*/agenda/*/decisions/*/access/implemented_on|/actions/*/closed_on", "/bodies/*/nation"],
        approximate: true,
    },
    scope: &[Scope::Meeting, Scope::Body, Scope::Action],
    citation: Some(
        "Local Government Act 2000, s.9F(2) and (4) (call-in of executive decisions), with the call-in period of the body's constitution (`call_in_working_days`; five working days where it sets none)",
    ),
    thresholds: &["call_in_working_days"],
    stage: Stage::StatutoryDecision,
    check,
};

/// The working days of a call-in period when the constitution sets none.
const CALL_IN_WORKING_DAYS: i64 = 5;

fn check(cx: &UnitContext<'_>, out: &mut Report) {
    let (Some((_, m)), Some((base, dec, a))) = (cx.meeting(), cx.decision()) else {
        return;
    };
    if !a.is_executive() || !a.key || a.call_in_exempt {
        return;
    }
    let body = cx.body_of(m);
    let (Some(nation), Some(published)) = (nation(body), a.notice_published) else {
        return;
    };
    let holidays = nation.holidays();
    let period = body
        .and_then(|b| b.constitution.as_ref())
        .and_then(|c| c.thresholds.call_in_working_days)
        .map_or(CALL_IN_WORKING_DAYS, i64::from);
    let early = |day: Date| {
        day <= published
            || working_days_between(holidays, published, day).is_ok_and(|n| n <= period)
    };
    let mut dates: Vec<(Pointer, Date)> = Vec::new();
    if let Some(day) = a.implemented_on {
        dates.push((
            Pointer::at(&base).field("access").field("implemented_on"),
            day,
        ));
    }
    for id in &dec.actions {
        if let Some((i, day)) = cx.action(id).and_then(|(i, x)| Some((i, x.closed_on?))) {
            dates.push((Pointer::root().item("actions", i).field("closed_on"), day));
        }
    }
    for (path, _) in dates.into_iter().filter(|(_, d)| early(*d)) {
        out.push(
            &IMPLEMENTED_DURING_CALL_IN,
            path,
            format!("This key decision was put into effect before its call-in period of {} after the decision notice had ended: wait until the period ends, record that the decision was exempt from call-in as urgent, or correct the date (for example 2024-03-22).", days(period, "working day")),
        );
    }
}
