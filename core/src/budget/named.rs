//! Where a budget names each organisation: its formula's parties, then its joint
//! payments, additional and in-kind contributions (for the unknown organisations, and
//! for the place of a finding about a partner).

use super::{formula, Budget};
use crate::pointer::Pointer;
use std::collections::HashMap;

/// Every organisation the budget names, with the pointer of where: the formula's parties,
/// then joint payments, additional and in-kind contributions.
pub(crate) fn named_organisations<'b>(
    budget: &'b Budget,
    parties: &'b [formula::Party],
    p: &str,
) -> Vec<(&'b str, String)> {
    let mut named: Vec<(&str, String)> = parties
        .iter()
        .filter(|x| !x.is_body)
        .map(|x| (x.id.as_str(), x.path.clone()))
        .collect();
    for (k, j) in budget.joint_payments.iter().enumerate() {
        named.push((
            &j.organisation,
            Pointer::at(p)
                .item("joint_payments", k)
                .field("organisation")
                .into(),
        ));
    }
    for (k, a) in budget.additional.iter().enumerate() {
        named.push((
            &a.organisation,
            Pointer::at(p)
                .item("additional", k)
                .field("organisation")
                .into(),
        ));
    }
    for (k, a) in budget.in_kind.iter().enumerate() {
        named.push((
            &a.organisation,
            Pointer::at(p)
                .item("in_kind", k)
                .field("organisation")
                .into(),
        ));
    }
    named
}

/// The first place each organisation is named in a budget, for findings about a partner
/// (the formula's pointer for one it does not name).
pub(crate) struct FirstNamed {
    first: HashMap<String, String>,
    formula_path: String,
}

impl FirstNamed {
    /// The places of budget `budget` at pointer `p` (`/budgets/0`).
    pub(crate) fn of(budget: &Budget, p: &str) -> FirstNamed {
        let formula_path: String = Pointer::at(p).field("formula").into();
        let parties = budget.formula.parties(&formula_path);
        let mut first = HashMap::new();
        for (id, path) in named_organisations(budget, &parties, p) {
            first.entry(id.to_string()).or_insert(path);
        }
        FirstNamed {
            first,
            formula_path,
        }
    }

    /// Where organisation `org` is first named.
    pub(crate) fn at(&self, org: &str) -> String {
        self.first
            .get(org)
            .cloned()
            .unwrap_or_else(|| self.formula_path.clone())
    }
}
