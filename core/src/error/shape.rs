//! The shape error itself (re-exported as [`crate::error::Error`]): the primitive every
//! layer returns, below the reader that makes most of them.

use serde::Serialize;

/// Why an input could not be read as a record, or an operation could not be carried out.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Error {
    /// The text is not JSON at all (a syntax error, or it ends early).
    #[error("{message} (line {line}, column {column})")]
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
    #[error("{message}")]
    Invalid {
        /// Pointer to the offending value.
        path: String,
        /// What went wrong, without quoting the input.
        message: String,
    },
    /// The input was empty.
    #[error("Nothing was given: enter the record.")]
    Empty {
        /// Always the root pointer `""`.
        path: String,
    },
    /// A `schema_version` this library cannot read.
    #[error("This document is written for another version of the format; this library reads schema_version 1 to {supported}.")]
    SchemaVersion {
        /// Pointer to `schema_version`.
        path: String,
        /// The version in the document.
        found: u64,
        /// The version this library reads.
        supported: u32,
    },
    /// A configuration (risk matrix, funding formula...) that cannot be used.
    #[error("{message}")]
    Config {
        /// Pointer to the offending part of the configuration.
        path: String,
        /// What is wrong with it.
        message: String,
    },
    /// Money arithmetic would overflow 64-bit pence.
    #[error("This amount is too large to work with.")]
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

    /// A configuration error at `path`. The message is written as a sentence (a
    /// capital first letter, a full stop at the end).
    pub fn config(path: impl Into<String>, message: impl Into<String>) -> Self {
        Error::Config {
            path: path.into(),
            message: sentence(message.into()),
        }
    }

    /// An invalid-value error at `path`. The message is written as a sentence (a capital
    /// first letter, a full stop at the end).
    pub fn invalid(path: impl Into<String>, message: impl Into<String>) -> Self {
        Error::Invalid {
            path: path.into(),
            message: sentence(message.into()),
        }
    }
}

/// `message` with a capital first letter and a full stop at the end.
fn sentence(mut message: String) -> String {
    if let Some(first) = message.chars().next() {
        if first.is_lowercase() {
            let upper: String = first.to_uppercase().collect();
            message.replace_range(..first.len_utf8(), &upper);
        }
    }
    if !message.ends_with(['.', ')', '?']) {
        message.push('.');
    }
    message
}
