//! Keeping a loaded board's look-ups right through an edit, touching only what the edit
//! touches.
//!
//! A record is *filed* at a position (its entries put into every look-up that holds it)
//! and *unfiled* from one (those entries taken out), each in O(log n) searches plus
//! moving the entries after it in the lists it is in. An insert files the new record; a
//! replace unfiles the old record and files the new one at the same position; a removal
//! unfiles every record from the removed one to the end, then files those that remain at
//! their new positions (they move by one, as they do in the document's own list), so a
//! removal costs in proportion to the records after it, not to the board. Whatever the
//! order of edits, the look-ups equal those [`Around::new`] builds from the document
//! (pinned by the tests of `edit`).

use super::around::{push, Around, RefKey};
use super::members::BodyMembers;
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
            _ => self.file(doc, kind, i),
        }
    }

    /// The look-ups after the record of `kind` at `i` was replaced: `old_doc` is the
    /// document with the old record at `i` (the caller swaps it back in for the call),
    /// and `file_new` files the new one once the caller has put it back.
    pub(crate) fn unfile_replaced(&mut self, old_doc: &BoardDocument, kind: RecordKind, i: usize) {
        match kind {
            RecordKind::Body => {}
            _ => self.unfile(old_doc, kind, i),
        }
    }

    /// The second half of a replace (see [`Around::unfile_replaced`]): `doc` holds the
    /// new record at `i`.
    pub(crate) fn file_replaced(&mut self, doc: &BoardDocument, kind: RecordKind, i: usize) {
        match kind {
            RecordKind::Body => {
                if let (Some(b), Some(slot)) = (doc.bodies.get(i), self.members.get_mut(i)) {
                    *slot = BodyMembers::new(b);
                }
            }
            _ => self.file(doc, kind, i),
        }
    }

    /// Before the record of `kind` at `r` is taken out of `doc`: unfile it and every
    /// record after it (`doc` still holds them all).
    pub(crate) fn before_removal(&mut self, doc: &BoardDocument, kind: RecordKind, r: usize) {
        match kind {
            RecordKind::Body => {
                if r < self.members.len() {
                    self.members.remove(r);
                }
            }
            _ => {
                for j in (r..list_len(doc, kind)).rev() {
                    self.unfile(doc, kind, j);
                }
            }
        }
    }

    /// After the record at `r` was taken out: file the records from `r` on at their new
    /// positions.
    pub(crate) fn after_removal(&mut self, doc: &BoardDocument, kind: RecordKind, r: usize) {
        if kind != RecordKind::Body {
            for j in r..list_len(doc, kind) {
                self.file(doc, kind, j);
            }
        }
    }

    /// Put the record of `kind` at `i` of `doc` into the look-ups that hold it.
    fn file(&mut self, doc: &BoardDocument, kind: RecordKind, i: usize) {
        match kind {
            RecordKind::Person => {
                if let Some(p) = doc.people.get(i) {
                    insert_at(&mut self.people, &p.id, i);
                    for form in p.initial_forms().chain(p.name_forms()) {
                        insert_at(&mut self.people, form, i);
                    }
                }
            }
            RecordKind::Meeting => self.file_meeting(doc, i),
            RecordKind::Action => {
                if let Some(act) = doc.actions.get(i) {
                    insert_at(&mut self.actions, &act.id, i);
                    if let Some(id) = &act.raised_at {
                        insert_at(&mut self.raised_at, id, i);
                    }
                    self.by_ref(doc, i, true);
                }
            }
            _ => {}
        }
    }

    /// Take the record of `kind` at `i` of `doc` out of the look-ups that hold it.
    fn unfile(&mut self, doc: &BoardDocument, kind: RecordKind, i: usize) {
        match kind {
            RecordKind::Person => {
                if let Some(p) = doc.people.get(i) {
                    remove_at(&mut self.people, &p.id, i);
                    for form in p.initial_forms().chain(p.name_forms()) {
                        remove_at(&mut self.people, form, i);
                    }
                }
            }
            RecordKind::Meeting => self.unfile_meeting(doc, i),
            RecordKind::Action => {
                if let Some(act) = doc.actions.get(i) {
                    self.by_ref(doc, i, false);
                    remove_at(&mut self.actions, &act.id, i);
                    if let Some(id) = &act.raised_at {
                        remove_at(&mut self.raised_at, id, i);
                    }
                }
            }
            _ => {}
        }
    }

    /// Put action `j` in (or take it out of) the look-up by (its meeting's body, its
    /// ref), when its meeting is on the board.
    fn by_ref(&mut self, doc: &BoardDocument, j: usize, file: bool) {
        let Some(act) = doc.actions.get(j) else {
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

    /// Where meeting `i` goes in its body's list, in (date, id) order, ties in position
    /// order (as [`Around::new`] sorts them).
    fn body_slot(&self, doc: &BoardDocument, body: &str, i: usize) -> usize {
        let key = |x: usize| doc.meetings.get(x).map(|m| (m.date, &m.id, x));
        self.by_body
            .get(body)
            .map_or(0, |list| list.partition_point(|x| key(*x) < key(i)))
    }

    fn file_meeting(&mut self, doc: &BoardDocument, i: usize) {
        let Some(m) = doc.meetings.get(i) else {
            return;
        };
        // Becoming the first meeting with its id gives the actions raised at it their
        // body and date: they leave the look-up by ref under the former first, if any.
        let first = self
            .meetings
            .get(&m.id)
            .is_none_or(|v| v.first() > Some(&i));
        if first {
            self.refile_raised(doc, &m.id, false);
        }
        insert_at(&mut self.meetings, &m.id, i);
        if first {
            self.refile_raised(doc, &m.id, true);
        }
        let at = self.body_slot(doc, &m.body, i);
        self.by_body
            .entry(m.body.clone())
            .or_default()
            .insert(at, i);
        for ma in &m.matters_arising {
            if let Some(id) = &ma.action {
                insert_at(&mut self.arising_by_id, id, i);
            }
            let r = ma.action_ref.trim();
            if !r.is_empty() {
                let v = self
                    .arising_by_ref
                    .entry((m.body.clone(), r.to_string()))
                    .or_default();
                insert_sorted(v, (m.date, i));
            }
        }
    }

    fn unfile_meeting(&mut self, doc: &BoardDocument, i: usize) {
        let Some(m) = doc.meetings.get(i) else {
            return;
        };
        let first = self.meetings.get(&m.id).and_then(|v| v.first()) == Some(&i);
        if first {
            self.refile_raised(doc, &m.id, false);
        }
        remove_at(&mut self.meetings, &m.id, i);
        if first {
            self.refile_raised(doc, &m.id, true);
        }
        let at = self.body_slot(doc, &m.body, i);
        if let Some(list) = self.by_body.get_mut(&m.body) {
            if list.get(at) == Some(&i) {
                list.remove(at);
            }
            if list.is_empty() {
                self.by_body.remove(&m.body);
            }
        }
        for ma in &m.matters_arising {
            if let Some(id) = &ma.action {
                remove_at(&mut self.arising_by_id, id, i);
            }
            let r = ma.action_ref.trim();
            if !r.is_empty() {
                let key = (m.body.clone(), r.to_string());
                remove_sorted(&mut self.arising_by_ref, &key, (m.date, i));
            }
        }
    }
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
