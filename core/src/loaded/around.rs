//! What one action or meeting record's checks can look at, found in a loaded board
//! without scanning it: the look-ups are built once when the board is opened (and kept
//! up by each edit, see `filing`), and a record's neighbourhood is gathered from them in time proportional to
//! the record and what it refers to.
//!
//! The neighbourhood is a small board document holding every organisation and body
//! (few, whatever the size of the board; of each body only the members the record's
//! checks look up, see `members`), and of people, meetings and actions only those
//! the record names (by id, or people by initials), the meetings that raised the actions
//! gathered and the next meetings after them, the record's own body's meetings next to
//! it, and the actions sharing a ref with the record (with the meetings whose matters
//! arising name them). The governance rules run on it exactly as on the whole document.

use super::members::{body_with, BodyMembers};
use super::slots::Slots;
use crate::action::Action;
use crate::board::Headcount;
use crate::date::Date;
use crate::form::RecordKind;
use crate::meeting::{Meeting, MeetingStatus};
use crate::record::BoardDocument;
use serde_json::Value;
use std::collections::{BTreeSet, HashMap};

/// (body id, trimmed action ref).
pub(super) type RefKey = (String, String);

/// Look-ups over a board document, owned (no borrow of the document). They hold the
/// records' keys (see `slots`), not their positions: a removal changes only the entries
/// of the record removed.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Around {
    /// People by id, initials, name and aliases.
    pub(super) people: HashMap<String, Vec<usize>>,
    pub(super) meetings: HashMap<String, Vec<usize>>,
    pub(super) actions: HashMap<String, Vec<usize>>,
    /// Per body id, its meetings in (date, id) order.
    pub(super) by_body: HashMap<String, Vec<usize>>,
    /// Meetings whose matters arising name an action id.
    pub(super) arising_by_id: HashMap<String, Vec<usize>>,
    /// Meetings whose matters arising give a ref, per (their body, ref), by date.
    pub(super) arising_by_ref: HashMap<RefKey, Vec<(Date, usize)>>,
    /// Actions per (body of the meeting that raised them, ref), by date raised.
    pub(super) actions_by_ref: HashMap<RefKey, Vec<(Date, usize)>>,
    /// Per body (by position), look-ups over its members.
    pub(super) members: Vec<BodyMembers>,
    /// Actions by the meeting id that raised them (to find them when that meeting is
    /// added after them).
    pub(super) raised_at: HashMap<String, Vec<usize>>,
    /// The keys of the people, meetings and actions, in list order.
    pub(super) people_keys: Slots,
    pub(super) meeting_keys: Slots,
    pub(super) action_keys: Slots,
}

pub(super) fn push(map: &mut HashMap<String, Vec<usize>>, key: &str, i: usize) {
    match map.get_mut(key) {
        Some(v) => {
            if v.last() != Some(&i) {
                v.push(i);
            }
        }
        None => {
            map.insert(key.to_string(), vec![i]);
        }
    }
}

impl Around {
    /// Build the look-ups of a document: one pass, plus a sort per body.
    pub(crate) fn new(doc: &BoardDocument) -> Self {
        let mut a = Around {
            members: doc.bodies.iter().map(BodyMembers::new).collect(),
            people_keys: Slots::new(doc.people.len()),
            meeting_keys: Slots::new(doc.meetings.len()),
            action_keys: Slots::new(doc.actions.len()),
            ..Around::default()
        };
        for (i, p) in doc.people.iter().enumerate() {
            // By id, and by every form a reference can take: initials, name, aliases.
            push(&mut a.people, &p.id, i);
            for form in p.initial_forms().chain(p.name_forms()) {
                push(&mut a.people, form, i);
            }
        }
        for (i, m) in doc.meetings.iter().enumerate() {
            push(&mut a.meetings, &m.id, i);
            push(&mut a.by_body, &m.body, i);
            for ma in &m.matters_arising {
                if let Some(id) = &ma.action {
                    push(&mut a.arising_by_id, id, i);
                }
                let r = ma.action_ref.trim();
                if !r.is_empty() {
                    let v = a
                        .arising_by_ref
                        .entry((m.body.clone(), r.to_string()))
                        .or_default();
                    if v.last().map(|x| x.1) != Some(i) {
                        v.push((m.date, i));
                    }
                }
            }
        }
        for v in a.by_body.values_mut() {
            v.sort_by(|x, y| {
                let (mx, my) = (doc.meetings.get(*x), doc.meetings.get(*y));
                mx.map(|m| (m.date, &m.id))
                    .cmp(&my.map(|m| (m.date, &m.id)))
            });
        }
        for (i, act) in doc.actions.iter().enumerate() {
            push(&mut a.actions, &act.id, i);
            if let Some(id) = &act.raised_at {
                push(&mut a.raised_at, id, i);
            }
            if let Some(m) = a.raised_meeting(doc, act) {
                a.actions_by_ref
                    .entry((m.body.clone(), act.reference.trim().to_string()))
                    .or_default()
                    .push((m.date, i));
            }
        }
        for v in a
            .arising_by_ref
            .values_mut()
            .chain(a.actions_by_ref.values_mut())
        {
            v.sort_unstable();
        }
        a
    }

