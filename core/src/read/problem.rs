//! What went wrong while reading (the second pass), kept without any value from the
//! input: the problem, the path to it, and the boardkit error it becomes.

use super::message;
use super::Seg;
use crate::error::Error;
use serde::de::{self, Expected, Unexpected};
use std::fmt;

/// What went wrong while reading, without any value from the input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Problem {
    /// A value of the wrong kind; `need` is what the reader wanted (its `expecting`).
    WrongType { need: String },
    /// A value of the right kind out of the range of the field.
    OutOfRange { need: String },
    /// An enum value that is not one of `allowed`.
    UnknownVariant { allowed: &'static [&'static str] },
    /// A key the record does not have, reported at the record: the key as given (never
    /// shown: only for a caller that sets the field aside), its place among the record's
    /// keys in alphabetical order (1 for the first) once known, and the record's field
    /// it may be a misspelling of (a schema name), and whether the record has an
    /// `extensions` field (only then may a message point there).
    UnknownField {
        key: String,
        position: Option<usize>,
        suggestion: Option<&'static str>,
        extensions: bool,
    },
    /// A required field is missing.
    MissingField { field: &'static str },
    /// A key given twice.
    DuplicateField,
    /// A list of the wrong length.
    Length,
    /// A message from one of boardkit's own readers (already plain English).
    Message(String),
    /// A boardkit error carried out of a hand-written reader (see [`super::carry`]).
    Carried(Error),
}

/// A reading error: the problem and the path to it, innermost segment first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ReadError {
    pub(super) problem: Problem,
    pub(super) rev_path: Vec<Seg>,
}

impl ReadError {
    pub(super) fn new(problem: Problem) -> Self {
        ReadError {
            problem,
            rev_path: Vec::new(),
        }
    }

    pub(super) fn at(mut self, seg: Seg) -> Self {
        self.rev_path.push(seg);
        self
    }

    pub(super) fn wrong(need: &dyn Expected) -> Self {
        ReadError::new(Problem::WrongType {
            need: need.to_string(),
        })
    }

    /// The outermost key of the path, as given (a missing field of the outermost record
    /// counts as at its own key).
    pub(crate) fn top_key(&self) -> Option<String> {
        match (self.rev_path.last(), &self.problem) {
            (Some(Seg::Key(k)), _) => Some(k.clone()),
            (None, Problem::MissingField { field }) => Some((*field).to_string()),
            (None, Problem::UnknownField { key, .. }) => Some(key.clone()),
            _ => None,
        }
    }

    /// The boardkit error: the path as a JSON Pointer, the message in plain English.
    pub(crate) fn into_error(self) -> Error {
        let mut segs = self.rev_path;
        segs.reverse();
        let base = super::pointer(&segs);
        match self.problem {
            Problem::Carried(e) => e.within(&base),
            Problem::MissingField { field } => Error::Invalid {
                path: crate::pointer::Pointer::at(&base).field(field).into(),
                message: message::required(field),
            },
            problem => Error::Invalid {
                path: base,
                message: message_of(&problem),
            },
        }
    }
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&message_of(&self.problem))
    }
}

impl std::error::Error for ReadError {}

/// A boardkit error on its way out of a hand-written reader (see [`super::carry`]). Its
/// `Display` is only seen if it goes through another deserializer than [`Reader`].
pub(crate) struct Carried(pub Error);

impl fmt::Display for Carried {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Marker, then the error's fields; parsed back by `ReadError::custom`.
        write!(f, "{MARK}{}{MARK}{}", self.0.code(), self.0.path())?;
        let (found, text) = match &self.0 {
            Error::SchemaVersion { found, .. } => (*found, String::new()),
            e => (0, e.to_string()),
        };
        write!(f, "{MARK}{found}{MARK}{text}")
    }
}

const MARK: char = '\u{1}';

fn uncarry(text: &str) -> Option<Error> {
    let rest = text.strip_prefix(MARK)?;
    let mut parts = rest.splitn(4, MARK);
    let code = parts.next()?;
    let path = parts.next()?.to_string();
    let found: u64 = parts.next()?.parse().ok()?;
    let message = parts.next()?.to_string();
    Some(match code {
        "shape.schema_version" => Error::SchemaVersion {
            path,
            found,
            supported: crate::version::SCHEMA_VERSION,
        },
        "shape.config" => Error::Config { path, message },
        "shape.overflow" => Error::Overflow { path },
        _ => Error::Invalid { path, message },
    })
}

impl de::Error for ReadError {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        let text = msg.to_string();
        match uncarry(&text) {
            Some(e) => ReadError::new(Problem::Carried(e)),
            None => ReadError::new(Problem::Message(text)),
        }
    }
    fn invalid_type(_found: Unexpected<'_>, exp: &dyn Expected) -> Self {
        ReadError::wrong(exp)
    }
    fn invalid_value(found: Unexpected<'_>, exp: &dyn Expected) -> Self {
        match found {
            Unexpected::Unsigned(_) | Unexpected::Signed(_) | Unexpected::Float(_) => {
                ReadError::new(Problem::OutOfRange {
                    need: exp.to_string(),
                })
            }
            _ => ReadError::wrong(exp),
        }
    }
    fn invalid_length(_len: usize, _exp: &dyn Expected) -> Self {
        ReadError::new(Problem::Length)
    }
    fn unknown_variant(_variant: &str, expected: &'static [&'static str]) -> Self {
        ReadError::new(Problem::UnknownVariant { allowed: expected })
    }
    fn unknown_field(field: &str, expected: &'static [&'static str]) -> Self {
        ReadError::new(Problem::UnknownField {
            key: field.to_string(),
            position: None,
            suggestion: closest(field, expected),
            extensions: expected.contains(&"extensions"),
        })
    }
    fn missing_field(field: &'static str) -> Self {
        ReadError::new(Problem::MissingField { field })
    }
    fn duplicate_field(_field: &'static str) -> Self {
        ReadError::new(Problem::DuplicateField)
    }
}

/// The schema's field name `key` may be a misspelling of: the closest of `expected` when
/// it is close enough (Jaro-Winkler similarity above 0.8, as command-line tools suggest a
/// flag), never anything from the input.
fn closest(key: &str, expected: &'static [&'static str]) -> Option<&'static str> {
    if key.len() > super::MAX_NAMED_KEY {
        return None;
    }
    let lower = key.to_ascii_lowercase();
    let mut best: Option<(f64, &'static str)> = None;
    for name in expected {
        let score = strsim::jaro_winkler(&lower, name);
        if score > 0.8 && best.is_none_or(|(b, _)| score > b) {
            best = Some((score, name));
        }
    }
    best.map(|(_, name)| name)
}

/// The message for a reading problem.
pub(crate) fn message_of(problem: &Problem) -> String {
    match problem {
        Problem::WrongType { need } => message::need_words(need),
        Problem::OutOfRange { need } => message::range_words(need),
        Problem::UnknownVariant { allowed } => message::choose(allowed),
        Problem::UnknownField {
            position,
            suggestion,
            extensions,
            ..
        } => message::unknown_field(*position, *suggestion, *extensions),
        Problem::MissingField { field } => message::required(field),
        Problem::DuplicateField => message::DUPLICATE_KEY.to_string(),
        Problem::Length => "This list has the wrong number of items.".to_string(),
        Problem::Message(text) => message::trusted(text),
        Problem::Carried(e) => e.to_string(),
    }
}
