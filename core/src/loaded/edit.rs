//! Editing a loaded board: insert, replace and remove one record, keeping the look-ups
//! right.
//!
//! Every edit is atomic: the record is read, and its id looked up, before anything
//! changes, so a failed edit leaves the board as it was (a risk put on a board with no
//! register starts one only when it goes in). Every edit updates only the look-ups it
//! touches (see `filing`): an insert or a replace those of the record, a removal those
//! of the records after it (their positions move); an edit of an organisation, risk,
//! budget or scorecard touches none (nothing is looked up by them).

use super::{Around, Board};
use crate::error::Error;
use crate::form::RecordKind;
use crate::record::BoardDocument;
use serde::de::DeserializeOwned;
use serde_json::Value;

/// Whether an edit adds a record or replaces one.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Insert,
    Replace,
}

/// The key a record is found by: its id (a budget's is `body|year`).
fn key_of<T>(list: &[T], key: impl Fn(&T) -> String, wanted: &str) -> Option<usize> {
    list.iter().position(|x| key(x) == wanted)
}

/// Where the (first) record with a key is, when the board's look-ups keep the kind
/// (else the list is scanned).
type Find<'f, T> = Option<&'f dyn Fn(&[T], &str) -> Option<usize>>;

/// The first of `list` with id `id`, among the positions the look-ups give for it.
fn first_by_id<'a, T: 'a>(
    around: &'a Around,
    kind: RecordKind,
    id_of: fn(&T) -> &String,
) -> impl Fn(&[T], &str) -> Option<usize> + 'a {
    move |list, id| {
        around
            .candidates(kind, id)
            .iter()
            .copied()
            .find(|&i| list.get(i).is_some_and(|x| id_of(x) == id))
    }
}

/// What the records of a kind are found by, and the errors of an insert or a replace
/// that finds the wrong thing: the rule of a loaded board that one record of a kind has
/// one key.
struct KeyRule {
    /// Where in the record the key is.
    path: &'static str,
    /// An insert whose key is already on the board.
    taken: &'static str,
    /// A replace whose key is not on the board.
    missing: &'static str,
}

/// Most records are found by their id.
const BY_ID: KeyRule = KeyRule {
    path: "/id",
    taken: "A record with this id is already on the board: replace it instead, or give the new record its own id (for example \"a-2017-014\").",
    missing: "No record with this id is on the board: insert it instead, or check the id (for example \"a-2017-014\").",
};

/// A budget has no id: it is found by its body and year.
const BY_BODY_AND_YEAR: KeyRule = KeyRule {
    path: "/year",
    taken: "A record with this body and year is already on the board: replace it instead, or give the new record its own id (for example \"a-2017-014\").",
    missing: "No record with this body and year is on the board: insert it instead, or check the id (for example \"a-2017-014\").",
};

/// Read `record` strictly and put it in `list`: its position, and on a replace the record
/// it replaced.
fn put<T: DeserializeOwned>(
    list: &mut Vec<T>,
    record: &Value,
    key: impl Fn(&T) -> String,
    mode: Mode,
    find: Find<'_, T>,
) -> Result<(usize, Option<T>), Error> {
    put_by(list, record, key, mode, find, &BY_ID)
}

/// `put` for a kind found by what `rule` says.
fn put_by<T: DeserializeOwned>(
    list: &mut Vec<T>,
    record: &Value,
    key: impl Fn(&T) -> String,
    mode: Mode,
    find: Find<'_, T>,
    rule: &KeyRule,
) -> Result<(usize, Option<T>), Error> {
    let x: T = crate::read::from_value_ref(record)?;
    let k = key(&x);
    let found = match find {
        Some(f) => f(list, &k),
        None => key_of(list, &key, &k),
    };
    match (found, mode) {
        (Some(_), Mode::Insert) => Err(Error::invalid(rule.path, rule.taken)),
        (None, Mode::Replace) => Err(Error::invalid(rule.path, rule.missing)),
        (Some(i), Mode::Replace) => {
            let old = list.get_mut(i).map(|slot| std::mem::replace(slot, x));
            Ok((i, old))
        }
        (None, Mode::Insert) => {
            list.push(x);
            Ok((list.len().saturating_sub(1), None))
        }
    }
}

