//! `risk.history_after_as_of`: a history entry after the as-of date
use crate::pointer::Pointer;
use crate::premise::Premise;
use crate::risk::scores::RISK_HISTORY;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// A history entry after the as-of date.
pub const HISTORY_AFTER_AS_OF: Rule = Rule {
    code: "risk.history_after_as_of",
    severity: Severity::Error,
    summary: "A score history entry is dated after the as-of date (an assessment cannot come from the future).",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: HISTORY_AFTER_AS_OF,
    area: Area::Risk,
    premise: Premise {
        code: "risk.history_after_as_of",
        text: "A risk's score history, and an as-of date.",
        needs: &[RISK_HISTORY, "@as_of"],
        approximate: false,
    },
    scope: &[Scope::Risk],
    citation: None,
    thresholds: &[],
    stage: Stage::RiskHistoryDates,
    check,
};

fn check(cx: &UnitContext<'_>, out: &mut Report) {
    let Some(d) = cx.options().as_of else {
        return;
    };
    for (at, r) in cx.risks() {
        for (j, h) in r.history.iter().enumerate() {
            if h.date.is_some_and(|date| date > d) {
                out.push(
                    &HISTORY_AFTER_AS_OF,
                    Pointer::at(&at).item("history", j).field("date"),
                    "This history entry is dated after the as-of date.",
                );
            }
        }
    }
}
