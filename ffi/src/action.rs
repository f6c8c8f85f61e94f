//! The action log: what the board asked whom to do, by when, and where it stands as of a
//! date the caller gives (boardkit never reads the clock).
//!
//! Every function takes one JSON request and hands back one JSON response through
//! `out_json` (free it with `boardkit_string_free`). An action entry in a response is
//! `{"id", "index", "ref", "raised_at", "raised_on", "status", "due_on", "days_to_due",
//! "overdue", "undated", "done_on", "rag", "rag_reason", "owners"}` (absent when unknown:
//! `raised_on`, `due_on`, `days_to_due`, `done_on`); lists are in log order (date raised,
//! then minute number, then id).

use crate::call::capability;
use crate::status::BoardkitStatus;
use boardkit::action;
use std::os::raw::c_char;

/// The whole action log as of a date, with its summary: what a board business unit
/// brings to each meeting.
///
/// Request: `{"document": {...board document...}, "as_of": "2017-02-01", "amber_days": 14}`
/// (`amber_days`, the warning window of the RAG rating, is optional: 14 days).
/// Response: `{"as_of": "2017-02-01", "entries": [action entry, ...], "summary": {...as
/// boardkit_action_summary...}}`.
///
/// # Safety
/// `request_json` must be NULL or a NUL-terminated string valid for the call; `out_json`
/// must be NULL or point to writable storage for one `char *`.
#[no_mangle]
pub unsafe extern "C" fn boardkit_action_log(
    request_json: *const c_char,
    out_json: *mut *mut c_char,
) -> BoardkitStatus {
    // SAFETY: forwarded contract.
    unsafe { capability(request_json, out_json, action::log) }
}

/// The open actions as of a date: raised by then and not completed, closed or superseded.
///
/// Request: `{"document": {...}, "as_of": "2017-02-01", "amber_days": 14}` (`amber_days`
/// optional). Response: `{"as_of": "2017-02-01", "actions": [action entry, ...]}`.
///
/// # Safety
/// `request_json` must be NULL or a NUL-terminated string valid for the call; `out_json`
/// must be NULL or point to writable storage for one `char *`.
#[no_mangle]
pub unsafe extern "C" fn boardkit_action_open(
    request_json: *const c_char,
    out_json: *mut *mut c_char,
) -> BoardkitStatus {
    // SAFETY: forwarded contract.
    unsafe { capability(request_json, out_json, action::open) }
}

/// The overdue actions as of a date: open and past the day they were due (an action due
/// on the date itself is not yet overdue; a month due falls on its last day, a meeting due
/// on that meeting's date).
///
/// Request: `{"document": {...}, "as_of": "2017-02-01", "amber_days": 14}` (`amber_days`
/// optional). Response: `{"as_of": "2017-02-01", "actions": [action entry, ...]}`, each
/// with `"overdue": true` and a negative `days_to_due`.
///
/// # Safety
/// `request_json` must be NULL or a NUL-terminated string valid for the call; `out_json`
/// must be NULL or point to writable storage for one `char *`.
#[no_mangle]
pub unsafe extern "C" fn boardkit_action_overdue(
    request_json: *const c_char,
    out_json: *mut *mut c_char,
) -> BoardkitStatus {
    // SAFETY: forwarded contract.
    unsafe { capability(request_json, out_json, action::overdue) }
}

/// The undated actions as of a date: open actions the minutes gave no "by" date for (or
/// one that cannot be worked out), which can therefore never be called overdue.
///
/// Request: `{"document": {...}, "as_of": "2017-02-01", "amber_days": 14}` (`amber_days`
/// optional). Response: `{"as_of": "2017-02-01", "actions": [action entry, ...]}`.
///
/// # Safety
/// `request_json` must be NULL or a NUL-terminated string valid for the call; `out_json`
/// must be NULL or point to writable storage for one `char *`.
#[no_mangle]
pub unsafe extern "C" fn boardkit_action_undated(
    request_json: *const c_char,
    out_json: *mut *mut c_char,
) -> BoardkitStatus {
    // SAFETY: forwarded contract.
    unsafe { capability(request_json, out_json, action::undated) }
}