/// The error of a removal whose id is not on the board.
fn not_there() -> Error {
    Error::invalid(
        "",
        "No record with this id is on the board: check the id (for example \"a-2017-014\").",
    )
}

/// Where the first record with key `id` is in `list`.
fn find<T>(list: &[T], key: impl Fn(&T) -> String, id: &str) -> Result<usize, Error> {
    match key_of(list, key, id) {
        Some(i) => Ok(i),
        None => Err(not_there()),
    }
}

/// Bring the look-ups up to date after `put` placed a record of `kind` at `at` of the
/// list `list` gives: an insert files it; a replace changes the entries the old and new
/// records do not share (the old one put back in its place for a moment, so the look-ups
/// read it as they filed it).
fn refile<T>(
    doc: &mut BoardDocument,
    around: &mut Around,
    kind: RecordKind,
    (at, old): (usize, Option<T>),
    list: fn(&mut BoardDocument) -> &mut Vec<T>,
) -> usize {
    match old {
        None => around.added(doc, kind, at),
        Some(mut old) => {
            let mut swap = |d: &mut BoardDocument| {
                if let Some(slot) = list(d).get_mut(at) {
                    std::mem::swap(slot, &mut old);
                }
            };
            around.replaced(doc, kind, at, &mut swap);
        }
    }
    at
}

/// `put` for a kind the look-ups find by id (people, meetings, actions), then `refile`.
fn found<T: DeserializeOwned>(
    doc: &mut BoardDocument,
    around: &mut Around,
    kind: RecordKind,
    record: &Value,
    mode: Mode,
    list: fn(&mut BoardDocument) -> &mut Vec<T>,
    id_of: fn(&T) -> &String,
) -> Result<usize, Error> {
    let done = {
        let first = first_by_id(around, kind, id_of);
        put(list(doc), record, |x| id_of(x).clone(), mode, Some(&first))?
    };
    Ok(refile(doc, around, kind, done, list))
}

/// Put a record of `kind` on the board (see `put`), its look-ups kept up: its stored
/// place.
fn edit(
    doc: &mut BoardDocument,
    around: &mut Around,
    kind: RecordKind,
    record: &Value,
    mode: Mode,
) -> Result<usize, Error> {
    use crate::{board, scorecard::Scorecard};
    match kind {
        RecordKind::Organisation => {
            let id = |o: &board::Organisation| o.id.clone();
            put(&mut doc.organisations, record, id, mode, None).map(place)
        }
        RecordKind::Person => {
            let list: fn(&mut BoardDocument) -> &mut Vec<_> = |d| &mut d.people;
            found(doc, around, kind, record, mode, list, |p| &p.id)
        }
        RecordKind::Body => {
            let id = |b: &board::Body| b.id.clone();
            let done = put(&mut doc.bodies, record, id, mode, None)?;
            Ok(refile(doc, around, kind, done, |d| &mut d.bodies))
        }
        RecordKind::Meeting => {
            let list: fn(&mut BoardDocument) -> &mut Vec<_> = |d| &mut d.meetings;
            found(doc, around, kind, record, mode, list, |m| &m.id)
        }
        RecordKind::Action => {
            let list: fn(&mut BoardDocument) -> &mut Vec<_> = |d| &mut d.actions;
            found(doc, around, kind, record, mode, list, |a| &a.id)
        }
        RecordKind::Risk => put_risk(doc, record, mode),
        RecordKind::Budget => {
            let budgets = &mut doc.budgets;
            put_by(budgets, record, budget_key, mode, None, &BY_BODY_AND_YEAR).map(place)
        }
        RecordKind::Scorecard => {
            let id = |s: &Scorecard| s.id.clone();
            put(&mut doc.scorecards, record, id, mode, None).map(place)
        }
    }
}

/// The place `put` gave.
fn place<T>((i, _): (usize, Option<T>)) -> usize {
    i
}

