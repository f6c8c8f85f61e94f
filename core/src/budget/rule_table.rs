//! The rules of budgets (codes `budget.*`) not yet written as units: their constants, and
//! the area's lists (the budget's and the funding decisions', every rule of the area,
//! units too), re-exported at their public paths by `budget` and `budget::decision_rules`.
//! The checks are in `checks.rs` and `decision_rules.rs`; the units are in `rules/`.

use super::rules::brought_forward_differs::BROUGHT_FORWARD_DIFFERS;
use super::rules::contribution_cut::CONTRIBUTION_CUT;
use super::rules::decision_line_mismatch::DECISION_LINE_MISMATCH;
use super::rules::decision_phasing_exceeded::DECISION_PHASING_EXCEEDED;
use super::rules::decision_subtotal_mismatch::DECISION_SUBTOTAL_MISMATCH;
use super::rules::decision_subtotal_recipient::DECISION_SUBTOTAL_RECIPIENT;
use super::rules::decision_total_mismatch::DECISION_TOTAL_MISMATCH;
use super::rules::differs_from_decision::DIFFERS_FROM_DECISION;
use super::rules::joint_payment_differs::JOINT_PAYMENT_DIFFERS;
use super::rules::not_computable::NOT_COMPUTABLE;
use super::rules::overspend::OVERSPEND;
use super::rules::reserve_overdrawn::RESERVE_OVERDRAWN;
use super::rules::statutory_partner_nothing::STATUTORY_PARTNER_NOTHING;
use super::rules::total_mismatch::TOTAL_MISMATCH;
use crate::validate::{Rule, Severity};

const fn rule(code: &'static str, severity: Severity, summary: &'static str) -> Rule {
    Rule {
        code,
        severity,
        summary,
    }
}

/// Two budgets of the same board for the same financial year.
pub const DUPLICATE_YEAR: Rule = rule(
    "budget.duplicate_year",
    Severity::Error,
    "A board has one budget per financial year; this year already has one.",
);
/// A budget for a board the document does not have.
pub const UNKNOWN_BODY: Rule = rule(
    "budget.unknown_body",
    Severity::Error,
    "The budget's board is not a body in the document.",
);
/// A partner that is not an organisation in the document.
pub const UNKNOWN_ORGANISATION: Rule = rule(
    "budget.unknown_organisation",
    Severity::Error,
    "A contribution names an organisation the document does not have.",
);
/// Percentage shares (or a split between boards) not totalling 100%.
pub const SHARES_NOT_100: Rule = rule(
    "budget.shares_not_100",
    Severity::Error,
    "Percentage shares of a funding formula (or of a split between boards) must total exactly 100%.",
);
/// A zero or negative weight or population in a formula.
pub const WEIGHT_NOT_POSITIVE: Rule = rule(
    "budget.weight_not_positive",
    Severity::Error,
    "Weights and populations in a funding formula must be positive; leave a partner out instead of giving it zero.",
);
/// A partner named twice in one formula.
pub const DUPLICATE_PARTNER: Rule = rule(
    "budget.duplicate_partner",
    Severity::Error,
    "A partner is listed more than once in a funding formula, so its contribution is ambiguous.",
);

/// Every rule of the area, in catalogue order (the units' too).
pub const RULES: &[&Rule] = &[
    &DUPLICATE_YEAR,
    &UNKNOWN_BODY,
    &UNKNOWN_ORGANISATION,
    &SHARES_NOT_100,
    &WEIGHT_NOT_POSITIVE,
    &DUPLICATE_PARTNER,
    &TOTAL_MISMATCH,
    &NOT_COMPUTABLE,
    &STATUTORY_PARTNER_NOTHING,
    &OVERSPEND,
    &CONTRIBUTION_CUT,
    &RESERVE_OVERDRAWN,
    &BROUGHT_FORWARD_DIFFERS,
    &DECISION_TOTAL_MISMATCH,
    &DECISION_LINE_MISMATCH,
    &DIFFERS_FROM_DECISION,
    &JOINT_PAYMENT_DIFFERS,
    &DECISION_PHASING_EXCEEDED,
    &DECISION_SUBTOTAL_MISMATCH,
    &DECISION_SUBTOTAL_RECIPIENT,
];

/// The rules of the area not yet written as units, in catalogue order, for the catalogue.
pub(crate) const TABLE: &[&Rule] = &[
    &DUPLICATE_YEAR,
    &UNKNOWN_BODY,
    &UNKNOWN_ORGANISATION,
    &SHARES_NOT_100,
    &WEIGHT_NOT_POSITIVE,
    &DUPLICATE_PARTNER,
];

/// The decision rules (`decision_rules::RULES`).
pub const DECISION_RULES: &[&Rule] = &[
    &DECISION_PHASING_EXCEEDED,
    &DECISION_TOTAL_MISMATCH,
    &DECISION_LINE_MISMATCH,
    &DIFFERS_FROM_DECISION,
    &JOINT_PAYMENT_DIFFERS,
    &DECISION_SUBTOTAL_MISMATCH,
    &DECISION_SUBTOTAL_RECIPIENT,
];
