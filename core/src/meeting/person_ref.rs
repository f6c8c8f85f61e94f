//! References to people as minutes write them (id, initials, the chair); their resolution
//! in a document is in `refs` (through the index).

use crate::Id;
use serde::{Deserialize, Serialize};

/// A reference to a person as a record writes it.
///
/// JSON: `{"person": "<id>"}`, `{"initials": "JR"}` (resolved against the meeting's
/// attendance and the body's members), `{"name": "Joanne Pellow"}` (the name as the paper
/// writes it, matched against people's names and aliases, or an office as written,
/// matched against people's `post` and `offices`) or `{"role": "chair"}`.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PersonRef {
    /// By id.
    Person(Id),
    /// By initials as written in the minutes.
    Initials(String),
    /// By name as written in the minutes (a person's name or one of their aliases), or by
    /// office for a person the paper names only by it (their `post` or `offices`).
    Name(String),
    /// By role on the body.
    Role(BodyRole),
}

/// A role on a body that minutes use in place of a name ("The Chair").
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BodyRole {
    /// The chair (the member with the independent-chair role).
    Chair,
}

/// What a [`PersonRef`] resolves to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Resolved {
    /// Exactly one person, by id.
    Person(Id),
    /// Nobody in scope.
    Nobody,
    /// More than one person in scope has these initials.
    Ambiguous(usize),
}
