//! Validating one record as a form does, and the rule that required text is not blank.
//!
//! A form sends one record (an action, a risk, a meeting...) with the board document it
//! belongs to. Every shape problem of the record is reported at once where reading can
//! go on (a bad optional field is set aside and the rest is read and checked), each as a
//! finding at its path relative to the record, beside the governance findings.

use crate::board::{Body, Organisation, Person};
use crate::date::Date;
use crate::document::{BoardDocument, ValidateOptions};
use crate::error::Error;
use crate::pointer::Pointer;
use crate::record::rules::blank_text::{blank, is_blank};
use crate::validate::{Finding, Report, Rule, Severity};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// A name, title or description that a record cannot do without is blank (the rule of
/// the unit `record/rules/blank_text.rs`, at its public path).
pub const BLANK_TEXT: Rule = crate::record::rules::blank_text::BLANK_TEXT;

/// Rules of this module, for the catalogue.
pub const RULES: &[&Rule] = &[&BLANK_TEXT];

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

impl RecordKind {
    /// The text fields a record of this kind cannot do without (checked by
    /// [`BLANK_TEXT`]).
    pub fn required_text(self) -> &'static [&'static str] {
        match self {
            RecordKind::Organisation | RecordKind::Person | RecordKind::Body => &["name"],
            RecordKind::Meeting | RecordKind::Risk | RecordKind::Scorecard => &["title"],
            RecordKind::Action => &["description"],
            RecordKind::Budget => &[],
        }
    }
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
    /// otherwise it is added (a new record). Absent: an empty document. An unusable risk
    /// matrix in it is an error, as when the document is read alone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context: Option<BoardDocument>,
    /// The date to judge "overdue" and "due for review" against.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_of: Option<Date>,
}

/// At most this many shape problems are reported for one record.
const MAX_PROBLEMS: usize = 64;

/// Capability: validate one record in the context of its board document, as a form does
/// while the user types. Returns only the findings about that record, with paths relative
/// to it (`/due`, `/owners/0/initials`; `""` for the record as a whole), so each message
/// can be shown beside its field.
///
/// A record that is not well formed is not an error: each shape problem comes back as a
/// finding with the shape error's code (`shape.invalid`...), severity error, its path and
/// message, all of them at once where reading can go on (a bad field is set aside and the
/// rest read again). When the rest can be read, the governance rules run on it (findings
/// about a field set aside are left out); when it cannot, blank required text is still
/// reported ([`BLANK_TEXT`]). A risk added to a context without a register is checked on
/// the common 5x5 matrix.
pub fn validate_record(request: &ValidateRecordRequest) -> Result<Report, Error> {
    let mut doc = request.context.clone().unwrap_or_default();
    let (reading, at) = read_place(request.kind, &request.record, &mut doc);
    let findings = findings_at(
        request.kind,
        &request.record,
        reading,
        at,
        &doc,
        request.as_of,
    );
    Ok(Report {
        findings,
        switched_off: Vec::new(),
        explained: Vec::new(),
    })
}

impl RecordKind {
    /// The JSON Pointer of the list records of this kind sit in (`/actions`).
    pub fn list_path(self) -> &'static str {
        match self {
            RecordKind::Organisation => "/organisations",
            RecordKind::Person => "/people",
            RecordKind::Body => "/bodies",
            RecordKind::Meeting => "/meetings",
            RecordKind::Action => "/actions",
            RecordKind::Risk => "/risk_register/risks",
            RecordKind::Budget => "/budgets",
            RecordKind::Scorecard => "/scorecards",
        }
    }
}

/// Read a record (collecting its shape problems) and put it into `doc`, replacing the
/// entry with its id or adding it; gives the position it took, `None` when it could not
/// be read.
pub(crate) fn read_place(
    kind: RecordKind,
    r: &Value,
    doc: &mut BoardDocument,
) -> (Reading, Option<usize>) {
    let mut reading = Reading::default();
    let at = match kind {
        RecordKind::Organisation => reading
            .read(r)
            .map(|x| place(x, &mut doc.organisations, |o: &Organisation| o.id.clone())),
        RecordKind::Person => reading
            .read(r)
            .map(|x| place(x, &mut doc.people, |p: &Person| p.id.clone())),
        RecordKind::Body => reading
            .read(r)
            .map(|x| place(x, &mut doc.bodies, |b: &Body| b.id.clone())),
        RecordKind::Meeting => reading.read(r).map(|x| {
            place(x, &mut doc.meetings, |m: &crate::meeting::Meeting| {
                m.id.clone()
            })
        }),
        RecordKind::Action => reading.read(r).map(|x| {
            place(x, &mut doc.actions, |a: &crate::action::Action| {
                a.id.clone()
            })
        }),
        RecordKind::Risk => reading.read(r).map(|x| {
            let register = doc.risk_register.get_or_insert_with(|| {
                crate::risk::RiskRegister::new(crate::risk::Matrix::five_by_five())
            });
            place(x, &mut register.risks, |r: &crate::risk::Risk| r.id.clone())
        }),
        RecordKind::Budget => reading.read(r).map(|x| {
            place(x, &mut doc.budgets, |b: &crate::budget::Budget| {
                format!("{}|{}", b.body, b.year)
            })
        }),
        RecordKind::Scorecard => reading.read(r).map(|x| {
            place(x, &mut doc.scorecards, |s: &crate::scorecard::Scorecard| {
                s.id.clone()
            })
        }),
    };
    (reading, at)
}

