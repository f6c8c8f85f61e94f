//! `meeting.exempt_review_overdue`: an exemption whose review date has passed
use crate::pointer::Pointer;
use crate::premise::Premise;
use crate::unit::statutory::days;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// An exemption whose review date has passed.
pub const EXEMPT_REVIEW_OVERDUE: Rule = Rule {
    code: "meeting.exempt_review_overdue",
    severity: Severity::Warning,
    summary: "The date by which an exemption was to be reviewed has passed (silent without an as-of date).",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: EXEMPT_REVIEW_OVERDUE,
    area: Area::Statutory,
    premise: Premise {
        code: "meeting.exempt_review_overdue",
        text: "A review-by date recorded for an exemption, and an as-of date.",
        needs: &["/meetings/*/agenda/*/exemption/review_by|/meetings/*/parts/*/exemption/review_by", "@as_of"],
        approximate: false,
    },
    scope: &[Scope::Meeting],
    citation: Some(
        "Local Government Act 1972, Schedule 12A, para 10 (England) and para 21 (Wales): exempt only so long as the public interest test is met",
    ),
    thresholds: &[],
    stage: Stage::StatutoryExemption,
    check,
};

fn check(cx: &UnitContext<'_>, out: &mut Report) {
    let Some((path, e)) = cx.exemption() else {
        return;
    };
    if let (Some(review), Some(as_of)) = (e.review_by, cx.options().as_of) {
        if review < as_of {
            let days = days((as_of - review).num_days(), "day");
            out.push(
                &EXEMPT_REVIEW_OVERDUE,
                Pointer::at(&path).field("review_by"),
                format!("The date to review this exemption passed {days} before the as-of date: review whether the information can now be published, then record the next review date (for example 2025-03-31)."),
            );
        }
    }
}
