//! Rule profiles: what a body's constitution says about the rules — its own thresholds,
//! severities it overrides, rules it switches off, and findings it has acknowledged.

use crate::date::Date;
use crate::finding::Severity;
use crate::Id;
use serde::{Deserialize, Serialize};

/// Thresholds a constitution sets in place of boardkit's defaults, for the findings and
/// reports about its own body. Each is optional: an absent threshold leaves the default
/// in force. RULES.md lists which rules read each one.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Thresholds {
    /// Days before its due date an open action turns amber (in place of 14, and of a log
    /// query's own `amber_days`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action_amber_days: Option<u32>,
    /// Days between reviews of a risk, for risks that give no next review date and no
    /// review frequency (from the latest assessment or review).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub risk_review_days: Option<u32>,
    /// A risk scoring at least this is escalated to the board (used when the register
    /// sets no `escalation_score`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub risk_escalation_score: Option<u32>,
    /// The attendance percentage below which an agency or member is flagged in the
    /// attendance report (whole percent; a report request's own threshold wins).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attendance_percent: Option<u32>,
    /// Working days after a meeting by which its minutes are to be published (schema
    /// version 5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minutes_publish_working_days: Option<u32>,
    /// Clear working days before a meeting by which its papers are to be published
    /// (schema version 5; a council committee's default is five).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub papers_clear_days: Option<u32>,
    /// Working days after a key decision's notice is published during which the
    /// decision may be called in and not put into effect (schema version 7; five where
    /// the constitution sets none).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub call_in_working_days: Option<u32>,
}

impl Thresholds {
    /// True when no threshold is set.
    pub fn is_empty(&self) -> bool {
        self == &Thresholds::default()
    }
}

/// A body's own setting for one rule: another severity, or switched off, with the reason
/// the constitution gives. Applies to findings about the body and its meetings.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleSetting {
    /// The rule's code (`meeting.inquorate`).
    pub code: String,
    /// The severity this body gives the rule's findings.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub severity: Option<Severity>,
    /// The rule is switched off for this body.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub off: bool,
    /// Why (the constitution's paragraph, the board's decision).
    pub reason: String,
}

/// A finding the body has acknowledged: it knows of the anomaly (a date it knows is a
/// typing error) and agreed to keep the record as it is. The finding is then reported as
/// acknowledged rather than raised afresh.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Acknowledgement {
    /// The rule's code.
    pub code: String,
    /// The JSON Pointer of the finding (`/actions/3/due`).
    pub path: String,
    /// Who agreed it (person id).
    pub by: Id,
    /// When.
    pub on: Date,
    /// Why.
    pub reason: String,
    /// The meeting at which it was agreed, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meeting: Option<Id>,
}
