//! Yearly reports: a safeguarding partnership publishes a report on its arrangements
//! every year (Children Act 2004, section 16G), and a safeguarding adults board an
//! annual report after each financial year (Care Act 2014, Schedule 2, paragraph 4).
//! boardkit holds every body with reports in the document to the same clock: each
//! published within twelve months of the one before, and (as of the day asked) the next
//! one not yet more than twelve months after the last. Silent for a body whose reports
//! are not in the document, and for a report with no publication date. Sorting the
//! reports costs O(n log n).

use super::YEARLY_REPORT_LATE;
use crate::board::Body;
use crate::date::Date;
use crate::validate::{Report, ValidateOptions};
use chrono::Months;

/// Twelve months after a day (the last day of the month when it has no such day).
fn year_after(day: Date) -> Option<Date> {
    day.checked_add_months(Months::new(12))
}

pub(super) fn check(i: usize, body: &Body, options: &ValidateOptions, out: &mut Report) {
    let Some(st) = &body.statutory else {
        return;
    };
    let mut published: Vec<(Date, usize)> = st
        .yearly_reports
        .iter()
        .enumerate()
        .filter_map(|(j, r)| r.published.map(|d| (d, j)))
        .collect();
    published.sort_unstable();
    let path = |j: usize| format!("/bodies/{i}/statutory/yearly_reports/{j}/published");
    for pair in published.windows(2) {
        let (Some((before, _)), Some((day, j))) = (pair.first(), pair.get(1)) else {
            continue;
        };
        if year_after(*before).is_some_and(|limit| *day > limit) {
            out.push(
                &YEARLY_REPORT_LATE,
                path(*j),
                "This yearly report was published more than twelve months after the one before it: publish each report within a year of the last, or correct the day it was published (for example 2024-09-30).",
            );
        }
    }
    let (Some(as_of), Some((last, j))) = (options.as_of, published.last()) else {
        return;
    };
    if year_after(*last).is_some_and(|limit| as_of > limit) {
        out.push(
            &YEARLY_REPORT_LATE,
            path(*j),
            "More than twelve months have passed since this yearly report, the latest, was published: publish the next report, or record it with the day it was published (for example 2024-09-30).",
        );
    }
}
