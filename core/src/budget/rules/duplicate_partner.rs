//! `budget.duplicate_partner`: a partner named twice in one formula (or a board twice in
//! one split)
use crate::pointer::Pointer;
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
        // The formula's one walk of its partners (a composite's parts and remainder).
        let formula_at = Pointer::at(&at).field("formula");
        let mut seen = HashSet::new();
        for part in budget.formula.parts() {
            for x in part.partners() {
                if !seen.insert(x.id.as_str()) {
                    out.push(
                        &DUPLICATE_PARTNER,
                        x.at(part.at(formula_at.as_str())),
                        "this partner is already listed earlier in the formula",
                    );
                }
            }
        }
        for (k, j) in budget.joint_payments.iter().enumerate() {
            let mut seen = HashSet::new();
            for (n, b) in j.boards.iter().enumerate() {
                if !seen.insert(b.body.as_str()) {
                    out.push(
                        &DUPLICATE_PARTNER,
                        Pointer::at(&at).item("joint_payments", k).item("boards", n),
                        "a board is listed more than once in the split",
                    );
                }
            }
        }
    }
}
