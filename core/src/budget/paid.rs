//! What funding decisions pay, worked out once per validation for the rule on a board's
//! budget against them (`rules/differs_from_decision.rs`).

use super::{Budget, FinancialYear, Money};
use crate::pointer::Pointer;
use std::cell::RefCell;
use std::collections::HashMap;

/// What the decisions pay, for the rule on a board's budget against them: the budgets by
/// (body, year), the first of each, and per budget (by position) the cash its statement
/// records from each funder (the first income line of each), worked out once however many
/// decisions pay the board: working out a statement is linear in the budget, so once per
/// decision line would be decisions × partners. `None` when the statement cannot be
/// worked out.
pub(crate) struct Paid<'a> {
    all: &'a [Budget],
    budgets: HashMap<(&'a str, FinancialYear), usize>,
    income: RefCell<HashMap<usize, Option<HashMap<String, Money>>>>,
}

impl<'a> Paid<'a> {
    /// What the decisions pay the budgets of a document.
    pub(crate) fn new(all: &'a [Budget]) -> Self {
        let mut budgets: HashMap<(&'a str, FinancialYear), usize> = HashMap::new();
        for (i, b) in all.iter().enumerate() {
            budgets.entry((b.body.as_str(), b.year)).or_insert(i);
        }
        Paid {
            all,
            budgets,
            income: RefCell::new(HashMap::new()),
        }
    }

    /// The position of the first budget of a board for a year.
    pub(crate) fn budget_of(&self, body: &str, year: FinancialYear) -> Option<usize> {
        self.budgets.get(&(body, year)).copied()
    }

    /// The cash budget `i` records from `funder`.
    pub(crate) fn paid_by_funder(&self, i: usize, funder: &str) -> Option<Money> {
        let mut income = self.income.borrow_mut();
        let cash = income.entry(i).or_insert_with(|| {
            let b = self.all.get(i)?;
            let st = super::figures::compute(b, None, Pointer::root().item("budgets", i).as_str())
                .ok()?;
            let mut by_funder = HashMap::new();
            for l in st.income {
                by_funder.entry(l.organisation).or_insert(l.cash);
            }
            Some(by_funder)
        });
        cash.as_ref()?.get(funder).copied()
    }
}
