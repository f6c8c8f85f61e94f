//! The rules of bodies and people (codes `board.*`) not yet written as units: their
//! constants and the area's list (every rule of the area, units too), re-exported by
//! `board` at their public paths. The checks are in `checks.rs`, `membership_rules.rs` and
//! `crate::profile`; the units are in `rules/`.

use super::membership::{MEMBERSHIP_ENDS_BEFORE_START, SEAT_OVERFILLED};
use super::profile::{ACKNOWLEDGEMENT_UNUSED, UNKNOWN_RULE_CODE};
use super::rules::history_dates_conflict::HISTORY_DATES_CONFLICT;
use crate::validate::{Rule, Severity};

/// Two records share one id.
pub const DUPLICATE_ID: Rule = Rule {
    code: "board.duplicate_id",
    severity: Severity::Error,
    summary: "Two records of the same kind (people, organisations, bodies, meetings...) share one id, so references to it are ambiguous.",
};
/// A reference to an id that does not exist.
pub const UNKNOWN_REFERENCE: Rule = Rule {
    code: "board.unknown_reference",
    severity: Severity::Error,
    summary: "A field refers by id to a person, organisation, body or meeting that the document does not contain.",
};
/// Reporting lines form a cycle.
pub const REPORTING_CYCLE: Rule = Rule {
    code: "board.reporting_cycle",
    severity: Severity::Error,
    summary: "Reporting lines between bodies form a cycle (a body reports, directly or through others, to itself).",
};
/// A person holds two memberships of one body at once.
pub const DUPLICATE_MEMBER: Rule = Rule {
    code: "board.duplicate_member",
    severity: Severity::Error,
    summary: "A person is listed twice in the membership of one body for overlapping periods (memberships with no dates overlap every other).",
};
/// A lead member recorded as voting.
pub const OBSERVER_VOTING: Rule = Rule {
    code: "board.observer_voting",
    severity: Severity::Warning,
    summary: "The lead member is a participating observer and does not take part in decisions, but is recorded as voting; boardkit treats them as non-voting.",
};
/// Initials shared by two people.
pub const AMBIGUOUS_INITIALS: Rule = Rule {
    code: "board.ambiguous_initials",
    severity: Severity::Warning,
    summary: "Two members of one body have the same initials, so minutes that use them cannot be read unambiguously.",
};

/// A body names the same body twice in its reporting lines.
pub const DUPLICATE_REPORTS_TO: Rule = Rule {
    code: "board.duplicate_reports_to",
    severity: Severity::Warning,
    summary: "A body lists the same body twice in `reports_to`; the second entry adds nothing and may hide a mistyped id.",
};

/// Every rule of the area, in catalogue order (the units' too).
pub const RULES: &[&Rule] = &[
    &DUPLICATE_ID,
    &UNKNOWN_REFERENCE,
    &REPORTING_CYCLE,
    &DUPLICATE_REPORTS_TO,
    &DUPLICATE_MEMBER,
    &OBSERVER_VOTING,
    &AMBIGUOUS_INITIALS,
    &MEMBERSHIP_ENDS_BEFORE_START,
    &SEAT_OVERFILLED,
    &UNKNOWN_RULE_CODE,
    &ACKNOWLEDGEMENT_UNUSED,
    &HISTORY_DATES_CONFLICT,
];

/// The rules of the area not yet written as units, in catalogue order, for the catalogue.
pub(crate) const TABLE: &[&Rule] = &[
    &DUPLICATE_ID,
    &UNKNOWN_REFERENCE,
    &REPORTING_CYCLE,
    &DUPLICATE_REPORTS_TO,
    &DUPLICATE_MEMBER,
    &OBSERVER_VOTING,
    &AMBIGUOUS_INITIALS,
    &MEMBERSHIP_ENDS_BEFORE_START,
    &SEAT_OVERFILLED,
    &UNKNOWN_RULE_CODE,
    &ACKNOWLEDGEMENT_UNUSED,
];
