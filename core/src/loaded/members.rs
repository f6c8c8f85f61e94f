//! The memberships of a body a record's checks can look at, found without walking the
//! body's whole membership history (a board keeps its former members on the list, so the
//! list grows with the years).
//!
//! The rules read a body's members in five ways, and each is kept exactly:
//! - the first member with a role (the chair): the first member of every role is kept;
//! - a person's membership (the first, or the first current on a meeting's date): every
//!   membership of the people the neighbourhood names is kept, and of every person kept,
//!   their first membership;
//! - the members with some initials, name or alias (how many, whatever their dates): for
//!   each string of the record, the first membership of every member who has it;
//! - who held a named seat on a meeting's date: for each string of the record, every
//!   membership holding a seat of that id;
//! - how many count for the quorum on a meeting's date: the rules count with the
//!   headcount of the body's whole list, built when the board is loaded
//!   ([`Headcount`]), not with the members kept.
//!
//! The members kept stay in list order, so every "first" look-up finds what it finds on
//! the whole list.

use crate::board::{Body, Headcount};
use std::collections::{BTreeSet, HashMap};

/// Look-ups over one body's membership list, by position.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct BodyMembers {
    /// Per person id, the positions of their memberships, in list order.
    by_person: HashMap<String, Vec<usize>>,
    /// The first position of each role held on the body.
    first_of_role: Vec<usize>,
    /// Per seat id, the positions of the memberships holding it.
    by_seat: HashMap<String, Vec<usize>>,
    /// How many count for the quorum on a day, over the whole list.
    headcount: Headcount,
}

impl BodyMembers {
    /// Index a body's members: O(m log m).
    pub(crate) fn new(body: &Body) -> Self {
        let mut by_person: HashMap<String, Vec<usize>> = HashMap::new();
        let mut roles = Vec::new();
        let mut first_of_role = Vec::new();
        let mut by_seat: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, m) in body.members.iter().enumerate() {
            by_person.entry(m.person.clone()).or_default().push(i);
            if let Some(seat) = &m.seat {
                by_seat.entry(seat.clone()).or_default().push(i);
            }
            if let Some(r) = m.role {
                if !roles.contains(&r) {
                    roles.push(r);
                    first_of_role.push(i);
                }
            }
        }
        BodyMembers {
            by_person,
            first_of_role,
            by_seat,
            headcount: Headcount::of(body),
        }
    }

    /// Every membership of the person.
    pub(crate) fn of_person(&self, person: &str) -> &[usize] {
        self.by_person.get(person).map(Vec::as_slice).unwrap_or(&[])
    }

    /// The first membership of the person.
    pub(crate) fn first_of(&self, person: &str) -> Option<usize> {
        self.of_person(person).first().copied()
    }

    /// The first member of each role.
    pub(crate) fn first_of_roles(&self) -> &[usize] {
        &self.first_of_role
    }

    /// Every membership holding the seat.
    pub(crate) fn of_seat(&self, seat: &str) -> &[usize] {
        self.by_seat.get(seat).map(Vec::as_slice).unwrap_or(&[])
    }

    /// How many count for the quorum on a day, over the whole list.
    pub(crate) fn headcount(&self) -> &Headcount {
        &self.headcount
    }
}

/// Copy a body with only the members at `keep` (in list order).
pub(crate) fn body_with(body: &Body, keep: &BTreeSet<usize>) -> Body {
    Body {
        id: body.id.clone(),
        name: body.name.clone(),
        kind: body.kind,
        reports_to: body.reports_to.clone(),
        members: keep
            .iter()
            .filter_map(|i| body.members.get(*i).cloned())
            .collect(),
        seats: body.seats.clone(),
        named_seats: body.named_seats.clone(),
        groups: body.groups.clone(),
        constitution: body.constitution.clone(),
        history: body.history.clone(),
        statutory: body.statutory.clone(),
        extensions: body.extensions.clone(),
    }
}
