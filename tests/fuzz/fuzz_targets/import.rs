//! `boardkit_import` (minutes, action logs, risk registers, attendance grids from text,
//! .docx, CSV, .xlsx, .ods) through the C ABI. The first input byte picks the kind and
//! format (low 7 bits) and whether the board document is given as context (high bit);
//! the rest is the file's bytes. Checks as for every C call (fuzz_targets/ffi.rs).
#![no_main]
use boardkit_ffi::import::boardkit_import;
use boardkit_fuzz::check_c_call;
use libfuzzer_sys::fuzz_target;
use std::ffi::CString;
use std::os::raw::c_char;

/// Kind and format, by selector (tests/fuzz/seed.py writes seeds by this order).
const FORMS: &[(&str, &str)] = &[
    ("minutes", "text"),
    ("minutes", "docx"),
    ("actions", "csv"),
    ("actions", "xlsx"),
    ("actions", "ods"),
    ("risks", "csv"),
    ("risks", "xlsx"),
    ("risks", "ods"),
    ("attendance", "csv"),
    ("attendance", "xlsx"),
    ("attendance", "ods"),
];

const CONTEXT: &str = include_str!("../../c/data/board.json");

fuzz_target!(|data: &[u8]| {
    let Some((&selector, bytes)) = data.split_first() else {
        return;
    };
    let (kind, format) = FORMS[usize::from(selector & 0x7f) % FORMS.len()];
    let options = if selector & 0x80 != 0 {
        format!(r#"{{"kind": "{kind}", "format": "{format}", "context": {CONTEXT}}}"#)
    } else {
        format!(r#"{{"kind": "{kind}", "format": "{format}"}}"#)
    };
    let options = CString::new(options).expect("no NUL in the options");
    let mut out: *mut c_char = std::ptr::null_mut();
    // SAFETY: `bytes` is readable for its length; valid C string and out pointer.
    let status =
        unsafe { boardkit_import(bytes.as_ptr(), bytes.len(), options.as_ptr(), &mut out) };
    check_c_call(status, out);
});
