//! # boardkit-ffi
//!
//! The C ABI of boardkit, for council case-management systems written in C or C++, or in
//! C# and Java through P/Invoke and JNI. It only translates: every rule lives in the core.
//!
//! Conventions (see `ffi/README.md`):
//! * JSON strings in, JSON strings out. Every returned string is owned by the library and
//!   is released with the one function [`boardkit_string_free`].
//! * Every entry point returns a [`BoardkitStatus`] (0 = ok, one distinct value per kind of
//!   failure); the details are in the calling thread's last error (message, code, JSON
//!   Pointer path).
//! * No panic crosses the boundary (`catch_unwind` on every entry point); NULL pointers,
//!   invalid UTF-8, empty input and malformed JSON are errors, never crashes.
//! * Every function is safe to call from many threads at once (no shared mutable state;
//!   the last error is per thread).
//! * In a release build every function runs on a thread with a 64 KiB stack (an
//!   unoptimised debug build needs about 176 KiB): JSON nested deeper than
//!   [`boardkit::depth::MAX_DEPTH`] (48) levels is refused before it is read, with an
//!   error naming its path (`tests/c/test_stack.c`).
//!
//! ## Adding a capability
//! A core capability `pub fn verb(req: &Request) -> Result<Response, boardkit::Error>` is
//! one entry of the capability table ([`capabilities`], which the wasm crate reads too)
//! and one function in the module of its area (e.g. `src/action.rs`):
//!
//! ```text
//! /// List the actions overdue as of a date. Request `{"document": ..., "as_of": ...}`.
//! /// # Safety
//! /// As for every `request_json` entry point (see `ffi/README.md`).
//! #[no_mangle]
//! pub unsafe extern "C" fn boardkit_action_overdue(
//!     request_json: *const c_char, out_json: *mut *mut c_char) -> BoardkitStatus {
//!     unsafe { crate::call::capability(request_json, out_json, boardkit::action::overdue) }
//! }
//! ```
//! then regenerate the header and the other generated files (`bash tests/codegen.sh`);
//! `tests/capabilities.rs` names every list that lacks the new entry.

pub mod action;
pub mod board;
pub mod budget;
mod c_string;
mod call;
pub mod capabilities;
pub mod clock;
pub mod document;
#[cfg(feature = "import")]
pub mod import;
pub mod last_error;
#[cfg(feature = "render")]
pub mod render;
pub mod report;
pub mod risk;
pub mod scorecard;
pub mod status;
pub mod testing;

pub use status::BoardkitStatus;

use std::ffi::CString;
use std::os::raw::c_char;
use std::panic::{catch_unwind, AssertUnwindSafe};

/// The ABI version of this header and library. It changes only when an existing function
/// changes its signature or meaning, or a status value changes; adding a function does
/// not change it. A host compares boardkit_abi_version() with this value at start-up.
pub const BOARDKIT_ABI_VERSION: u32 = 1;

/// The library version (the boardkit crate version, e.g. `0.1.0`) as a static
/// NUL-terminated string. Do NOT free it.
#[no_mangle]
pub extern "C" fn boardkit_version() -> *const c_char {
    concat!(env!("CARGO_PKG_VERSION"), "\0").as_ptr().cast()
}

/// The ABI version of the loaded library. A host built against this header should
/// refuse to run when it differs from `BOARDKIT_ABI_VERSION`.
#[no_mangle]
pub extern "C" fn boardkit_abi_version() -> u32 {
    BOARDKIT_ABI_VERSION
}

