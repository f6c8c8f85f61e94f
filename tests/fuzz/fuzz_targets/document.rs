//! A whole board document: read, validate, normalise, public version.
//! Checks: no panic; errors and findings carry a path; the normal form reads back to the
//! same document and normalising twice gives the same text.
#![no_main]
use boardkit::document::ValidateOptions;
use boardkit::BoardDocument;
use boardkit_fuzz::{as_of, check_error, check_report, text};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some(text) = text(data) else { return };
    let doc = match BoardDocument::from_json(text) {
        Ok(doc) => doc,
        Err(e) => return check_error(&e),
    };
    check_report(&doc.validate(&ValidateOptions::default()));
    let options = ValidateOptions {
        as_of: as_of(),
        ..Default::default()
    };
    check_report(&doc.validate(&options));

    let normal = doc.to_json();
    let again = match BoardDocument::from_json(&normal) {
        Ok(d) => d,
        Err(e) => panic!("the normal form does not read back: {} at {}", e, e.path()),
    };
    assert!(
        again == doc,
        "the normal form reads back as a different document"
    );
    assert!(
        again.to_json() == normal,
        "normalising twice changes the text"
    );

    let public = doc.public_version();
    check_report(&public.validate(&options));
    let _ = public.to_json();
});
