//! The board document: everything a board's business unit keeps, in one JSON record.

use crate::board::{Body, Member, Organisation, Person};
use crate::date::Date;
use crate::error::Error;
use crate::meeting::Meeting;
use crate::validate::Report;
use crate::{Extensions, Id};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// The schema version this library writes. It also reads every earlier version
/// ([`OLDEST_SCHEMA_VERSION`] onwards), upgrading it on reading (see [`crate::upgrade`]).
pub const SCHEMA_VERSION: u32 = 2;

/// The oldest schema version this library reads.
pub const OLDEST_SCHEMA_VERSION: u32 = 1;

/// A board document: organisations, people, bodies, meetings, the action log, the risk
/// register, budgets and scorecards.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, try_from = "crate::upgrade::Stored")]
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

/// The message a wrong `schema_version` carries; [`crate::error`] turns it into
/// [`Error::SchemaVersion`].
pub(crate) const SCHEMA_VERSION_MESSAGE: &str = "unsupported schema_version";

/// Reads `schema_version`, accepting every version this library can upgrade.
pub(crate) fn schema_version<'de, D: serde::Deserializer<'de>>(d: D) -> Result<u32, D::Error> {
    let v = u32::deserialize(d)?;
    if (OLDEST_SCHEMA_VERSION..=SCHEMA_VERSION).contains(&v) {
        Ok(v)
    } else {
        Err(serde::de::Error::custom(format!(
            "{SCHEMA_VERSION_MESSAGE} {v}; this library reads versions {OLDEST_SCHEMA_VERSION} to {SCHEMA_VERSION}"
        )))
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
        let ix = Index::new(self);
        crate::board::check(&ix, &mut report);
        crate::meeting::check(&ix, &mut report);
        crate::action::check(&ix, options, &mut report);
        crate::risk::check(&ix, options, &mut report);
        crate::budget::check(&ix, options, &mut report);
        crate::scorecard::check(&ix, options, &mut report);
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

/// The kinds of record a form can validate on its own (see [`validate_record`]).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RecordKind {
    /// A partner agency (`/organisations/N`).
    Organisation,
    /// A person (`/people/N`).
    Person,
    /// A board, executive or sub-group (`/bodies/N`).
    Body,
    /// A meeting (`/meetings/N`).
    Meeting,
    /// An action (`/actions/N`).
    Action,
    /// A risk (`/risk_register/risks/N`).
    Risk,
    /// A budget (`/budgets/N`).
    Budget,
    /// A scorecard (`/scorecards/N`).
    Scorecard,
}

/// Request of [`validate_record`].
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ValidateRecordRequest {
    /// What kind of record `record` is.
    pub kind: RecordKind,
    /// The record, as a form would build it.
    pub record: serde_json::Value,
    /// The board document it belongs to (members, meetings, the risk matrix...). When the
    /// record's id is already in the context, the record replaces that entry (an edit);
    /// otherwise it is added (a new record). Absent: an empty document.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context: Option<BoardDocument>,
    /// The date to judge "overdue" and "due for review" against.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_of: Option<Date>,
}

/// Capability: validate one record in the context of its board document, as a form does
/// while the user types. Returns only the findings about that record, with paths relative
/// to it (`/due`, `/owners/0/initials`; `""` for the record as a whole), so each message
/// can be shown beside its field. A record that is not well formed is an error whose path
/// starts with `/record`. A risk added to a context without a register is checked on the
/// common 5x5 matrix.
pub fn validate_record(request: &ValidateRecordRequest) -> Result<Report, Error> {
    fn place<T: serde::de::DeserializeOwned>(
        value: &serde_json::Value,
        list: &mut Vec<T>,
        id_of: impl Fn(&T) -> String,
    ) -> Result<usize, Error> {
        let record: T = crate::error::from_value(value.clone()).map_err(|e| e.within("/record"))?;
        let id = id_of(&record);
        match list.iter().position(|x| id_of(x) == id) {
            Some(i) => {
                if let Some(slot) = list.get_mut(i) {
                    *slot = record;
                }
                Ok(i)
            }
            None => {
                list.push(record);
                Ok(list.len().saturating_sub(1))
            }
        }
    }
    let mut doc = request.context.clone().unwrap_or_default();
    let r = &request.record;
    let prefix = match request.kind {
        RecordKind::Organisation => {
            format!(
                "/organisations/{}",
                place(r, &mut doc.organisations, |x| x.id.clone())?
            )
        }
        RecordKind::Person => format!("/people/{}", place(r, &mut doc.people, |x| x.id.clone())?),
        RecordKind::Body => format!("/bodies/{}", place(r, &mut doc.bodies, |x| x.id.clone())?),
        RecordKind::Meeting => format!(
            "/meetings/{}",
            place(r, &mut doc.meetings, |x| x.id.clone())?
        ),
        RecordKind::Action => format!("/actions/{}", place(r, &mut doc.actions, |x| x.id.clone())?),
        RecordKind::Risk => {
            let register = doc
                .risk_register
                .get_or_insert_with(|| crate::risk::RiskRegister {
                    title: None,
                    body: None,
                    matrix: crate::risk::Matrix::five_by_five(),
                    escalation_score: None,
                    top_band_review_days: None,
                    reviewed_on: None,
                    stated_counts: Vec::new(),
                    risks: Vec::new(),
                    extensions: Extensions::new(),
                });
            format!(
                "/risk_register/risks/{}",
                place(r, &mut register.risks, |x| x.id.clone())?
            )
        }
        RecordKind::Budget => {
            let i = place(r, &mut doc.budgets, |x: &crate::budget::Budget| {
                format!("{}|{}", x.body, x.year)
            })?;
            format!("/budgets/{i}")
        }
        RecordKind::Scorecard => {
            format!(
                "/scorecards/{}",
                place(r, &mut doc.scorecards, |x| x.id.clone())?
            )
        }
    };
    let full = doc.validate(&ValidateOptions {
        as_of: request.as_of,
    });
    let findings = full
        .findings
        .into_iter()
        .filter_map(|mut f| {
            let rest = f.path.strip_prefix(prefix.as_str())?;
            if rest.is_empty() || rest.starts_with('/') {
                f.path = rest.to_string();
                Some(f)
            } else {
                None
            }
        })
        .collect();
    Ok(Report { findings })
}
