//! Strings handed back to C: owned by Rust until the caller frees them with
//! `boardkit_string_free`. Below both the calling convention (`call`) and the last error
//! (`last_error`), which each hand strings back; it imports neither.

use std::ffi::CString;
use std::os::raw::c_char;

/// Move a Rust string into a C string the caller frees with `boardkit_string_free`; None
/// when the text holds a NUL byte (a C string cannot).
pub(crate) fn to_c_string(text: String) -> Option<*mut c_char> {
    CString::new(text).map(CString::into_raw).ok()
}
