//! The paths the reader writes: one step of a path while reading, and how a key shows in
//! a path or a message (itself when a short identifier, else withheld). Re-exported by
//! [`crate::read`]; a file of its own so the reader's parts share it without importing the
//! module that gathers them.

use super::names;

/// How a key that is not a short identifier shows in a path. A key that is a short
/// identifier is never `*`, so the placeholder cannot be mistaken for a real key.
pub const KEY_WITHHELD: &str = "*";

/// The longest key that may be named in a path or a message.
pub const MAX_NAMED_KEY: usize = 64;

/// True when `key` may be named in a path or message: 1 to 64 ASCII letters, digits,
/// `_` or `-`.
pub fn is_identifier(key: &str) -> bool {
    !key.is_empty()
        && key.len() <= MAX_NAMED_KEY
        && key
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
}

/// True when `key` is a field name of the schema (of any record or request): the keys a
/// path of the first pass (syntax, keys given twice) may name, as that pass does not yet
/// know which record it reads.
pub fn is_schema_name(key: &str) -> bool {
    names::SCHEMA_NAMES.binary_search(&key).is_ok()
}

/// A JSON Pointer for `segs` as the first pass gives it: keys that are not schema names
/// ([`is_schema_name`]) replaced by [`KEY_WITHHELD`] (a host's own key, or a misspelt one,
/// may be a name or a case number).
pub(crate) fn schema_pointer<'a>(segs: impl IntoIterator<Item = &'a Seg>) -> String {
    let mut out = String::new();
    for seg in segs {
        out.push('/');
        match seg {
            Seg::Index(i) => out.push_str(&i.to_string()),
            Seg::Key(k) if is_schema_name(k) => out.push_str(k),
            Seg::Key(_) => out.push_str(KEY_WITHHELD),
        }
    }
    out
}

/// One step of a path while reading.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Seg {
    /// An object key (as given: it is only shown when it is an identifier).
    Key(String),
    /// An array index.
    Index(usize),
}

/// A JSON Pointer for `segs` (outermost first), with keys that are not identifiers
/// replaced by [`KEY_WITHHELD`].
pub(crate) fn pointer<'a>(segs: impl IntoIterator<Item = &'a Seg>) -> String {
    let mut out = String::new();
    for seg in segs {
        out.push('/');
        match seg {
            Seg::Index(i) => out.push_str(&i.to_string()),
            Seg::Key(k) => out.push_str(pointer_key(k)),
        }
    }
    out
}

/// One object key as it shows in a path: itself when an identifier, else [`KEY_WITHHELD`].
pub(crate) fn pointer_key(key: &str) -> &str {
    if is_identifier(key) {
        key
    } else {
        KEY_WITHHELD
    }
}
