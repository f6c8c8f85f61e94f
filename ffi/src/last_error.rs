//! The per-thread last error: what went wrong in the most recent call on this thread.

use crate::c_string::to_c_string;
use crate::status::BoardkitStatus;
use std::cell::RefCell;
use std::os::raw::c_char;
use std::panic::{catch_unwind, AssertUnwindSafe};

/// Details of a failed call, kept per thread until the next call on the same thread.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Failure {
    /// The status returned to the caller.
    pub status: BoardkitStatus,
    /// Stable code (`shape.invalid`, `ffi.null_argument`...).
    pub code: String,
    /// JSON Pointer of the offending value inside the named argument (`""` = the whole input).
    pub path: String,
    /// Plain English, naming the argument (`request_json: ...`); never quotes the input
    /// and never holds the path (that is `path`).
    pub message: String,
}

impl Failure {
    /// A failure of the FFI layer itself (not a core error).
    pub fn ffi(status: BoardkitStatus, message: impl Into<String>) -> Self {
        Failure {
            status,
            code: status.code().to_string(),
            path: String::new(),
            message: message.into(),
        }
    }

    /// A core shape error in the input named `argument`.
    pub fn core(argument: &str, e: &boardkit::Error) -> Self {
        Failure {
            status: BoardkitStatus::from(e),
            code: e.code().to_string(),
            path: e.path().to_string(),
            message: format!("{argument}: {e}"),
        }
    }
}

thread_local! {
    static LAST: RefCell<Option<Failure>> = const { RefCell::new(None) };
}

/// Remember `failure` as this thread's last error. A C string cannot hold NUL, so any NUL
/// in the message, code or path is replaced by U+FFFD: a failure always has a message
/// (NULL means "no error" to the caller).
pub(crate) fn set(mut failure: Failure) {
    for part in [&mut failure.message, &mut failure.code, &mut failure.path] {
        if part.contains('\0') {
            *part = part.replace('\0', "\u{FFFD}");
        }
    }
    if failure.message.trim().is_empty() {
        failure.message = format!("the call failed ({})", failure.status.code());
    }
    let _ = LAST.try_with(|cell| {
        if let Ok(mut slot) = cell.try_borrow_mut() {
            *slot = Some(failure);
        }
    });
}

/// Forget this thread's last error (the call succeeded).
pub(crate) fn clear() {
    let _ = LAST.try_with(|cell| {
        if let Ok(mut slot) = cell.try_borrow_mut() {
            *slot = None;
        }
    });
}

/// A copy of one part of this thread's last error as a C string the caller frees. A NUL
/// (which no message, code or path should hold) is dropped rather than losing the text,
/// so a failure always has its message.
fn field(pick: fn(&Failure) -> &str) -> *mut c_char {
    catch_unwind(AssertUnwindSafe(|| {
        LAST.try_with(|cell| {
            cell.try_borrow().ok().and_then(|slot| {
                slot.as_ref()
                    .map(|f| to_c_string(pick(f).replace('\0', "")))
            })
        })
        .ok()
        .flatten()
        .flatten()
        .unwrap_or(std::ptr::null_mut())
    }))
    .unwrap_or(std::ptr::null_mut())
}

/// The status of the most recent failed call on this thread, or `BOARDKIT_STATUS_OK`
/// when the most recent call succeeded (or none has been made).
#[no_mangle]
pub extern "C" fn boardkit_last_error_status() -> BoardkitStatus {
    catch_unwind(|| {
        LAST.try_with(|cell| {
            cell.try_borrow()
                .ok()
                .and_then(|slot| slot.as_ref().map(|f| f.status))
        })
        .ok()
        .flatten()
        .unwrap_or(BoardkitStatus::Ok)
    })
    .unwrap_or(BoardkitStatus::Panic)
}

/// The message of the most recent failed call on this thread: plain English for a
/// business-support officer, naming the argument, e.g.
/// `request_json: Enter a date like 2017-01-31.` It never quotes a value from the input
/// and does not hold the path (boardkit_last_error_path() gives it). Every failure has a
/// message.
///
/// Returns NULL when the most recent call on this thread succeeded. Otherwise a new string
/// the caller must release with boardkit_string_free(). Reading it does not clear it.
#[no_mangle]
pub extern "C" fn boardkit_last_error_message() -> *mut c_char {
    field(|f| &f.message)
}

/// The stable code of the most recent failed call on this thread (`shape.syntax`,
/// `shape.invalid`, `shape.empty`, `shape.schema_version`, `shape.config`,
/// `shape.overflow`, `ffi.null_argument`, `ffi.invalid_utf8`, `ffi.panic`, `ffi.internal`).
///
/// Returns NULL when the most recent call on this thread succeeded. Otherwise a new string
/// the caller must release with boardkit_string_free().
#[no_mangle]
pub extern "C" fn boardkit_last_error_code() -> *mut c_char {
    field(|f| &f.code)
}

/// The JSON Pointer (RFC 6901) of the offending value in the most recent failed call on
/// this thread, relative to the argument the message names (`/meetings/0/date`; `""`
/// for the whole input), so a form can put the message beside the field.
///
/// Returns NULL when the most recent call on this thread succeeded. Otherwise a new string
/// the caller must release with boardkit_string_free().
#[no_mangle]
pub extern "C" fn boardkit_last_error_path() -> *mut c_char {
    field(|f| &f.path)
}
