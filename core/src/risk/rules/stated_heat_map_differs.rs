//! `risk.stated_heat_map_differs`: the register's own heat map disagrees with its risks
use crate::premise::Premise;
use crate::risk::shared::{cells_differing, stated_differs, Stated};
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// The register's own heat map disagrees with its risks.
pub const STATED_HEAT_MAP_DIFFERS: Rule = Rule {
    code: "risk.stated_heat_map_differs",
    severity: Severity::Warning,
    summary: "A cell of the register's own heat map (initial or revised) prints a number of risks that differs from the live risks whose inherent or current levels fall in that cell as of the validation date. Silent when the register prints no heat map, or on a register the paper says is an excerpt.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: STATED_HEAT_MAP_DIFFERS,
    area: Area::Risk,
    premise: Premise {
        code: "risk.stated_heat_map_differs",
        text:
            "The register's own heat map, on a register not marked an excerpt, and an as-of date.",
        needs: &[
            "/risk_register/stated_heat_map",
            "!/risk_register/excerpt",
            "@as_of",
        ],
        approximate: false,
    },
    scope: &[Scope::Risk],
    citation: None,
    thresholds: &[],
    stage: Stage::RiskStated,
    check,
};

/// The register's own heat map against the live risks' levels as of the date: each
/// stated cell's count against the risks whose inherent (initial) or current (revised)
/// levels fall in it. The current levels are those in force on the date (the latest
/// history entry, else the current assessment). Silent on an excerpt.
/// The register's stated heat map cells.
const CELLS: Stated = Stated {
    list: "stated_heat_map",
    states: |reg| !reg.stated_heat_map.is_empty(),
    differing: cells_differing,
};

fn check(cx: &UnitContext<'_>, out: &mut Report) {
    let message = "the number this heat map cell shows differs from the live risks counted in that cell on the as-of date; correct the number, or the risks' likelihood and impact";
    stated_differs(cx, out, &STATED_HEAT_MAP_DIFFERS, &CELLS, message);
}
