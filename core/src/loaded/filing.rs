//! Keeping a loaded board's look-ups right through an edit, touching only what the edit
//! touches.
//!
//! The look-ups hold each record's key (see `slots`), which stays with it while positions
//! move, until the removed records' places are dropped together and every look-up is
//! renumbered (`compact`). A record is *filed* (its entries, under its key, put into every look-up that
//! holds it) and *unfiled* (those entries taken out), each in O(log n) searches plus
//! moving the entries after it in the lists it is in. An insert gives the new record a
//! key and files it; a replace takes out the entries of the old record the new one does
//! not have and puts in those it adds (a replace that keeps the keys touches nothing); a
//! removal unfiles the record removed and marks its place dead: no record after it
//! moves, so no other entry changes, wherever the record was. Whatever the order of edits, the look-ups, read by position, equal those
//! [`Around::new`] builds from the document (pinned by the tests of `edit`).

use super::around::{push, Around, RefKey};
use super::members::BodyMembers;
use super::slots::{renumber, Renumbering, Slots};
use crate::date::Date;
use crate::form::RecordKind;
use crate::record::BoardDocument;
use std::collections::HashMap;

/// Put `x` into the sorted list `v`, once.
fn insert_sorted(v: &mut Vec<(Date, usize)>, x: (Date, usize)) {
    if let Err(at) = v.binary_search(&x) {
        v.insert(at, x);
    }
}

/// Take `x` out of the sorted list under `key`, dropping the list when it empties.
fn remove_sorted(map: &mut HashMap<RefKey, Vec<(Date, usize)>>, key: &RefKey, x: (Date, usize)) {
    if let Some(v) = map.get_mut(key) {
        if let Ok(at) = v.binary_search(&x) {
            v.remove(at);
        }
        if v.is_empty() {
            map.remove(key);
        }
    }
}

/// Put position `i` into the ascending list under `key`, once.
fn insert_at(map: &mut HashMap<String, Vec<usize>>, key: &str, i: usize) {
    match map.get_mut(key) {
        Some(v) => {
            if let Err(at) = v.binary_search(&i) {
                v.insert(at, i);
            }
        }
        None => push(map, key, i),
    }
}

/// Take position `i` out of the ascending list under `key`, dropping the list when it
/// empties.
fn remove_at(map: &mut HashMap<String, Vec<usize>>, key: &str, i: usize) {
    if let Some(v) = map.get_mut(key) {
        if let Ok(at) = v.binary_search(&i) {
            v.remove(at);
        }
        if v.is_empty() {
            map.remove(key);
        }
    }
}

impl Around {
    /// The look-ups after the record of `kind` at `i`, the last of its list, was added to
    /// `doc`. Equal to [`Around::new`] of the document.
    pub(crate) fn added(&mut self, doc: &BoardDocument, kind: RecordKind, i: usize) {
        match kind {
            RecordKind::Body => {
                if let Some(b) = doc.bodies.get(i) {
                    self.members.push(BodyMembers::new(b));
                }
            }
            _ => {
                if let Some(keys) = self.keys_mut(kind) {
                    if keys.len() <= i {
                        keys.push();
                    }
                }
                self.file(doc, kind, i)
            }
        }
    }

    /// The look-ups after the record of `kind` at `i` of `doc` was replaced: `swap`
    /// exchanges the new record in `doc` with the old one (called twice: the old is read
    /// in place, then the new put back). Only the entries that differ change, so a
    /// replace that keeps a record's keys moves nothing.
    pub(crate) fn replaced(
        &mut self,
        doc: &mut BoardDocument,
        kind: RecordKind,
        i: usize,
        swap: &mut dyn FnMut(&mut BoardDocument),
    ) {
        if kind == RecordKind::Body {
            if let (Some(b), Some(slot)) = (doc.bodies.get(i), self.members.get_mut(i)) {
                *slot = BodyMembers::new(b);
            }
            return;
        }
        let new = self.entries(doc, kind, i);
        swap(doc);
        let old = self.entries(doc, kind, i);
        // A meeting moved to another body or date moves the actions it raised (when it
        // is the first with its id): out under the old place, back under the new.
        let body = |es: &[Entry]| es.iter().find(|e| matches!(e, Entry::Body(..))).cloned();
        let first = match body(&old) != body(&new) {
            true => self.first_meeting(doc, kind, i, false).map(String::from),
            false => None,
        };
        if let Some(id) = &first {
            self.refile_raised(doc, id, false);
        }
        swap(doc);
        for e in minus(&old, &new) {
            self.take(doc, e);
        }
        for e in minus(&new, &old) {
            self.put(doc, e);
        }
        if let Some(id) = &first {
            self.refile_raised(doc, id, true);
        }
    }

