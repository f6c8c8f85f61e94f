//! Editing a loaded board: insert, replace and remove one record, keeping the look-ups
//! right (they are built again from the edited document, in one pass).

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

/// Read `record` strictly and put it in `list`.
fn put<T: DeserializeOwned>(
    list: &mut Vec<T>,
    record: &Value,
    key: impl Fn(&T) -> String,
    mode: Mode,
) -> Result<usize, Error> {
    let x: T = crate::read::from_value_ref(record)?;
    let k = key(&x);
    match (key_of(list, &key, &k), mode) {
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
    kind: RecordKind,
    record: &Value,
    mode: Mode,
) -> Result<usize, Error> {
    use crate::{action::Action, board, meeting::Meeting, scorecard::Scorecard};
    match kind {
        RecordKind::Organisation => put(
            &mut doc.organisations,
            record,
            |o: &board::Organisation| o.id.clone(),
            mode,
        ),
        RecordKind::Person => put(
            &mut doc.people,
            record,
            |p: &board::Person| p.id.clone(),
            mode,
        ),
        RecordKind::Body => put(
            &mut doc.bodies,
            record,
            |b: &board::Body| b.id.clone(),
            mode,
        ),
        RecordKind::Meeting => put(&mut doc.meetings, record, |m: &Meeting| m.id.clone(), mode),
        RecordKind::Action => put(&mut doc.actions, record, |a: &Action| a.id.clone(), mode),
        RecordKind::Risk => {
            let register = doc.risk_register.get_or_insert_with(|| {
                crate::risk::RiskRegister::new(crate::risk::Matrix::five_by_five())
            });
            put(
                &mut register.risks,
                record,
                |r: &crate::risk::Risk| r.id.clone(),
                mode,
            )
        }
        RecordKind::Budget => put(&mut doc.budgets, record, budget_key, mode),
        RecordKind::Scorecard => put(
            &mut doc.scorecards,
            record,
            |s: &Scorecard| s.id.clone(),
            mode,
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
        let at = edit(&mut self.doc, kind, record, Mode::Insert)?;
        self.around = Around::new(&self.doc);
        Ok(at)
    }

    /// Replace the (first) record of this kind with the record's id. An error when there
    /// is none. Gives its position.
    pub fn replace(&mut self, kind: RecordKind, record: &Value) -> Result<usize, Error> {
        let at = edit(&mut self.doc, kind, record, Mode::Replace)?;
        self.around = Around::new(&self.doc);
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
        self.around = Around::new(&self.doc);
        Ok(at)
    }
}
