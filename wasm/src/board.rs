//! A loaded board for JS hosts: the raw class behind `Board` in `api.js`, which adds
//! `[Symbol.dispose]` and a FinalizationRegistry. Every argument and result crosses as
//! JSON text, as for the one-shot functions.

use crate::{from_js, options, to_js, to_js_error};
use boardkit::document::RecordKind;
use boardkit::loaded::RecordRequest;
use boardkit::{Board, Error};
use std::sync::atomic::{AtomicUsize, Ordering};
use wasm_bindgen::prelude::*;

/// A board document read once, with its look-ups (see `boardkit::Board`).
#[wasm_bindgen(js_name = RawBoard, skip_typescript)]
pub struct RawBoard {
    board: Board,
}

/// How many boards are open (opened and not yet freed), for hosts checking for leaks.
static OPEN: AtomicUsize = AtomicUsize::new(0);

/// How many boards are open in the module (opened and not yet freed).
#[wasm_bindgen(js_name = openBoards, skip_typescript)]
pub fn open_boards() -> usize {
    OPEN.load(Ordering::Relaxed)
}

impl Drop for RawBoard {
    fn drop(&mut self) {
        OPEN.fetch_sub(1, Ordering::Relaxed);
    }
}

fn kind(json: &str) -> Result<RecordKind, Error> {
    from_js(json)
}

fn thrown<T>(result: Result<T, Error>) -> Result<T, JsValue> {
    result.map_err(|e| to_js_error(&e))
}

#[wasm_bindgen(js_class = RawBoard)]
impl RawBoard {
    /// Open a board from the JSON text of its document (the strict reader's errors).
    #[wasm_bindgen(constructor)]
    pub fn open(doc: &str) -> Result<RawBoard, JsValue> {
        let board = thrown(Board::open(doc))?;
        OPEN.fetch_add(1, Ordering::Relaxed);
        Ok(RawBoard { board })
    }

    /// Check every governance rule: the report as JSON text.
    pub fn validate(&self, options_json: &str) -> Result<String, JsValue> {
        thrown(options(options_json).and_then(|o| to_js(&self.board.validate(&o))))
    }

    /// Check one record (`{kind, record, as_of}`) against the board: the report.
    #[wasm_bindgen(js_name = validateRecord)]
    pub fn validate_record(&self, request: &str) -> Result<String, JsValue> {
        thrown(from_js::<RecordRequest>(request).and_then(|r| to_js(&self.board.check(&r))))
    }

    /// Answer a question by name, given the rest of its request.
    pub fn query(&self, name: &str, params: &str) -> Result<String, JsValue> {
        thrown(from_js::<serde_json::Value>(params).and_then(|p| self.board.query(name, &p)))
    }

    /// Add a record of a kind (`"action"`): its position.
    pub fn insert(&mut self, kind_json: &str, record: &str) -> Result<usize, JsValue> {
        let (k, r) = thrown(kind(kind_json).and_then(|k| Ok((k, from_js(record)?))))?;
        thrown(self.board.insert(k, &r))
    }

    /// Replace the record of a kind with the record's id: its position.
    pub fn replace(&mut self, kind_json: &str, record: &str) -> Result<usize, JsValue> {
        let (k, r) = thrown(kind(kind_json).and_then(|k| Ok((k, from_js(record)?))))?;
        thrown(self.board.replace(k, &r))
    }

    /// Remove the record of a kind with an id: the position it had.
    pub fn remove(&mut self, kind_json: &str, id: &str) -> Result<usize, JsValue> {
        let k = thrown(kind(kind_json))?;
        thrown(self.board.remove(k, id))
    }

    /// The document as JSON text for `JSON.parse` (an extension number a JavaScript
    /// number cannot hold is a string of its text: see `boardkit::extension::for_js_objects`).
    pub fn document(&self) -> String {
        boardkit::extension::for_js_objects(|| self.board.to_json())
    }

    /// The document as JSON text, every number of `extensions` as written.
    #[wasm_bindgen(js_name = documentText)]
    pub fn document_text(&self) -> String {
        self.board.to_json()
    }
}
