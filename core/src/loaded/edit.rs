//! Editing a loaded board: insert, replace and remove one record, keeping the look-ups
//! right.
//!
//! Every edit is atomic: the record is read, and its id looked up, before anything
//! changes, so a failed edit leaves the board as it was (a risk put on a board with no
//! register starts one only when it goes in). An insert updates only the look-ups it
//! touches ([`Around::added`]); a replace or removal of a person, body, meeting or action
//! builds them again from the document (positions after it move), and of any other
//! record touches none (nothing is looked up by them).

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
    id_of: fn(&T) -> &str,
) -> impl Fn(&[T], &str) -> Option<usize> + 'a {
    move |list, id| {
        around
            .candidates(kind, id)
            .iter()
            .copied()
            .find(|&i| list.get(i).is_some_and(|x| id_of(x) == id))
    }
}

/// Read `record` strictly and put it in `list`.
fn put<T: DeserializeOwned>(
    list: &mut Vec<T>,
    record: &Value,
    key: impl Fn(&T) -> String,
    mode: Mode,
    find: Find<'_, T>,
) -> Result<usize, Error> {
    let x: T = crate::read::from_value_ref(record)?;
    let k = key(&x);
    let found = match find {
        Some(f) => f(list, &k),
        None => key_of(list, &key, &k),
    };
    match (found, mode) {
        (Some(_), Mode::Insert) => Err(Error::invalid(
            "/id",
            "A record with this id is already on the board: replace it instead, or give the new record its own id (for example \"a-2017-014\").",
        )),
        (None, Mode::Replace) => Err(Error::invalid(
            "/id",
            "No record with this id is on the board: insert it instead, or check the id (for example \"a-2017-014\").",
        )),
        (Some(i), Mode::Replace) => {
            if let Some(slot) = list.get_mut(i) {
                *slot = x;
            }
            Ok(i)
        }
        (None, Mode::Insert) => {
            list.push(x);
            Ok(list.len().saturating_sub(1))
        }
    }
}

/// Take the first record with key `id` out of `list`.
fn take<T>(list: &mut Vec<T>, key: impl Fn(&T) -> String, id: &str) -> Result<usize, Error> {
    match key_of(list, key, id) {
        Some(i) => {
            list.remove(i);
            Ok(i)
        }
        None => Err(Error::invalid(
            "",
            "No record with this id is on the board: check the id (for example \"a-2017-014\").",
        )),
    }
}

fn edit(
    doc: &mut BoardDocument,
    around: &Around,
    kind: RecordKind,
    record: &Value,
    mode: Mode,
) -> Result<usize, Error> {
    use crate::{action::Action, board, meeting::Meeting, scorecard::Scorecard};
    let people = first_by_id(around, kind, |p: &board::Person| p.id.as_str());
    let meetings = first_by_id(around, kind, |m: &Meeting| m.id.as_str());
    let actions = first_by_id(around, kind, |a: &Action| a.id.as_str());
    match kind {
        RecordKind::Organisation => put(
            &mut doc.organisations,
            record,
            |o: &board::Organisation| o.id.clone(),
            mode,
            None,
        ),
        RecordKind::Person => put(
            &mut doc.people,
            record,
            |p: &board::Person| p.id.clone(),
            mode,
            Some(&people),
        ),
        RecordKind::Body => put(
            &mut doc.bodies,
            record,
            |b: &board::Body| b.id.clone(),
            mode,
            None,
        ),
        RecordKind::Meeting => put(
            &mut doc.meetings,
            record,
            |m: &Meeting| m.id.clone(),
            mode,
            Some(&meetings),
        ),
        RecordKind::Action => put(
            &mut doc.actions,
            record,
            |a: &Action| a.id.clone(),
            mode,
            Some(&actions),
        ),
        RecordKind::Risk => {
            let risk_id = |r: &crate::risk::Risk| r.id.clone();
            match &mut doc.risk_register {
                Some(register) => put(&mut register.risks, record, risk_id, mode, None),
                // A register is started only for a risk that goes in: a failed edit
                // leaves the board as it was.
                None => {
                    let mut register =
                        crate::risk::RiskRegister::new(crate::risk::Matrix::five_by_five());
                    let at = put(&mut register.risks, record, risk_id, mode, None)?;
                    doc.risk_register = Some(register);
                    Ok(at)
                }
            }
        }
        RecordKind::Budget => put(&mut doc.budgets, record, budget_key, mode, None),
        RecordKind::Scorecard => put(
            &mut doc.scorecards,
            record,
            |s: &Scorecard| s.id.clone(),
            mode,
            None,
        ),
    }
    .map_err(|e| match (kind, e) {
        // A budget has no id: it is found by its body and year.
        (RecordKind::Budget, Error::Invalid { path, message }) if path == "/id" => Error::Invalid {
            path: String::from("/year"),
            message: message.replace("this id", "this body and year"),
        },
        (_, e) => e,
    })
}

/// True when a change to a record of `kind` other than adding one moves look-ups (they
/// are by position): people, bodies, meetings and actions.
fn looked_up(kind: RecordKind) -> bool {
    matches!(
        kind,
        RecordKind::Person | RecordKind::Body | RecordKind::Meeting | RecordKind::Action
    )
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
        let at = edit(&mut self.doc, &self.around, kind, record, Mode::Insert)?;
        self.around.added(&self.doc, kind, at);
        Ok(at)
    }

    /// Replace the (first) record of this kind with the record's id. An error when there
    /// is none. Gives its position.
    pub fn replace(&mut self, kind: RecordKind, record: &Value) -> Result<usize, Error> {
        let at = edit(&mut self.doc, &self.around, kind, record, Mode::Replace)?;
        if looked_up(kind) {
            self.around = Around::new(&self.doc);
        }
        Ok(at)
    }

    /// Remove the (first) record of this kind with this id (a budget's is `body|year`).
    /// An error when there is none. Gives the position it had.
    pub fn remove(&mut self, kind: RecordKind, id: &str) -> Result<usize, Error> {
        use crate::{action::Action, board, meeting::Meeting, scorecard::Scorecard};
        let doc = &mut self.doc;
        let at = match kind {
            RecordKind::Organisation => take(
                &mut doc.organisations,
                |o: &board::Organisation| o.id.clone(),
                id,
            ),
            RecordKind::Person => take(&mut doc.people, |p: &board::Person| p.id.clone(), id),
            RecordKind::Body => take(&mut doc.bodies, |b: &board::Body| b.id.clone(), id),
            RecordKind::Meeting => take(&mut doc.meetings, |m: &Meeting| m.id.clone(), id),
            RecordKind::Action => take(&mut doc.actions, |a: &Action| a.id.clone(), id),
            RecordKind::Risk => match &mut doc.risk_register {
                Some(r) => take(&mut r.risks, |r: &crate::risk::Risk| r.id.clone(), id),
                None => take(&mut Vec::<crate::risk::Risk>::new(), |r| r.id.clone(), id),
            },
            RecordKind::Budget => take(&mut doc.budgets, budget_key, id),
            RecordKind::Scorecard => take(&mut doc.scorecards, |s: &Scorecard| s.id.clone(), id),
        }?;
        if looked_up(kind) {
            self.around = Around::new(&self.doc);
        }
        Ok(at)
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
                assert!(board.around == Around::new(&board.doc), "{list}");
            }
        }
    }
}