    /// Before the record of `kind` at `r` is taken out of `doc` (which still holds it):
    /// unfile it and drop its key. The records after it keep theirs.
    pub(crate) fn before_removal(&mut self, doc: &BoardDocument, kind: RecordKind, r: usize) {
        match kind {
            RecordKind::Body => {
                if r < self.members.len() {
                    self.members.remove(r);
                }
            }
            _ => {
                if r < list_len(doc, kind) {
                    self.unfile(doc, kind, r);
                }
                if let Some(keys) = self.keys_mut(kind) {
                    keys.remove(r);
                }
            }
        }
    }

    /// Put the record of `kind` at `i` of `doc` into the look-ups that hold it.
    fn file(&mut self, doc: &BoardDocument, kind: RecordKind, i: usize) {
        // Becoming the first meeting with its id gives the actions raised at it their
        // body and date: they leave the look-up by ref under the former first, if any.
        let first = self.first_meeting(doc, kind, i, true);
        if let Some(id) = first {
            self.refile_raised(doc, id, false);
        }
        for e in self.entries(doc, kind, i) {
            self.put(doc, e);
        }
        if let Some(id) = first {
            self.refile_raised(doc, id, true);
        }
    }

    /// Take the record of `kind` at `i` of `doc` out of the look-ups that hold it.
    fn unfile(&mut self, doc: &BoardDocument, kind: RecordKind, i: usize) {
        let first = self.first_meeting(doc, kind, i, false);
        if let Some(id) = first {
            self.refile_raised(doc, id, false);
        }
        // A removed action's key is left under the meeting that raised it (dropped with
        // the dead places, see `compact`): that list holds every action raised at the
        // meeting, and every other reader of it skips a dead key.
        let kept = |e: &Entry| !matches!(e, Entry::Key(Map::RaisedAt, ..));
        for e in self.entries(doc, kind, i).into_iter().filter(kept) {
            self.take(doc, e);
        }
        if let Some(id) = first {
            self.refile_raised(doc, id, true);
        }
    }

    /// `doc` (a copy of the stored document) without the removed records.
    pub(crate) fn without_removed(&self, doc: &mut BoardDocument) {
        self.people_keys.retain_live(&mut doc.people);
        self.meeting_keys.retain_live(&mut doc.meetings);
        self.action_keys.retain_live(&mut doc.actions);
    }

    /// How many removed records the stored lists still hold.
    pub(crate) fn gone(&self) -> usize {
        self.people_keys.gone() + self.meeting_keys.gone() + self.action_keys.gone()
    }

    /// Drop the dead places: of every list of `doc` (`Some`) whose dead places are at
    /// least as many as its live ones (`every`: of every list), or (`None`: the caller's
    /// document holds no removed record) of every list's keys; the look-ups holding the
    /// keys are renumbered (see `slots`). O(n) for n places and the look-ups' entries,
    /// after at least n / 2 removals (or a read of the whole document, itself O(n)).
    pub(crate) fn compact(&mut self, mut doc: Option<&mut BoardDocument>, every: bool) {
        let every = every || doc.is_none();
        let due = |s: &Slots| s.gone() > 0 && (every || 2 * s.gone() >= s.len());
        if due(&self.people_keys) {
            let people = &mut self.people;
            let renumber = |r: &Renumbering| renumber_all(people, r, |k| k);
            match doc.as_deref_mut() {
                Some(doc) => self.people_keys.compact_list(&mut doc.people, renumber),
                None => self.people_keys.compact(renumber),
            }
        }
        if due(&self.meeting_keys) {
            let (by_id, by_body, arising) = (
                &mut self.meetings,
                &mut self.by_body,
                &mut self.arising_by_id,
            );
            let by_ref = &mut self.arising_by_ref;
            let renumber = |r: &Renumbering| {
                for map in [by_id, by_body, arising] {
                    renumber_all(map, r, |k| k);
                }
                renumber_all(by_ref, r, |x| &mut x.1);
            };
            match doc.as_deref_mut() {
                Some(doc) => self.meeting_keys.compact_list(&mut doc.meetings, renumber),
                None => self.meeting_keys.compact(renumber),
            }
        }
        if due(&self.action_keys) {
            // The list under the meeting that raised them still holds removed actions'
            // keys (see `unfile`): renumbering drops them.
            let (by_id, raised_at) = (&mut self.actions, &mut self.raised_at);
            let by_ref = &mut self.actions_by_ref;
            let renumber = |r: &Renumbering| {
                for map in [by_id, raised_at] {
                    renumber_all(map, r, |k| k);
                }
                renumber_all(by_ref, r, |x| &mut x.1);
            };
            match doc {
                Some(doc) => self.action_keys.compact_list(&mut doc.actions, renumber),
                None => self.action_keys.compact(renumber),
            }
        }
    }

