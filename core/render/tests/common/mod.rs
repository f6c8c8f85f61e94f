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

/// The Leicester example exactly as committed (its 8 December 2016 meeting is marked
/// CONFIDENTIAL as the real minutes are). Tests of confidentiality use it.
pub fn leicester() -> BoardDocument {
    leicester_as_marked()
}

/// The Leicester example exactly as committed.
pub fn leicester_as_marked() -> BoardDocument {
    BoardDocument::from_json(&leicester_text()).expect("the example document reads")
}

pub fn date(s: &str) -> boardkit::date::Date {
    s.parse().expect("a date")
}

/// The Leicester document as if its minutes were public: the December 2016 meeting is
/// marked confidential in the source, and a public version withholds everything tied to
/// it (its actions, its risks, its attendance). Tests of what the pack prints use this
/// variant, so they hold whatever the public version withholds from the real record;
/// tests of confidentiality use the real one.
pub fn leicester_open() -> BoardDocument {
    let mut doc = leicester_as_marked();
    for m in &mut doc.meetings {
        m.confidential = false;
    }
    doc
}
