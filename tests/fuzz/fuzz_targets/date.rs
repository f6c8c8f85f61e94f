//! Dates as boards write them: a day `2017-01-31` (as_of and every date field), a due date
//! (`When`: a day, a month `2017-01`, `next_meeting` or `{"meeting": id}`), a month, a time
//! `14:30`, and the UK forms of imported minutes (`31/01/2017`, `January 2017`).
//! Checks: no panic; whatever is read is written in a form that reads back the same.
#![no_main]
use boardkit::date::{parse_uk_date, parse_uk_month, Time, When, YearMonth};
use boardkit::document::ValidateOptions;
use boardkit::error::from_json;
use boardkit_fuzz::{check_error, text};
use libfuzzer_sys::fuzz_target;
use serde::{de::DeserializeOwned, Serialize};
use std::fmt::Debug;

/// Read `json`; when it reads, its written form must read back to the same value.
fn round_trip<T: DeserializeOwned + Serialize + PartialEq + Debug>(json: &str) {
    match from_json::<T>(json) {
        Ok(v) => {
            let written = match serde_json::to_string(&v) {
                Ok(w) => w,
                Err(_) => panic!("a value read cannot be written"),
            };
            match from_json::<T>(&written) {
                Ok(back) => assert!(back == v, "written form reads back differently"),
                Err(e) => panic!("written form does not read back: {e}"),
            }
        }
        Err(e) => check_error(&e),
    }
}

fuzz_target!(|data: &[u8]| {
    let Some(text) = text(data) else { return };
    // The text as a JSON string in each date position...
    let quoted = serde_json::Value::String(text.to_string()).to_string();
    round_trip::<When>(&quoted);
    round_trip::<YearMonth>(&quoted);
    round_trip::<Time>(&quoted);
    round_trip::<ValidateOptions>(&format!("{{\"as_of\": {quoted}}}"));
    // ...and as raw JSON (numbers, objects like {"meeting": ...}).
    round_trip::<When>(text);
    round_trip::<ValidateOptions>(text);

    if let Some(d) = parse_uk_date(text) {
        let written = d.format("%d/%m/%Y").to_string();
        assert!(
            parse_uk_date(&written) == Some(d),
            "a UK date does not read back"
        );
    }
    if let Some(m) = parse_uk_month(text) {
        let written = m.first_day().format("%B %Y").to_string();
        assert!(
            parse_uk_month(&written) == Some(m),
            "a UK month does not read back"
        );
    }
});
