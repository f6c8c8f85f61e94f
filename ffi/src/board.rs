//! A loaded board: an opaque handle to a board document read once, with its look-ups,
//! for hosts that check and query one board many times.
//!
//! Open it from JSON with boardkit_board_open(), free it with boardkit_board_free().
//! Checking one action or meeting record against it costs in proportion to the record
//! and what it refers to, not to the board.
//!
//! Threads: a board is one value in memory. Any number of threads may read one board at
//! once (validate, validate a record, query, document); an edit (insert, replace, remove)
//! must not run while any other call on the same board runs (guard it as with a
//! read-write lock). Different boards are independent: one per thread needs no lock.

use crate::call::{input, json_call, parse, to_json};
use crate::last_error::{self, Failure};
use crate::status::BoardkitStatus;
use boardkit::document::{RecordKind, ValidateOptions};
use boardkit::loaded::RecordRequest;
use boardkit::Board;
use std::os::raw::c_char;
use std::panic::{catch_unwind, AssertUnwindSafe};

/// A loaded board (opaque). Opened by boardkit_board_open(), freed by boardkit_board_free().
pub struct BoardkitBoard {
    board: Board,
}

/// Run `body` behind the no-panic wall; record the last error on failure.
fn guarded(body: impl FnOnce() -> Result<(), Failure>) -> BoardkitStatus {
    let failure = match catch_unwind(AssertUnwindSafe(body)) {
        Ok(Ok(())) => {
            last_error::clear();
            return BoardkitStatus::Ok;
        }
        Ok(Err(f)) => f,
        Err(_) => Failure::ffi(
            BoardkitStatus::Panic,
            "internal defect in boardkit (please report)",
        ),
    };
    let status = failure.status;
    last_error::set(failure);
    status
}

fn null(argument: &str) -> Failure {
    Failure::ffi(
        BoardkitStatus::NullArgument,
        format!("{argument}: must not be NULL"),
    )
}

/// Borrow the board behind a handle.
///
/// # Safety
/// `board` must be NULL or a handle from boardkit_board_open() not yet freed.
unsafe fn borrow<'a>(board: *const BoardkitBoard) -> Result<&'a Board, Failure> {
    // SAFETY: the caller's contract.
    unsafe { board.as_ref() }
        .map(|b| &b.board)
        .ok_or_else(|| null("board"))
}

/// Read a record kind given as a plain string (`action`).
///
/// # Safety
/// As for [`input`].
unsafe fn kind(ptr: *const c_char) -> Result<RecordKind, Failure> {
    // SAFETY: forwarded contract.
    let text = unsafe { input(ptr, "kind") }?;
    boardkit::error::from_value(serde_json::Value::String(text.to_string()))
        .map_err(|e| Failure::core("kind", &e))
}

/// Open a board from the JSON text of its document, read as strictly as
/// boardkit_document_validate() reads it (the same errors at the same paths).
///
/// Threads: any number of threads may read one board at once (validate, validate a
/// record, query, document); an edit (insert, replace, remove) must not run while any
/// other call on the same board runs. Separate boards are independent.
///
/// * `document_json`: a board document.
/// * `out_board`: receives the handle (NULL on failure); free it with
///   boardkit_board_free().
///
/// # Safety
/// `document_json` must be NULL or a NUL-terminated string valid for the call;
/// `out_board` must be NULL or point to writable storage for one pointer.
#[no_mangle]
pub unsafe extern "C" fn boardkit_board_open(
    document_json: *const c_char,
    out_board: *mut *mut BoardkitBoard,
) -> BoardkitStatus {
    guarded(|| {
        if out_board.is_null() {
            return Err(null("out_board"));
        }
        // SAFETY: checked non-null; the caller guarantees it is writable.
        unsafe { *out_board = std::ptr::null_mut() };
        // SAFETY: the caller's contract.
        let text = unsafe { input(document_json, "document_json") }?;
        let board = Board::open(text).map_err(|e| Failure::core("document_json", &e))?;
        let handle = Box::into_raw(Box::new(BoardkitBoard { board }));
        // SAFETY: as above.
        unsafe { *out_board = handle };
        Ok(())
    })
}

/// Free a board. NULL is ignored. The handle must not be used again.
///
/// # Safety
/// `board` must be NULL or a handle from boardkit_board_open() not yet freed, with no
/// other call on it running.
#[no_mangle]
pub unsafe extern "C" fn boardkit_board_free(board: *mut BoardkitBoard) {
    if board.is_null() {
        return;
    }
    let _ = catch_unwind(AssertUnwindSafe(|| {
        // SAFETY: the caller's contract: a live handle from Box::into_raw.
        drop(unsafe { Box::from_raw(board) });
    }));
}

/// Check every governance rule on the board.
///
/// * `options_json`: `{"as_of": "2017-02-09"}`; NULL means `{}`.
/// * `out_json`: receives the report (as boardkit_document_validate()).
///
/// # Safety
/// `board` must be NULL or a live handle; `options_json` NULL or a NUL-terminated string;
/// `out_json` NULL or writable storage for one `char *`.
#[no_mangle]
pub unsafe extern "C" fn boardkit_board_validate(
    board: *const BoardkitBoard,
    options_json: *const c_char,
    out_json: *mut *mut c_char,
) -> BoardkitStatus {
    // SAFETY: forwarded contract.
    unsafe {
        json_call(out_json, || {
            let b = borrow(board)?;
            let options: ValidateOptions = if options_json.is_null() {
                ValidateOptions::default()
            } else {
                parse(options_json, "options_json")?
            };
            to_json(&b.validate(&options))
        })
    }
}