/// `put` for a risk. A register is started only for a risk that goes in: a failed edit
/// leaves the board as it was.
fn put_risk(doc: &mut BoardDocument, record: &Value, mode: Mode) -> Result<usize, Error> {
    let risk_id = |r: &crate::risk::Risk| r.id.clone();
    match &mut doc.risk_register {
        Some(register) => put(&mut register.risks, record, risk_id, mode, None),
        None => {
            let mut register = crate::risk::RiskRegister::new(crate::risk::Matrix::five_by_five());
            let at = put(&mut register.risks, record, risk_id, mode, None)?;
            doc.risk_register = Some(register);
            Ok(at)
        }
    }
    .map(place)
}

/// Where the first record of `kind` with id `id` is, found through the look-ups.
fn looked_up<T>(
    around: &Around,
    kind: RecordKind,
    list: &[T],
    id_of: fn(&T) -> &String,
    id: &str,
) -> Result<usize, Error> {
    around
        .candidates(kind, id)
        .iter()
        .copied()
        .find(|&i| list.get(i).is_some_and(|x| id_of(x) == id))
        .ok_or_else(not_there)
}

/// A budget is found by its body and year: `body|year`.
fn budget_key(b: &crate::budget::Budget) -> String {
    format!("{}|{}", b.body, b.year)
}

impl Board {
    /// Add a record (read strictly: a shape error is an `Err` at its path within the
    /// record). An error when a record of this kind with its id is already on the board.
    /// Gives the record's position in its list. A risk added to a board without a
    /// register starts one on the common 5x5 matrix.
    pub fn insert(&mut self, kind: RecordKind, record: &Value) -> Result<usize, Error> {
        self.edited(kind, record, Mode::Insert)
    }

    /// Replace the (first) record of this kind with the record's id. An error when there
    /// is none. Gives its position.
    pub fn replace(&mut self, kind: RecordKind, record: &Value) -> Result<usize, Error> {
        self.edited(kind, record, Mode::Replace)
    }

    /// An insert or replace, its stored place given as the position a reader sees.
    fn edited(&mut self, kind: RecordKind, record: &Value, mode: Mode) -> Result<usize, Error> {
        self.settle();
        let at = edit(&mut self.doc, &mut self.around, kind, record, mode);
        self.view = std::sync::OnceLock::new();
        at.map(|i| self.position(kind, i))
    }

    /// The position in the document a reader sees of the record of `kind` at place `i`
    /// of the stored list (the same for kinds stored without removed records).
    fn position(&self, kind: RecordKind, i: usize) -> usize {
        self.around.keys(kind).map_or(i, |keys| keys.rank(i))
    }

