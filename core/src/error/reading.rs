//! The entry points that read a record from JSON, kept at the error module's public path
//! (`error::from_json`, `error::from_value`) but built on the strict reader and its depth
//! limit (L1), so they live in this child module at the reader's layer.

use super::Error;
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
