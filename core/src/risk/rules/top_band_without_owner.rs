//! `risk.top_band_without_owner`: a top-band risk with no owner
use crate::pointer::Pointer;
use crate::premise::Premise;
use crate::risk::scores::RISK_SCORES;
use crate::risk::scores::{blank, in_top_band};
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// A top-band risk with no owner.
pub const TOP_BAND_WITHOUT_OWNER: Rule = Rule {
    code: "risk.top_band_without_owner",
    severity: Severity::Error,
    summary: "A live risk in the most serious band (red) has no owner.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: TOP_BAND_WITHOUT_OWNER,
    area: Area::Risk,
    premise: Premise {
        code: "risk.top_band_without_owner",
        text: "A live risk scored in the most serious band (approximate: checks that risks are scored).",
        needs: &[RISK_SCORES],
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
    for (at, r) in cx.risks() {
        if r.status.is_live() && in_top_band(reg, r) && blank(&r.owner) {
            out.push(
                &TOP_BAND_WITHOUT_OWNER,
                Pointer::at(&at).field("owner"),
                "the risk is in the matrix's top band but has no owner",
            );
        }
    }
}