    /// The positions a person, meeting or action with id `id` may be at (empty for other
    /// kinds, which have no look-up; a person's look-up also holds initials and names, so
    /// the caller checks the id).
    pub(crate) fn candidates(&self, kind: RecordKind, id: &str) -> Vec<usize> {
        let (map, keys) = match kind {
            RecordKind::Person => (&self.people, &self.people_keys),
            RecordKind::Meeting => (&self.meetings, &self.meeting_keys),
            RecordKind::Action => (&self.actions, &self.action_keys),
            _ => return Vec::new(),
        };
        map.get(id)
            .map_or(Vec::new(), |v| keys.positions(v).collect())
    }

    /// The keys of `kind` (people, meetings, actions; else none).
    pub(super) fn keys(&self, kind: RecordKind) -> Option<&Slots> {
        match kind {
            RecordKind::Person => Some(&self.people_keys),
            RecordKind::Meeting => Some(&self.meeting_keys),
            RecordKind::Action => Some(&self.action_keys),
            _ => None,
        }
    }

    /// The keys of `kind`, to change (people, meetings, actions; else none).
    pub(super) fn keys_mut(&mut self, kind: RecordKind) -> Option<&mut Slots> {
        match kind {
            RecordKind::Person => Some(&mut self.people_keys),
            RecordKind::Meeting => Some(&mut self.meeting_keys),
            RecordKind::Action => Some(&mut self.action_keys),
            _ => None,
        }
    }

