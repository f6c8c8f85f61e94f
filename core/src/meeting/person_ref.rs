//! References to people as minutes write them (id, initials, the chair) and their resolution.

use super::*;
use crate::board::Body;
use crate::index::Index;
use crate::{BoardDocument, Id};
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

/// Resolve a person reference in the scope of a meeting: its attendance list first,
/// then the members of its body.
pub fn resolve(doc: &BoardDocument, meeting: &Meeting, r: &PersonRef) -> Resolved {
    resolve_in_meeting(&Index::new(doc), meeting, r)
}

/// [`resolve`] through an index of the document.
pub fn resolve_in_meeting(ix: &Index<'_>, meeting: &Meeting, r: &PersonRef) -> Resolved {
    let body = ix.body(&meeting.body);
    resolve_indexed(ix, body, Some(meeting), r)
}

/// Resolve a person reference in the scope of a body (its members) and, when given, a
/// meeting (its attendance list). Initials are matched exactly (minutes tell "SC" from
/// "SCh"), against the attendance list first and the membership second; a person's
/// aliases count as their initials. A name is matched exactly against people's names and
/// aliases: the attendance list first, then the membership, then everyone in the
/// document.
pub fn resolve_in(
    doc: &BoardDocument,
    body: Option<&Body>,
    meeting: Option<&Meeting>,
    r: &PersonRef,
) -> Resolved {
    resolve_indexed(&Index::new(doc), body, meeting, r)
}

/// [`resolve_in`] through an index of the document (what the rule checks use for every
/// reference).
pub fn resolve_indexed(
    ix: &Index<'_>,
    body: Option<&Body>,
    meeting: Option<&Meeting>,
    r: &PersonRef,
) -> Resolved {
    match r {
        PersonRef::Person(id) => match ix.person(id) {
            Some(_) => Resolved::Person(id.clone()),
            None => Resolved::Nobody,
        },
        PersonRef::Role(BodyRole::Chair) => match body.and_then(|b| b.chair()) {
            Some(m) => Resolved::Person(m.person.clone()),
            None => Resolved::Nobody,
        },
        PersonRef::Initials(ini) => {
            // The attendance list maps initials to people first; the body's membership
            // is consulted only when nobody at the meeting has these initials. Both
            // are looked up in the index (built once per document), not scanned.
            let mut hits = match meeting {
                Some(m) => ix.attendees_with_initials(m, ini),
                None => Default::default(),
            };
            if hits.count == 0 {
                if let Some(b) = body {
                    hits = ix.members_with_initials(b, ini);
                }
            }
            from_candidates(hits)
        }
        PersonRef::Name(name) => {
            let mut hits = match meeting {
                Some(m) => ix.attendees_named(m, name),
                None => Default::default(),
            };
            if hits.count == 0 {
                if let Some(b) = body {
                    hits = ix.members_named(b, name);
                }
            }
            if hits.count == 0 {
                let all = ix.people_named(name);
                hits = crate::index::Candidates {
                    count: all.len(),
                    first: all.first().copied(),
                };
            }
            from_candidates(hits)
        }
    }
}

fn from_candidates(hits: crate::index::Candidates<'_>) -> Resolved {
    match (hits.count, hits.first) {
        (0, _) | (1, None) => Resolved::Nobody,
        (1, Some(id)) => Resolved::Person(id.to_string()),
        (n, _) => Resolved::Ambiguous(n),
    }
}
