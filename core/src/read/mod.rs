//! Reading untrusted JSON into records, strictly, the same way from every binding.
//!
//! Reading happens in two passes:
//! 1. [`tree`] reads the text into a JSON tree, refusing what JSON allows but a record
//!    cannot mean: a key given twice in one object (anywhere, including inside
//!    `extensions` and inside a record checked on its own). Syntax errors carry the path
//!    of the value being read, so a broken escape is reported at its field.
//! 2. [`de`] reads the tree into the record type. Records must be JSON objects (an array
//!    is never read as a record), `null` in a field of a record means the field is absent
//!    (so absent, `null` and JavaScript's `undefined` mean the same for every optional
//!    field), and every value of one kind is read by one strict reader.
//!
//! Reading text ([`from_json`]) never holds a tree of the whole text: pass 1 only checks
//! ([`tree`]'s checker builds nothing), and pass 2 reads from a `lazy` node whose arrays
//! (two levels deep) stay text until each element is read (its own small tree, dropped
//! before the next).
//! Peak memory while reading is then about the record being made plus the text's array
//! slices (16 bytes an element), not the 12–23x the text a whole tree takes. Every error
//! is the one, at the path, line and column, that reading a whole tree gave, and errors
//! come in the same order: all of pass 1's (syntax, duplicate keys) before any of pass
//! 2's, and pass 2 meets elements in the order the tree reader did. Pinned by
//! `core/tests/read_lazy.rs`.
//!
//! Numbers: every number must read back as the number written, or it is refused at its
//! path (see `numbers`); a decimal's places are counted on the number as written, with
//! one message however many there are ([`message::DECIMAL`]). The exception is a host's
//! own data: an `extensions` object is kept as its text by the lazy node and read into
//! [`extension::Extensions`], every number as written (2^64, `1e400`, `0.10` stay so),
//! and written back byte for byte.
//!
//! Every error is an [`Error`] with a JSON Pointer `path` and a plain-English message for
//! a business-support officer (see [`message`]). Neither ever contains a value from the
//! input: a key the record does not have is never named (it is reported at the record,
//! by its place among the record's keys, with the schema's field it may be a misspelling
//! of); the first pass, which reads before it knows the record, names a key in a path only
//! when it is a schema name ([`is_schema_name`]), any other as [`KEY_WITHHELD`].
//!
//! ## One reader per kind of value
//!
//! | kind | JSON | accepted | refused (examples) | message |
//! |---|---|---|---|---|
//! | date | string | `YYYY-MM-DD` exactly, a real day ([`crate::date::parse_date`]) | `2017-2-1`, `" 2017-02-01"`, `2016-10-20 `, `+2017-01-01`, `2017-02-31` | [`message::DATE`] |
//! | month | string | `YYYY-MM` exactly ([`crate::date::YearMonth::parse`]) | `+017-01`, `2017-1`, `2017-13` | [`message::MONTH`] |
//! | time | string | `HH:MM`, 24-hour ([`crate::date::Time::parse`]) | `9:15`, `09:15:00`, `24:00` | [`message::TIME`] |
//! | due ("when") | string or object | a date, a month, `next_meeting`, `{"meeting": id}` | `2017-2`, `soon` | [`message::WHEN`] |
//! | money (pence) | integer | whole pence; fields that cannot be negative refuse `-1` ([`crate::budget::money::non_negative`]) | `1.5`, `-1` (where not allowed) | [`message::PENCE`], [`message::PENCE_NOT_NEGATIVE`] |
//! | money (text) | string | `£298,700`, `£298,700.50`, `-£49,000`, `298700` ([`crate::budget::Money::parse`]) | `£0,001`, `£1,2345`, `£1.234` | [`message::MONEY_TEXT`] |
//! | whole number | integer | within the field's range | `1.5`, `-1` where 0 or more is needed | "Enter a whole number ..." |

mod access;
pub mod de;
pub mod extension;
pub(crate) mod lazy;
pub mod message;
mod names;
pub(crate) mod numbers;
mod path;
mod problem;
mod source;
pub mod tree;

use crate::error::Error;
use serde::de::DeserializeOwned;

pub use path::{is_identifier, is_schema_name, KEY_WITHHELD, MAX_NAMED_KEY};
pub(crate) use path::{pointer, pointer_key, schema_pointer, Seg};

/// Read a record of type `T` from JSON text (see the module documentation).
pub fn from_json<T: DeserializeOwned>(text: &str) -> Result<T, Error> {
    if text.trim().is_empty() {
        return Err(Error::Empty {
            path: String::new(),
        });
    }
    // The text is checked whole (syntax, duplicate keys: the errors `tree::parse` gives,
    // in the same order), then read a part at a time (see `lazy`).
    tree::check(text)?;
    let node = lazy::build(text, 0).map_err(|e| lazy::syntax_at(text, text, &e))?;
    de::read_node(&node, text).map_err(|e| e.into_error())
}

/// Read a record of type `T` from an already-read JSON tree (with the strict rules of
/// [`de`]; the tree itself cannot hold a duplicate key).
pub fn from_value_ref<T: DeserializeOwned>(value: &serde_json::Value) -> Result<T, Error> {
    de::read(value).map_err(|e| e.into_error())
}

/// As [`from_value_ref`], also giving the key of the outermost object where the error
/// lies (as given, for a caller that removes it and reads again to find more problems).
pub(crate) fn from_value_located<T: DeserializeOwned>(
    value: &serde_json::Value,
) -> Result<T, (Error, Option<String>)> {
    de::read(value).map_err(|e| {
        let top = e.top_key();
        (e.into_error(), top)
    })
}

/// Carry a boardkit [`Error`] out of a hand-written `Deserialize` implementation: the
/// strict reader turns it back into the same error, with its path placed under the
/// path of the value being read (a matrix error inside a document keeps its
/// `/matrix/bands/0` under `/risk_register`).
pub(crate) fn carry<E: serde::de::Error>(error: Error) -> E {
    E::custom(de::Carried(error))
}