    /// Remove the (first) record of this kind with this id (a budget's is `body|year`).
    /// An error when there is none. Gives the position it had.
    pub fn remove(&mut self, kind: RecordKind, id: &str) -> Result<usize, Error> {
        use crate::{board, scorecard::Scorecard};
        self.settle();
        self.view = std::sync::OnceLock::new();
        let doc = &mut self.doc;
        let at = match kind {
            RecordKind::Organisation => find(
                &doc.organisations,
                |o: &board::Organisation| o.id.clone(),
                id,
            ),
            RecordKind::Person => looked_up(&self.around, kind, &doc.people, |p| &p.id, id),
            RecordKind::Body => find(&doc.bodies, |b: &board::Body| b.id.clone(), id),
            RecordKind::Meeting => looked_up(&self.around, kind, &doc.meetings, |m| &m.id, id),
            RecordKind::Action => looked_up(&self.around, kind, &doc.actions, |a| &a.id, id),
            RecordKind::Risk => match &doc.risk_register {
                Some(r) => find(&r.risks, |r: &crate::risk::Risk| r.id.clone(), id),
                None => find(&[], |r: &crate::risk::Risk| r.id.clone(), id),
            },
            RecordKind::Budget => find(&doc.budgets, budget_key, id),
            RecordKind::Scorecard => find(&doc.scorecards, |s: &Scorecard| s.id.clone(), id),
        }?;
        // Found: nothing can fail from here on. A person, meeting or action stays in
        // its place, marked removed (see `slots`): no record after it moves.
        let position = self.position(kind, at);
        let doc = &mut self.doc;
        self.around.before_removal(doc, kind, at);
        match kind {
            RecordKind::Person | RecordKind::Meeting | RecordKind::Action => {}
            RecordKind::Organisation => drop(doc.organisations.remove(at)),
            RecordKind::Body => drop(doc.bodies.remove(at)),
            RecordKind::Risk => {
                if let Some(r) = &mut doc.risk_register {
                    drop(r.risks.remove(at));
                }
            }
            RecordKind::Budget => drop(doc.budgets.remove(at)),
            RecordKind::Scorecard => drop(doc.scorecards.remove(at)),
        }
        Ok(position)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The look-ups kept up insert by insert equal those built from the document, in any
    /// order of kinds (an action before the meeting that raised it, a person after the
    /// meetings naming them).
    #[test]
    fn inserts_keep_the_look_ups_equal_to_a_fresh_build() {
        let text = include_str!("../../../examples/data/leicester-lscb.json");
        let full: Value = serde_json::from_str(text).unwrap_or_default();
        let mut empty = full.clone();
        let lists = ["actions", "meetings", "people", "bodies", "organisations"];
        for list in lists {
            empty[list] = serde_json::json!([]);
        }
        let Ok(mut board) = Board::open(&empty.to_string()) else {
            panic!("the example opens");
        };
        let kinds = [
            RecordKind::Action,
            RecordKind::Meeting,
            RecordKind::Person,
            RecordKind::Body,
            RecordKind::Organisation,
        ];
        for (list, kind) in lists.iter().zip(kinds) {
            for record in full[*list].as_array().into_iter().flatten() {
                assert!(board.insert(kind, record).is_ok());
                assert!(
                    board.around.by_position() == Around::new(board.view()),
                    "{list}"
                );
            }
        }
    }

    const KEPT: [(&str, RecordKind); 4] = [
        ("people", RecordKind::Person),
        ("bodies", RecordKind::Body),
        ("meetings", RecordKind::Meeting),
        ("actions", RecordKind::Action),
    ];

    /// A record changed in what the look-ups file it by (names, body, date, ref, the
    /// meeting that raised it), its id kept.
    fn changed(kind: RecordKind, record: &Value, k: usize) -> Value {
        let mut r = record.clone();
        match kind {
            RecordKind::Person => {
                r["initials"] = serde_json::json!(format!("Z{k}"));
                r["name"] = serde_json::json!(format!("Zed Zee {k}"));
            }
            RecordKind::Body => r["members"] = serde_json::json!([]),
            RecordKind::Meeting => {
                r["date"] = serde_json::json!(format!("2015-01-{:02}", 1 + k % 28));
                r["matters_arising"] =
                    serde_json::json!([{"action_ref": "1", "status": "completed"}]);
            }
            _ => {
                r["ref"] = serde_json::json!("1");
                r["raised_at"] = serde_json::json!("m-2016-12-08");
            }
        }
        r
    }

    fn example() -> Board {
        let text = include_str!("../../../examples/data/leicester-lscb.json");
        match Board::open(text) {
            Ok(b) => b,
            Err(e) => panic!("the example opens: {e}"),
        }
    }

    /// Replacing every person, body, meeting and action in turn, each changed in what it
    /// is looked up by, keeps the look-ups equal to a fresh build.
    #[test]
    fn replaces_keep_the_look_ups_equal_to_a_fresh_build() {
        let mut board = example();
        let full: Value = serde_json::from_str(&board.to_json()).unwrap_or_default();
        for (list, kind) in KEPT {
            for (k, record) in full[list].as_array().into_iter().flatten().enumerate() {
                let r = changed(kind, record, k);
                if let Err(e) = board.replace(kind, &r) {
                    panic!("{list} {k}: {e}");
                }
                assert!(
                    board.around.by_position() == Around::new(board.view()),
                    "{list} {k}"
                );
            }
        }
    }

    /// Removing records from the front, the back and the middle keeps the look-ups equal
    /// to a fresh build, kind after kind (meetings before the actions they raised).
    #[test]
    fn removals_keep_the_look_ups_equal_to_a_fresh_build() {
        let mut board = example();
        let full: Value = serde_json::from_str(&board.to_json()).unwrap_or_default();
        for (list, kind) in [KEPT[2], KEPT[0], KEPT[3], KEPT[1]] {
            let mut ids: Vec<String> = full[list]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|r| r["id"].as_str().map(String::from))
                .collect();
            let mut step = 0;
            while !ids.is_empty() {
                let at = [0, ids.len() - 1, ids.len() / 2][step % 3];
                let id = ids.remove(at);
                assert!(board.remove(kind, &id).is_ok(), "{list} {id}");
                assert!(
                    board.around.by_position() == Around::new(board.view()),
                    "{list} step {step}"
                );
                step += 1;
            }
        }
    }

