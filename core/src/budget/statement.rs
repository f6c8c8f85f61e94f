//! The budget statement for one financial year: income by partner, expenditure against
//! budget, the outturn, reserves and what is carried forward, and the change on last year.
//!
//! How the figures relate (all exact, in pence):
//! * a partner's **cash** = formula contribution + its board's share of joint payments +
//!   one-off additional contributions. In-kind value is shown beside it, never added.
//! * **funds available** = cash income + brought forward + drawn from reserves − added
//!   to reserves.
//! * a line's **spent** is its actual when recorded, else its budgeted amount; its
//!   **variance** is budgeted − spent (positive: under budget).
//! * **carry forward** = funds available − total spent; below zero it is an overspend.

use super::{Budget, FinancialYear};
use crate::error::Error;
use crate::pointer::Pointer;
use crate::{BoardDocument, Id};
use serde::{Deserialize, Serialize};

pub(crate) use super::figures::compute;
pub use super::figures::{IncomeLine, IncomeTotals, Position, ReserveLine, SpendLine, Statement};

/// Request for [`statement`]: one year's budget, and last year's for the change on last
/// year.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatementRequest {
    /// This year's budget.
    pub budget: Budget,
    /// Last year's budget, if the change on last year is wanted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous: Option<Budget>,
}

/// Request for [`year_statement`]: a board document, the board and the year.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct YearStatementRequest {
    /// The document holding the budgets.
    pub document: BoardDocument,
    /// Body id of the board.
    pub body: Id,
    /// The financial year ("2016/17").
    pub year: FinancialYear,
}

/// Capability: the budget statement for a year from its budget (and last year's).
/// Errors point into the request (`/budget/formula/shares`, `/previous/baseline`).
///
/// ```
/// use boardkit::budget::{statement, StatementRequest};
/// let text = std::fs::read_to_string("../examples/data/leicester-lscb.json").unwrap();
/// let doc = boardkit::BoardDocument::from_json(&text).unwrap();
/// let budget = doc.budgets[0].clone();
/// let st = statement(&StatementRequest { budget, previous: None }).unwrap();
/// assert!(st.totals.cash.pence() > 0); // exact pence, never floating point
/// ```
pub fn statement(request: &StatementRequest) -> Result<Statement, Error> {
    let previous = match &request.previous {
        Some(p) => Some(compute(p, None, "/previous")?),
        None => None,
    };
    compute(&request.budget, previous.as_ref(), "/budget")
}

/// Capability: the budget statement of a board for a year, from a whole document (last
/// year's budget, when the document has it, gives the change on last year).
pub fn year_statement(request: &YearStatementRequest) -> Result<Statement, Error> {
    year_statement_of(&request.document, request)
}

/// [`year_statement`] of `doc` (a loaded board's own document; `request.document` is not
/// read).
pub(crate) fn year_statement_of(
    doc: &crate::BoardDocument,
    request: &YearStatementRequest,
) -> Result<Statement, Error> {
    let find = |year: FinancialYear| {
        doc.budgets
            .iter()
            .enumerate()
            .find(|(_, b)| b.body == request.body && b.year == year)
    };
    let (i, budget) = find(request.year).ok_or_else(|| {
        Error::invalid(
            "/year",
            "the document has no budget for this board and year",
        )
    })?;
    let previous = match request.year.previous().and_then(find) {
        Some((j, p)) => Some(compute(
            p,
            None,
            Pointer::root()
                .field("document")
                .item("budgets", j)
                .as_str(),
        )?),
        None => None,
    };
    compute(
        budget,
        previous.as_ref(),
        Pointer::root()
            .field("document")
            .item("budgets", i)
            .as_str(),
    )
}
