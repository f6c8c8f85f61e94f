//! `budget.weight_not_positive`: a zero or negative weight or population in a formula
use crate::budget::formula::Formula;
use crate::premise::Premise;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// A zero or negative weight or population in a formula.
pub const WEIGHT_NOT_POSITIVE: Rule = Rule {
    code: "budget.weight_not_positive",
    severity: Severity::Error,
    summary: "Weights and populations in a funding formula must be positive; leave a partner out instead of giving it zero.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: WEIGHT_NOT_POSITIVE,
    area: Area::Budget,
    premise: Premise {
        code: "budget.weight_not_positive",
        text: "A budget's funding formula.",
        needs: &["/budgets"],
        approximate: false,
    },
    scope: &[Scope::Budget],
    citation: None,
    thresholds: &[],
    stage: Stage::BudgetFormula,
    check,
};

/// Each budget's formula.
fn check(cx: &UnitContext<'_>, out: &mut Report) {
    for (at, _, budget) in cx.budgets() {
        formula(&budget.formula, &format!("{at}/formula"), out);
    }
}

/// A formula's weights and populations (a composite's, those of its remainder).
fn formula(f: &Formula, path: &str, out: &mut Report) {
    match f {
        Formula::Weights { weights } => {
            for (k, w) in weights.iter().enumerate() {
                if w.weight <= 0 {
                    out.push(
                        &WEIGHT_NOT_POSITIVE,
                        format!("{path}/weights/{k}/weight"),
                        "a weight must be more than zero",
                    );
                }
            }
        }
        Formula::Population { populations } => {
            for (k, w) in populations.iter().enumerate() {
                if w.population == 0 {
                    out.push(
                        &WEIGHT_NOT_POSITIVE,
                        format!("{path}/populations/{k}/population"),
                        "a population of zero would pay nothing",
                    );
                }
            }
        }
        Formula::Composite { remainder, .. } => {
            formula(remainder, &format!("{path}/remainder"), out);
        }
        _ => {}
    }
}