    /// For a meeting at `i` that is (`becomes` false) or becomes (`becomes` true) the
    /// first with its id: that id.
    fn first_meeting<'d>(
        &self,
        doc: &'d BoardDocument,
        kind: RecordKind,
        i: usize,
        becomes: bool,
    ) -> Option<&'d str> {
        let m = doc
            .meetings
            .get(i)
            .filter(|_| kind == RecordKind::Meeting)?;
        let k = self.meeting_keys.key(i);
        let first = self.meetings.get(&m.id).and_then(|v| v.first());
        let is = if becomes {
            first.is_none_or(|f| *f > k)
        } else {
            first == Some(&k)
        };
        is.then_some(m.id.as_str())
    }

    /// Every look-up entry of the record of `kind` at `i` of `doc` (under its key),
    /// sorted, once each.
    fn entries(&self, doc: &BoardDocument, kind: RecordKind, i: usize) -> Vec<Entry> {
        let mut out = Vec::new();
        let k = self.keys(kind).map_or(usize::MAX, |keys| keys.key(i));
        match kind {
            RecordKind::Person => {
                if let Some(p) = doc.people.get(i) {
                    out.push(Entry::Key(Map::People, p.id.clone(), k));
                    for form in p.initial_forms().chain(p.name_forms()) {
                        out.push(Entry::Key(Map::People, form.to_string(), k));
                    }
                }
            }
            RecordKind::Meeting => {
                if let Some(m) = doc.meetings.get(i) {
                    out.push(Entry::Key(Map::Meetings, m.id.clone(), k));
                    out.push(Entry::Body(m.body.clone(), m.date, m.id.clone(), k));
                    for ma in &m.matters_arising {
                        if let Some(id) = &ma.action {
                            out.push(Entry::Key(Map::ArisingById, id.clone(), k));
                        }
                        let r = ma.action_ref.trim();
                        if !r.is_empty() {
                            let key = (m.body.clone(), r.to_string());
                            out.push(Entry::Dated(Dated::Arising, key, m.date, k));
                        }
                    }
                }
            }
            RecordKind::Action => {
                if let Some(act) = doc.actions.get(i) {
                    out.push(Entry::Key(Map::Actions, act.id.clone(), k));
                    if let Some(id) = &act.raised_at {
                        out.push(Entry::Key(Map::RaisedAt, id.clone(), k));
                    }
                    if let Some(m) = self.raised_meeting(doc, act) {
                        let key = (m.body.clone(), act.reference.trim().to_string());
                        out.push(Entry::Dated(Dated::Actions, key, m.date, k));
                    }
                }
            }
            _ => {}
        }
        out.sort_unstable();
        out.dedup();
        out
    }

    fn map(&mut self, m: Map) -> &mut HashMap<String, Vec<usize>> {
        match m {
            Map::People => &mut self.people,
            Map::Meetings => &mut self.meetings,
            Map::Actions => &mut self.actions,
            Map::ArisingById => &mut self.arising_by_id,
            Map::RaisedAt => &mut self.raised_at,
        }
    }

    fn dated(&mut self, d: Dated) -> &mut HashMap<RefKey, Vec<(Date, usize)>> {
        match d {
            Dated::Arising => &mut self.arising_by_ref,
            Dated::Actions => &mut self.actions_by_ref,
        }
    }

    /// Put one entry in its look-up. `doc` gives the other meetings' dates and ids, to
    /// place a meeting in its body's list.
    fn put(&mut self, doc: &BoardDocument, e: Entry) {
        match e {
            Entry::Key(m, key, i) => insert_at(self.map(m), &key, i),
            Entry::Dated(d, key, date, i) => {
                insert_sorted(self.dated(d).entry(key).or_default(), (date, i));
            }
            Entry::Body(body, date, id, i) => {
                let at = self.body_slot(doc, &body, (date, &id, i));
                self.by_body.entry(body).or_default().insert(at, i);
            }
        }
    }

    /// Take one entry out of its look-up.
    fn take(&mut self, doc: &BoardDocument, e: Entry) {
        match e {
            Entry::Key(m, key, i) => remove_at(self.map(m), &key, i),
            Entry::Dated(d, key, date, i) => remove_sorted(self.dated(d), &key, (date, i)),
            Entry::Body(body, date, id, i) => {
                let at = self.body_slot(doc, &body, (date, &id, i));
                if let Some(list) = self.by_body.get_mut(&body) {
                    if list.get(at) == Some(&i) {
                        list.remove(at);
                    }
                    if list.is_empty() {
                        self.by_body.remove(&body);
                    }
                }
            }
        }
    }

    /// Put the action with key `j` in (or take it out of) the look-up by (its meeting's
    /// body, its ref), when its meeting is on the board.
    fn by_ref(&mut self, doc: &BoardDocument, j: usize, file: bool) {
        let Some(act) = self.action_keys.at(j).and_then(|i| doc.actions.get(i)) else {
            return;
        };
        let Some(m) = self.raised_meeting(doc, act) else {
            return;
        };
        let key = (m.body.clone(), act.reference.trim().to_string());
        if file {
            insert_sorted(self.actions_by_ref.entry(key).or_default(), (m.date, j));
        } else {
            remove_sorted(&mut self.actions_by_ref, &key, (m.date, j));
        }
    }

    /// The actions raised at meeting id `id`, filed by the meeting's ref look-up
    /// (`file`) or taken out of it: done around a change of which meeting is the first
    /// with that id, as that meeting gives them their body and date.
    fn refile_raised(&mut self, doc: &BoardDocument, id: &str, file: bool) {
        let waiting = self.raised_at.get(id).cloned().unwrap_or_default();
        for j in waiting {
            self.by_ref(doc, j, file);
        }
    }

    /// Where a meeting with `key` (date, id, key) goes in its body's list, in (date, id)
    /// order, ties in position order (as [`Around::new`] sorts them; keys rise with
    /// positions); the other meetings' dates and ids are read from `doc`.
    fn body_slot(&self, doc: &BoardDocument, body: &str, key: (Date, &String, usize)) -> usize {
        let of = |x: usize| {
            let m = self.meeting_keys.at(x).and_then(|i| doc.meetings.get(i));
            m.map(|m| (m.date, &m.id, x))
        };
        self.by_body.get(body).map_or(0, |list| {
            list.partition_point(|x| {
                if *x == key.2 {
                    false
                } else {
                    of(*x) < Some(key)
                }
            })
        })
    }
}

