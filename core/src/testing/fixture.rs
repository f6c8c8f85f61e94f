//! The fixture format, read strictly.

use crate::date::Date;
use crate::error::Error;
use crate::pointer::Pointer;
use crate::validate::Severity;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

fn yes() -> bool {
    true
}

/// One fixture: a document, the date it is checked as of, and the findings expected.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fixture {
    /// Unique across the corpus (`"action.due_before_raised breaks"`).
    pub name: String,
    /// The board document itself (schema_version 4)...
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document: Option<Map<String, Value>>,
    /// ...or the path of a file holding it, relative to the fixture file's folder.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document_file: Option<String>,
    /// The date the document is checked as of.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_of: Option<Date>,
    /// Keys set on the constitution of every body before checking.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub profile: Option<Map<String, Value>>,
    /// Only these rules are reported (codes of the catalogue).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub only: Option<Vec<String>>,
    /// The findings expected.
    pub expect: Vec<Expectation>,
    /// True: a finding no expectation matches is a failure. False: others are ignored.
    #[serde(default = "yes")]
    pub expect_exactly: bool,
    /// A form record (`{"kind": "action", ...}`) checked against the document as a
    /// loaded board; its findings are compared instead of the document's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub record: Option<Map<String, Value>>,
}

/// One expected finding: its code, and its path and severity when given.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Expectation {
    /// The rule's code.
    pub code: String,
    /// The JSON Pointer of the finding, when it must match.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// The finding's severity, when it must match.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub severity: Option<Severity>,
}

impl Fixture {
    /// True when the fixture names the rule, in `only` or in an expectation.
    pub fn mentions(&self, code: &str) -> bool {
        self.only.iter().flatten().any(|c| c == code) || self.expect.iter().any(|e| e.code == code)
    }
}

/// Read a fixture file's text: one fixture object, or an array of them. Errors name the
/// JSON Pointer of the bad value (`/2/only/0`), never the value.
pub fn read_fixtures(text: &str) -> Result<Vec<Fixture>, Error> {
    let value: Value = crate::error::from_json(text)?;
    match &value {
        Value::Array(items) => items
            .iter()
            .enumerate()
            .map(|(i, v)| one(v, Pointer::root().index(i).as_str()))
            .collect(),
        Value::Object(_) => Ok(vec![one(&value, "")?]),
        _ => Err(Error::invalid(
            "",
            "A fixture file holds one fixture object or an array of them, for example [{\"name\": \"quorum met\", \"document\": {...}, \"expect\": []}]",
        )),
    }
}

fn one(v: &Value, at: &str) -> Result<Fixture, Error> {
    let f: Fixture = crate::error::from_value(v.clone()).map_err(|e| e.within(at))?;
    match (&f.document, &f.document_file) {
        (Some(_), Some(_)) => {
            return Err(Error::invalid(
                Pointer::at(at).field("document_file"),
                "Give the document or a document_file, not both, for example \"document_file\": \"board.json\"",
            ))
        }
        (None, None) => {
            return Err(Error::invalid(
                at,
                "A fixture needs a document or a document_file, for example \"document_file\": \"board.json\"",
            ))
        }
        _ => {}
    }
    if f.name.trim().is_empty() {
        return Err(Error::invalid(
            Pointer::at(at).field("name"),
            "A fixture needs a name, for example \"name\": \"quorum met with a deputy\"",
        ));
    }
    for (i, code) in f.only.iter().flatten().enumerate() {
        if crate::catalogue::find(code).is_none() {
            return Err(unknown_code(Pointer::at(at).item("only", i).into()));
        }
    }
    for (i, e) in f.expect.iter().enumerate() {
        if crate::catalogue::find(&e.code).is_none() && !e.code.starts_with("shape.") {
            return Err(unknown_code(
                Pointer::at(at).item("expect", i).field("code").into(),
            ));
        }
    }
    Ok(f)
}

fn unknown_code(at: String) -> Error {
    Error::invalid(
        at,
        "No rule has this code: give a code of the rule catalogue (RULES.md), for example action.overdue",
    )
}
