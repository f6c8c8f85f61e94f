//! The board document's data: what a board's business unit keeps, in one record, and
//! its look-ups by id. Reading, validation and the public version live in `document`.

pub mod rules;

use crate::board::{Body, Organisation, Person};
use crate::meeting::Meeting;
use crate::Extensions;
use serde::{Deserialize, Serialize};

/// The schema version this library writes. It also reads every earlier version
/// ([`OLDEST_SCHEMA_VERSION`] onwards), upgrading it on reading (see [`crate::upgrade`]).
pub const SCHEMA_VERSION: u32 = crate::version::SCHEMA_VERSION;

/// The oldest schema version this library reads.
pub const OLDEST_SCHEMA_VERSION: u32 = crate::version::OLDEST_SCHEMA_VERSION;

/// A board document: organisations, people, bodies, meetings, the action log, the risk
/// register, budgets and scorecards.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
// Read through `upgrade::Stored`, which holds every readable version (see there).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(deny_unknown_fields)]
pub struct BoardDocument {
    /// [`SCHEMA_VERSION`] once read: a document of an earlier version (from
    /// [`OLDEST_SCHEMA_VERSION`]) is upgraded as it is read, wherever it appears (on its
    /// own or inside a request); any other version is a shape error.
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
    /// Funders' decisions, each paying one or many boards.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub funding_decisions: Vec<crate::budget::FundingDecision>,
    /// Performance scorecards.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub scorecards: Vec<crate::scorecard::Scorecard>,
    /// The challenge log.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub challenges: Vec<crate::challenge::Challenge>,
    /// Host data kept through a round trip.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

/// Reads `schema_version`, accepting every version this library can upgrade; any other
/// is an [`crate::Error::SchemaVersion`] at its path, wherever the document appears.
pub(crate) fn schema_version<'de, D: serde::Deserializer<'de>>(d: D) -> Result<u32, D::Error> {
    let v = u64::deserialize(d)?;
    match u32::try_from(v) {
        Ok(v) if (OLDEST_SCHEMA_VERSION..=SCHEMA_VERSION).contains(&v) => Ok(v),
        _ => Err(crate::read::carry(crate::Error::SchemaVersion {
            path: String::new(),
            found: v,
            supported: SCHEMA_VERSION,
        })),
    }
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
            funding_decisions: Vec::new(),
            scorecards: Vec::new(),
            challenges: Vec::new(),
            extensions: Extensions::new(),
        }
    }
}

impl BoardDocument {
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
