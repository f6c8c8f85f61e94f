//! Whole board documents: validate, normalise, the public version, the quorum of a
//! meeting, and the rule catalogue.

use crate::call::{capability, input, json_call, parse, to_json};
use crate::last_error::Failure;
use crate::status::BoardkitStatus;
use boardkit::document::ValidateOptions;
use boardkit::{BoardDocument, Rule};
use serde::Serialize;
use std::os::raw::c_char;

/// Read a board document argument (checks `schema_version` too).
///
/// # Safety
/// As for [`input`].
unsafe fn document(ptr: *const c_char, argument: &str) -> Result<BoardDocument, Failure> {
    // SAFETY: forwarded contract.
    let text = unsafe { input(ptr, argument) }?;
    BoardDocument::from_json(text).map_err(|e| Failure::core(argument, &e))
}

/// Check every governance rule over a whole board document.
///
/// * `document_json`: a board document (`{"schema_version": 1, "organisations": [...], ...}`).
/// * `options_json`: validation options, e.g. `{"as_of": "2017-02-09"}`: the date to
///   judge "overdue" and "due for review" against (boardkit never reads the clock; with
///   no `as_of`, rules that need a date are not run). NULL means `{}`.
/// * `out_json`: receives the report, `{"findings": [{"code", "severity", "path",
///   "message"}, ...]}`, which the caller frees with boardkit_string_free(). A document
///   that breaks rules is still `BOARDKIT_STATUS_OK`: rule breaks are findings, not errors.
///
/// A document that cannot be read at all (bad JSON, unknown field, 31 February...) returns
/// a failure status; the last error names the argument and the JSON Pointer of the value.
///
/// # Safety
/// `document_json` and `options_json` must be NULL or NUL-terminated strings valid for the
/// call; `out_json` must be NULL or point to writable storage for one `char *`.
#[no_mangle]
pub unsafe extern "C" fn boardkit_document_validate(
    document_json: *const c_char,
    options_json: *const c_char,
    out_json: *mut *mut c_char,
) -> BoardkitStatus {
    // SAFETY: forwarded contract.
    unsafe {
        json_call(out_json, || {
            let doc = document(document_json, "document_json")?;
            let options: ValidateOptions = if options_json.is_null() {
                ValidateOptions::default()
            } else {
                parse(options_json, "options_json")?
            };
            to_json(&doc.validate(&options))
        })
    }
}

/// Read a board document and write it back in boardkit's normal form: fields in schema
/// order, defaults made explicit, empty optional parts left out, host `extensions` kept.
/// Normalising twice gives the same text as normalising once.
///
/// * `document_json`: a board document.
/// * `out_json`: receives the normalised document as pretty JSON; free it with
///   boardkit_string_free().
///
/// # Safety
/// `document_json` must be NULL or a NUL-terminated string valid for the call; `out_json`
/// must be NULL or point to writable storage for one `char *`.
#[no_mangle]
pub unsafe extern "C" fn boardkit_document_normalise(
    document_json: *const c_char,
    out_json: *mut *mut c_char,
) -> BoardkitStatus {
    // SAFETY: forwarded contract.
    unsafe {
        json_call(out_json, || {
            let doc = document(document_json, "document_json")?;
            serde_json::to_string_pretty(&doc).map_err(|e| {
                Failure::ffi(
                    BoardkitStatus::Internal,
                    format!("the document could not be written as JSON: {e}"),
                )
            })
        })
    }
}

/// The rule catalogue as JSON.
#[derive(Serialize)]
struct Catalogue {
    /// Every rule, grouped by area.
    rules: Vec<&'static Rule>,
}

/// Every governance rule boardkit can report, so a host can show what each finding code
/// means: `{"rules": [{"code": "board.duplicate_id", "severity": "error", "summary":
/// "..."}, ...]}`. Codes are stable (see RULES.md).
///
/// * `out_json`: receives the catalogue; free it with boardkit_string_free().
///
/// # Safety
/// `out_json` must be NULL or point to writable storage for one `char *`.
#[no_mangle]
pub unsafe extern "C" fn boardkit_catalogue(out_json: *mut *mut c_char) -> BoardkitStatus {
    // SAFETY: forwarded contract.
    unsafe {
        json_call(out_json, || {
            to_json(&Catalogue {
                rules: boardkit::catalogue::all(),
            })
        })
    }
}

