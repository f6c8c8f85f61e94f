//! The board document: everything a board's business unit keeps, in one JSON record.

use crate::board::{Body, Member, Organisation, Person};
use crate::date::Date;
use crate::error::Error;
use crate::meeting::Meeting;
use crate::validate::Report;
use crate::{Extensions, Id};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// The schema version this library reads and writes.
pub const SCHEMA_VERSION: u32 = 1;

/// A board document: organisations, people, bodies, meetings, the action log, the risk
/// register, budgets and scorecards.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BoardDocument {
    /// Must be [`SCHEMA_VERSION`]; any other version is a shape error wherever the
    /// document appears (on its own or inside a request).
    #[serde(deserialize_with = "schema_version")]
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
    /// The risk register. Its matrix is checked as it is read: an unusable matrix is an
    /// [`Error::Config`] at its path, wherever the document appears (on its own, as the
    /// context of a record, inside a request).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "checked_register"
    )]
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

fn schema_version<'de, D: serde::Deserializer<'de>>(d: D) -> Result<u32, D::Error> {
    let v = u64::deserialize(d)?;
    if v == u64::from(SCHEMA_VERSION) {
        Ok(SCHEMA_VERSION)
    } else {
        Err(crate::read::carry(Error::SchemaVersion {
            path: String::new(),
            found: v,
            supported: SCHEMA_VERSION,
        }))
    }
}

fn checked_register<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> Result<Option<crate::risk::RiskRegister>, D::Error> {
    let register = Option::<crate::risk::RiskRegister>::deserialize(d)?;
    if let Some(r) = &register {
        r.check_config("").map_err(crate::read::carry)?;
    }
    Ok(register)
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
        crate::error::from_json(text)
    }

    /// Write the document as pretty JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// Check every governance rule and return the findings.
    pub fn validate(&self, options: &ValidateOptions) -> Report {
        let mut report = Report::new();
        let ix = Index::new(self);
        crate::board::check(&ix, &mut report);
        crate::meeting::check(&ix, &mut report);
        crate::action::check(&ix, options, &mut report);
        crate::risk::check(&ix, options, &mut report);
        crate::budget::check(&ix, options, &mut report);
        crate::scorecard::check(&ix, options, &mut report);
        crate::form::check_blank(self, &mut report);
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

/// An index of a board document's records by id, built once in one pass so that rule
/// checks and queries look records up in constant time rather than scanning the lists.
///
/// Its look-ups have the names and meaning of [`BoardDocument`]'s (the first record with
/// an id wins, as in the document's own look-ups), and it dereferences to the document,
/// so fields read as before.
#[derive(Debug, Clone)]
pub struct Index<'a> {
    doc: &'a BoardDocument,
    people: HashMap<&'a str, &'a Person>,
    organisations: HashMap<&'a str, &'a Organisation>,
    bodies: HashMap<&'a str, &'a Body>,
    meetings: HashMap<&'a str, &'a Meeting>,
    actions: HashMap<&'a str, usize>,
    /// Per body id, its meetings in (date, id) order.
    by_body: HashMap<&'a str, Vec<&'a Meeting>>,
    /// Per initials, the ids of the people (the first with each id) who have them.
    initials: HashMap<&'a str, Vec<&'a str>>,
    /// Per body id (the first body with it), its members by person (the first
    /// membership of each person, as `Body::member` finds it).
    members: HashMap<&'a str, HashMap<&'a str, &'a Member>>,
}

