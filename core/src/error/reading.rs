//! Reading a record from JSON (`error::from_json` and `error::from_value`, re-exported at
//! that public path): built on the strict reader and its depth limit (L1), so it lives in
//! this child module at the reader's layer, and the error type in its sibling `shape`.

use super::shape::Error;
use serde::de::DeserializeOwned;

/// Read any boardkit record from JSON text, strictly (see [`crate::read`]): a key given
/// twice, an array where a record belongs, a date not written `YYYY-MM-DD`... are errors
/// with the JSON Pointer of the bad value and a plain-English message.
///
/// Unknown fields are errors (nothing the caller gave is silently dropped).
pub fn from_json<T: DeserializeOwned>(text: &str) -> Result<T, Error> {
    // Nesting is bounded before typed reading, which nests one call per level: reading
    // then fits in a 64 KiB stack (see `depth`).
    crate::depth::check(text)?;
    crate::read::from_json(text)
}

/// Read any boardkit record from an already-parsed JSON value, with the same strict
/// rules as [`from_json`].
pub fn from_value<T: DeserializeOwned>(value: serde_json::Value) -> Result<T, Error> {
    crate::read::from_value_ref(&value)
}
