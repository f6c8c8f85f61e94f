//! One record checked by itself, as a form does while the user types
//! (`validate_record`: kind, record, context document, as_of).
#![no_main]
use boardkit::document::{validate_record, ValidateRecordRequest};
use boardkit_fuzz::{check_error, check_report, text};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some(text) = text(data) else { return };
    let request: ValidateRecordRequest = match boardkit::error::from_json(text) {
        Ok(r) => r,
        Err(e) => return check_error(&e),
    };
    match validate_record(&request) {
        Ok(report) => check_report(&report),
        Err(e) => {
            check_error(&e);
            // a record that cannot be read is reported inside the request
            assert!(!e.path().is_empty(), "a record error with no path");
        }
    }
});
