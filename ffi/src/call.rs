//! The one calling convention every entry point uses: read C strings, run the core
//! inside `catch_unwind`, hand back a JSON string owned by Rust, record the last error.

use crate::c_string::to_c_string;
use crate::last_error::{self, Failure};
use crate::status::BoardkitStatus;
use serde::de::DeserializeOwned;
use serde::Serialize;
use std::ffi::CStr;
use std::os::raw::c_char;
use std::panic::{catch_unwind, AssertUnwindSafe};

/// Run `body` behind the no-panic wall and hand its JSON text back through `out_json`.
///
/// * `out_json` NULL: `NullArgument`, nothing else is run.
/// * `*out_json` is set to NULL first, so the caller never frees a stale pointer.
/// * `Ok(text)`: `*out_json` receives a new C string (free with `boardkit_string_free`),
///   the thread's last error is cleared, `Ok` is returned.
/// * `Err(failure)` or a panic: the thread's last error is set and its status returned.
///
/// # Safety
/// `out_json` must be NULL or point to writable storage for one `char *`.
pub(crate) unsafe fn json_call<F>(out_json: *mut *mut c_char, body: F) -> BoardkitStatus
where
    F: FnOnce() -> Result<String, Failure>,
{
    let outcome = catch_unwind(AssertUnwindSafe(|| -> Result<*mut c_char, Failure> {
        if out_json.is_null() {
            return Err(Failure::ffi(
                BoardkitStatus::NullArgument,
                "out_json: must point to a char * to receive the result",
            ));
        }
        // SAFETY: checked non-null; the caller guarantees it is writable.
        unsafe { *out_json = std::ptr::null_mut() };
        let text = body()?;
        to_c_string(text).ok_or_else(|| {
            Failure::ffi(
                BoardkitStatus::Internal,
                "the result contains a NUL byte and cannot be handed back as a C string",
            )
        })
    }));
    let failure = match outcome {
        Ok(Ok(ptr)) => {
            // SAFETY: `out_json` was checked non-null inside the closure (Ok implies it).
            unsafe { *out_json = ptr };
            last_error::clear();
            return BoardkitStatus::Ok;
        }
        Ok(Err(failure)) => failure,
        Err(payload) => {
            let what = payload
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown".to_string());
            Failure::ffi(
                BoardkitStatus::Panic,
                format!("internal defect in boardkit (please report): {what}"),
            )
        }
    };
    let status = failure.status;
    last_error::set(failure);
    status
}

/// Borrow the NUL-terminated UTF-8 string `ptr`, named `argument` in any error.
///
/// # Safety
/// `ptr` must be NULL or point to a NUL-terminated string that stays valid and unchanged
/// for the lifetime `'a` (the length of the call).
pub(crate) unsafe fn input<'a>(ptr: *const c_char, argument: &str) -> Result<&'a str, Failure> {
    if ptr.is_null() {
        return Err(Failure::ffi(
            BoardkitStatus::NullArgument,
            format!("{argument}: must not be NULL"),
        ));
    }
    // SAFETY: non-null and NUL-terminated by the caller's contract.
    let bytes = unsafe { CStr::from_ptr(ptr) };
    bytes.to_str().map_err(|e| {
        Failure::ffi(
            BoardkitStatus::InvalidUtf8,
            format!(
                "{argument}: not valid UTF-8 (first bad byte at offset {})",
                e.valid_up_to()
            ),
        )
    })
}

/// Read the JSON text in `ptr` as a `T` (unknown fields are errors; errors carry the
/// JSON Pointer of the bad value).
///
/// # Safety
/// As for [`input`].
pub(crate) unsafe fn parse<T: DeserializeOwned>(
    ptr: *const c_char,
    argument: &str,
) -> Result<T, Failure> {
    // SAFETY: forwarded contract.
    let text = unsafe { input(ptr, argument) }?;
    boardkit::error::from_json(text).map_err(|e| Failure::core(argument, &e))
}

/// Write a response as compact JSON.
pub(crate) fn to_json<T: Serialize>(value: &T) -> Result<String, Failure> {
    serde_json::to_string(value).map_err(|e| {
        Failure::ffi(
            BoardkitStatus::Internal,
            format!("the result could not be written as JSON: {e}"),
        )
    })
}

/// The whole body of a capability entry point: one JSON request in, one JSON response out.
///
/// `verb` is a core capability `fn(&Request) -> Result<Response, boardkit::Error>`; its
/// request is read from `request_json` (errors name `request_json` and the JSON Pointer of
/// the bad value), its response written to `*out_json`.
///
/// # Safety
/// `request_json` must be NULL or a NUL-terminated string valid for the call; `out_json`
/// must be NULL or point to writable storage for one `char *`.
pub(crate) unsafe fn capability<Req, Resp>(
    request_json: *const c_char,
    out_json: *mut *mut c_char,
    verb: fn(&Req) -> Result<Resp, boardkit::Error>,
) -> BoardkitStatus
where
    Req: DeserializeOwned,
    Resp: Serialize,
{
    // SAFETY: forwarded contract.
    unsafe {
        json_call(out_json, || {
            let request: Req = parse(request_json, "request_json")?;
            let response = verb(&request).map_err(|e| Failure::core("request_json", &e))?;
            to_json(&response)
        })
    }
}

/// The whole body of an entry point for a plain (infallible) core function
/// `fn(&Request) -> Response`: as [`capability`], but the core never refuses a request it
/// could read (only reading the request can fail).
///
/// # Safety
/// As for [`capability`].
pub(crate) unsafe fn plain<Req, Resp>(
    request_json: *const c_char,
    out_json: *mut *mut c_char,
    verb: fn(&Req) -> Resp,
) -> BoardkitStatus
where
    Req: DeserializeOwned,
    Resp: Serialize,
{
    // SAFETY: forwarded contract.
    unsafe {
        json_call(out_json, || {
            let request: Req = parse(request_json, "request_json")?;
            to_json(&verb(&request))
        })
    }
}
