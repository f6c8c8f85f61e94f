//! Rule fixtures: run a fixture (or a file's array of them) and get its result, as
//! `boardkit test` and the Rust `boardkit::testing::run_fixtures` do.

use crate::call::{json_call, to_json};
use crate::last_error::Failure;
use crate::status::BoardkitStatus;
use std::os::raw::c_char;

/// The result of a fixture's text: an object for one fixture, an array for an array.
fn run(text: &str) -> Result<String, Failure> {
    let results = boardkit::testing::run_fixtures(text, None)
        .map_err(|e| Failure::core("fixture_json", &e))?;
    if text.trim_start().starts_with('[') {
        to_json(&results)
    } else {
        match results.first() {
            Some(r) => to_json(r),
            None => Err(Failure::ffi(
                BoardkitStatus::Internal,
                "the fixture gave no result",
            )),
        }
    }
}

/// Run a rule fixture: check its document (as of its `as_of`, with its `profile` and
/// `only`) or its form record, and compare the findings with its expectations.
///
/// * `fixture_json`, `len`: the fixture's UTF-8 JSON text, `len` bytes (no NUL needed):
///   one fixture object, or an array of them as a fixture file holds
///   (`{"name": "...", "document": {...}, "as_of": "2017-02-01", "expect": [{"code":
///   "action.overdue", "path": "/actions/3"}]}`; the format is in
///   tests/conformance/README.md).
/// * `out_json`: receives `{"name", "passed", "missing": [{"code", "path"?,
///   "severity"?}], "unexpected": [{"code", "path", "severity"}], "findings": [...]}` (an
///   array of those for an array), the same JSON as Rust gives; free it with
///   boardkit_string_free(). A failing fixture is still `BOARDKIT_STATUS_OK`.
///
/// A C host has no files for boardkit to read: `document_file` is an error
/// (`BOARDKIT_STATUS_INVALID_VALUE` at `/document_file`); the host reads the file and puts
/// the document itself in `document`. An invalid fixture (unknown field, both or neither
/// of document and document_file, a code not in the catalogue in `only`) is
/// `BOARDKIT_STATUS_INVALID_VALUE`; the last error names the JSON Pointer of the value.
///
/// # Safety
/// `fixture_json` must be NULL (an error) or point to `len` readable bytes for
/// the call; `out_json` must be NULL or point to writable storage for one `char *`.
#[no_mangle]
pub unsafe extern "C" fn boardkit_test_fixture(
    fixture_json: *const c_char,
    len: usize,
    out_json: *mut *mut c_char,
) -> BoardkitStatus {
    // SAFETY: forwarded contract.
    unsafe {
        json_call(out_json, || {
            if fixture_json.is_null() {
                return Err(Failure::ffi(
                    BoardkitStatus::NullArgument,
                    "fixture_json: must not be NULL",
                ));
            }
            if len > isize::MAX as usize {
                return Err(Failure::ffi(
                    BoardkitStatus::InvalidValue,
                    "len: the fixture is too large",
                ));
            }
            // SAFETY: non-null, `len` readable bytes by the caller's contract.
            let bytes = std::slice::from_raw_parts(fixture_json.cast::<u8>(), len);
            let text = std::str::from_utf8(bytes).map_err(|_| {
                Failure::ffi(
                    BoardkitStatus::InvalidUtf8,
                    "fixture_json: is not valid UTF-8",
                )
            })?;
            run(text)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fixture_and_an_array_of_them() {
        let one = r#"{"name":"t","document":{"schema_version":4},"expect":[]}"#;
        let v: serde_json::Value = serde_json::from_str(&run(one).unwrap()).unwrap();
        assert_eq!(v["passed"], true);
        let many = format!("[{one}]");
        let v: serde_json::Value = serde_json::from_str(&run(&many).unwrap()).unwrap();
        assert_eq!(v[0]["name"], "t");
        let file = r#"{"name":"t","document_file":"b.json","expect":[]}"#;
        let e = run(file).unwrap_err();
        assert_eq!(e.path, "/document_file");
    }
}