impl<'a> Index<'a> {
    /// Index a document.
    pub fn new(doc: &'a BoardDocument) -> Self {
        let mut people = HashMap::with_capacity(doc.people.len());
        let mut initials: HashMap<&'a str, Vec<&'a str>> = HashMap::new();
        for p in &doc.people {
            if let std::collections::hash_map::Entry::Vacant(e) = people.entry(p.id.as_str()) {
                e.insert(p);
                if let Some(ini) = p.initials.as_deref() {
                    initials.entry(ini).or_default().push(p.id.as_str());
                }
            }
        }
        let mut organisations = HashMap::with_capacity(doc.organisations.len());
        for o in &doc.organisations {
            organisations.entry(o.id.as_str()).or_insert(o);
        }
        let mut bodies = HashMap::with_capacity(doc.bodies.len());
        let mut members: HashMap<&'a str, HashMap<&'a str, &'a Member>> = HashMap::new();
        for b in &doc.bodies {
            if let std::collections::hash_map::Entry::Vacant(e) = bodies.entry(b.id.as_str()) {
                e.insert(b);
                let mut by_person = HashMap::with_capacity(b.members.len());
                for m in &b.members {
                    by_person.entry(m.person.as_str()).or_insert(m);
                }
                members.insert(b.id.as_str(), by_person);
            }
        }
        let mut meetings = HashMap::with_capacity(doc.meetings.len());
        let mut by_body: HashMap<&'a str, Vec<&'a Meeting>> = HashMap::new();
        for m in &doc.meetings {
            meetings.entry(m.id.as_str()).or_insert(m);
            by_body.entry(m.body.as_str()).or_default().push(m);
        }
        for v in by_body.values_mut() {
            // Stable, as BoardDocument::meetings_of.
            v.sort_by(|a, b| (a.date, &a.id).cmp(&(b.date, &b.id)));
        }
        let mut actions = HashMap::with_capacity(doc.actions.len());
        for (i, a) in doc.actions.iter().enumerate() {
            actions.entry(a.id.as_str()).or_insert(i);
        }
        Index {
            doc,
            people,
            organisations,
            bodies,
            meetings,
            actions,
            by_body,
            initials,
            members,
        }
    }

    /// The document indexed.
    pub fn document(&self) -> &'a BoardDocument {
        self.doc
    }

    /// A person by id.
    pub fn person(&self, id: &str) -> Option<&'a Person> {
        self.people.get(id).copied()
    }

    /// An organisation by id.
    pub fn organisation(&self, id: &str) -> Option<&'a Organisation> {
        self.organisations.get(id).copied()
    }

    /// A body by id.
    pub fn body(&self, id: &str) -> Option<&'a Body> {
        self.bodies.get(id).copied()
    }

    /// A meeting by id.
    pub fn meeting(&self, id: &str) -> Option<&'a Meeting> {
        self.meetings.get(id).copied()
    }

    /// A body's membership of a person, as [`Body::member`] finds it (indexed when the
    /// body is the document's body of that id).
    pub fn member<'b>(&self, body: &'b Body, person: &str) -> Option<&'b Member>
    where
        'a: 'b,
    {
        match self.bodies.get(body.id.as_str()) {
            Some(first) if std::ptr::eq(*first, body) => self
                .members
                .get(body.id.as_str())
                .and_then(|by_person| by_person.get(person).copied()),
            _ => body.member(person),
        }
    }

    /// The position in the action log of the (first) action with this id.
    pub fn action_index(&self, id: &str) -> Option<usize> {
        self.actions.get(id).copied()
    }

    /// The ids of the people with these initials (the first person of each id).
    pub fn people_with_initials(&self, initials: &str) -> &[&'a str] {
        self.initials
            .get(initials)
            .map(Vec::as_slice)
            .unwrap_or(&[])
    }

    /// The meetings of a body, in date order, without copying.
    pub fn meetings_of_slice(&self, body: &str) -> &[&'a Meeting] {
        self.by_body.get(body).map(Vec::as_slice).unwrap_or(&[])
    }

    /// The meetings of a body, in date order.
    pub fn meetings_of(&self, body: &str) -> Vec<&'a Meeting> {
        self.meetings_of_slice(body).to_vec()
    }

    /// The first meeting of the same body strictly after `meeting` (by date).
    pub fn next_meeting_after(&self, meeting: &Meeting) -> Option<&'a Meeting> {
        let list = self.meetings_of_slice(&meeting.body);
        let from = list.partition_point(|m| m.date <= meeting.date);
        list.get(from..)?
            .iter()
            .copied()
            .find(|m| m.status != crate::meeting::MeetingStatus::Cancelled)
    }
}

impl std::ops::Deref for Index<'_> {
    type Target = BoardDocument;

    fn deref(&self) -> &BoardDocument {
        self.doc
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

pub use crate::form::{validate_record, RecordKind, ValidateRecordRequest};
