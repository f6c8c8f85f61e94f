//! Executive decisions: call-in and the written record.
//!
//! A key decision may not be put into effect until its call-in period has ended: the
//! working days after its decision notice was published that the body's constitution
//! sets (`call_in_working_days`), by default five, the period
//! most constitutions set under the Local Government Act 2000 (section 9F and the
//! overview and scrutiny rules of the body's constitution), unless the decision was
//! taken as urgent and exempted from call-in. An executive decision's written record
//! must hold the date, the decision, its reasons, the alternatives considered and
//! rejected, any conflict of interest declared and, for a conflict, any dispensation
//! (Local Authorities (Executive Arrangements) (Meetings and Access to Information)
//! (England) Regulations 2012, regulations 12 and 13). Both rules run only for a
//! decision the paper marks as executive or key; call-in needs the notice's date and
//! the body's nation as well. Linear in the decisions and the actions they name.

use super::{Ctx, DECISION_RECORD_INCOMPLETE, IMPLEMENTED_DURING_CALL_IN};
use crate::clock::working::working_days_between;
use crate::date::Date;
use crate::meeting::Decision;
use crate::statutory::DecisionAccess;
use crate::validate::Report;

/// The working days of a call-in period when the constitution sets none.
const CALL_IN_WORKING_DAYS: i64 = 5;

pub(super) fn check(cx: &Ctx<'_, '_>, out: &mut Report) {
    for (k, item) in cx.m.agenda.iter().enumerate() {
        for (j, dec) in item.decisions.iter().enumerate() {
            let Some(a) = dec.access.as_ref().filter(|a| a.is_executive()) else {
                continue;
            };
            let base = format!("{}/agenda/{k}/decisions/{j}", cx.base);
            record(cx, dec, a, &base, out);
            call_in(cx, dec, a, &base, out);
        }
    }
}

/// One finding per element of the written record that is missing.
fn record(cx: &Ctx<'_, '_>, dec: &Decision, a: &DecisionAccess, base: &str, out: &mut Report) {
    let blank = |s: &Option<String>| s.as_deref().is_none_or(|t| t.trim().is_empty());
    let mut gaps: Vec<(&str, &str)> = Vec::new();
    if a.decided_on.is_none() && cx.m.known_date().is_none() {
        gaps.push((
            "access/decided_on",
            "the date the decision was made (for example 2024-03-14)",
        ));
    }
    if dec.text.trim().is_empty() {
        gaps.push(("text", "the decision itself, in the words agreed (for example: to approve the revised threshold document)"));
    }
    if blank(&a.reasons) {
        gaps.push(("access/reasons", "the reasons for the decision (for example: the review found the old threshold document out of date)"));
    }
    if blank(&a.alternatives_rejected) {
        gaps.push(("access/alternatives_rejected", "the alternative options considered and rejected, or a note that there were none (for example: keeping the old document was rejected)"));
    }
    if a.conflict_declared.is_none() {
        gaps.push((
            "access/conflict_declared",
            "whether any member declared a conflict of interest in the matter (true or false)",
        ));
    }
    if a.conflict_declared == Some(true) && a.dispensation_granted.is_none() {
        gaps.push((
            "access/dispensation_granted",
            "for the conflict declared, whether a dispensation was granted (true or false)",
        ));
    }
    for (field, need) in gaps {
        out.push(
            &DECISION_RECORD_INCOMPLETE,
            format!("{base}/{field}"),
            format!("The record of this executive decision does not say {need}: add it to the decision record."),
        );
    }
}

/// Implementation (of the decision or of an action it created) before call-in ends.
fn call_in(cx: &Ctx<'_, '_>, dec: &Decision, a: &DecisionAccess, base: &str, out: &mut Report) {
    if !a.key || a.call_in_exempt {
        return;
    }
    let (Some(nation), Some(published)) = (cx.nation(), a.notice_published) else {
        return;
    };
    let holidays = nation.holidays();
    let period = cx
        .body
        .and_then(|b| b.constitution.as_ref())
        .and_then(|c| c.thresholds.call_in_working_days)
        .map_or(CALL_IN_WORKING_DAYS, i64::from);
    let early = |day: Date| {
        day <= published
            || working_days_between(holidays, published, day).is_ok_and(|n| n <= period)
    };
    let mut dates: Vec<(String, Date)> = Vec::new();
    if let Some(day) = a.implemented_on {
        dates.push((format!("{base}/access/implemented_on"), day));
    }
    let actions = &cx.ix.document().actions;
    for id in &dec.actions {
        let Some(i) = cx.ix.action_index(id) else {
            continue;
        };
        if let Some(day) = actions.get(i).and_then(|x| x.closed_on) {
            dates.push((format!("/actions/{i}/closed_on"), day));
        }
    }
    for (path, _) in dates.into_iter().filter(|(_, d)| early(*d)) {
        out.push(
            &IMPLEMENTED_DURING_CALL_IN,
            path,
            format!("This key decision was put into effect before its call-in period of {} after the decision notice had ended: wait until the period ends, record that the decision was exempt from call-in as urgent, or correct the date (for example 2024-03-22).", super::days(period, "working day")),
        );
    }
}
