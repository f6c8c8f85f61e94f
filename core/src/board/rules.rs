//! The rules of bodies and people (codes `board.*`): their constants and the area's list,
//! re-exported by `board` at their public paths. The checks are in `checks.rs`,
//! `membership.rs` and `profile.rs`.

use super::membership::{MEMBERSHIP_ENDS_BEFORE_START, SEAT_OVERFILLED};
use super::profile::{ACKNOWLEDGEMENT_UNUSED, UNKNOWN_RULE_CODE};
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

/// Two dated entries of a body's history cover the same day, or one ends before it
/// starts.
pub const HISTORY_DATES_CONFLICT: Rule = Rule {
    code: "board.history_dates_conflict",
    severity: Severity::Error,
    summary: "Two entries of a body's history (its earlier or later names and kinds) cover the same day, or an entry ends before it starts, so the name in force on a day is not clear. Silent for entries without dates.",
};

/// Rules of this module, for the catalogue.
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
