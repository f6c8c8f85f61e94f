mod common;
use common::*;

#[test]
fn base_document_is_clean() {
    let r = validate(&base());
    assert!(r.findings.is_empty(), "{:#?}", r.findings);
}
