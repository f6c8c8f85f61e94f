//! `budget.unknown_body`: a budget (or a funding decision's recipient) for a board the
//! document does not have
use crate::pointer::Pointer;
use crate::premise::Premise;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// A budget for a board the document does not have.
pub const UNKNOWN_BODY: Rule = Rule {
    code: "budget.unknown_body",
    severity: Severity::Error,
    summary: "The budget's board is not a body in the document.",
};

/// The rule as a unit of the registry. Its stage checks a budget's board; the decision
/// walk also calls it on each funding decision, with the other rules of the names a
/// decision gives (`unit::run_decision_names`).
pub const UNIT: RuleUnit = RuleUnit {
    rule: UNKNOWN_BODY,
    area: Area::Budget,
    premise: Premise {
        code: "budget.unknown_body",
        text: "Budgets.",
        needs: &["/budgets"],
        approximate: false,
    },
    scope: &[Scope::Budget, Scope::FundingDecision, Scope::Body],
    citation: None,
    thresholds: &[],
    stage: Stage::BudgetRecords,
    check,
};

/// A budget's board, and each board a decision's recipients name, not in the document.
fn check(cx: &UnitContext<'_>, out: &mut Report) {
    for (at, _, budget) in cx.budgets() {
        if cx.body(&budget.body).is_none() {
            out.push(
                &UNKNOWN_BODY,
                Pointer::at(&at).field("body"),
                "the board is not a body in this document",
            );
        }
    }
    for (at, d) in cx.funding_decisions() {
        for (j, r) in d.recipients.iter().enumerate() {
            let bodies = r
                .body
                .iter()
                .map(|b| (b, Pointer::at(&at).item("recipients", j).field("body")));
            let split = r.boards.iter().enumerate().map(|(n, b)| {
                (
                    &b.body,
                    Pointer::at(&at)
                        .item("recipients", j)
                        .item("boards", n)
                        .field("body"),
                )
            });
            for (b, path) in bodies.chain(split) {
                if cx.body(b).is_none() {
                    out.push(
                        &UNKNOWN_BODY,
                        path,
                        "This board is not in the document's bodies: give the id of one of them (for example b-lscb), or add the board.",
                    );
                }
            }
        }
    }
}
