//! `risk.stated_direction_differs`: the register's own direction of travel disagrees with the scores
use crate::pointer::Pointer;
use crate::premise::Premise;
use crate::risk::scores::entry_levels_score;
use crate::risk::RiskDirection;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// The register's own direction of travel disagrees with the scores.
pub const STATED_DIRECTION_DIFFERS: Rule = Rule {
    code: "risk.stated_direction_differs",
    severity: Severity::Warning,
    summary: "The direction of travel the register states for an assessment (its DOT column) is not what the scores show against the assessment before it. Silent when the register states no direction.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: STATED_DIRECTION_DIFFERS,
    area: Area::Risk,
    premise: Premise {
        code: "risk.stated_direction_differs",
        text: "A direction of travel the register states.",
        needs: &["/risk_register/risks/*/history/*/direction"],
        approximate: false,
    },
    scope: &[Scope::Risk],
    citation: None,
    thresholds: &[],
    stage: Stage::RiskLevels,
    check,
};

fn check(cx: &UnitContext<'_>, out: &mut Report) {
    let Some(reg) = cx.risk_register() else {
        return;
    };
    for (at, r) in cx.risks() {
        let mut previous: Option<u32> = None;
        for (j, h) in r.history.iter().enumerate() {
            let score = entry_levels_score(reg, h);
            if let (Some(stated), Some(now)) = (h.direction, score) {
                let computed = match previous {
                    None => RiskDirection::New,
                    Some(p) if now > p => RiskDirection::Up,
                    Some(p) if now < p => RiskDirection::Down,
                    Some(_) => RiskDirection::Unchanged,
                };
                if stated != computed && computed != RiskDirection::New {
                    out.push(
                        &STATED_DIRECTION_DIFFERS,
                        Pointer::at(&at).item("history", j).field("direction"),
                        "the direction the register shows differs from how the score moved",
                    );
                }
            }
            if score.is_some() {
                previous = score;
            }
        }
    }
}