    /// The meeting positions of the keys under `id` in `map`.
    fn meetings_of<'a>(
        &'a self,
        map: &'a HashMap<String, Vec<usize>>,
        id: &str,
    ) -> impl Iterator<Item = usize> + 'a {
        let keys = map.get(id).map_or(&[][..], Vec::as_slice);
        self.meeting_keys.positions(keys)
    }

    /// The positions of the people under `s` (by id, initials or name).
    fn people_of<'a>(&'a self, s: &str) -> impl Iterator<Item = usize> + 'a {
        let keys = self.people.get(s).map_or(&[][..], Vec::as_slice);
        self.people_keys.positions(keys)
    }

    /// The positions of the actions under `id`.
    fn actions_of<'a>(&'a self, id: &str) -> impl Iterator<Item = usize> + 'a {
        let keys = self.actions.get(id).map_or(&[][..], Vec::as_slice);
        self.action_keys.positions(keys)
    }

    /// The (first) meeting with the action's `raised_at` id.
    pub(super) fn raised_meeting<'d>(
        &self,
        doc: &'d BoardDocument,
        act: &Action,
    ) -> Option<&'d Meeting> {
        let id = act.raised_at.as_deref()?;
        let first = self.meetings.get(id)?.first()?;
        doc.meetings.get(self.meeting_keys.at(*first)?)
    }

    /// The group of actions with ref `key` raised on `date`, what its matters arising
    /// can be: the meetings of the body giving the ref after `date` up to the next
    /// group's date, and that next group (so that later matters arising go to it).
    fn window(&self, key: &RefKey, date: Date, g: &mut Gathered) {
        let actions = self
            .actions_by_ref
            .get(key)
            .map(Vec::as_slice)
            .unwrap_or(&[]);
        let from = actions.partition_point(|(d, _)| *d < date);
        let after = actions.partition_point(|(d, _)| *d <= date);
        let next = actions.get(after).map(|(d, _)| *d);
        let upto = match next {
            Some(n) => actions.partition_point(|(d, _)| *d <= n),
            None => after,
        };
        let at = |x: &(Date, usize)| self.action_keys.at(x.1);
        g.actions
            .extend(actions.get(from..upto).unwrap_or(&[]).iter().filter_map(at));
        let meetings = self
            .arising_by_ref
            .get(key)
            .map(Vec::as_slice)
            .unwrap_or(&[]);
        let lo = meetings.partition_point(|(d, _)| *d <= date);
        let hi = match next {
            Some(n) => meetings.partition_point(|(d, _)| *d <= n),
            None => meetings.len(),
        };
        let at = |x: &(Date, usize)| self.meeting_keys.at(x.1);
        g.meetings
            .extend(meetings.get(lo..hi).unwrap_or(&[]).iter().filter_map(at));
    }

    /// The date of the latest group of actions with ref `key` raised before `date`.
    fn group_before(&self, key: &RefKey, date: Date) -> Option<Date> {
        let actions = self.actions_by_ref.get(key)?;
        let before = actions.partition_point(|(d, _)| *d < date);
        actions.get(before.checked_sub(1)?).map(|x| x.0)
    }

    /// An action of the board's timeline: the meetings naming it by id, and its group.
    fn timeline_of(&self, doc: &BoardDocument, i: usize, g: &mut Gathered) {
        let Some(a) = doc.actions.get(i) else {
            return;
        };
        g.meetings
            .extend(self.meetings_of(&self.arising_by_id, &a.id));
        if let Some(m) = self.raised_meeting(doc, a) {
            let key = (m.body.clone(), a.reference.trim().to_string());
            self.window(&key, m.date, g);
        }
    }

    /// The meetings of `body` on `date` and next to it: those before it back to the
    /// latest live one, and those after it up to the first live one.
    fn next_to(&self, doc: &BoardDocument, body: &str, date: Date, out: &mut BTreeSet<usize>) {
        let Some(list) = self.by_body.get(body) else {
            return;
        };
        // The list holds keys: each is read at its position.
        let keys = &self.meeting_keys;
        let date_of = |k: &usize| {
            keys.at(*k)
                .and_then(|i| doc.meetings.get(i))
                .map(|m| m.date)
        };
        let live = |i: usize| {
            doc.meetings
                .get(i)
                .is_some_and(|m| m.status != MeetingStatus::Cancelled)
        };
        let lo = list.partition_point(|k| date_of(k) < Some(date));
        let hi = list.partition_point(|k| date_of(k) <= Some(date));
        out.extend(keys.positions(list.get(lo..hi).unwrap_or(&[])));
        for i in keys.positions(list.get(hi..).unwrap_or(&[])) {
            out.insert(i);
            if live(i) {
                break;
            }
        }
        let before = list.get(..lo).unwrap_or(&[]);
        for i in before.iter().rev().filter_map(|k| keys.at(*k)) {
            out.insert(i);
            if live(i) {
                break;
            }
        }
    }

    /// The neighbourhood of a record (an action or a meeting, already read) in `doc`:
    /// the positions of the people, meetings and actions its checks can look at.
    fn gather(&self, doc: &BoardDocument, record: &Value, seed: Seed<'_>) -> Gathered {
        let mut g = Gathered::default();
        let mut strings = Vec::new();
        strings_of(record, &mut strings);
        let mut bodies: BTreeSet<&str> = BTreeSet::new();
        for s in &strings {
            g.people.extend(self.people_of(s));
            g.meetings.extend(self.meetings_of(&self.meetings, s));
            g.actions.extend(self.actions_of(s));
            if doc.bodies.iter().any(|b| b.id == *s) {
                bodies.insert(s);
            }
        }
        let mut dates: Vec<Date> = Vec::new();
        match seed {
            Seed::Action(a) => {
                // Its own group (its timeline's matters arising), and the meetings naming it.
                if let Some(m) = self.raised_meeting(doc, a) {
                    let key = (m.body.clone(), a.reference.trim().to_string());
                    self.window(&key, m.date, &mut g);
                }
                g.meetings
                    .extend(self.meetings_of(&self.arising_by_id, &a.id));
                // The meeting that raised it: its date, and its body.
                if let Some(m) = a
                    .raised_at
                    .as_deref()
                    .and_then(|id| self.meetings_of(&self.meetings, id).next())
                    .and_then(|i| doc.meetings.get(i))
                {
                    dates.push(m.date);
                    bodies.insert(m.body.as_str());
                }
            }
            Seed::Meeting(m) => {
                self.next_to(doc, &m.body, m.date, &mut g.meetings);
                self.arising_of(doc, m, &mut g);
                dates.push(m.date);
            }
        }
        // Each action gathered: the meeting that raised it (its date and body).
        let raised: Vec<usize> = g.actions.iter().copied().collect();
        for i in raised {
            if let Some(id) = doc.actions.get(i).and_then(|a| a.raised_at.as_deref()) {
                g.meetings.extend(self.meetings_of(&self.meetings, id));
            }
        }
        // The next meetings after the dates the due dates count from, of every body
        // named; and of the meetings gathered, their bodies' members and attendees.
        let mut next = BTreeSet::new();
        for b in &bodies {
            for d in &dates {
                self.next_to(doc, b, *d, &mut next);
            }
        }
        g.meetings.extend(next);
        // The people on the attendance lists of the meetings gathered.
        for m in g.meetings.iter().filter_map(|i| doc.meetings.get(*i)) {
            for at in &m.attendance {
                g.people.extend(self.people_of(&at.person));
            }
        }
        self.bound_members(doc, &strings, &mut g);
        g
    }

    /// The actions a meeting's matters arising apply to (by id, or by ref: the latest
    /// group with the ref raised before it), with their timelines.
    fn arising_of(&self, doc: &BoardDocument, m: &Meeting, g: &mut Gathered) {
        let mut targets: Vec<usize> = Vec::new();
        for ma in &m.matters_arising {
            if let Some(id) = &ma.action {
                targets.extend(self.actions_of(id));
            }
            let r = ma.action_ref.trim();
            if r.is_empty() {
                continue;
            }
            let key = (m.body.clone(), r.to_string());
            if let Some(d) = self.group_before(&key, m.date) {
                let group = self
                    .actions_by_ref
                    .get(&key)
                    .map(Vec::as_slice)
                    .unwrap_or(&[]);
                let lo = group.partition_point(|(x, _)| *x < d);
                let hi = group.partition_point(|(x, _)| *x <= d);
                let at = |x: &(Date, usize)| self.action_keys.at(x.1);
                targets.extend(group.get(lo..hi).unwrap_or(&[]).iter().filter_map(at));
            }
        }
        for i in targets {
            g.actions.insert(i);
            self.timeline_of(doc, i, g);
        }
    }

    /// The members of every body the record's checks can look at (see `members`), and
    /// their people. `g` holds the people named by the record and by the attendance of
    /// the meetings gathered.
    fn bound_members(&self, doc: &BoardDocument, strings: &[&str], g: &mut Gathered) {
        let named: Vec<&str> = g
            .people
            .iter()
            .filter_map(|i| doc.people.get(*i))
            .map(|p| p.id.as_str())
            .collect();
        let mut people: BTreeSet<&str> = BTreeSet::new();
        for (b, ix) in doc.bodies.iter().zip(&self.members) {
            let mut keep: BTreeSet<usize> = ix.first_of_roles().iter().copied().collect();
            for p in &named {
                keep.extend(ix.of_person(p));
            }
            for s in strings {
                keep.extend(ix.of_seat(s));
                for i in self.people_of(s) {
                    if let Some(p) = doc.people.get(i) {
                        keep.extend(ix.first_of(&p.id));
                    }
                }
            }
            // Every person kept keeps their first membership ("is a member").
            let firsts: Vec<usize> = keep
                .iter()
                .filter_map(|i| b.members.get(*i))
                .filter_map(|m| ix.first_of(&m.person))
                .collect();
            keep.extend(firsts);
            people.extend(
                keep.iter()
                    .filter_map(|i| b.members.get(*i))
                    .map(|m| m.person.as_str()),
            );
            g.members.push(keep);
        }
        for p in people {
            g.people.extend(self.people_of(p));
        }
    }

    /// How many count for each body's quorum on a day, over its whole membership list
    /// (by position in the board's bodies).
    pub(crate) fn headcounts(&self) -> impl Iterator<Item = &Headcount> {
        self.members.iter().map(BodyMembers::headcount)
    }

    /// The small document an action or meeting record is checked in (see the module
    /// documentation), with the map from its positions back to the board's.
    pub(crate) fn document(
        &self,
        doc: &BoardDocument,
        record: &Value,
        seed: Seed<'_>,
    ) -> (BoardDocument, Positions) {
        let g = self.gather(doc, record, seed);
        let people: Vec<usize> = g.people.iter().copied().collect();
        let meetings: Vec<usize> = g.meetings.iter().copied().collect();
        let actions: Vec<usize> = g.actions.iter().copied().collect();
        let mut sub = BoardDocument::new();
        sub.schema_version = doc.schema_version;
        sub.organisations = doc.organisations.clone();
        sub.bodies = doc
            .bodies
            .iter()
            .zip(&g.members)
            .map(|(b, keep)| body_with(b, keep))
            .collect();
        sub.people = people
            .iter()
            .filter_map(|i| doc.people.get(*i).cloned())
            .collect();
        sub.meetings = meetings
            .iter()
            .filter_map(|i| doc.meetings.get(*i).cloned())
            .collect();
        sub.actions = actions
            .iter()
            .filter_map(|i| doc.actions.get(*i).cloned())
            .collect();
        (
            sub,
            Positions {
                meetings,
                actions,
                board_meetings: doc.meetings.len(),
                board_actions: doc.actions.len(),
            },
        )
    }
}

