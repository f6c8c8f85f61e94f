//! A loaded board: a board document read once and kept with its look-ups, for a host
//! that checks and queries it many times (a form checking a record on every keystroke, a
//! service answering questions about one board).
//!
//! Checking one action or meeting against a loaded board costs in proportion to the
//! record and what it refers to, not to the board: the look-ups are built when the board
//! is opened or edited, and the record is checked in its neighbourhood (see
//! `around`). Other kinds of record (organisations, people, bodies, risks, budgets,
//! scorecards, which many records refer to) are checked against the whole document,
//! without reading it again.

mod around;
#[cfg(test)]
mod by_position;
mod edit;
mod filing;
mod members;
mod query;
mod question;
pub mod scopes;
mod slots;

use crate::date::Date;
use crate::error::Error;
use crate::form::{findings_at, findings_with, place, read_place, RecordKind};
use crate::index::Index;
use crate::pointer::Pointer;
use crate::record::BoardDocument;
use crate::validate::{Finding, Report, ValidateOptions};
use around::{Around, Seed};
use serde_json::Value;
use std::sync::OnceLock;

pub use question::{Query, UnknownQuery, QUERIES};

/// A record to check against a loaded board ([`Board::check`]): a
/// [`crate::form::ValidateRecordRequest`] without its context, the board being the context.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RecordRequest {
    /// What kind of record `record` is.
    pub kind: RecordKind,
    /// The record, as a form would build it.
    pub record: Value,
    /// The date to judge "overdue" and "due for review" against.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_of: Option<Date>,
}

/// A board document with its look-ups, read once.
///
/// The people, meetings and actions are stored with the places of the records removed
/// from them still there (tombstones, see `slots`), so a removal moves no record; every
/// reader of the whole document reads `Board::view`, the document without them, in
/// the one-shot document's order.
#[derive(Debug, Clone)]
pub struct Board {
    /// The stored document: its people, meetings and actions may hold removed records.
    doc: BoardDocument,
    /// The document without the removed records, made when first read after a removal
    /// and taken as the stored document by the next edit.
    view: OnceLock<BoardDocument>,
    around: Around,
}

impl Board {
    /// Open a board from JSON text, read as strictly as [`BoardDocument::from_json`]
    /// (the same errors, at the same paths).
    ///
    /// ```
    /// use boardkit::form::RecordKind;
    /// use boardkit::Board;
    /// let text = std::fs::read_to_string("../examples/data/leicester-lscb.json").unwrap();
    /// let board = Board::open(&text).unwrap();
    /// // A form's draft action, checked on every keystroke against the loaded board.
    /// let draft = serde_json::json!({"id": "a-draft"});
    /// let report = board.validate_record(RecordKind::Action, &draft, None);
    /// assert!(!report.findings.is_empty()); // it has no description yet
    /// ```
    pub fn open(text: &str) -> Result<Board, Error> {
        BoardDocument::from_json(text).map(Board::new)
    }

    /// Load a document already read.
    pub fn new(doc: BoardDocument) -> Board {
        let around = Around::new(&doc);
        Board {
            doc,
            view: OnceLock::new(),
            around,
        }
    }

    /// The document.
    pub fn document(&self) -> &BoardDocument {
        self.view()
    }

    /// Give the document back.
    pub fn into_document(mut self) -> BoardDocument {
        self.settle();
        self.around.compact(Some(&mut self.doc), true);
        self.doc
    }

    /// The document as compact JSON (read back by [`Board::open`] to the same board).
    pub fn to_json(&self) -> String {
        serde_json::to_string(self.view()).unwrap_or_default()
    }

    /// Check every governance rule on the board (as [`BoardDocument::validate`]).
    pub fn validate(&self, options: &ValidateOptions) -> Report {
        self.view().validate(options)
    }

    /// The document as every reader sees it: the stored one when no removed record is
    /// left in it, else (made once until the next edit) the stored one without them.
    pub(crate) fn view(&self) -> &BoardDocument {
        if self.around.gone() == 0 {
            return &self.doc;
        }
        self.view.get_or_init(|| {
            let mut doc = self.doc.clone();
            self.around.without_removed(&mut doc);
            doc
        })
    }

    /// Before an edit: the document read whole since the last edit becomes the stored
    /// one (the removed records gone, moved not copied), and a list holding as many
    /// removed records as live ones drops them.
    fn settle(&mut self) {
        match self.view.take() {
            Some(view) => {
                self.doc = view;
                self.around.compact(None, true);
            }
            None => self.around.compact(Some(&mut self.doc), false),
        }
    }

    /// Check one record as a form does, with the same findings as
    /// [`crate::form::validate_record`] given this board as the context: shape problems
    /// and governance findings about the record, with paths relative to it. A record
    /// whose id is on the board is checked as an edit of it, otherwise as a new record.
    pub fn validate_record(&self, kind: RecordKind, record: &Value, as_of: Option<Date>) -> Report {
        let findings = match kind {
            RecordKind::Action | RecordKind::Meeting => self.nearby(kind, record, as_of),
            _ => {
                let mut doc = self.view().clone();
                let (reading, at) = read_place(kind, record, &mut doc);
                findings_at(kind, record, reading, at, &doc, as_of)
            }
        };
        Report {
            findings,
            switched_off: Vec::new(),
            explained: Vec::new(),
        }
    }