/// The findings about the record read by [`read_place`] (at position `at` of `doc`),
/// with paths relative to it: its shape problems, then the governance findings of
/// `doc` under it (leaving out those about fields set aside).
pub(crate) fn findings_at(
    kind: RecordKind,
    r: &Value,
    reading: Reading,
    at: Option<usize>,
    doc: &BoardDocument,
    as_of: Option<Date>,
) -> Vec<Finding> {
    findings_with(kind, r, reading, at, || {
        doc.validate(&ValidateOptions {
            as_of,
            ..Default::default()
        })
    })
}

/// [`findings_at`] with the document's validation given by `validate` (run only when the
/// record was placed in it).
pub(crate) fn findings_with(
    kind: RecordKind,
    r: &Value,
    reading: Reading,
    at: Option<usize>,
    validate: impl FnOnce() -> Report,
) -> Vec<Finding> {
    let mut findings = reading.problems;
    match at {
        Some(i) => {
            let prefix = Pointer::at(kind.list_path()).index(i);
            let full = validate();
            findings.extend(full.findings.into_iter().filter_map(|mut f| {
                let rest = f.path.strip_prefix(prefix.as_str())?;
                if !(rest.is_empty() || rest.starts_with('/')) {
                    return None;
                }
                let set_aside = reading.set_aside.iter().any(|k| {
                    let key = crate::read::pointer_key(k);
                    rest.strip_prefix('/').is_some_and(|r| under(r, key))
                });
                if set_aside {
                    return None;
                }
                f.path = rest.to_string();
                Some(f)
            }));
        }
        None => blank_in_value(kind, r, &mut findings),
    }
    findings
}

/// True when pointer `path` is `prefix` or below it.
fn under(path: &str, prefix: &str) -> bool {
    path == prefix
        || path
            .strip_prefix(prefix)
            .is_some_and(|rest| rest.starts_with('/'))
}

/// Put `record` into `list` (replacing the entry with its id) and give its index.
pub(crate) fn place<T>(record: T, list: &mut Vec<T>, id_of: impl Fn(&T) -> String) -> usize {
    let id = id_of(&record);
    match list.iter().position(|x| id_of(x) == id) {
        Some(i) => {
            if let Some(slot) = list.get_mut(i) {
                *slot = record;
            }
            i
        }
        None => {
            list.push(record);
            list.len().saturating_sub(1)
        }
    }
}

/// Reading one record, collecting every shape problem where reading can go on.
#[derive(Default)]
pub(crate) struct Reading {
    problems: Vec<Finding>,
    /// Top-level keys set aside (as given).
    set_aside: Vec<String>,
}

impl Reading {
    /// The shape problems found.
    pub(crate) fn into_problems(self) -> Vec<Finding> {
        self.problems
    }

    fn problem(&mut self, e: &Error) {
        self.problems.push(Finding {
            code: e.code().to_string(),
            severity: Severity::Error,
            path: e.path().to_string(),
            message: e.to_string(),
            setting: None,
            acknowledged: None,
        });
    }

    /// Read the record; on a problem at a top-level field, set the field aside and read
    /// again, so that every problem is reported. `None` when the rest cannot be read.
    fn read<T: DeserializeOwned>(&mut self, record: &Value) -> Option<T> {
        let Value::Object(_) = record else {
            self.problem(&Error::invalid("", crate::read::message::RECORD));
            return None;
        };
        let mut current = record.clone();
        while self.problems.len() < MAX_PROBLEMS {
            let (e, top) = match crate::read::from_value_located::<T>(&current) {
                Ok(t) => return Some(t),
                Err(located) => located,
            };
            // A field set aside and now missing: already reported.
            if let Some(k) = &top {
                if self.set_aside.contains(k) {
                    return None;
                }
            }
            self.problem(&e);
            let k = top?;
            let removed = current.as_object_mut().and_then(|o| o.remove(&k)).is_some();
            if !removed {
                return None;
            }
            self.set_aside.push(k);
        }
        None
    }
}

/// Blank required text in a record that could not be read.
fn blank_in_value(kind: RecordKind, record: &Value, out: &mut Vec<Finding>) {
    for field in kind.required_text() {
        if let Some(Value::String(s)) = record.get(field) {
            if is_blank(s) {
                out.push(blank(Pointer::root().field(field).into(), field));
            }
        }
    }
}