    /// Records removed from the front and put back at the end (new keys, after the keys
    /// of every record that stayed): the look-ups still equal a fresh build, and every
    /// action and meeting is checked as a board opened afresh on the same document
    /// checks it.
    #[test]
    fn removed_and_added_again_the_keys_still_give_the_same_checks() {
        let mut board = example();
        let full: Value = serde_json::from_str(&board.to_json()).unwrap_or_default();
        for (list, kind) in [KEPT[0], KEPT[2], KEPT[3]] {
            let records: Vec<Value> = full[list].as_array().cloned().unwrap_or_default();
            for r in records.iter().take(3) {
                let id = r["id"].as_str().unwrap_or_default();
                assert!(board.remove(kind, id).is_ok(), "{list} {id}");
                assert!(board.insert(kind, r).is_ok(), "{list} {id}");
                assert!(
                    board.around.by_position() == Around::new(board.view()),
                    "{list}"
                );
            }
        }
        let fresh = Board::new(board.view().clone());
        let doc: Value = serde_json::from_str(&board.to_json()).unwrap_or_default();
        for (list, kind) in [KEPT[2], KEPT[3]] {
            for r in doc[list].as_array().into_iter().flatten() {
                assert_eq!(
                    board.validate_record(kind, r, None).findings,
                    fresh.validate_record(kind, r, None).findings,
                    "{list}"
                );
            }
        }
    }

    /// Two meetings with one id: the first gives the actions raised at it their body and
    /// date; replacing or removing it hands them to the second, and back.
    #[test]
    fn the_first_of_two_meetings_with_one_id_hands_its_actions_on() {
        let doc = serde_json::json!({
            "schema_version": crate::SCHEMA_VERSION,
            "bodies": [{"id": "b-1", "name": "Board", "kind": "safeguarding_children_partnership"},
                       {"id": "b-2", "name": "Group", "kind": "sub_group"}],
            "meetings": [
                {"id": "m-x", "body": "b-1", "title": "Board", "date": "2016-01-07", "status": "held"},
                {"id": "m-x", "body": "b-2", "title": "Group", "date": "2016-02-07", "status": "held",
                 "matters_arising": [{"action": "a-1", "action_ref": "1", "status": "completed"}]}
            ],
            "actions": [
                {"id": "a-1", "ref": "1", "description": "Audit", "raised_at": "m-x", "status": "open"},
                {"id": "a-2", "ref": "1", "description": "Audit", "raised_at": "m-x", "status": "open"}
            ]
        });
        let mut board = match Board::open(&doc.to_string()) {
            Ok(b) => b,
            Err(e) => panic!("the document opens: {e}"),
        };
        let mut moved = doc["meetings"][0].clone();
        moved["body"] = serde_json::json!("b-2");
        moved["date"] = serde_json::json!("2016-03-07");
        assert!(board.replace(RecordKind::Meeting, &moved).is_ok());
        assert!(board.around.by_position() == Around::new(board.view()));
        assert!(board.remove(RecordKind::Meeting, "m-x").is_ok());
        assert!(board.around.by_position() == Around::new(board.view()));
        assert!(board.remove(RecordKind::Action, "a-1").is_ok());
        assert!(board.around.by_position() == Around::new(board.view()));
        assert!(board
            .insert(RecordKind::Meeting, &doc["meetings"][0])
            .is_err());
        assert!(board.remove(RecordKind::Meeting, "m-x").is_ok());
        assert!(board.around.by_position() == Around::new(board.view()));
        assert!(board
            .insert(RecordKind::Meeting, &doc["meetings"][0])
            .is_ok());
        assert!(board.around.by_position() == Around::new(board.view()));
    }
}
