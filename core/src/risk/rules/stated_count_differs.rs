//! `risk.stated_count_differs`: a stated count of risks differs from the counted one
use crate::premise::Premise;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// A stated count of risks differs from the counted one.
pub const STATED_COUNT_DIFFERS: Rule = Rule {
    code: "risk.stated_count_differs",
    severity: Severity::Warning,
    summary: "The register states a number of live risks in a band, rating or category (\"12 high risks\", \"4 financial risks\") that differs from the number counted on the register as of the validation date. Silent when no count is stated, or on a register the paper says is an excerpt.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: STATED_COUNT_DIFFERS,
    area: Area::Risk,
    premise: Premise {
        code: "risk.stated_count_differs",
        text: "Counts the register states, on a register not marked an excerpt, and an as-of date.",
        needs: &[
            "/risk_register/stated_counts",
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

fn check(cx: &UnitContext<'_>, out: &mut Report) {
    let (Some(reg), Some(as_of)) = (cx.risk_register(), cx.options().as_of) else {
        return;
    };
    // An excerpt's counts speak of risks the paper leaves out.
    if reg.stated_counts.is_empty() || reg.excerpt {
        return;
    }
    let ratings = reg.ratings(as_of);
    for (k, c) in reg.stated_counts.iter().enumerate() {
        let counted = ratings
            .iter()
            .filter(|r| r.live && r.score.is_some())
            .filter(|r| c.rating.is_none_or(|x| r.rating == Some(x)))
            .filter(|r| c.label.is_none() || r.band_label == c.label)
            .filter(|r| {
                c.category.is_none()
                    || reg.risks.get(r.index).and_then(|x| x.category.as_ref())
                        == c.category.as_ref()
            })
            .count();
        if usize::try_from(c.count).ok() != Some(counted) {
            out.push(
                &STATED_COUNT_DIFFERS,
                format!("/risk_register/stated_counts/{k}/count"),
                "the count the register states differs from the live risks counted on the as-of date",
            );
        }
    }
}
