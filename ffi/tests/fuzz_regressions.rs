//! Inputs found by the `ffi` fuzz target (tests/fuzz), kept as regression tests of the C
//! boundary: each once broke a check the target makes.
use boardkit_ffi::document::boardkit_document_normalise;
use boardkit_ffi::last_error::{
    boardkit_last_error_code, boardkit_last_error_message, boardkit_last_error_path,
    boardkit_last_error_status,
};
use boardkit_ffi::{boardkit_string_free, BoardkitStatus};
use std::ffi::CStr;
use std::os::raw::c_char;

fn take(p: *mut c_char) -> Option<String> {
    if p.is_null() {
        return None;
    }
    let s = unsafe { CStr::from_ptr(p) }.to_str().unwrap().to_string();
    unsafe { boardkit_string_free(p) };
    Some(s)
}

/// A key holding NUL (`"a\u0000b"`) failed with message and path NULL, which the header
/// defines as "no error": the message (and path) named the key, and a C string cannot
/// hold NUL. Every failure must set a message, a code and a path.
#[test]
fn a_key_holding_nul_fails_with_a_message_code_and_path() {
    let mut out: *mut c_char = std::ptr::null_mut();
    let request = c"{\"schema_version\": 1, \"a\\u0000b\": 1}";
    let status = unsafe { boardkit_document_normalise(request.as_ptr(), &mut out) };
    assert_ne!(status, BoardkitStatus::Ok);
    assert!(out.is_null());
    assert_eq!(boardkit_last_error_status(), status);
    let message = take(boardkit_last_error_message()).expect("a failure has a message");
    assert!(message.starts_with("document_json: "), "{message}");
    assert_eq!(
        take(boardkit_last_error_code()).as_deref(),
        Some(status.code())
    );
    let path = take(boardkit_last_error_path()).expect("a failure has a path");
    assert!(path.is_empty() || path.starts_with('/'), "{path}");
    assert!(!message.contains('\0') && !path.contains('\0'));
}
