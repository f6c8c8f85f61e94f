//! `risk.stated_count_differs`: a stated count of risks differs from the counted one
use crate::premise::Premise;
use crate::risk::shared::{counts_differing, stated_differs, Stated};
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

/// The register's stated counts.
const COUNTS: Stated = Stated {
    list: "stated_counts",
    states: |reg| !reg.stated_counts.is_empty(),
    differing: counts_differing,
};

fn check(cx: &UnitContext<'_>, out: &mut Report) {
    let message =
        "the count the register states differs from the live risks counted on the as-of date";
    stated_differs(cx, out, &STATED_COUNT_DIFFERS, &COUNTS, message);
}
