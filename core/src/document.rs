//! The board document: everything a board's business unit keeps, in one JSON record.

use crate::board::{Body, Organisation, Person};
use crate::date::Date;
use crate::error::Error;
use crate::meeting::Meeting;
use crate::validate::Report;
use crate::{Extensions, Id};
use serde::{Deserialize, Serialize};

/// The schema version this library reads and writes.
pub const SCHEMA_VERSION: u32 = 1;

/// A board document: organisations, people, bodies, meetings, the action log, the risk
/// register, budgets and scorecards.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BoardDocument {
    /// Must be [`SCHEMA_VERSION`].
    pub schema_version: u32,
    /// Partner agencies.
    #[serde(default)]
    pub organisations: Vec<Organisation>,
    /// People.
    #[serde(default)]
    pub people: Vec<Person>,
    /// Boards, executives, sub-groups.
    #[serde(default)]
    pub bodies: Vec<Body>,
    /// Meetings.
    #[serde(default)]
    pub meetings: Vec<Meeting>,
    /// The action log.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub actions: Vec<crate::action::Action>,
    /// The risk register.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub risk_register: Option<crate::risk::RiskRegister>,
    /// Budgets, one per financial year.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub budgets: Vec<crate::budget::Budget>,
    /// Performance scorecards.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub scorecards: Vec<crate::scorecard::Scorecard>,
    /// Host data kept through a round trip.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

/// Options for [`BoardDocument::validate`].
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ValidateOptions {
    /// The date to judge "overdue" and "due for review" against. Never the system clock:
    /// when absent, rules that need a date are not run.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_of: Option<Date>,
}

impl BoardDocument {
    /// An empty document of the current schema version.
    pub fn new() -> Self {
        BoardDocument {
            schema_version: SCHEMA_VERSION,
            organisations: Vec::new(),
            people: Vec::new(),
            bodies: Vec::new(),
            meetings: Vec::new(),
            actions: Vec::new(),
            risk_register: None,
            budgets: Vec::new(),
            scorecards: Vec::new(),
            extensions: Extensions::new(),
        }
    }

    /// Read a board document from JSON text. Shape errors carry the JSON Pointer of the
    /// bad value; an unsupported `schema_version` is an error, and so is an unusable risk
    /// matrix ([`Error::Config`] at its path under `/risk_register`).
    pub fn from_json(text: &str) -> Result<Self, Error> {
        let doc: BoardDocument = crate::error::from_json(text)?;
        if doc.schema_version != SCHEMA_VERSION {
            return Err(Error::SchemaVersion {
                path: "/schema_version".into(),
                found: u64::from(doc.schema_version),
                supported: SCHEMA_VERSION,
            });
        }
        if let Some(register) = &doc.risk_register {
            register.check_config("/risk_register")?;
        }
        Ok(doc)
    }

    /// Write the document as pretty JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// Check every governance rule and return the findings.
    pub fn validate(&self, options: &ValidateOptions) -> Report {
        let mut report = Report::new();
        crate::board::check(self, &mut report);
        crate::meeting::check(self, &mut report);
        crate::action::check(self, options, &mut report);
        crate::risk::check(self, options, &mut report);
        crate::budget::check(self, options, &mut report);
        crate::scorecard::check(self, options, &mut report);
        report
    }

    /// A person by id.
    pub fn person(&self, id: &str) -> Option<&Person> {
        self.people.iter().find(|p| p.id == id)
    }

    /// An organisation by id.
    pub fn organisation(&self, id: &str) -> Option<&Organisation> {
        self.organisations.iter().find(|o| o.id == id)
    }

    /// A body by id.
    pub fn body(&self, id: &str) -> Option<&Body> {
        self.bodies.iter().find(|b| b.id == id)
    }

    /// A meeting by id.
    pub fn meeting(&self, id: &str) -> Option<&Meeting> {
        self.meetings.iter().find(|m| m.id == id)
    }

    /// The meetings of a body, in date order.
    pub fn meetings_of(&self, body: &str) -> Vec<&Meeting> {
        let mut v: Vec<&Meeting> = self.meetings.iter().filter(|m| m.body == body).collect();
        v.sort_by(|a, b| (a.date, &a.id).cmp(&(b.date, &b.id)));
        v
    }

    /// The first meeting of the same body strictly after `meeting` (by date).
    pub fn next_meeting_after(&self, meeting: &Meeting) -> Option<&Meeting> {
        self.meetings_of(&meeting.body)
            .into_iter()
            .find(|m| m.date > meeting.date && m.status != crate::meeting::MeetingStatus::Cancelled)
    }
}

impl Default for BoardDocument {
    fn default() -> Self {
        Self::new()
    }
}

/// Parse a document and validate it in one step.
pub fn validate_json(text: &str, options: &ValidateOptions) -> Result<Report, Error> {
    Ok(BoardDocument::from_json(text)?.validate(options))
}

/// An id, for signatures that take one.
pub type DocumentId = Id;
