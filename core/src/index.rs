//! Look-ups built once per document: records by id, people by initials, memberships
//! per body, meetings per body in date order. Records never import it; rules do.

use crate::board::{Body, Headcount, Member, Organisation, Person, VotingRoll};
use crate::meeting::Meeting;
use crate::record::BoardDocument;
use std::collections::BTreeSet;
// The index's maps and sets are keyed by ids from the host: foldhash's keyed fast hash
// (a per-process random seed), in place of std's slower SipHash.
use foldhash::{HashMap, HashMapExt, HashSet};

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
    /// Per initials (or alias), the ids of the people (the first with each id) who have
    /// them.
    initials: HashMap<&'a str, Vec<&'a str>>,
    /// Per name (or alias), the ids of the people (the first with each id) who have it.
    names: HashMap<&'a str, Vec<&'a str>>,
    /// Per body id (the first body with it), its members by person (the first
    /// membership of each person, as `Body::member` finds it).
    members: HashMap<&'a str, HashMap<&'a str, &'a Member>>,
    /// Per meeting of the document (by address), who is on its attendance list and,
    /// per initials, the ids of those of them with these initials.
    attendance: HashMap<*const Meeting, Attendees<'a>>,
    /// Per body id (the first body with it), per initials, its members (by person id)
    /// whose person has these initials.
    member_initials: HashMap<&'a str, ByInitials<'a>>,
    /// Per body id (the first body with it), per name (or alias), its members.
    member_names: HashMap<&'a str, ByInitials<'a>>,
    /// Per body of the document (by address), the ids of its groups: an owner naming a
    /// group is one look-up, not a scan of the body's groups.
    groups: HashMap<*const Body, HashSet<&'a str>>,
    /// Per body of the document with a constitution (by address), its voting roll: the
    /// quorum of each meeting is a few look-ups, not a scan of the membership history.
    rolls: HashMap<*const Body, VotingRoll<'a>>,
    /// Whether the document's risk register records any review date, frequency or
    /// limit: asked once here, not once per risk by the risk units.
    risk_reviews: bool,
}

/// The people a set of initials may stand for: how many, and the first in id order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Candidates<'a> {
    /// How many distinct person ids.
    pub count: usize,
    /// The first id in id order, when there is any.
    pub first: Option<&'a str>,
}

impl<'a> Candidates<'a> {
    fn of(set: Option<&BTreeSet<&'a str>>) -> Self {
        match set {
            Some(s) => Candidates {
                count: s.len(),
                first: s.first().copied(),
            },
            None => Candidates::default(),
        }
    }
}

/// Per initials, a set of person ids.
type ByInitials<'a> = HashMap<&'a str, BTreeSet<&'a str>>;

/// The ids each form of a person's initials (or name) names, in document order.
type Forms<'a> = HashMap<&'a str, Vec<&'a str>>;

/// One meeting's attendance list, indexed.
#[derive(Debug, Clone, Default)]
struct Attendees<'a> {
    people: HashSet<&'a str>,
    initials: ByInitials<'a>,
    names: ByInitials<'a>,
}

impl<'a> Index<'a> {
    /// Index a document.
    pub fn new(doc: &'a BoardDocument) -> Self {
        let (people, initials, names) = people_of(doc);
        let mut organisations = HashMap::with_capacity(doc.organisations.len());
        for o in &doc.organisations {
            organisations.entry(o.id.as_str()).or_insert(o);
        }
        let mut bodies = HashMap::with_capacity(doc.bodies.len());
        let mut members: HashMap<&'a str, HashMap<&'a str, &'a Member>> = HashMap::new();
        let mut groups = HashMap::with_capacity(doc.bodies.len());
        let mut rolls = HashMap::new();
        for b in &doc.bodies {
            if b.constitution.is_some() {
                rolls.insert(std::ptr::from_ref(b), VotingRoll::new(b));
            }
            groups.insert(
                std::ptr::from_ref(b),
                b.groups.iter().map(|g| g.id.as_str()).collect(),
            );
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
            names,
            members,
            attendance: HashMap::new(),
            member_initials: HashMap::new(),
            member_names: HashMap::new(),
            groups,
            rolls,
            risk_reviews: doc
                .risk_register
                .as_ref()
                .is_some_and(crate::risk::RiskRegister::records_reviews),
        }
        .with_attendance()
    }

