//! `budget.unknown_organisation`: a partner (of a budget or a funding decision) that is
//! not an organisation in the document
use crate::pointer::Pointer;
use crate::premise::Premise;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// A partner that is not an organisation in the document.
pub const UNKNOWN_ORGANISATION: Rule = Rule {
    code: "budget.unknown_organisation",
    severity: Severity::Error,
    summary: "A contribution names an organisation the document does not have.",
};

/// The rule as a unit of the registry. Its stage checks the organisations a budget
/// names; the decision walk also calls it on each funding decision, with the other rules
/// of the names a decision gives (`unit::run_decision_names`).
pub const UNIT: RuleUnit = RuleUnit {
    rule: UNKNOWN_ORGANISATION,
    area: Area::Budget,
    premise: Premise {
        code: "budget.unknown_organisation",
        text: "Budgets.",
        needs: &["/budgets"],
        approximate: false,
    },
    scope: &[Scope::Budget, Scope::FundingDecision, Scope::Organisation],
    citation: None,
    thresholds: &[],
    stage: Stage::BudgetRecords,
    check,
};

const IN_DECISION: &str = "This organisation is not in the document's organisations: give the id of one of them (for example o-opcc), or add the organisation.";

/// Each organisation a budget names (its formula's parties, joint payments, additional
/// and in-kind contributions), and a decision's funder, holders and payees, not in the
/// document.
fn check(cx: &UnitContext<'_>, out: &mut Report) {
    for (at, _, budget) in cx.budgets() {
        let parties = budget
            .formula
            .parties(Pointer::at(&at).field("formula").as_str());
        let named = crate::budget::named::named_organisations(budget, &parties, &at);
        for (id, path) in named {
            if cx.organisation(id).is_none() {
                out.push(
                    &UNKNOWN_ORGANISATION,
                    path,
                    "not an organisation in this document",
                );
            }
        }
    }
    for (at, d) in cx.funding_decisions() {
        let mut org = |id: &str, path: Pointer| {
            if cx.organisation(id).is_none() {
                out.push(&UNKNOWN_ORGANISATION, path, IN_DECISION);
            }
        };
        org(&d.funder, Pointer::at(&at).field("funder"));
        for (j, c) in d.central.iter().enumerate() {
            if let Some(h) = &c.holder {
                org(h, Pointer::at(&at).item("central", j).field("holder"));
            }
        }
        for (j, r) in d.recipients.iter().enumerate() {
            if let Some(p) = &r.payee {
                org(p, Pointer::at(&at).item("recipients", j).field("payee"));
            }
        }
    }
}