/// Check one record against the board, as a form does while the user types: the
/// findings boardkit_document_validate_record() gives with this board as the `context`.
///
/// * `request_json`: `{"kind": "action", "record": {...}, "as_of": "2017-02-09"}`.
/// * `out_json`: receives the report, paths relative to the record.
///
/// # Safety
/// As for boardkit_board_validate().
#[no_mangle]
pub unsafe extern "C" fn boardkit_board_validate_record(
    board: *const BoardkitBoard,
    request_json: *const c_char,
    out_json: *mut *mut c_char,
) -> BoardkitStatus {
    // SAFETY: forwarded contract.
    unsafe {
        json_call(out_json, || {
            let b = borrow(board)?;
            let request: RecordRequest = parse(request_json, "request_json")?;
            to_json(&b.check(&request))
        })
    }
}

/// Answer a question about the board by name: `action_overdue`, `action_log`,
/// `risk_ratings`, `report_attendance`... (every name is in the README), given the rest
/// of its request without the document: `{"as_of": "2017-01-31"}` (NULL means `{}`).
///
/// # Safety
/// As for boardkit_board_validate(); `name` NULL or a NUL-terminated string.
#[no_mangle]
pub unsafe extern "C" fn boardkit_board_query(
    board: *const BoardkitBoard,
    name: *const c_char,
    params_json: *const c_char,
    out_json: *mut *mut c_char,
) -> BoardkitStatus {
    // SAFETY: forwarded contract.
    unsafe {
        json_call(out_json, || {
            let b = borrow(board)?;
            let name = input(name, "name")?;
            let params: serde_json::Value = if params_json.is_null() {
                serde_json::Value::Null
            } else {
                parse(params_json, "params_json")?
            };
            b.query(name, &params)
                .map_err(|e| Failure::core("params_json", &e))
        })
    }
}

/// The board's document as compact JSON.
///
/// # Safety
/// As for boardkit_board_validate().
#[no_mangle]
pub unsafe extern "C" fn boardkit_board_document(
    board: *const BoardkitBoard,
    out_json: *mut *mut c_char,
) -> BoardkitStatus {
    // SAFETY: forwarded contract.
    unsafe { json_call(out_json, || Ok(borrow(board)?.to_json())) }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Edit {
    Insert,
    Replace,
}

/// # Safety
/// As for boardkit_board_insert().
unsafe fn edit(
    board: *mut BoardkitBoard,
    kind_name: *const c_char,
    record_json: *const c_char,
    out_index: *mut usize,
    how: Edit,
) -> BoardkitStatus {
    guarded(|| {
        // SAFETY: the caller's contract.
        let b = unsafe { board.as_mut() }.ok_or_else(|| null("board"))?;
        // SAFETY: the caller's contract.
        let k = unsafe { kind(kind_name) }?;
        // SAFETY: the caller's contract.
        let record: serde_json::Value = unsafe { parse(record_json, "record_json") }?;
        let at = match how {
            Edit::Insert => b.board.insert(k, &record),
            Edit::Replace => b.board.replace(k, &record),
        }
        .map_err(|e| Failure::core("record_json", &e))?;
        // SAFETY: NULL or writable by the caller's contract.
        if let Some(out) = unsafe { out_index.as_mut() } {
            *out = at;
        }
        Ok(())
    })
}

/// Add a record to the board.
///
/// * `kind`: `organisation`, `person`, `body`, `meeting`, `action`, `risk`, `budget` or
///   `scorecard` (plain text, not JSON).
/// * `record_json`: the record; an error when one of this kind with its id is on the
///   board (path `/id`), or when it is not well formed (its path within the record).
/// * `out_index`: NULL, or receives the record's position in its list.
///
/// On failure the board is unchanged.
///
/// # Safety
/// `board` must be NULL or a live handle with no other call on it running; `kind` and
/// `record_json` NULL or NUL-terminated strings; `out_index` NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn boardkit_board_insert(
    board: *mut BoardkitBoard,
    kind: *const c_char,
    record_json: *const c_char,
    out_index: *mut usize,
) -> BoardkitStatus {
    // SAFETY: forwarded contract.
    unsafe { edit(board, kind, record_json, out_index, Edit::Insert) }
}

/// Replace the record of this kind with the record's id (an error at `/id` when there is
/// none). As boardkit_board_insert() otherwise.
///
/// # Safety
/// As for boardkit_board_insert().
#[no_mangle]
pub unsafe extern "C" fn boardkit_board_replace(
    board: *mut BoardkitBoard,
    kind: *const c_char,
    record_json: *const c_char,
    out_index: *mut usize,
) -> BoardkitStatus {
    // SAFETY: forwarded contract.
    unsafe { edit(board, kind, record_json, out_index, Edit::Replace) }
}

/// Remove the record of this kind with this id (a budget's id is `body|year`); an error
/// when there is none. `out_index`: NULL, or receives the position it had.
///
/// # Safety
/// As for boardkit_board_insert(); `id` NULL or a NUL-terminated string.
#[no_mangle]
pub unsafe extern "C" fn boardkit_board_remove(
    board: *mut BoardkitBoard,
    kind_name: *const c_char,
    id: *const c_char,
    out_index: *mut usize,
) -> BoardkitStatus {
    guarded(|| {
        // SAFETY: the caller's contract.
        let b = unsafe { board.as_mut() }.ok_or_else(|| null("board"))?;
        // SAFETY: the caller's contract.
        let k = unsafe { kind(kind_name) }?;
        // SAFETY: the caller's contract.
        let id = unsafe { input(id, "id") }?;
        let at = b.board.remove(k, id).map_err(|e| Failure::core("id", &e))?;
        // SAFETY: NULL or writable by the caller's contract.
        if let Some(out) = unsafe { out_index.as_mut() } {
            *out = at;
        }
        Ok(())
    })
}
