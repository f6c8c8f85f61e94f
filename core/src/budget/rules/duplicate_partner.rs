//! `budget.duplicate_partner`: a partner named twice in one formula (or a board twice in
//! one split)
use crate::premise::Premise;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};
use std::collections::HashSet;

/// A partner named twice in one formula.
pub const DUPLICATE_PARTNER: Rule = Rule {
    code: "budget.duplicate_partner",
    severity: Severity::Error,
    summary:
        "A partner is listed more than once in a funding formula, so its contribution is ambiguous.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: DUPLICATE_PARTNER,
    area: Area::Budget,
    premise: Premise {
        code: "budget.duplicate_partner",
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

/// A partner listed again anywhere in a budget's formula (a composite's parts and
/// remainder together), and a board listed again in a joint payment's split.
fn check(cx: &UnitContext<'_>, out: &mut Report) {
    for (at, _, budget) in cx.budgets() {
        let parties = budget.formula.parties(&format!("{at}/formula"));
        let mut seen = HashSet::new();
        for x in &parties {
            if !seen.insert(x.id.as_str()) {
                out.push(
                    &DUPLICATE_PARTNER,
                    x.path.clone(),
                    "this partner is already listed earlier in the formula",
                );
            }
        }
        for (k, j) in budget.joint_payments.iter().enumerate() {
            let mut seen = HashSet::new();
            for (n, b) in j.boards.iter().enumerate() {
                if !seen.insert(b.body.as_str()) {
                    out.push(
                        &DUPLICATE_PARTNER,
                        format!("{at}/joint_payments/{k}/boards/{n}"),
                        "a board is listed more than once in the split",
                    );
                }
            }
        }
    }
}
