//! Shape errors: the input is not a record boardkit can read.
//!
//! Every error carries `path`, a JSON Pointer (RFC 6901) to the offending value, so a
//! form can put the message beside the field. Messages never quote the value itself.

use serde::de::DeserializeOwned;
use serde::Serialize;

/// Why an input could not be read as a record, or an operation could not be carried out.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Error {
    /// The text is not JSON at all (a syntax error, or it ends early).
    #[error("malformed JSON at line {line}, column {column}: {message}")]
    Syntax {
        /// Pointer to the deepest value reached before the error.
        path: String,
        /// 1-based line of the error.
        line: usize,
        /// 1-based column of the error.
        column: usize,
        /// What went wrong, without quoting the input.
        message: String,
    },
    /// The JSON is well formed but a value has the wrong type or an unknown field,
    /// a required field is missing, or a value is out of range (31 February, negative pence).
    #[error("invalid value at {path}: {message}")]
    Invalid {
        /// Pointer to the offending value.
        path: String,
        /// What went wrong, without quoting the input.
        message: String,
    },
    /// The input was empty.
    #[error("empty input")]
    Empty {
        /// Always the root pointer `""`.
        path: String,
    },
    /// A `schema_version` this library cannot read.
    #[error("unsupported schema_version at {path}: found {found}, this library reads {supported}")]
    SchemaVersion {
        /// Pointer to `schema_version`.
        path: String,
        /// The version in the document.
        found: u64,
        /// The version this library reads.
        supported: u32,
    },
    /// A configuration (risk matrix, funding formula...) that cannot be used.
    #[error("invalid configuration at {path}: {message}")]
    Config {
        /// Pointer to the offending part of the configuration.
        path: String,
        /// What is wrong with it.
        message: String,
    },
    /// Money arithmetic would overflow 64-bit pence.
    #[error("amount out of range at {path}")]
    Overflow {
        /// Pointer to the amount whose arithmetic overflowed.
        path: String,
    },
}

impl Error {
    /// A stable machine-readable code for the kind of error (`shape.syntax`, ...).
    pub fn code(&self) -> &'static str {
        match self {
            Error::Syntax { .. } => "shape.syntax",
            Error::Invalid { .. } => "shape.invalid",
            Error::Empty { .. } => "shape.empty",
            Error::SchemaVersion { .. } => "shape.schema_version",
            Error::Config { .. } => "shape.config",
            Error::Overflow { .. } => "shape.overflow",
        }
    }

    /// The JSON Pointer of the offending value (`""` for the whole input).
    pub fn path(&self) -> &str {
        match self {
            Error::Syntax { path, .. }
            | Error::Invalid { path, .. }
            | Error::Empty { path }
            | Error::SchemaVersion { path, .. }
            | Error::Config { path, .. }
            | Error::Overflow { path } => path,
        }
    }

    /// The same error, with its path placed under `prefix` (a JSON Pointer): an error at
    /// `/date` inside the value found at `/record` becomes an error at `/record/date`.
    pub fn within(mut self, prefix: &str) -> Self {
        match &mut self {
            Error::Syntax { path, .. }
            | Error::Invalid { path, .. }
            | Error::Empty { path }
            | Error::SchemaVersion { path, .. }
            | Error::Config { path, .. }
            | Error::Overflow { path } => path.insert_str(0, prefix),
        }
        self
    }

    /// A configuration error at `path`.
    pub fn config(path: impl Into<String>, message: impl Into<String>) -> Self {
        Error::Config {
            path: path.into(),
            message: message.into(),
        }
    }

    /// An invalid-value error at `path`.
    pub fn invalid(path: impl Into<String>, message: impl Into<String>) -> Self {
        Error::Invalid {
            path: path.into(),
            message: message.into(),
        }
    }
}

/// Read any boardkit record from JSON text, reporting the JSON Pointer of a bad value.
///
/// Unknown fields are errors (nothing the caller gave is silently dropped).
pub fn from_json<T: DeserializeOwned>(text: &str) -> Result<T, Error> {
    if text.trim().is_empty() {
        return Err(Error::Empty {
            path: String::new(),
        });
    }
    // Nesting is bounded before typed reading, which nests one call per level: reading
    // then fits in a 64 KiB stack (see `depth`).
    crate::depth::check(text)?;
    let mut de = serde_json::Deserializer::from_str(text);
    let value: T = match serde_path_to_error::deserialize(&mut de) {
        Ok(v) => v,
        Err(e) => return Err(convert(e)),
    };
    if let Err(e) = de.end() {
        return Err(Error::Syntax {
            path: String::new(),
            line: e.line(),
            column: e.column(),
            message: "trailing characters after the JSON value".into(),
        });
    }
    Ok(value)
}

