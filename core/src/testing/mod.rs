//! Testing a board's governance rules in isolation: fixtures that pin the findings a
//! document (or a form record checked against it) must give, as `cedar run-tests` or
//! `opa test` do for policies.
//!
//! A fixture file holds one fixture object or an array of them (the format is in
//! `tests/conformance/README.md`). Fixtures are read strictly: an unknown field, both or
//! neither of `document` and `document_file`, an unknown rule code in `only` or `expect`
//! are errors naming the JSON Pointer of the bad value, never quoting it.
//!
//! The core reads no file: [`run_fixtures_with`] takes a loader for `document_file`;
//! [`run_fixtures`] is the same with a loader that reads files relative to a folder, or
//! none (a host with no files, C or JS: `document_file` is then an error and the host
//! inlines the document in `document`).

mod coverage;
mod fixture;
mod matching;

pub use coverage::{coverage, RuleCoverage};
pub use fixture::{read_fixtures, Expectation, Fixture};
pub use matching::{FixtureResult, Unexpected};

use crate::error::Error;
use crate::form::RecordKind;
use crate::pointer::Pointer;
use crate::validate::{Report, ValidateOptions};
use crate::{Board, BoardDocument};
use serde_json::{Map, Value};
use std::path::Path;

/// Run one fixture (a JSON object; an array is refused, see [`run_fixtures`]).
/// `document_file` is read relative to `base_dir`; with no `base_dir` it is an error.
pub fn run_fixture(fixture_json: &str, base_dir: Option<&Path>) -> Result<FixtureResult, Error> {
    let value: Value = crate::error::from_json(fixture_json)?;
    if !value.is_object() {
        return Err(Error::invalid(
            "",
            "A fixture is a JSON object with a name, a document and what to expect, for example {\"name\": \"quorum met\", \"document\": {...}, \"expect\": []}",
        ));
    }
    let mut results = run_fixtures(fixture_json, base_dir)?;
    results
        .pop()
        .ok_or_else(|| Error::invalid("", "The fixture could not be run"))
}

/// Run every fixture of a fixture file's text (one object or an array), in order.
pub fn run_fixtures(text: &str, base_dir: Option<&Path>) -> Result<Vec<FixtureResult>, Error> {
    run_fixtures_with(text, &mut |at, file| load_file(base_dir, at, file))
}

/// As [`run_fixtures`], with the host's own loader for `document_file`: it is given the
/// pointer of the field (for its error) and the file's name, and returns the document's
/// text.
pub fn run_fixtures_with(
    text: &str,
    load: &mut dyn FnMut(&str, &str) -> Result<String, Error>,
) -> Result<Vec<FixtureResult>, Error> {
    let fixtures = read_fixtures(text)?;
    let many = text.trim_start().starts_with('[');
    let mut out = Vec::with_capacity(fixtures.len());
    for (i, f) in fixtures.iter().enumerate() {
        let at = if many {
            Pointer::root().index(i).into()
        } else {
            String::new()
        };
        out.push(run(f, &at, load)?);
    }
    Ok(out)
}

fn load_file(base_dir: Option<&Path>, at: &str, file: &str) -> Result<String, Error> {
    let Some(dir) = base_dir else {
        return Err(Error::invalid(
            Pointer::at(at).field("document_file"),
            "This host reads no files: put the board document itself in the fixture's document field, for example \"document\": {\"schema_version\": 4}",
        ));
    };
    std::fs::read_to_string(dir.join(file)).map_err(|_| {
        Error::invalid(
            Pointer::at(at).field("document_file"),
            "The document this names could not be read: give a path relative to the fixture's folder, for example ../../../examples/data/leicester-lscb.json",
        )
    })
}

/// Run one read fixture; `at` is its pointer in its file (`""` or `/N`), for errors.
pub fn run(
    f: &Fixture,
    at: &str,
    load: &mut dyn FnMut(&str, &str) -> Result<String, Error>,
) -> Result<FixtureResult, Error> {
    let (mut value, prefix) = match (&f.document, &f.document_file) {
        (Some(d), _) => (
            Value::Object(d.clone()),
            Pointer::at(at).field("document").into(),
        ),
        (None, Some(file)) => {
            let text = load(at, file)?;
            let v: Value = crate::error::from_json(&text).map_err(|e| in_file(at, e))?;
            (v, String::new())
        }
        (None, None) => return Err(Error::invalid(at, "A fixture needs a document")),
    };
    if let Some(profile) = &f.profile {
        apply_profile(&mut value, profile);
    }
    let text = serde_json::to_string(&value).unwrap_or_default();
    let doc = BoardDocument::from_json(&text).map_err(|e| {
        if prefix.is_empty() {
            in_file(at, e)
        } else {
            e.within(&prefix)
        }
    })?;
    let options = ValidateOptions {
        as_of: f.as_of,
        explain: false,
        only: f.only.clone(),
    };
    let report = match &f.record {
        None => doc.validate(&options),
        Some(record) => check_record(doc, record, &options, at)?,
    };
    Ok(matching::compare(f, report.findings))
}

/// An error in a document read from `document_file`: reported at the field, with the
/// pointer inside that document in the message (pointers name schema fields only).
fn in_file(at: &str, e: Error) -> Error {
    let why = e.to_string();
    Error::invalid(
        Pointer::at(at).field("document_file"),
        format!(
            "The document this names is not a board document ({} at {}): correct it, or name another",
            why.trim_end_matches('.'),
            if e.path().is_empty() { "its top" } else { e.path() }
        ),
    )
}

/// Set the profile's keys on the constitution of every body (a body without one gets one).
fn apply_profile(doc: &mut Value, profile: &Map<String, Value>) {
    let Some(bodies) = doc.get_mut("bodies").and_then(Value::as_array_mut) else {
        return;
    };
    for body in bodies.iter_mut().filter_map(Value::as_object_mut) {
        let c = body
            .entry("constitution")
            .or_insert_with(|| Value::Object(Map::new()));
        if !c.is_object() {
            *c = Value::Object(Map::new());
        }
        if let Some(c) = c.as_object_mut() {
            for (k, v) in profile {
                c.insert(k.clone(), v.clone());
            }
        }
    }
}

/// The findings of a form record checked against the document as a loaded board.
fn check_record(
    doc: BoardDocument,
    record: &Map<String, Value>,
    options: &ValidateOptions,
    at: &str,
) -> Result<Report, Error> {
    let mut fields = record.clone();
    let kind_at: String = Pointer::at(at).field("record").field("kind").into();
    let kind = fields.remove("kind").ok_or_else(|| {
        Error::invalid(
            kind_at.clone(),
            "A record needs its kind, for example \"kind\": \"action\"",
        )
    })?;
    let kind: RecordKind = serde_json::from_value(kind).map_err(|_| {
        Error::invalid(
            kind_at,
            "The kind is one of organisation, person, body, meeting, action, risk, budget or scorecard, for example \"kind\": \"action\"",
        )
    })?;
    let mut report = Board::new(doc).validate_record(kind, &Value::Object(fields), options.as_of);
    crate::premise::keep_only(&mut report, options);
    Ok(report)
}