/// The actions completed, closed or superseded by a date.
///
/// Request: `{"document": {...}, "as_of": "2017-02-01", "amber_days": 14}` (`amber_days`
/// optional). Response: `{"as_of": "2017-02-01", "actions": [action entry, ...]}`, each
/// with `"rag": "complete"`.
///
/// # Safety
/// `request_json` must be NULL or a NUL-terminated string valid for the call; `out_json`
/// must be NULL or point to writable storage for one `char *`.
#[no_mangle]
pub unsafe extern "C" fn boardkit_action_completed(
    request_json: *const c_char,
    out_json: *mut *mut c_char,
) -> BoardkitStatus {
    // SAFETY: forwarded contract.
    unsafe { capability(request_json, out_json, action::completed) }
}

/// Every action raised by a date with its RAG rating: `red` overdue; `amber` due within
/// the warning window, undated or recorded as outstanding; `green` open and due later;
/// `complete` done (many boards show it blue).
///
/// Request: `{"document": {...}, "as_of": "2017-02-01", "amber_days": 14}` (`amber_days`
/// optional, 14 days). Response: `{"as_of": "2017-02-01", "actions": [action entry, ...]}`;
/// each entry's `rag` is `red|amber|green|complete` and `rag_reason` is
/// `overdue|due_soon|undated|outstanding|on_track|done`.
///
/// # Safety
/// `request_json` must be NULL or a NUL-terminated string valid for the call; `out_json`
/// must be NULL or point to writable storage for one `char *`.
#[no_mangle]
pub unsafe extern "C" fn boardkit_action_rag(
    request_json: *const c_char,
    out_json: *mut *mut c_char,
) -> BoardkitStatus {
    // SAFETY: forwarded contract.
    unsafe { capability(request_json, out_json, action::rag) }
}

/// The action log counted per owner and per status as of a date: who holds how many open,
/// overdue and undated actions.
///
/// Request: `{"document": {...}, "as_of": "2017-02-01", "amber_days": 14}` (`amber_days`
/// optional). Response: `{"as_of": "2017-02-01", "totals": {"total", "open", "overdue",
/// "undated", "done"}, "by_owner": [{"owner": {"person": "p-cw"}, "counts": {...}}, ...],
/// "by_status": [{"status": "open", "count": 3}, ...]}`.
///
/// # Safety
/// `request_json` must be NULL or a NUL-terminated string valid for the call; `out_json`
/// must be NULL or point to writable storage for one `char *`.
#[no_mangle]
pub unsafe extern "C" fn boardkit_action_summary(
    request_json: *const c_char,
    out_json: *mut *mut c_char,
) -> BoardkitStatus {
    // SAFETY: forwarded contract.
    unsafe { capability(request_json, out_json, action::summary) }
}

/// The open actions falling due within a window: from `as_of` to `as_of` + `days`,
/// inclusive (already overdue actions are not included; see boardkit_action_overdue).
///
/// Request: `{"document": {...}, "as_of": "2017-02-01", "days": 28}`.
/// Response: `{"as_of": "2017-02-01", "actions": [action entry, ...]}`.
///
/// # Safety
/// `request_json` must be NULL or a NUL-terminated string valid for the call; `out_json`
/// must be NULL or point to writable storage for one `char *`.
#[no_mangle]
pub unsafe extern "C" fn boardkit_action_due_within(
    request_json: *const c_char,
    out_json: *mut *mut c_char,
) -> BoardkitStatus {
    // SAFETY: forwarded contract.
    unsafe { capability(request_json, out_json, action::due_within) }
}

/// Carry actions forward: the open actions of a meeting (and those already carried to it
/// from earlier meetings of its board) as the matters-arising list of the next meeting.
///
/// Request: `{"document": {...}, "meeting": "m-2016-12-08", "as_of": "2017-02-01"}`.
/// Response: `{"meeting": "m-2016-12-08", "next_meeting": "m-2017-02-09", "as_of":
/// "2017-02-01", "matters_arising": [{"action_ref": "3.1", "action": "a-...", "status":
/// "open"}, ...]}` (`next_meeting` absent when the document has none). An unknown meeting
/// is an error at `/meeting`.
///
/// # Safety
/// `request_json` must be NULL or a NUL-terminated string valid for the call; `out_json`
/// must be NULL or point to writable storage for one `char *`.
#[no_mangle]
pub unsafe extern "C" fn boardkit_action_carry_forward(
    request_json: *const c_char,
    out_json: *mut *mut c_char,
) -> BoardkitStatus {
    // SAFETY: forwarded contract.
    unsafe { capability(request_json, out_json, action::carry_forward) }
}