/// Renumber every list of `map` with `r` (see `slots`), dropping the lists left empty.
fn renumber_all<K, T>(
    map: &mut HashMap<K, Vec<T>>,
    r: &Renumbering,
    key: fn(&mut T) -> &mut usize,
) {
    map.retain(|_, v| {
        renumber(v, r, key);
        !v.is_empty()
    });
}

/// The entries of sorted `a` not in sorted `b`.
fn minus(a: &[Entry], b: &[Entry]) -> Vec<Entry> {
    a.iter()
        .filter(|e| b.binary_search(e).is_err())
        .cloned()
        .collect()
}

/// Which look-up by key an entry is in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Map {
    People,
    Meetings,
    Actions,
    ArisingById,
    RaisedAt,
}

/// Which dated look-up by (body, ref) an entry is in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Dated {
    Arising,
    Actions,
}

/// One entry of a record in the look-ups.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Entry {
    /// Position under a key.
    Key(Map, String, usize),
    /// (date, position) under a (body, ref).
    Dated(Dated, RefKey, Date, usize),
    /// A meeting in its body's list: body, date, id, position.
    Body(String, Date, String, usize),
}

/// How many records of `kind` the document holds (of the kinds the look-ups keep).
fn list_len(doc: &BoardDocument, kind: RecordKind) -> usize {
    match kind {
        RecordKind::Person => doc.people.len(),
        RecordKind::Meeting => doc.meetings.len(),
        RecordKind::Action => doc.actions.len(),
        _ => 0,
    }
}
