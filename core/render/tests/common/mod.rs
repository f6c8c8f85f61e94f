//! Shared by the render tests: the Leicester example document.
#![allow(dead_code)]

use boardkit::BoardDocument;

pub fn leicester_text() -> String {
    std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../examples/data/leicester-lscb.json"
    ))
    .expect("the example document")
}

pub fn leicester() -> BoardDocument {
    BoardDocument::from_json(&leicester_text()).expect("the example document reads")
}

pub fn date(s: &str) -> boardkit::date::Date {
    s.parse().expect("a date")
}