/// The record a neighbourhood is gathered for.
#[derive(Clone, Copy)]
pub(crate) enum Seed<'r> {
    /// An action.
    Action(&'r Action),
    /// A meeting.
    Meeting(&'r Meeting),
}

#[derive(Default)]
struct Gathered {
    people: BTreeSet<usize>,
    meetings: BTreeSet<usize>,
    actions: BTreeSet<usize>,
    /// Per body (by position), the positions of the members kept.
    members: Vec<BTreeSet<usize>>,
}

/// Where the records of a neighbourhood sit in the board.
pub(crate) struct Positions {
    meetings: Vec<usize>,
    actions: Vec<usize>,
    board_meetings: usize,
    board_actions: usize,
}

impl Positions {
    /// The board position of the meeting at `i` of the neighbourhood (one past the end
    /// for a meeting added after them).
    pub(crate) fn meeting(&self, i: usize) -> usize {
        self.meetings.get(i).copied().unwrap_or(self.board_meetings)
    }

    /// The board position of the action at `i` of the neighbourhood.
    pub(crate) fn action(&self, i: usize) -> usize {
        self.actions.get(i).copied().unwrap_or(self.board_actions)
    }
}

/// Every string value inside a JSON value (not the keys), depth first.
fn strings_of<'v>(v: &'v Value, out: &mut Vec<&'v str>) {
    match v {
        Value::String(s) => out.push(s),
        Value::Array(xs) => xs.iter().for_each(|x| strings_of(x, out)),
        Value::Object(o) => o.values().for_each(|x| strings_of(x, out)),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    //! A body's members in a neighbourhood (see `members`).
    use super::{Around, Seed};
    use crate::index::Index;
    use crate::meeting::Meeting;
    use crate::record::BoardDocument;
    use serde_json::json;

    #[test]
    fn a_meeting_is_checked_with_the_members_it_names_not_the_whole_list() {
        let mut people = vec![json!({"id": "p-chair", "name": "Ann Chair", "initials": "AC"})];
        let mut members = vec![
            json!({"person": "p-chair", "category": "statutory", "role": "independent_chair"}),
        ];
        for i in 0..400 {
            people.push(json!({"id": format!("p{i}"), "name": format!("Member {i}"),
                               "initials": format!("M{i}")}));
            members.push(json!({"person": format!("p{i}"), "category": "statutory"}));
        }
        let doc: BoardDocument = serde_json::from_value(json!({
            "schema_version": 2, "people": people,
            "bodies": [{"id": "b", "name": "Board", "kind": "board", "members": members,
                        "constitution": {"quorum": {"min_voting_percent": 50}}}]
        }))
        .unwrap();
        let record = json!({
            "id": "m1", "body": "b", "title": "Board meeting", "date": "2020-01-01",
            "status": "held", "attendance": [{"person": "p7", "status": "present"}],
            "agenda": [{"number": "1", "title": "Welcome", "presenters": [{"initials": "M9"}]}]
        });
        let meeting: Meeting = serde_json::from_value(record.clone()).unwrap();
        let around = Around::new(&doc);
        let (sub, _) = around.document(&doc, &record, Seed::Meeting(&meeting));
        // The first of each role, the person it names, the member with its initials.
        let kept: Vec<&str> = sub.bodies[0]
            .members
            .iter()
            .map(|m| m.person.as_str())
            .collect();
        assert_eq!(kept, ["p-chair", "p7", "p9"]);
        assert_eq!(sub.people.len(), 3);
        // The quorum still counts the whole list.
        let ix = Index::new(&sub).with_headcounts(around.headcounts());
        let roll = ix.roll(&sub.bodies[0]).unwrap();
        assert_eq!(roll.count_on(meeting.known_date()), 401);
        assert_eq!(
            Index::new(&sub)
                .roll(&sub.bodies[0])
                .unwrap()
                .count_on(None),
            3
        );
    }
}
