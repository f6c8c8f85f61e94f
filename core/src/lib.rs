//! # boardkit
//!
//! The governance records of multi-agency partnership boards (safeguarding children and
//! adults boards, improvement boards and their sub-groups) as typed Rust records, with the
//! rules a board's business unit checks by hand today.
//!
//! Two kinds of failure are kept apart:
//! * [`Error`]: the input is not a record at all (bad JSON, a wrong type, an unknown
//!   field, 31 February). It carries the JSON Pointer of the offending value.
//! * [`validate::Report`]: the record is well formed but breaks a governance rule. Each
//!   [`validate::Finding`] has a stable code from the [`catalogue`], a severity, a JSON
//!   Pointer and a message that never quotes free text from the record.
//!
//! The core does no I/O and knows nothing of C or JavaScript; `boardkit-ffi` and
//! `boardkit-wasm` only translate.
#![forbid(unsafe_code)]
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing,
        clippy::unreachable,
        clippy::todo
    )
)]
#![warn(missing_docs)]

pub mod action;
pub mod board;
pub mod budget;
pub mod catalogue;
pub mod challenge;
pub mod citation;
pub mod clock;
pub mod date;
pub mod depth;
pub mod document;
pub mod error;
pub mod form;
pub mod index;
pub mod loaded;
pub mod meeting;
pub mod pointer;
pub mod premise;
mod profile;
pub mod public;
pub mod read;
pub mod record;
pub mod registry;
pub mod report;
pub mod risk;
pub mod scorecard;
pub mod statutory;
pub mod testing;
pub mod unit;
pub mod upgrade;
pub mod validate;
// The findings as plain data, below the records (re-exported by `validate`).
mod code;
mod finding;
mod version;
mod words;

pub use error::Error;
pub use loaded::Board;
pub use record::{BoardDocument, SCHEMA_VERSION};
pub use validate::{Finding, Report, Rule, Severity};

/// An identifier chosen by the host system (case-management id, spreadsheet row key...).
/// References between records are by id and are checked.
pub type Id = String;

/// Free-form data a host keeps on a record through a round trip. boardkit never reads it,
/// but it is read as strictly as the rest: a key given twice inside it is an error. Its
/// numbers are kept as written (see [`extension`]).
pub use read::extension::{self as extension, Extensions};

/// The library version (the crate version).
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// The README's Rust example is compiled and run as a doc test, so it cannot rot.
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
pub struct ReadmeDoctests;