/// The publishable version of a board document: what may go on the board's website, with
/// everything tied to confidential material withheld: a confidential item keeps only its
/// number (items beneath it too); declarations about it, the actions and risks it raised,
/// later references to them and people who attended only for it are left out; a meeting
/// marked confidential keeps only its id, body, date and status. Each edited meeting
/// carries what was withheld from it as `redactions` (counts by kind, the Schedule 12A
/// paragraphs, the review date; see boardkit_document_redaction_ledger()). The core's
/// `boardkit::public` module defines it in full.
///
/// * `document_json`: a board document.
/// * `out_json`: receives the public version, a board document in the same shape; free it
///   with boardkit_string_free().
///
/// # Safety
/// `document_json` must be NULL or a NUL-terminated string valid for the call; `out_json`
/// must be NULL or point to writable storage for one `char *`.
#[no_mangle]
pub unsafe extern "C" fn boardkit_document_public_version(
    document_json: *const c_char,
    out_json: *mut *mut c_char,
) -> BoardkitStatus {
    // SAFETY: forwarded contract.
    unsafe {
        json_call(out_json, || {
            let doc = document(document_json, "document_json")?;
            to_json(&doc.public_version())
        })
    }
}

/// The redaction ledger of a board document's public version: per meeting with anything
/// withheld, how many items, decisions, actions, risks, attendees and declarations were
/// withheld, the Schedule 12A paragraphs the paper gives and the review date; never the
/// content. The same entries the public version's meetings carry as `redactions`.
///
/// * `document_json`: a board document.
/// * `out_json`: receives `{"meetings": [{"meeting": "m1", "whole": false, "items": 2,
///   "decisions": 1, "actions": 1, "risks": 0, "attendees": 1, "declarations": 0,
///   "paragraphs": [2], "review_by": "2017-10-20"}], "funding_decisions": 0}`; free it
///   with boardkit_string_free().
///
/// # Safety
/// `document_json` must be NULL or a NUL-terminated string valid for the call; `out_json`
/// must be NULL or point to writable storage for one `char *`.
#[no_mangle]
pub unsafe extern "C" fn boardkit_document_redaction_ledger(
    document_json: *const c_char,
    out_json: *mut *mut c_char,
) -> BoardkitStatus {
    // SAFETY: forwarded contract.
    unsafe {
        json_call(out_json, || {
            let doc = document(document_json, "document_json")?;
            to_json(&doc.redaction_ledger())
        })
    }
}

/// Was a meeting quorate? Counts the voting members present in person or by a deputy
/// against the body's constitution (a number, a percentage of voting members, and where
/// the constitution says so a representative of each statutory partner).
///
/// Request: `{"document": {...}, "meeting": "m-2016-12-08"}`.
/// Response: `{"meeting": "m-2016-12-08", "body": "b-lscb", "quorum": {"voting_members":
/// 26, "voting_present": 16, "required": 13, "missing_statutory_partners": [],
/// "quorate": true}}`; `"quorum": null` when the body has no constitution. A meeting not in
/// the document (or whose body is not) is an error at `/meeting`.
///
/// # Safety
/// `request_json` must be NULL or a NUL-terminated string valid for the call; `out_json`
/// must be NULL or point to writable storage for one `char *`.
#[no_mangle]
pub unsafe extern "C" fn boardkit_meeting_quorum(
    request_json: *const c_char,
    out_json: *mut *mut c_char,
) -> BoardkitStatus {
    // SAFETY: forwarded contract.
    unsafe { capability(request_json, out_json, boardkit::meeting::meeting_quorum) }
}

/// Validate one record in the context of its board document, as a form does while the
/// user types: only the findings about that record come back, with paths relative to it
/// so each message can be shown beside its field.
///
/// Request: `{"kind": "action", "record": {...}, "context": {board document}, "as_of":
/// "2017-02-01"}`; `kind` is one of organisation, person, body, meeting, action, risk,
/// budget, scorecard; `context` and `as_of` are optional. A record whose id is already in
/// the context replaces it (an edit); otherwise it is added.
/// Response: `{"findings": [{"code": "action.due_before_raised", "severity": "error",
/// "path": "/due", "message": "..."}]}`.
///
/// A record that is not well formed is not an error: the status is OK and each shape
/// problem is a finding with the shape error's code (`shape.invalid`...), severity
/// `error`, its path relative to the record and its message, all of them at once (up to
/// 64) where reading can go on. The status is not OK when the request itself cannot be
/// read: not JSON, an unknown `kind` (`/kind`), a bad `as_of` (`/as_of`), a `context`
/// that is not a board document (`/context/...`; an unusable risk matrix in it is
/// `BOARDKIT_STATUS_CONFIG`), or JSON in `record` that no record could be read from
/// whatever its kind: a key given twice, nesting deeper than 48 levels, or a number that
/// cannot be kept exactly (`/record/...`).
///
/// # Safety
/// `request_json` must be NULL or a NUL-terminated string valid for the call; `out_json`
/// must be NULL or point to writable storage for one `char *`.
#[no_mangle]
pub unsafe extern "C" fn boardkit_document_validate_record(
    request_json: *const c_char,
    out_json: *mut *mut c_char,
) -> BoardkitStatus {
    // SAFETY: forwarded contract.
    unsafe { capability(request_json, out_json, boardkit::document::validate_record) }
}
