//! The rules of the challenge log: responses overdue, challenges closed with no response,
//! dates out of order, and references to records not in the document.

use super::{Challenge, ChallengeStatus};
use crate::action::Due;
use crate::date::Date;
use crate::index::Index;
use crate::validate::{rule, Report, Rule, ValidateOptions};

rule!(
    RESPONSE_OVERDUE,
    "challenge.response_overdue",
    Warning,
    "An open challenge's response was due before the as-of date. Silent without an as-of date or a due."
);
rule!(
    CLOSED_WITHOUT_RESPONSE,
    "challenge.closed_without_response",
    Warning,
    "A challenge is closed but records neither a response nor the day of one."
);
rule!(
    DATES_OUT_OF_ORDER,
    "challenge.dates_out_of_order",
    Error,
    "A challenge was responded to or closed before the day it was raised. Silent when the day raised is not recorded."
);

/// The challenge log's rules, in catalogue order.
pub const RULES: &[&Rule] = &[
    &RESPONSE_OVERDUE,
    &CLOSED_WITHOUT_RESPONSE,
    &DATES_OUT_OF_ORDER,
];

/// Check every challenge of the document.
pub(crate) fn check(ix: &Index<'_>, options: &ValidateOptions, out: &mut Report) {
    for (k, c) in ix.challenges.iter().enumerate() {
        let base = format!("/challenges/{k}");
        references(ix, c, &base, out);
        if let (Some(as_of), Some(due)) = (options.as_of, due_date(ix, c)) {
            if c.status == ChallengeStatus::Open && due < as_of {
                out.push(
                    &RESPONSE_OVERDUE,
                    format!("{base}/due"),
                    "This challenge is still open and its response was due before the as-of date. Record the response (`response`, `responded_on`) and set `status`, for example \"responded\".",
                );
            }
        }
        if c.status == ChallengeStatus::Closed && c.response.is_none() && c.responded_on.is_none() {
            out.push(
                &CLOSED_WITHOUT_RESPONSE,
                format!("{base}/status"),
                "This challenge is closed but records no response. Add the agency's response (`response`) or the day it was given (`responded_on`, for example 2017-02-14).",
            );
        }
        if let Some(raised) = c.raised_on {
            for (field, day) in [("responded_on", c.responded_on), ("closed_on", c.closed_on)] {
                if day.is_some_and(|d| d < raised) {
                    out.push(
                        &DATES_OUT_OF_ORDER,
                        format!("{base}/{field}"),
                        "This date is before the day the challenge was raised (`raised_on`). Give a date on or after it, for example 2017-03-01 for a challenge raised on 2017-02-14.",
                    );
                }
            }
        }
    }
}

/// The day a challenge's response falls due: a fixed due, or a number of days after the
/// day it was raised (else the date of the meeting it was raised at). Other forms are not
/// resolved.
fn due_date(ix: &Index<'_>, c: &Challenge) -> Option<Date> {
    match c.due.as_ref()? {
        Due::WithinDays(n) => {
            let from = c.raised_on.or_else(|| {
                c.raised_at
                    .as_deref()
                    .and_then(|m| ix.meeting(m))
                    .map(|m| m.date)
            })?;
            from.checked_add_days(chrono::Days::new(u64::from(*n)))
        }
        d => d.fixed_date(),
    }
}

/// Each reference of a challenge names a record in the document.
fn references(ix: &Index<'_>, c: &Challenge, base: &str, out: &mut Report) {
    let unknown = &crate::board::UNKNOWN_REFERENCE;
    let people = [
        ("raised_by", &c.raised_by),
        ("challenged_person", &c.challenged_person),
    ];
    for (field, id) in people {
        if id.as_deref().is_some_and(|p| ix.person(p).is_none()) {
            out.push(unknown, format!("{base}/{field}"), "This person is not in the document's people. Add them to `people` or give the id of one there, for example \"p-chair\".");
        }
    }
    let orgs = [
        ("raised_by_organisation", &c.raised_by_organisation),
        ("challenged", &c.challenged),
    ];
    for (field, id) in orgs {
        if id.as_deref().is_some_and(|o| ix.organisation(o).is_none()) {
            out.push(unknown, format!("{base}/{field}"), "This organisation is not in the document's organisations. Add it to `organisations` or give the id of one there, for example \"o-police\".");
        }
    }
    if c.body.as_deref().is_some_and(|b| ix.body(b).is_none()) {
        out.push(unknown, format!("{base}/body"), "This body is not in the document's bodies. Give the id of one there, for example \"b-board\".");
    }
    if c.raised_at
        .as_deref()
        .is_some_and(|m| ix.meeting(m).is_none())
    {
        out.push(unknown, format!("{base}/raised_at"), "This meeting is not in the document's meetings. Give the id of one there, for example \"m-2017-01-20\".");
    }
    for (k, a) in c.actions.iter().enumerate() {
        if ix.action_index(a).is_none() {
            out.push(unknown, format!("{base}/actions/{k}"), "This action is not in the document's action log. Give the id of one there, for example \"a-1\".");
        }
    }
}
