//! The board's budget: how partner agencies share it (the funding formula), the year's
//! budget statement, and amounts of money as a board writes them.
//!
//! Money is always whole pence as a JSON integer (`29870000` is £298,700). A formula is an
//! object with a `kind`: `fixed` (`{"amounts": [{"organisation", "amount"}]}`),
//! `percentages` (`{"shares": [{"organisation", "basis_points"}]}`, totalling 10000),
//! `weights`, `equal` (`{"partners": ["o-lcc", "o-police", "o-ccg"]}`), `population`,
//! `board_split`, `composite` (`{"fixed": [...], "remainder": {formula}}`) or `uplift`.

use crate::call::{capability, plain};
use crate::status::BoardkitStatus;
use boardkit::budget;
use std::os::raw::c_char;

/// The funding calculator: each partner's contribution under a formula, to the penny,
/// always summing exactly to the total (largest-remainder rounding that does not depend
/// on the order partners are listed in).
///
/// Request: `{"formula": {"kind": "equal", "partners": ["o-lcc", "o-police", "o-ccg"]},
/// "total": 10000000}` (`total` in pence; optional for `fixed` and `uplift` formulas,
/// which set their own).
/// Response: `{"total": 10000000, "shares": [{"id": "o-lcc", "amount": 3333333}, {"id":
/// "o-police", "amount": 3333333}, {"id": "o-ccg", "amount": 3333334}]}` (shares in the
/// formula's order; equal remainders are ranked by id, so the odd penny goes to o-ccg).
/// Errors point into the request (`/formula/shares/2`, `/total`).
///
/// # Safety
/// `request_json` must be NULL or a NUL-terminated string valid for the call; `out_json`
/// must be NULL or point to writable storage for one `char *`.
#[no_mangle]
pub unsafe extern "C" fn boardkit_budget_apportion(
    request_json: *const c_char,
    out_json: *mut *mut c_char,
) -> BoardkitStatus {
    // SAFETY: forwarded contract.
    unsafe { capability(request_json, out_json, budget::apportion) }
}

/// The budget statement for a year from its budget (and, for the change on last year,
/// last year's): income per partner, funds available, spending against budget, the
/// underspend or overspend, reserves, and what is carried forward.
///
/// Request: `{"budget": {...one of the document's budgets...}, "previous": {...}}`
/// (`previous` optional).
/// Response: `{"year": "2016/17", "body": "b-lscb", "baseline", "income": [{"organisation",
/// "formula", "joint", "one_off", "cash", "in_kind", "share_basis_points", "last_year",
/// "change", "change_basis_points"}, ...], "totals": {...}, "brought_forward",
/// "reserves_drawn", "reserves_added", "funds_available", "expenditure": [{"index",
/// "heading", "budgeted", "actual", "spent", "variance"}, ...], "total_budgeted",
/// "total_spent", "total_variance", "position": "underspend|balanced|overspend",
/// "outturn", "reserves": [...], "reserves_closing", "carry_forward"}` (money in pence).
///
/// # Safety
/// `request_json` must be NULL or a NUL-terminated string valid for the call; `out_json`
/// must be NULL or point to writable storage for one `char *`.
#[no_mangle]
pub unsafe extern "C" fn boardkit_budget_statement(
    request_json: *const c_char,
    out_json: *mut *mut c_char,
) -> BoardkitStatus {
    // SAFETY: forwarded contract.
    unsafe { capability(request_json, out_json, budget::statement) }
}

/// The budget statement of one board for one financial year, taken from a board document
/// (last year's budget, when the document holds it, gives the change on last year).
///
/// Request: `{"document": {...}, "body": "b-lscb", "year": "2016/17"}`.
/// Response: as boardkit_budget_statement.
///
/// # Safety
/// `request_json` must be NULL or a NUL-terminated string valid for the call; `out_json`
/// must be NULL or point to writable storage for one `char *`.
#[no_mangle]
pub unsafe extern "C" fn boardkit_budget_year_statement(
    request_json: *const c_char,
    out_json: *mut *mut c_char,
) -> BoardkitStatus {
    // SAFETY: forwarded contract.
    unsafe { capability(request_json, out_json, budget::year_statement) }
}

/// Read an amount as typed into a form or written in a budget paper (`"£298,700"`,
/// `"-£49,000"`, `"£1,234.56"`) as pence.
///
/// Request: `{"text": "£298,700"}`.
/// Response: `{"pence": 29870000, "text": "£298,700"}`. Text that is not an amount is a
/// `BOARDKIT_STATUS_INVALID_VALUE` error.
///
/// # Safety
/// `request_json` must be NULL or a NUL-terminated string valid for the call; `out_json`
/// must be NULL or point to writable storage for one `char *`.
#[no_mangle]
pub unsafe extern "C" fn boardkit_budget_parse_money(
    request_json: *const c_char,
    out_json: *mut *mut c_char,
) -> BoardkitStatus {
    // SAFETY: forwarded contract.
    unsafe { capability(request_json, out_json, budget::parse_money) }
}

/// Write an amount of pence as a board writes it.
///
/// Request: `{"pence": 29870000}`.
/// Response: `{"pence": 29870000, "text": "£298,700"}`.
///
/// # Safety
/// `request_json` must be NULL or a NUL-terminated string valid for the call; `out_json`
/// must be NULL or point to writable storage for one `char *`.
#[no_mangle]
pub unsafe extern "C" fn boardkit_budget_format_money(
    request_json: *const c_char,
    out_json: *mut *mut c_char,
) -> BoardkitStatus {
    // SAFETY: forwarded contract.
    unsafe { plain(request_json, out_json, budget::format_money) }
}

/// Every line a funder's decision pays, in one call: so much per area (or by weighted
/// criteria, or agreed amounts), each area's money split between its boards, the central
/// pots and the total, to the penny.
///
/// Request: `{"decision": {"id", "funder", "allocation": {"kind": "per_area", "amount":
/// 3000000}, "recipients": [{"body": "b-1", "areas": 2, "boards": [...]}], "central":
/// [...]}}`. Response: `{"lines": [{"index", "body", "amount", "boards": [{"id",
/// "amount"}]}], "central", "total"}`. Errors point under `/decision`.
///
/// # Safety
/// `request_json` must be NULL or a NUL-terminated string valid for the call; `out_json`
/// must be NULL or point to writable storage for one `char *`.
#[no_mangle]
pub unsafe extern "C" fn boardkit_budget_allocate_decision(
    request_json: *const c_char,
    out_json: *mut *mut c_char,
) -> BoardkitStatus {
    // SAFETY: forwarded contract.
    unsafe { capability(request_json, out_json, budget::allocate_decision) }
}
