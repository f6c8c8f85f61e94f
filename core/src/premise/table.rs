//! The premise table: one entry per catalogue rule not written as a unit (a unit carries
//! its own premise), in catalogue order (a test fails when a rule has no premise, or an
//! entry names no rule or a unit).

use super::Premise;

const fn p(code: &'static str, text: &'static str, needs: &'static [&'static str]) -> Premise {
    Premise {
        code,
        text,
        needs,
        approximate: false,
    }
}

const BUDGETS: &str = "/budgets";

/// Every rule's premise.
pub const PREMISES: &[Premise] = &[
    p("budget.duplicate_year", "Budgets.", &[BUDGETS]),
    p("budget.unknown_body", "Budgets.", &[BUDGETS]),
    p("budget.unknown_organisation", "Budgets.", &[BUDGETS]),
    p(
        "budget.shares_not_100",
        "A budget's funding formula.",
        &[BUDGETS],
    ),
    p(
        "budget.weight_not_positive",
        "A budget's funding formula.",
        &[BUDGETS],
    ),
    p(
        "budget.duplicate_partner",
        "A budget's funding formula.",
        &[BUDGETS],
    ),
    p(
        "record.blank_text",
        "Always applies: every name, title and description is checked.",
        &[],
    ),
];
