//! `risk.top_band_review_too_far`: a top-band risk without a near enough review date
use crate::date::Date;
use crate::pointer::Pointer;
use crate::premise::Premise;
use crate::risk::scores::in_top_band;
use crate::risk::scores::RISK_SCORES;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// A top-band risk without a near enough review date.
pub const TOP_BAND_REVIEW_TOO_FAR: Rule = Rule {
    code: "risk.top_band_review_too_far",
    severity: Severity::Error,
    summary: "A live risk in the most serious band (red) has no review date, or one further from its latest assessment than the register's limit for red risks. Silent when the register records no review dates, frequencies or limit and the body's constitution sets no review interval.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: TOP_BAND_REVIEW_TOO_FAR,
    area: Area::Risk,
    premise: Premise {
        code: "risk.top_band_review_too_far",
        text: "A review limit for red risks and scored risks (approximate: checks the limit and scores are recorded).",
        needs: &["/risk_register/top_band_review_days|/bodies/*/constitution/thresholds/risk_review_days", RISK_SCORES],
        approximate: true,
    },
    scope: &[Scope::Risk, Scope::Body],
    citation: None,
    thresholds: &["risk_review_days"],
    stage: Stage::RiskLive,
    check,
};

fn check(cx: &UnitContext<'_>, out: &mut Report) {
    let Some(reg) = cx.risk_register() else {
        return;
    };
    for (at, r) in cx.risks() {
        if !r.status.is_live() || !in_top_band(reg, r) {
            continue;
        }
        let review_days = cx.risk_review_days(r);
        let assessed = r.assessed_on(Date::MAX);
        match r.review_due_with(Date::MAX, review_days) {
            None if review_days.is_some() || cx.risk_register_records_reviews() => out.push(
                &TOP_BAND_REVIEW_TOO_FAR,
                Pointer::at(&at).field("next_review"),
                "the risk is in the matrix's top band but has no review date",
            ),
            None => {}
            Some(due) => {
                if let (Some(limit), Some(assessed)) = (reg.top_band_review_days, assessed) {
                    let days = due.signed_duration_since(assessed).num_days();
                    if days > i64::from(limit) {
                        out.push(
                            &TOP_BAND_REVIEW_TOO_FAR,
                            Pointer::at(&at).field("next_review"),
                            format!("its review is {days} days after its latest assessment; the limit for its rating is {limit} days"),
                        );
                    }
                }
            }
        }
    }
}