    /// Index every meeting's attendance list and every body's members by initials.
    /// (Built here rather than on first use: a cell would make the index invariant in
    /// its lifetime.)
    fn with_attendance(mut self) -> Self {
        let mut all = HashMap::with_capacity(self.doc.meetings.len());
        for m in &self.doc.meetings {
            let mut at = Attendees::default();
            for a in &m.attendance {
                let id = a.person.as_str();
                if at.people.insert(id) {
                    if let Some(p) = self.person(id) {
                        for f in p.initial_forms() {
                            at.initials.entry(f).or_default().insert(id);
                        }
                        for f in p.name_forms() {
                            at.names.entry(f).or_default().insert(id);
                        }
                    }
                }
            }
            all.insert(std::ptr::from_ref(m), at);
        }
        let mut bodies: HashMap<&'a str, ByInitials<'a>> = HashMap::new();
        let mut body_names: HashMap<&'a str, ByInitials<'a>> = HashMap::new();
        for (b, by_person) in &self.members {
            let mut by: ByInitials<'a> = HashMap::new();
            let mut named: ByInitials<'a> = HashMap::new();
            for person in by_person.keys() {
                if let Some(p) = self.person(person) {
                    for f in p.initial_forms() {
                        by.entry(f).or_default().insert(person);
                    }
                    for f in p.name_forms() {
                        named.entry(f).or_default().insert(person);
                    }
                }
            }
            bodies.insert(b, by);
            body_names.insert(b, named);
        }
        self.attendance = all;
        self.member_initials = bodies;
        self.member_names = body_names;
        self
    }

    /// True when the body has a group with this id (a look-up for the document's own
    /// bodies, a scan of its groups for any other).
    pub fn has_group(&self, body: &Body, id: &str) -> bool {
        match self.groups.get(&std::ptr::from_ref(body)) {
            Some(ids) => ids.contains(id),
            None => body.groups.iter().any(|g| g.id == id),
        }
    }

    /// Count each body's quorum with the headcount of `counts` (by position in the
    /// document's bodies): for a loaded board's neighbourhood of a record, whose bodies
    /// hold only the members the record's checks look up, the headcount of the board's
    /// whole membership lists.
    pub(crate) fn with_headcounts(
        mut self,
        counts: impl IntoIterator<Item = &'a Headcount>,
    ) -> Self {
        for (b, c) in self.doc.bodies.iter().zip(counts) {
            if let Some(r) = self.rolls.get_mut(&std::ptr::from_ref(b)) {
                r.count_with(c);
            }
        }
        self
    }

