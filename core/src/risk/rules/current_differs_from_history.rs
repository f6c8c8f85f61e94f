//! `risk.current_differs_from_history`: current assessment disagrees with the latest history entry
use crate::date::Date;
use crate::pointer::Pointer;
use crate::premise::Premise;
use crate::risk::scores::RISK_HISTORY;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// Current assessment disagrees with the latest history entry.
pub const CURRENT_DIFFERS_FROM_HISTORY: Rule = Rule {
    code: "risk.current_differs_from_history",
    severity: Severity::Warning,
    summary: "The current assessment differs from the latest entry of the risk's score history, so the register and its history tell different stories.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: CURRENT_DIFFERS_FROM_HISTORY,
    area: Area::Risk,
    premise: Premise {
        code: "risk.current_differs_from_history",
        text: "A risk's current score and its score history.",
        needs: &["/risk_register/risks/*/current", RISK_HISTORY],
        approximate: false,
    },
    scope: &[Scope::Risk],
    citation: None,
    thresholds: &[],
    stage: Stage::RiskAgainstHistory,
    check,
};

/// The current assessment against the latest entry of the risk's history.
fn check(cx: &UnitContext<'_>, out: &mut Report) {
    let Some(reg) = cx.risk_register() else {
        return;
    };
    for (at, r) in cx.risks() {
        let (Some(cur), Some(last)) = (r.current, r.latest_two(Date::MAX).0) else {
            continue;
        };
        let differs = match last.assessment() {
            Some(a) => cur != a,
            None => last.score.is_some() && reg.score(cur) != reg.entry_score(last),
        };
        if differs {
            out.push(
                &CURRENT_DIFFERS_FROM_HISTORY,
                Pointer::at(&at).field("current"),
                "the current assessment differs from the latest history entry",
            );
        }
    }
}
