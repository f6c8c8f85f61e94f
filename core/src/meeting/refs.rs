//! Person references resolved in their document (through the index, so above the
//! records): the resolving functions of [`PersonRef`], and what a reference that does not
//! resolve to one person needs, which the meeting units and [`check_ref_in`] report.
//!
//! [`check_ref_in`]: super::check_ref_in

use super::*;
use crate::board::Body;
use crate::finding::{Report, Rule};
use crate::index::Index;
use crate::pointer::Pointer;
use crate::BoardDocument;

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

/// What a person reference that does not resolve to one person needs (one finding).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum RefFinding {
    /// An id that is not among the document's people.
    PersonUnknown,
    /// Initials matching nobody.
    InitialsUnresolved,
    /// Initials matching this many people.
    InitialsAmbiguous(usize),
    /// A name matching nobody.
    NameUnresolved,
    /// A name matching this many people.
    NameAmbiguous(usize),
    /// A role nobody holds.
    RoleUnresolved,
}

impl RefFinding {
    /// The finding a reference resolved as `resolved` needs; none when it is one person.
    pub(crate) fn of(r: &PersonRef, resolved: &Resolved) -> Option<RefFinding> {
        Some(match (resolved, r) {
            (Resolved::Person(_), _) => return None,
            (Resolved::Ambiguous(n), PersonRef::Name(_)) => RefFinding::NameAmbiguous(*n),
            (Resolved::Ambiguous(n), _) => RefFinding::InitialsAmbiguous(*n),
            (Resolved::Nobody, PersonRef::Person(_)) => RefFinding::PersonUnknown,
            (Resolved::Nobody, PersonRef::Initials(_)) => RefFinding::InitialsUnresolved,
            (Resolved::Nobody, PersonRef::Name(_)) => RefFinding::NameUnresolved,
            (Resolved::Nobody, PersonRef::Role(_)) => RefFinding::RoleUnresolved,
        })
    }

    /// The field of the reference the finding points at, under the reference's path.
    pub(crate) fn field(self) -> &'static str {
        match self {
            RefFinding::PersonUnknown => "person",
            RefFinding::InitialsUnresolved | RefFinding::InitialsAmbiguous(_) => "initials",
            RefFinding::NameUnresolved | RefFinding::NameAmbiguous(_) => "name",
            RefFinding::RoleUnresolved => "role",
        }
    }

    /// The code of the rule the finding is reported under.
    pub(crate) fn code(self) -> &'static str {
        match self {
            RefFinding::PersonUnknown => "board.unknown_reference",
            RefFinding::InitialsUnresolved => "meeting.initials_unresolved",
            RefFinding::InitialsAmbiguous(_) => "meeting.initials_ambiguous",
            RefFinding::NameUnresolved => "meeting.name_unresolved",
            RefFinding::NameAmbiguous(_) => "meeting.name_ambiguous",
            RefFinding::RoleUnresolved => "meeting.role_unresolved",
        }
    }

    /// Report the finding of the reference at `path`, if it has one and it is `rule`'s
    /// (the person-reference units' one check).
    pub(crate) fn report(finding: Option<RefFinding>, rule: &Rule, path: &str, out: &mut Report) {
        if let Some(f) = finding.filter(|f| f.code() == rule.code) {
            out.push(rule, Pointer::at(path).field(f.field()), f.message());
        }
    }

    /// The finding's message.
    pub(crate) fn message(self) -> String {
        match self {
            RefFinding::PersonUnknown => "This person is not in the document's people.".into(),
            RefFinding::InitialsUnresolved => "These initials match nobody in this meeting's attendance or the body's membership.".into(),
            RefFinding::InitialsAmbiguous(n) => format!("These initials match {n} people in this meeting's attendance and the body's membership."),
            RefFinding::NameUnresolved => "This name matches nobody's name, alias or office in the document's people (for example add \"J. Smith\" to the aliases of Jane Smith).".into(),
            RefFinding::NameAmbiguous(n) => format!("This name matches {n} people; give each a distinct alias or refer to the person by id."),
            RefFinding::RoleUnresolved => "No member of the body holds this role.".into(),
        }
    }
}
