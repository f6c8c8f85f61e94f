//! `budget.joint_payment_differs`: one joint payment recorded differently in two boards' budgets
use crate::budget::{FinancialYear, Money};
use crate::pointer::Pointer;
use crate::premise::Premise;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};
use std::collections::HashMap;

/// One joint payment recorded differently in two boards' budgets.
pub const JOINT_PAYMENT_DIFFERS: Rule = Rule {
    code: "budget.joint_payment_differs",
    severity: Severity::Warning,
    summary: "A partner's joint payment to two boards is recorded with a different amount or split in the budgets of the two boards for the same year.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: JOINT_PAYMENT_DIFFERS,
    area: Area::Budget,
    premise: Premise {
        code: "budget.joint_payment_differs",
        text: "Joint payments in budgets.",
        needs: &["/budgets/*/joint_payments"],
        approximate: false,
    },
    scope: &[Scope::Budget],
    citation: None,
    thresholds: &[],
    stage: Stage::BudgetJointPayments,
    check,
};

/// One joint payment per (partner, year, boards): the first budget that records it sets
/// the amount and split; a later budget recording it differently is a finding.
fn check(cx: &UnitContext<'_>, out: &mut Report) {
    type Key = (String, FinancialYear, Vec<String>);
    type Seen = (usize, Money, Vec<(String, u32)>);
    let mut first: HashMap<Key, Seen> = HashMap::new();
    for (at, i, b) in cx.budgets() {
        for (k, j) in b.joint_payments.iter().enumerate() {
            let mut split: Vec<(String, u32)> = j
                .boards
                .iter()
                .map(|s| (s.body.clone(), s.basis_points))
                .collect();
            split.sort();
            let boards: Vec<String> = split.iter().map(|(b, _)| b.clone()).collect();
            let key = (j.organisation.clone(), b.year, boards);
            match first.get(&key) {
                None => {
                    first.insert(key, (i, j.payment, split));
                }
                Some((seen, payment, s))
                    if *seen != i && (*payment != j.payment || *s != split) =>
                {
                    out.push(
                        &JOINT_PAYMENT_DIFFERS,
                        Pointer::at(&at).item("joint_payments", k),
                        "An earlier budget records this partner's joint payment for the same year and boards with a different amount or split: record the payment and the boards' shares the same way in both budgets.",
                    );
                }
                Some(_) => {}
            }
        }
    }
}