/// One action's status history, oldest first: its own dated history, the statuses
/// recorded against it in later meetings' matters arising, and its closing date.
///
/// Request: `{"document": {...}, "action": "a-2016-12-08-12"}`.
/// Response: `{"action": "a-2016-12-08-12", "raised_on": "2016-12-08", "status":
/// "completed", "events": [{"date", "status", "meeting", "note", "source", "path"}, ...]}`.
/// An unknown action is an error at `/action`.
///
/// # Safety
/// `request_json` must be NULL or a NUL-terminated string valid for the call; `out_json`
/// must be NULL or point to writable storage for one `char *`.
#[no_mangle]
pub unsafe extern "C" fn boardkit_action_history(
    request_json: *const c_char,
    out_json: *mut *mut c_char,
) -> BoardkitStatus {
    // SAFETY: forwarded contract.
    unsafe { capability(request_json, out_json, action::history) }
}

/// Write every status recorded in a meeting's matters arising into the history of the
/// action it applies to (dated with the meeting, naming it). Running it twice changes
/// nothing the second time.
///
/// Request: `{"document": {...}}`.
/// Response: `{"document": {...the updated board document...}, "added": 4}`.
///
/// # Safety
/// `request_json` must be NULL or a NUL-terminated string valid for the call; `out_json`
/// must be NULL or point to writable storage for one `char *`.
#[no_mangle]
pub unsafe extern "C" fn boardkit_action_flow_matters_arising(
    request_json: *const c_char,
    out_json: *mut *mut c_char,
) -> BoardkitStatus {
    // SAFETY: forwarded contract.
    unsafe { capability(request_json, out_json, action::flow_matters_arising) }
}

/// Actions whose due date was revised, with how often it slipped later.
///
/// Request: `{"document": {...}, "as_of": "2017-02-01"}`. Response: `[{"id", "index",
/// "original_due_on", "due_on", "slips", "revisions"}, ...]` in log order
/// (`original_due_on` and `due_on` absent when they do not resolve to a day).
///
/// # Safety
/// `request_json` must be NULL or a NUL-terminated string valid for the call; `out_json`
/// must be NULL or point to writable storage for one `char *`.
#[no_mangle]
pub unsafe extern "C" fn boardkit_action_slipped(
    request_json: *const c_char,
    out_json: *mut *mut c_char,
) -> BoardkitStatus {
    // SAFETY: forwarded contract.
    unsafe { capability(request_json, out_json, action::slipped) }
}

/// Actions completed or closed after the due date in force.
///
/// Request: `{"document": {...}, "as_of": "2017-02-01"}`. Response: `[{"id", "index",
/// "due_on", "done_on", "days_late"}, ...]` in log order.
///
/// # Safety
/// `request_json` must be NULL or a NUL-terminated string valid for the call; `out_json`
/// must be NULL or point to writable storage for one `char *`.
#[no_mangle]
pub unsafe extern "C" fn boardkit_action_late_completions(
    request_json: *const c_char,
    out_json: *mut *mut c_char,
) -> BoardkitStatus {
    // SAFETY: forwarded contract.
    unsafe { capability(request_json, out_json, action::late_completions) }
}

/// Open actions as of a date grouped by the owner in force on that date.
///
/// Request: `{"document": {...}, "as_of": "2017-02-01"}`. Response: `[{"owner": {"person":
/// "p-1"}, "actions": ["a1", ...]}, ...]`: people first, then groups, initials, roles.
///
/// # Safety
/// `request_json` must be NULL or a NUL-terminated string valid for the call; `out_json`
/// must be NULL or point to writable storage for one `char *`.
#[no_mangle]
pub unsafe extern "C" fn boardkit_action_open_by_owner(
    request_json: *const c_char,
    out_json: *mut *mut c_char,
) -> BoardkitStatus {
    // SAFETY: forwarded contract.
    unsafe { capability(request_json, out_json, action::open_by_owner) }
}

/// Open actions as of a date grouped by the agency of their owners.
///
/// Request: `{"document": {...}, "as_of": "2017-02-01"}`. Response: `[{"organisation":
/// "o-1", "actions": ["a1", ...]}, ...]`, with owners of no agency last (no
/// `organisation`).
///
/// # Safety
/// `request_json` must be NULL or a NUL-terminated string valid for the call; `out_json`
/// must be NULL or point to writable storage for one `char *`.
#[no_mangle]
pub unsafe extern "C" fn boardkit_action_open_by_agency(
    request_json: *const c_char,
    out_json: *mut *mut c_char,
) -> BoardkitStatus {
    // SAFETY: forwarded contract.
    unsafe { capability(request_json, out_json, action::open_by_agency) }
}
