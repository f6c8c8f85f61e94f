//! Look-ups built once per document: records by id, people by initials, memberships
//! per body, meetings per body in date order. Records never import it; rules do.

use crate::board::{Body, Member, Organisation, Person};
use crate::meeting::Meeting;
use crate::record::BoardDocument;
use std::collections::HashMap;

/// An index of a board document's records by id, built once in one pass so that rule
/// checks and queries look records up in constant time rather than scanning the lists.
///
/// Its look-ups have the names and meaning of [`BoardDocument`]'s (the first record with
/// an id wins, as in the document's own look-ups), and it dereferences to the document,
/// so fields read as before.
#[derive(Debug, Clone)]
pub struct Index<'a> {
    doc: &'a BoardDocument,
    people: HashMap<&'a str, &'a Person>,
    organisations: HashMap<&'a str, &'a Organisation>,
    bodies: HashMap<&'a str, &'a Body>,
    meetings: HashMap<&'a str, &'a Meeting>,
    actions: HashMap<&'a str, usize>,
    /// Per body id, its meetings in (date, id) order.
    by_body: HashMap<&'a str, Vec<&'a Meeting>>,
    /// Per initials, the ids of the people (the first with each id) who have them.
    initials: HashMap<&'a str, Vec<&'a str>>,
    /// Per body id (the first body with it), its members by person (the first
    /// membership of each person, as `Body::member` finds it).
    members: HashMap<&'a str, HashMap<&'a str, &'a Member>>,
}

impl<'a> Index<'a> {
    /// Index a document.
    pub fn new(doc: &'a BoardDocument) -> Self {
        let mut people = HashMap::with_capacity(doc.people.len());
        let mut initials: HashMap<&'a str, Vec<&'a str>> = HashMap::new();
        for p in &doc.people {
            if let std::collections::hash_map::Entry::Vacant(e) = people.entry(p.id.as_str()) {
                e.insert(p);
                if let Some(ini) = p.initials.as_deref() {
                    initials.entry(ini).or_default().push(p.id.as_str());
                }
            }
        }
        let mut organisations = HashMap::with_capacity(doc.organisations.len());
        for o in &doc.organisations {
            organisations.entry(o.id.as_str()).or_insert(o);
        }
        let mut bodies = HashMap::with_capacity(doc.bodies.len());
        let mut members: HashMap<&'a str, HashMap<&'a str, &'a Member>> = HashMap::new();
        for b in &doc.bodies {
            if let std::collections::hash_map::Entry::Vacant(e) = bodies.entry(b.id.as_str()) {
                e.insert(b);
                let mut by_person = HashMap::with_capacity(b.members.len());
                for m in &b.members {
                    by_person.entry(m.person.as_str()).or_insert(m);
                }
                members.insert(b.id.as_str(), by_person);
            }
        }
        let mut meetings = HashMap::with_capacity(doc.meetings.len());
        let mut by_body: HashMap<&'a str, Vec<&'a Meeting>> = HashMap::new();
        for m in &doc.meetings {
            meetings.entry(m.id.as_str()).or_insert(m);
            by_body.entry(m.body.as_str()).or_default().push(m);
        }
        for v in by_body.values_mut() {
            // Stable, as BoardDocument::meetings_of.
            v.sort_by(|a, b| (a.date, &a.id).cmp(&(b.date, &b.id)));
        }
        let mut actions = HashMap::with_capacity(doc.actions.len());
        for (i, a) in doc.actions.iter().enumerate() {
            actions.entry(a.id.as_str()).or_insert(i);
        }
        Index {
            doc,
            people,
            organisations,
            bodies,
            meetings,
            actions,
            by_body,
            initials,
            members,
        }
    }

    /// The document indexed.
    pub fn document(&self) -> &'a BoardDocument {
        self.doc
    }

    /// A person by id.
    pub fn person(&self, id: &str) -> Option<&'a Person> {
        self.people.get(id).copied()
    }

    /// An organisation by id.
    pub fn organisation(&self, id: &str) -> Option<&'a Organisation> {
        self.organisations.get(id).copied()
    }

    /// A body by id.
    pub fn body(&self, id: &str) -> Option<&'a Body> {
        self.bodies.get(id).copied()
    }

    /// A meeting by id.
    pub fn meeting(&self, id: &str) -> Option<&'a Meeting> {
        self.meetings.get(id).copied()
    }

    /// A body's membership of a person, as [`Body::member`] finds it (indexed when the
    /// body is the document's body of that id).
    pub fn member<'b>(&self, body: &'b Body, person: &str) -> Option<&'b Member>
    where
        'a: 'b,
    {
        match self.bodies.get(body.id.as_str()) {
            Some(first) if std::ptr::eq(*first, body) => self
                .members
                .get(body.id.as_str())
                .and_then(|by_person| by_person.get(person).copied()),
            _ => body.member(person),
        }
    }

    /// The position in the action log of the (first) action with this id.
    pub fn action_index(&self, id: &str) -> Option<usize> {
        self.actions.get(id).copied()
    }

    /// The ids of the people with these initials (the first person of each id).
    pub fn people_with_initials(&self, initials: &str) -> &[&'a str] {
        self.initials
            .get(initials)
            .map(Vec::as_slice)
            .unwrap_or(&[])
    }

    /// The meetings of a body, in date order, without copying.
    pub fn meetings_of_slice(&self, body: &str) -> &[&'a Meeting] {
        self.by_body.get(body).map(Vec::as_slice).unwrap_or(&[])
    }

    /// The meetings of a body, in date order.
    pub fn meetings_of(&self, body: &str) -> Vec<&'a Meeting> {
        self.meetings_of_slice(body).to_vec()
    }

    /// The first meeting of the same body strictly after `meeting` (by date).
    pub fn next_meeting_after(&self, meeting: &Meeting) -> Option<&'a Meeting> {
        let list = self.meetings_of_slice(&meeting.body);
        let from = list.partition_point(|m| m.date <= meeting.date);
        list.get(from..)?
            .iter()
            .copied()
            .find(|m| m.status != crate::meeting::MeetingStatus::Cancelled)
    }
}

impl std::ops::Deref for Index<'_> {
    type Target = BoardDocument;

    fn deref(&self) -> &BoardDocument {
        self.doc
    }
}
