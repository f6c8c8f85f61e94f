//! Reading a record from JSON, for `error::from_json` and `error::from_value` (defined in
//! `error.rs`, their public path, as calls of these): built on the strict reader and its
//! depth limit (L1), so it lives in this child module at the reader's layer.

use super::Error;
use serde::de::DeserializeOwned;

/// `error::from_json`: the depth limit, then the strict reader.
pub(super) fn from_json<T: DeserializeOwned>(text: &str) -> Result<T, Error> {
    // Nesting is bounded before typed reading, which nests one call per level: reading
    // then fits in a 64 KiB stack (see `depth`).
    crate::depth::check(text)?;
    crate::read::from_json(text)
}

/// `error::from_value`: the strict reader over a parsed value.
pub(super) fn from_value<T: DeserializeOwned>(value: serde_json::Value) -> Result<T, Error> {
    crate::read::from_value_ref(&value)
}
