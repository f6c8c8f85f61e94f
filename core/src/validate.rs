//! Rule findings: a well-formed record that breaks a governance rule.

mod only;

use crate::date::Date;
use serde::{Deserialize, Serialize};

pub use crate::finding::{Counts, Explanation, Finding, Outcome, Report, Rule, Severity};

/// Options for validating a board document (`BoardDocument::validate`).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ValidateOptions {
    /// The date to judge "overdue" and "due for review" against. Never the system clock:
    /// when absent, rules that need a date are not run.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_of: Option<Date>,
    /// List, besides the findings, each rule that gave no finding and why
    /// (`Report::explained`).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub explain: bool,
    /// Report only the findings of these rules (codes of the catalogue; a code that is
    /// not one is an error at its pointer, `/only/1`). Every rule is still run; the
    /// findings of the others are left out of the report.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "only::rule_codes"
    )]
    pub only: Option<Vec<String>>,
}