    /// The voting roll of a body of the document with a constitution.
    pub fn roll(&self, body: &Body) -> Option<&VotingRoll<'a>> {
        self.rolls.get(&std::ptr::from_ref(body))
    }

    /// True when the person is on the meeting's attendance list (any status).
    pub fn attends(&self, meeting: &Meeting, person: &str) -> bool {
        match self.attendance.get(&std::ptr::from_ref(meeting)) {
            Some(at) => at.people.contains(person),
            None => meeting.attendance.iter().any(|x| x.person == person),
        }
    }

    /// How many ids on the meeting's attendance list have a person (the first with the
    /// id) with these initials, and the first of them in id order: constant time, however
    /// many share the initials.
    pub fn attendees_with_initials(&self, meeting: &Meeting, initials: &str) -> Candidates<'a> {
        match self.attendance.get(&std::ptr::from_ref(meeting)) {
            Some(at) => Candidates::of(at.initials.get(initials)),
            None => attendees_among(meeting, self.people_with_initials(initials)),
        }
    }

    /// How many members of the body (by person id) have a person with these initials,
    /// and the first of them in id order.
    pub fn members_with_initials(&self, body: &Body, initials: &str) -> Candidates<'a> {
        if !self.indexes(body) {
            return members_among(body, self.people_with_initials(initials));
        }
        let all = &self.member_initials;
        Candidates::of(all.get(body.id.as_str()).and_then(|by| by.get(initials)))
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

    /// Whether the document's risk register records any review date, frequency or
    /// limit (`false` without a register).
    pub(crate) fn risk_register_records_reviews(&self) -> bool {
        self.risk_reviews
    }

    /// The position in the action log of the (first) action with this id.
    pub fn action_index(&self, id: &str) -> Option<usize> {
        self.actions.get(id).copied()
    }

    /// True when the body is the document's own (the first with its id), so its members
    /// are in the index.
    fn indexes(&self, body: &Body) -> bool {
        matches!(self.bodies.get(body.id.as_str()), Some(first) if std::ptr::eq(*first, body))
    }

    /// The ids of the people with this name or alias (the first person of each id).
    pub fn people_named(&self, name: &str) -> &[&'a str] {
        self.names.get(name).map(Vec::as_slice).unwrap_or(&[])
    }

    /// How many ids on the meeting's attendance list have a person with this name or
    /// alias, and the first of them in id order.
    pub fn attendees_named(&self, meeting: &Meeting, name: &str) -> Candidates<'a> {
        match self.attendance.get(&std::ptr::from_ref(meeting)) {
            Some(at) => Candidates::of(at.names.get(name)),
            None => attendees_among(meeting, self.people_named(name)),
        }
    }

    /// How many members of the body have a person with this name or alias, and the first
    /// of them in id order.
    pub fn members_named(&self, body: &Body, name: &str) -> Candidates<'a> {
        if !self.indexes(body) {
            return members_among(body, self.people_named(name));
        }
        Candidates::of(
            self.member_names
                .get(body.id.as_str())
                .and_then(|by| by.get(name)),
        )
    }

    /// The ids of the people with these initials or alias (the first person of each id).
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

/// Of these people, those on the meeting's attendance list (for a meeting the index does
/// not hold: one pass over its list).
fn attendees_among<'a>(meeting: &Meeting, people: &[&'a str]) -> Candidates<'a> {
    let holders: HashSet<&'a str> = people.iter().copied().collect();
    let set: BTreeSet<&'a str> = meeting
        .attendance
        .iter()
        .filter_map(|a| holders.get(a.person.as_str()).copied())
        .collect();
    Candidates::of(Some(&set))
}

/// Of these people, the members of the body (for a body the index does not hold).
fn members_among<'a>(body: &Body, people: &[&'a str]) -> Candidates<'a> {
    let set: BTreeSet<&'a str> = people
        .iter()
        .copied()
        .filter(|h| body.member(h).is_some())
        .collect();
    Candidates::of(Some(&set))
}

/// People by id (the first of an id), and the ids each initials form and each name form
/// names.
fn people_of<'a>(doc: &'a BoardDocument) -> (HashMap<&'a str, &'a Person>, Forms<'a>, Forms<'a>) {
    let mut people = HashMap::with_capacity(doc.people.len());
    let mut initials: Forms<'a> = HashMap::new();
    let mut names: Forms<'a> = HashMap::new();
    for p in &doc.people {
        if let std::collections::hash_map::Entry::Vacant(e) = people.entry(p.id.as_str()) {
            e.insert(p);
            let id = p.id.as_str();
            for (map, forms) in [
                (&mut initials, p.initial_forms().collect::<Vec<_>>()),
                (&mut names, p.name_forms().collect()),
            ] {
                for f in forms {
                    let v = map.entry(f).or_default();
                    // A person whose alias repeats their own initials or name is
                    // listed once.
                    if !v.ends_with(&[id]) {
                        v.push(id);
                    }
                }
            }
        }
    }
    (people, initials, names)
}