/// Read any boardkit record from an already-parsed JSON value.
pub fn from_value<T: DeserializeOwned>(value: serde_json::Value) -> Result<T, Error> {
    serde_path_to_error::deserialize(value).map_err(|e| {
        let path = pointer(e.path());
        let message = redact(&e.inner().to_string());
        schema_version_error(&path, &message).unwrap_or(Error::Invalid { path, message })
    })
}

/// A wrong `schema_version` (rejected by the document's own deserializer, wherever the
/// document is embedded) becomes [`Error::SchemaVersion`].
fn schema_version_error(path: &str, message: &str) -> Option<Error> {
    if !path.ends_with("/schema_version") {
        return None;
    }
    let rest = message.strip_prefix(crate::record::SCHEMA_VERSION_MESSAGE)?;
    let found = rest.trim_start().split(';').next()?.trim().parse().ok()?;
    Some(Error::SchemaVersion {
        path: path.to_string(),
        found,
        supported: crate::record::SCHEMA_VERSION,
    })
}

fn convert(e: serde_path_to_error::Error<serde_json::Error>) -> Error {
    let path = pointer(e.path());
    let inner = e.inner();
    let message = redact(&strip_position(&inner.to_string()));
    if let Some(err) = schema_version_error(&path, &message) {
        return err;
    }
    match inner.classify() {
        serde_json::error::Category::Syntax | serde_json::error::Category::Eof => Error::Syntax {
            path,
            line: inner.line(),
            column: inner.column(),
            message,
        },
        _ => Error::Invalid { path, message },
    }
}

/// Turn a serde_path_to_error path into a JSON Pointer.
pub(crate) fn pointer(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut out = String::new();
    for seg in path.iter() {
        match seg {
            Segment::Seq { index } => {
                out.push('/');
                out.push_str(&index.to_string());
            }
            Segment::Map { key } => {
                out.push('/');
                out.push_str(&key.replace('~', "~0").replace('/', "~1"));
            }
            Segment::Enum { .. } | Segment::Unknown => {}
        }
    }
    out
}

fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message.get(..i).unwrap_or(message).to_string(),
        None => message.to_string(),
    }
}

/// Remove quoted values from a serde message so that no free text from the record is
/// echoed back (`invalid type: string "Jane's notes"` becomes `invalid type: string`).
/// Field and variant names, which serde quotes with backticks, are kept: they are part
/// of the schema, not of the record.
pub(crate) fn redact(message: &str) -> String {
    let mut out = String::with_capacity(message.len());
    let mut in_quote = false;
    for ch in message.chars() {
        if ch == '"' {
            if in_quote {
                out.push_str("(value withheld)");
            }
            in_quote = !in_quote;
            continue;
        }
        if !in_quote {
            out.push(ch);
        }
    }
    let mut out = out.replace("string (value withheld)", "a string");
    // serde quotes an unknown enum value with backticks: that value is record text.
    const VARIANT: &str = "unknown variant `";
    if let Some(start) = out.find(VARIANT) {
        let rest = start + VARIANT.len();
        if let Some(len) = out.get(rest..).and_then(|r| r.find('`')) {
            out.replace_range(start..rest + len + 1, "unknown variant (value withheld)");
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn redact_removes_quoted_values() {
        let m = redact("invalid type: string \"Child A at school\", expected u32");
        assert!(!m.contains("Child A"), "{m}");
        assert!(m.contains("expected u32"));
    }

    #[test]
    fn redact_removes_unknown_variant_values() {
        let m = redact("unknown variant `Mrs Smith`, expected one of `present`, `absent`");
        assert!(!m.contains("Smith"), "{m}");
        assert!(m.contains("expected one of `present`"), "{m}");
    }

    #[test]
    fn empty_input_is_an_error() {
        let e = from_json::<serde_json::Value>("  ").unwrap_err();
        assert_eq!(e.code(), "shape.empty");
    }

    #[test]
    fn trailing_garbage_is_an_error() {
        let e = from_json::<serde_json::Value>("{} x").unwrap_err();
        assert_eq!(e.code(), "shape.syntax");
    }
}
