//! `risk.review_overdue`: a review date passed
use crate::pointer::Pointer;
use crate::premise::Premise;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// A review date passed.
pub const REVIEW_OVERDUE: Rule = Rule {
    code: "risk.review_overdue",
    severity: Severity::Warning,
    summary: "A live risk's review date (given, or worked out from its review frequency, else from its body constitution's review interval `risk_review_days`) is before the as-of date. Silent when none of these is recorded.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: REVIEW_OVERDUE,
    area: Area::Risk,
    premise: Premise {
        code: "risk.review_overdue",
        text: "A risk's review date, review frequency or the body's review interval, and an as-of date.",
        needs: &["/risk_register/risks/*/next_review|/risk_register/risks/*/review_frequency|/bodies/*/constitution/thresholds/risk_review_days", "@as_of"],
        approximate: false,
    },
    scope: &[Scope::Risk, Scope::Body],
    citation: None,
    thresholds: &["risk_review_days"],
    stage: Stage::RiskLive,
    check,
};

fn check(cx: &UnitContext<'_>, out: &mut Report) {
    let Some(d) = cx.options().as_of else {
        return;
    };
    for (at, r) in cx.risks() {
        if !r.status.is_live() {
            continue;
        }
        if let Some(due) = r.review_due_with(d, cx.risk_review_days(r)) {
            if due < d && r.live_on(d) {
                out.push(
                    &REVIEW_OVERDUE,
                    Pointer::at(&at).field("next_review"),
                    "the review was due before the as-of date",
                );
            }
        }
    }
}
