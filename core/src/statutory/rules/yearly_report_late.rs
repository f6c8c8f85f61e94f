//! `meeting.yearly_report_late`: a yearly report more than twelve months after the one before it
//!
//! A safeguarding partnership publishes a report on its arrangements every year
//! (Children Act 2004, section 16G), and a safeguarding adults board an annual report
//! after each financial year (Care Act 2014, Schedule 2, paragraph 4). boardkit holds
//! every body with reports in the document to the same clock. Sorting the reports costs
//! O(n log n).
use crate::date::Date;
use crate::pointer::Pointer;
use crate::premise::Premise;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};
use chrono::Months;

/// A yearly report more than twelve months after the one before it.
pub const YEARLY_REPORT_LATE: Rule = Rule {
    code: "meeting.yearly_report_late",
    severity: Severity::Warning,
    summary: "A body's yearly report was published more than twelve months after the one before it, or (as of the day asked) more than twelve months have passed since its latest; silent unless the document lists the body's yearly reports with the days they were published.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: YEARLY_REPORT_LATE,
    area: Area::Statutory,
    premise: Premise {
        code: "meeting.yearly_report_late",
        text: "The days a body's yearly reports were published.",
        needs: &["/bodies/*/statutory/yearly_reports/*/published"],
        approximate: false,
    },
    scope: &[Scope::Statutory],
    citation: Some(
        "Children Act 2004, s.16G (the safeguarding partners' yearly report); Care Act 2014, Schedule 2, para 4 (a safeguarding adults board's annual report); otherwise the body's constitution",
    ),
    thresholds: &[],
    stage: Stage::StatutoryBody,
    check,
};

/// Twelve months after a day (the last day of the month when it has no such day).
fn year_after(day: Date) -> Option<Date> {
    day.checked_add_months(Months::new(12))
}

fn check(cx: &UnitContext<'_>, out: &mut Report) {
    let Some((i, _, st)) = cx.statutory_body() else {
        return;
    };
    let mut published: Vec<(Date, usize)> = st
        .yearly_reports
        .iter()
        .enumerate()
        .filter_map(|(j, r)| r.published.map(|d| (d, j)))
        .collect();
    published.sort_unstable();
    let path = |j: usize| {
        Pointer::root()
            .item("bodies", i)
            .field("statutory")
            .item("yearly_reports", j)
            .field("published")
    };
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
    let (Some(as_of), Some((last, j))) = (cx.options().as_of, published.last()) else {
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
