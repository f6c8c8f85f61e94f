//! Findings and the rules they are found under, as plain data: a rule's code and
//! severity, one finding, a report of them. Re-exported by [`crate::validate`] at their
//! public paths; here, below the records, so that a record module naming a rule (a body's
//! rule setting carries a severity) imports nothing from the rules' layer.

use serde::{Deserialize, Serialize};

/// How serious a finding is.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// The record is wrong and should be corrected before it is relied on.
    Error,
    /// Probably wrong, or a gap the board would want to know about.
    Warning,
    /// For information only.
    Info,
}

impl Severity {
    /// The lower-case name used in JSON and in the catalogue.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }
}

/// A governance rule: a stable code, its severity and what it means.
///
/// Every rule is listed in the [`crate::catalogue`] and documented in `RULES.md`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Rule {
    /// Stable code, `area.what` in snake_case (`action.due_before_raised`).
    pub code: &'static str,
    /// The severity a finding under this rule carries.
    pub severity: Severity,
    /// One sentence in the board's terms: what the rule checks and why.
    pub summary: &'static str,
}

/// One broken rule at one place in a record.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding {
    /// The rule's stable code.
    pub code: String,
    /// The rule's severity.
    pub severity: Severity,
    /// JSON Pointer (RFC 6901) to the field the finding is about, e.g. `/actions/3/due`.
    pub path: String,
    /// Plain English; never quotes free text from the record.
    pub message: String,
    /// The JSON Pointer of the body's rule setting that changed this finding's severity
    /// (`/bodies/0/constitution/rule_settings/1`), when one did.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub setting: Option<String>,
    /// The JSON Pointer of the body's acknowledgement of this finding
    /// (`/bodies/0/constitution/acknowledgements/0`): a known anomaly the board agreed to
    /// keep. An acknowledged error does not make the record invalid.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acknowledged: Option<String>,
}

/// The findings of a validation, in the order the rules found them.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Report {
    /// Every finding.
    pub findings: Vec<Finding>,
    /// Findings of rules the body's constitution switched off, each with the pointer of
    /// the setting (`setting`) that did; kept here so that nothing is silently dropped.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub switched_off: Vec<Finding>,
    /// With `explain`: each catalogue rule that gave no finding, and why (its premise not
    /// recorded, switched off, outside `only`, or passed). See [`crate::premise`].
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub explained: Vec<Explanation>,
}

/// Why a rule gave no finding.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// The paper records what the rule needs and the rule found nothing wrong.
    Passed,
    /// The paper does not record what the rule needs (see `needs`), so it had nothing to
    /// check.
    NotEvidenced,
    /// A body's constitution switched the rule off (see `setting`).
    SwitchedOff,
    /// The validation was asked for other rules only (`only`).
    OutsideOnly,
}

/// One rule that gave no finding, and why.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Explanation {
    /// The rule's code.
    pub code: String,
    /// Why it gave no finding.
    pub outcome: Outcome,
    /// What the paper must record for the rule to apply (the premise's text).
    pub premise: String,
    /// For `not_evidenced`: the requirement not met (schema field patterns, or `@as_of`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub needs: Option<String>,
    /// For `switched_off`: the JSON Pointer of the body's rule setting that did.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub setting: Option<String>,
}

/// A finding's message as a sentence: a capital letter first and a full stop last, so
/// that every rule's message reads the same way wherever it is written.
pub(crate) fn sentence(mut message: String) -> String {
    if let Some(first) = message.chars().next() {
        if first.is_lowercase() {
            let upper: String = first.to_uppercase().collect();
            message.replace_range(..first.len_utf8(), &upper);
        }
    }
    let ends = message.trim_end().chars().last();
    if !matches!(ends, Some('.' | '?' | '!') | None) {
        let kept = message.trim_end().len();
        message.truncate(kept);
        message.push('.');
    }
    message
}

/// Counts of findings by severity.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Counts {
    /// Number of error findings.
    pub errors: usize,
    /// Number of warning findings.
    pub warnings: usize,
    /// Number of info findings.
    pub infos: usize,
}

impl Report {
    /// An empty report.
    pub fn new() -> Self {
        Self::default()
    }

    /// Record a finding under `rule` at `path`.
    pub fn push(&mut self, rule: &Rule, path: impl Into<String>, message: impl Into<String>) {
        self.findings.push(Finding {
            code: rule.code.to_string(),
            severity: rule.severity,
            path: path.into(),
            message: sentence(message.into()),
            setting: None,
            acknowledged: None,
        });
    }

    /// Add every finding of another report.
    pub fn extend(&mut self, other: Report) {
        self.findings.extend(other.findings);
    }

    /// True when no finding has severity error, other than acknowledged ones.
    pub fn is_valid(&self) -> bool {
        !self
            .findings
            .iter()
            .any(|f| f.severity == Severity::Error && f.acknowledged.is_none())
    }

    /// Findings under one code.
    pub fn with_code<'a>(&'a self, code: &'a str) -> impl Iterator<Item = &'a Finding> + 'a {
        self.findings.iter().filter(move |f| f.code == code)
    }

    /// True when a finding with this code is at this path.
    pub fn has(&self, code: &str, path: &str) -> bool {
        self.findings
            .iter()
            .any(|f| f.code == code && f.path == path)
    }

    /// Counts by severity.
    pub fn counts(&self) -> Counts {
        let mut c = Counts::default();
        for f in &self.findings {
            match f.severity {
                Severity::Error => c.errors += 1,
                Severity::Warning => c.warnings += 1,
                Severity::Info => c.infos += 1,
            }
        }
        c
    }

    /// Sort findings by path then code, for stable output.
    pub fn sort(&mut self) {
        self.findings
            .sort_by(|a, b| (&a.path, &a.code).cmp(&(&b.path, &b.code)));
    }
}
