//! The board document: everything a board's business unit keeps, in one JSON record.

use crate::date::Date;
use crate::error::Error;
use crate::validate::Report;
use crate::{Extensions, Id};
use serde::{Deserialize, Serialize};

use crate::index::Index;
pub use crate::record::{BoardDocument, OLDEST_SCHEMA_VERSION, SCHEMA_VERSION};
pub use crate::validate::ValidateOptions;

impl BoardDocument {
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

    /// The version of the document that may be published: everything tied to confidential
    /// material withheld, as [`crate::public`] defines it (confidential items and what is
    /// beneath them, declarations about them, the actions and risks they raised, later
    /// references to them, item-only attendees, and all of a wholly confidential meeting
    /// except that it took place). [`crate::public::Confidentiality::of`] decides.
    pub fn public_version(&self) -> BoardDocument {
        crate::public::Confidentiality::of(self).apply(self)
    }

    /// Check every governance rule and return the findings.
    pub fn validate(&self, options: &ValidateOptions) -> Report {
        let mut report = Report::new();
        let ix = Index::new(self);
        crate::board::check(&ix, &mut report);
        crate::meeting::check(&ix, options, &mut report);
        crate::action::check(&ix, options, &mut report);
        crate::risk::check(&ix, options, &mut report);
        crate::budget::check(&ix, options, &mut report);
        crate::scorecard::check(&ix, options, &mut report);
        crate::profile::apply(&ix, &mut report);
        report
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
    Ok(Report {
        findings,
        switched_off: Vec::new(),
    })
}
