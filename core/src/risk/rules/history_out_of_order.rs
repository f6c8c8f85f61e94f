//! `risk.history_out_of_order`: history entries out of order
use crate::date::Date;
use crate::pointer::Pointer;
use crate::premise::Premise;
use crate::risk::scores::RISK_HISTORY;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// History entries out of order.
pub const HISTORY_OUT_OF_ORDER: Rule = Rule {
    code: "risk.history_out_of_order",
    severity: Severity::Error,
    summary:
        "A score history entry is dated before the previous entry or before the risk was raised.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: HISTORY_OUT_OF_ORDER,
    area: Area::Risk,
    premise: Premise {
        code: "risk.history_out_of_order",
        text: "A risk's score history.",
        needs: &[RISK_HISTORY],
        approximate: false,
    },
    scope: &[Scope::Risk],
    citation: None,
    thresholds: &[],
    stage: Stage::RiskHistoryDates,
    check,
};

fn check(cx: &UnitContext<'_>, out: &mut Report) {
    for (at, r) in cx.risks() {
        let mut previous = r.raised.date.unwrap_or(Date::MIN);
        for (j, h) in r.history.iter().enumerate() {
            // An undated entry has no date to check.
            let Some(date) = h.date else {
                continue;
            };
            if date < previous {
                out.push(
                    &HISTORY_OUT_OF_ORDER,
                    Pointer::at(&at).item("history", j).field("date"),
                    "This history entry is dated before the entry before it (or the raised date).",
                );
            } else {
                previous = date;
            }
        }
    }
}
