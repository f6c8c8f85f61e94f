//! The lists of the rules of budgets (codes `budget.*`): the budget's and the funding
//! decisions', re-exported at their public paths by `budget` and
//! `budget::decision_rules`. The rules are units, in `rules/`; the walk that calls them
//! is in `checks.rs` and `decision_rules.rs`.

use super::rules::brought_forward_differs::BROUGHT_FORWARD_DIFFERS;
use super::rules::contribution_cut::CONTRIBUTION_CUT;
use super::rules::decision_line_mismatch::DECISION_LINE_MISMATCH;
use super::rules::decision_phasing_exceeded::DECISION_PHASING_EXCEEDED;
use super::rules::decision_subtotal_mismatch::DECISION_SUBTOTAL_MISMATCH;
use super::rules::decision_subtotal_recipient::DECISION_SUBTOTAL_RECIPIENT;
use super::rules::decision_total_mismatch::DECISION_TOTAL_MISMATCH;
use super::rules::differs_from_decision::DIFFERS_FROM_DECISION;
use super::rules::duplicate_partner::DUPLICATE_PARTNER;
use super::rules::duplicate_year::DUPLICATE_YEAR;
use super::rules::joint_payment_differs::JOINT_PAYMENT_DIFFERS;
use super::rules::not_computable::NOT_COMPUTABLE;
use super::rules::overspend::OVERSPEND;
use super::rules::reserve_overdrawn::RESERVE_OVERDRAWN;
use super::rules::shares_not_100::SHARES_NOT_100;
use super::rules::statutory_partner_nothing::STATUTORY_PARTNER_NOTHING;
use super::rules::total_mismatch::TOTAL_MISMATCH;
use super::rules::unknown_body::UNKNOWN_BODY;
use super::rules::unknown_organisation::UNKNOWN_ORGANISATION;
use super::rules::weight_not_positive::WEIGHT_NOT_POSITIVE;
use crate::validate::Rule;

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
