//! `budget.weight_not_positive`: a zero or negative weight or population in a formula
use crate::budget::formula::{Formula, Given};
use crate::pointer::Pointer;
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
        formula(
            &budget.formula,
            Pointer::at(&at).field("formula").as_str(),
            out,
        );
    }
}

/// A formula's weights and populations (a composite's, those of its remainder), by the
/// formula's one walk of its partners.
fn formula(f: &Formula, path: &str, out: &mut Report) {
    for part in f.parts() {
        for x in part.partners() {
            match x.given {
                Given::Weight(w) if w <= 0 => out.push(
                    &WEIGHT_NOT_POSITIVE,
                    x.at(part.at(path)).field("weight"),
                    "a weight must be more than zero",
                ),
                Given::Population(0) => out.push(
                    &WEIGHT_NOT_POSITIVE,
                    x.at(part.at(path)).field("population"),
                    "a population of zero would pay nothing",
                ),
                _ => {}
            }
        }
    }
}