    /// [`Board::validate_record`] for a request read from a host.
    pub fn check(&self, request: &RecordRequest) -> Report {
        self.validate_record(request.kind, &request.record, request.as_of)
    }

    /// An action or meeting checked in its neighbourhood. The record is read once: the
    /// copy read into a scratch document seeds the neighbourhood and is then moved into it.
    fn nearby(&self, kind: RecordKind, record: &Value, as_of: Option<Date>) -> Vec<Finding> {
        let mut scratch = BoardDocument::new();
        let (reading, at) = read_place(kind, record, &mut scratch);
        if at.is_none() {
            return findings_at(kind, record, reading, None, &scratch, as_of);
        }
        let (mut sub, positions, s) = match kind {
            RecordKind::Meeting => match scratch.meetings.pop() {
                Some(m) => {
                    let (mut sub, positions) =
                        self.around.document(&self.doc, record, Seed::Meeting(&m));
                    let s = place(m, &mut sub.meetings, |x| x.id.clone());
                    (sub, positions, s)
                }
                None => return reading.into_problems(),
            },
            _ => match scratch.actions.pop() {
                Some(a) => {
                    let (mut sub, positions) =
                        self.around.document(&self.doc, record, Seed::Action(&a));
                    let s = place(a, &mut sub.actions, |x| x.id.clone());
                    (sub, positions, s)
                }
                None => return reading.into_problems(),
            },
        };
        // The stored place, as a position in the document a reader sees.
        let board_at = match kind {
            RecordKind::Meeting => self.around.meeting_keys.rank(positions.meeting(s)),
            _ => self.around.action_keys.rank(positions.action(s)),
        };
        let list = kind.list_path();
        rewrite_acknowledgements(
            &mut sub,
            Pointer::at(list).index(board_at).as_str(),
            Pointer::at(list).index(s).as_str(),
        );
        // The quorum counts the board's whole membership lists: the neighbourhood's
        // bodies hold only the members the record's checks look up. The meeting rules
        // report only about meetings: an action's check leaves them out.
        findings_with(kind, record, reading, Some(s), || {
            let ix = Index::new(&sub).with_headcounts(self.around.headcounts());
            let options = ValidateOptions {
                as_of,
                ..Default::default()
            };
            sub.validate_in(&ix, &options, kind == RecordKind::Meeting)
        })
    }
}

/// Point the acknowledgements of the record at its board position `from` to its
/// position `to` in a neighbourhood; every other acknowledgement is pointed nowhere (it
/// is about a record left out, and its own findings are about its body, not the record).
fn rewrite_acknowledgements(sub: &mut BoardDocument, from: &str, to: &str) {
    for b in &mut sub.bodies {
        let Some(c) = &mut b.constitution else {
            continue;
        };
        for a in &mut c.acknowledgements {
            let rest = a.path.strip_prefix(from);
            a.path = match rest {
                Some(r) if r.is_empty() || r.starts_with('/') => format!("{to}{r}"),
                _ => String::from("#"),
            };
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What leaving the meeting rules out of an action's check relies on: they report
    /// only under `/meetings/`, here on the example with its meetings broken in many ways.
    #[test]
    fn the_meeting_rules_report_only_about_meetings() {
        let text = include_str!("../../../examples/data/leicester-lscb.json");
        let mut v: Value = serde_json::from_str(text).unwrap_or_default();
        if let Some(ms) = v.get_mut("meetings").and_then(Value::as_array_mut) {
            let copy = ms.clone();
            ms.extend(copy);
            for (k, m) in ms.iter_mut().enumerate() {
                m["body"] = serde_json::json!(if k % 2 == 0 { "b-lscb" } else { "b-none" });
                m["attendance"] = serde_json::json!([
                    {"person": "p-none", "status": "deputy", "deputy_for": "p-chair"},
                    {"person": "p-at", "status": "substitute"},
                    {"person": "p-at", "status": "present"}
                ]);
            }
        }
        let doc: BoardDocument = serde_json::from_value(v).unwrap_or_default();
        let ix = Index::new(&doc);
        let options = ValidateOptions {
            as_of: None,
            ..Default::default()
        };
        let all = doc.validate_in(&ix, &options, true).findings;
        let without = doc.validate_in(&ix, &options, false).findings;
        let left_out: Vec<&Finding> = all.iter().filter(|f| !without.contains(f)).collect();
        assert!(left_out.len() > 10);
        for f in left_out {
            assert!(f.path.starts_with("/meetings/"), "{}", f.path);
        }
        assert!(without.iter().all(|f| all.contains(f)));
    }
}