/// Release a string returned by boardkit (through an `out_json` argument or a
/// `boardkit_last_error_*` function). NULL is allowed and does nothing.
///
/// # Safety
/// `s` must be NULL or a string returned by boardkit that has not yet been freed. Never
/// pass a string from boardkit_version() (it is static) or one allocated by the host.
#[no_mangle]
pub unsafe extern "C" fn boardkit_string_free(s: *mut c_char) {
    if s.is_null() {
        return;
    }
    let _ = catch_unwind(AssertUnwindSafe(|| {
        // SAFETY: the caller passes a pointer from CString::into_raw, freed only once.
        drop(unsafe { CString::from_raw(s) });
    }));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::call::json_call;
    use std::ffi::CStr;

    fn take(p: *mut c_char) -> Option<String> {
        if p.is_null() {
            return None;
        }
        let s = unsafe { CStr::from_ptr(p) }.to_str().unwrap().to_string();
        unsafe { boardkit_string_free(p) };
        Some(s)
    }

    #[test]
    fn a_panic_becomes_a_status_and_a_message() {
        let mut out: *mut c_char = std::ptr::null_mut();
        let status = unsafe { json_call(&mut out, || panic!("boom")) };
        assert_eq!(status, BoardkitStatus::Panic);
        assert!(out.is_null());
        assert_eq!(boardkit_last_error_status_code(), "ffi.panic");
        assert!(take(last_error::boardkit_last_error_message())
            .unwrap()
            .contains("boom"));
    }

    fn boardkit_last_error_status_code() -> String {
        take(last_error::boardkit_last_error_code()).unwrap()
    }

    #[test]
    fn status_values_are_distinct_and_codes_match() {
        use BoardkitStatus::*;
        let all = [
            Ok,
            NullArgument,
            InvalidUtf8,
            Empty,
            Syntax,
            InvalidValue,
            SchemaVersion,
            Config,
            Overflow,
            Panic,
            Internal,
        ];
        let mut values: Vec<i32> = all.iter().map(|s| *s as i32).collect();
        values.sort();
        values.dedup();
        assert_eq!(values.len(), all.len());
        assert_eq!(Ok as i32, 0);
        let mut codes: Vec<&str> = all.iter().map(|s| s.code()).collect();
        codes.sort();
        codes.dedup();
        assert_eq!(codes.len(), all.len());
        // every core error maps to the status carrying its code
        for e in [
            boardkit::Error::invalid("/a", "x"),
            boardkit::Error::config("/b", "y"),
            boardkit::Error::Overflow { path: "/c".into() },
            boardkit::Error::Empty { path: "".into() },
        ] {
            assert_eq!(BoardkitStatus::from(&e).code(), e.code());
        }
    }

    fn echo_as_of(
        req: &boardkit::document::ValidateOptions,
    ) -> Result<boardkit::document::ValidateOptions, boardkit::Error> {
        match req.as_of {
            Some(_) => Ok(req.clone()),
            None => Err(boardkit::Error::config("/as_of", "needed here")),
        }
    }

    #[test]
    fn capability_reads_the_request_and_maps_core_errors() {
        let mut out: *mut c_char = std::ptr::null_mut();
        let ok = c"{\"as_of\": \"2017-02-09\"}";
        let s = unsafe { crate::call::capability(ok.as_ptr(), &mut out, echo_as_of) };
        assert_eq!(s, BoardkitStatus::Ok);
        assert_eq!(take(out).unwrap(), r#"{"as_of":"2017-02-09"}"#);

        let s = unsafe { crate::call::capability(c"{}".as_ptr(), &mut out, echo_as_of) };
        assert_eq!(s, BoardkitStatus::Config);
        assert!(out.is_null());
        assert_eq!(
            take(last_error::boardkit_last_error_path()).unwrap(),
            "/as_of"
        );

        let bad = c"{\"as_of\": \"2017-02-31\"}";
        let s = unsafe { crate::call::capability(bad.as_ptr(), &mut out, echo_as_of) };
        assert_eq!(s, BoardkitStatus::InvalidValue);
        assert_eq!(
            take(last_error::boardkit_last_error_path()).unwrap(),
            "/as_of"
        );
        let m = take(last_error::boardkit_last_error_message()).unwrap();
        assert!(m.starts_with("request_json: "), "{m}");
    }

    #[test]
    fn success_clears_the_last_error() {
        let mut out: *mut c_char = std::ptr::null_mut();
        let s = unsafe { document::boardkit_document_normalise(std::ptr::null(), &mut out) };
        assert_eq!(s, BoardkitStatus::NullArgument);
        assert_eq!(last_error::boardkit_last_error_status(), s);
        let s = unsafe { document::boardkit_catalogue(&mut out) };
        assert_eq!(s, BoardkitStatus::Ok);
        assert!(take(out).unwrap().contains("board.duplicate_id"));
        assert_eq!(last_error::boardkit_last_error_status(), BoardkitStatus::Ok);
        assert!(last_error::boardkit_last_error_message().is_null());
    }
}
