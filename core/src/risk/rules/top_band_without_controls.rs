//! `risk.top_band_without_controls`: a top-band risk with no controls
use crate::pointer::Pointer;
use crate::premise::Premise;
use crate::risk::scores::in_top_band;
use crate::risk::scores::RISK_SCORES;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// A top-band risk with no controls.
pub const TOP_BAND_WITHOUT_CONTROLS: Rule = Rule {
    code: "risk.top_band_without_controls",
    severity: Severity::Error,
    summary: "A live risk in the most serious band (red) records no controls. Silent on a register the paper says is an excerpt (the controls may be on pages left out).",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: TOP_BAND_WITHOUT_CONTROLS,
    area: Area::Risk,
    premise: Premise {
        code: "risk.top_band_without_controls",
        text: "A live risk scored in the most serious band, on a register not marked an excerpt (approximate: checks that risks are scored).",
        needs: &[RISK_SCORES, "!/risk_register/excerpt"],
        approximate: true,
    },
    scope: &[Scope::Risk],
    citation: None,
    thresholds: &[],
    stage: Stage::RiskLive,
    check,
};

fn check(cx: &UnitContext<'_>, out: &mut Report) {
    let Some(reg) = cx.risk_register() else {
        return;
    };
    // On an excerpt the controls may be on pages left out.
    if reg.excerpt {
        return;
    }
    for (at, r) in cx.risks() {
        if r.status.is_live()
            && in_top_band(reg, r)
            && r.controls.iter().all(|c| c.description().trim().is_empty())
        {
            out.push(
                &TOP_BAND_WITHOUT_CONTROLS,
                Pointer::at(&at).field("controls"),
                "the risk is in the matrix's top band but records no controls",
            );
        }
    }
}
