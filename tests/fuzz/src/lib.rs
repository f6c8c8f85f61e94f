//! Checks every fuzz target makes on what boardkit hands back, whatever the input.
//! A failed check aborts the run like a crash, so libFuzzer saves the input.

use boardkit::{Error, Report};

/// An error always says what and where: a code, a message, a JSON Pointer path
/// (`""` for the whole input, otherwise starting with `/`).
pub fn check_error(e: &Error) {
    assert!(!e.code().is_empty(), "an error without a code");
    assert!(
        !e.to_string().trim().is_empty(),
        "an error without a message"
    );
    check_pointer(e.path());
}

/// Every finding has a code, a message and a JSON Pointer path.
pub fn check_report(report: &Report) {
    for f in &report.findings {
        assert!(!f.code.is_empty(), "a finding without a code");
        assert!(!f.message.trim().is_empty(), "a finding without a message");
        check_pointer(&f.path);
    }
}

/// `""` or `/a/0/b`: a JSON Pointer.
pub fn check_pointer(p: &str) {
    assert!(p.is_empty() || p.starts_with('/'), "not a JSON Pointer");
}

/// The input as text, or `None` when it is not UTF-8 (the C target feeds such bytes
/// through the C ABI, which must refuse them with a status).
pub fn text(data: &[u8]) -> Option<&str> {
    std::str::from_utf8(data).ok()
}

/// A fixed "today" for rules that need one (boardkit never reads the clock).
pub fn as_of() -> Option<boardkit::date::Date> {
    boardkit::date::Date::from_ymd_opt(2017, 2, 9)
}
