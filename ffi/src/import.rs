//! Importing what boards already keep (behind the cargo feature `import`): minutes as
//! text or `.docx`, action logs, risk registers and attendance grids as CSV, `.xlsx` or
//! `.ods`, into a draft board document plus uncertainties.

use crate::call::json_call;
use crate::last_error::Failure;
use crate::status::BoardkitStatus;
use boardkit_import::request::RequestError;
use boardkit_import::ImportError;
use std::os::raw::c_char;

/// The failure a C host sees: a bad option is a shape error at its path (its status from
/// the core's error), a refused file `INVALID_VALUE` with an `import.*` code.
fn failure(e: &RequestError) -> Failure {
    Failure {
        status: match e {
            RequestError::Options(e) => BoardkitStatus::from(e),
            RequestError::Refused(_) => BoardkitStatus::InvalidValue,
        },
        code: e.code().into(),
        path: e.path().into(),
        message: e.message(),
    }
}

/// The one request of `boardkit_import::request`, shared with the JavaScript package.
fn run(bytes: &[u8], options: &str) -> Result<String, Failure> {
    // A table's draft is written out from its compact form: the JSON text is the one
    // copy of the draft held at the peak.
    boardkit_import::request::import_compact(bytes, options)
        .map(|mut draft| draft.to_json())
        .map_err(|e| failure(&e))
}

/// Import a file's bytes into a draft board document.
///
/// `options_json`: `{"kind": "minutes|actions|risks|attendance|contributions", "format":
/// "text|docx|csv|xlsx|ods", "context": {board document}, "mapping": {"field": "header"}}`
/// (`format` defaults to text for minutes and csv for tables; `context` and `mapping` are
/// optional). Response: `{"document": {...}, "uncertainties": [{"at": {"line": 12},
/// "code": "import.person_new", "message": "..."}], "mapping": {...}}`. A file that cannot
/// be imported at all (too large, not a Word document or workbook, a mapping naming a
/// missing header) is `BOARDKIT_STATUS_INVALID_VALUE` with code `import.*` (path `/mapping`
/// or `/context` when that option is at fault, else empty). Options are read as the
/// JavaScript `importFile` reads them (`boardkit_import::request`): the same code, path
/// and message for the same input.
///
/// # Safety
/// `bytes` must be NULL (only with `len` 0) or point to `len` readable bytes for the call;
/// `options_json` must be NULL or a NUL-terminated string valid for the call; `out_json`
/// must be NULL or point to writable storage for one `char *`.
#[no_mangle]
pub unsafe extern "C" fn boardkit_import(
    bytes: *const u8,
    len: usize,
    options_json: *const c_char,
    out_json: *mut *mut c_char,
) -> BoardkitStatus {
    // SAFETY: forwarded contract.
    unsafe {
        json_call(out_json, || {
            let options = crate::call::input(options_json, "options_json")?;
            if bytes.is_null() && len > 0 {
                return Err(Failure::ffi(
                    BoardkitStatus::NullArgument,
                    "bytes: must not be NULL when len is not 0",
                ));
            }
            if len as u64 > boardkit_import::MAX_INPUT {
                return Err(failure(&RequestError::Refused(ImportError::TooLarge(
                    boardkit_import::Limit::Input,
                ))));
            }
            let slice: &[u8] = if len == 0 {
                &[]
            } else {
                // SAFETY: non-null, `len` readable bytes by the caller's contract, and
                // len <= MAX_INPUT < isize::MAX.
                std::slice::from_raw_parts(bytes, len)
            };
            run(slice, options)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn options_and_refusals() {
        let out = run(
            b"Ref,Action,Owner,By\n1,Do it,AB,30/01/2017\n",
            r#"{"kind":"actions"}"#,
        )
        .unwrap();
        let v: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(v["document"]["actions"][0]["due"], "2017-01-30");
        assert_eq!(run(b"x", r#"{"kind":"budget"}"#).unwrap_err().path, "/kind");
        assert_eq!(
            run(b"junk", r#"{"kind":"minutes","format":"docx"}"#)
                .unwrap_err()
                .code,
            "import.not_that_kind"
        );
        assert_eq!(
            run(b"x", r#"{"kind":"actions","colour":1}"#)
                .unwrap_err()
                .code,
            "shape.invalid"
        );
    }

    /// The options are read by the strict reader: an unknown field or a wrong value is
    /// refused at its path, and the message quotes neither.
    #[test]
    fn options_errors_never_quote_the_options() {
        for options in [
            r#"{"kind":"actions","ZQX`key\"":1}"#,
            r#"{"kind":"actions","format":["ZQX"]}"#,
            r#"{"kind":"actions","mapping":{"ZQX":"ZQX"}}"#,
            r#"{"kind":"ZQX`"}"#,
            r#"{"kind":"actions","kind":"risks"}"#,
        ] {
            let e = run(b"Ref,Action\n1,x\n", options).unwrap_err();
            assert!(!e.message.contains("ZQX"), "{options}: {}", e.message);
            assert!(!e.path.contains("ZQX"), "{options}: {}", e.path);
            assert!(!e.message.contains('/'), "a path in {}", e.message);
            assert!(!e.message.trim().is_empty());
        }
    }

    /// Found by the `import` fuzz target: a CSV given as .ods is refused with
    /// INVALID_VALUE and an `import.*` code (the documented refusal), never a panic.
    #[test]
    fn a_csv_given_as_ods_is_refused() {
        let bytes =
            b"Risk,Likelihood,Impact,Owner,Controls\nCapacity of partners,3,4,thnVo,MPly report\n";
        let e = run(bytes, r#"{"kind":"attendance","format":"ods"}"#).unwrap_err();
        assert_eq!(e.status, BoardkitStatus::InvalidValue);
        assert!(e.code.starts_with("import."), "{}", e.code);
        assert!(!e.message.trim().is_empty());
    }
}
