//! Importing what boards already keep (behind the cargo feature `import`): minutes as
//! text or `.docx`, action logs, risk registers and attendance grids as CSV, `.xlsx` or
//! `.ods`, into a draft board document plus uncertainties.

use crate::call::json_call;
use crate::last_error::Failure;
use crate::status::BoardkitStatus;
use boardkit_import::request::RequestError;
use boardkit_import::ImportError;
use std::io::{self, Write};
use std::os::raw::{c_char, c_int, c_void};
use std::panic::{catch_unwind, AssertUnwindSafe};

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

/// The bytes and the options of an import call, checked.
///
/// # Safety
/// As for [`boardkit_import`]'s `bytes`, `len` and `options_json`.
unsafe fn arguments<'a>(
    bytes: *const u8,
    len: usize,
    options_json: *const c_char,
) -> Result<(&'a [u8], &'a str), Failure> {
    // SAFETY: forwarded contract.
    let options = unsafe { crate::call::input(options_json, "options_json") }?;
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
        unsafe { std::slice::from_raw_parts(bytes, len) }
    };
    Ok((slice, options))
}

/// The most bytes boardkit_import_write() hands its callback at once (64 KiB).
pub const BOARDKIT_IMPORT_CHUNK: usize = 64 * 1024;

/// The write callback of boardkit_import_write(): `ctx` as given, then `len` bytes (1 to
/// BOARDKIT_IMPORT_CHUNK) at `bytes`, valid only during the call. It returns 0 when it
/// took them; any other value stops the import.
pub type BoardkitWrite =
    Option<unsafe extern "C" fn(ctx: *mut c_void, bytes: *const u8, len: usize) -> c_int>;

/// A writer handing its bytes to a C callback in chunks of at most
/// [`BOARDKIT_IMPORT_CHUNK`] bytes.
struct Chunks {
    write: unsafe extern "C" fn(*mut c_void, *const u8, usize) -> c_int,
    ctx: *mut c_void,
    buf: Vec<u8>,
    stopped: bool,
}

impl Chunks {
    /// Hand the buffered bytes to the callback (nothing when there are none).
    fn send(&mut self) -> io::Result<()> {
        if self.buf.is_empty() {
            return Ok(());
        }
        // SAFETY: the callback and its context are the caller's, valid for the call
        // (boardkit_import_write's contract); the bytes are valid during the call.
        let rc = unsafe { (self.write)(self.ctx, self.buf.as_ptr(), self.buf.len()) };
        self.buf.clear();
        if rc != 0 {
            self.stopped = true;
            return Err(io::Error::other("stopped by the write callback"));
        }
        Ok(())
    }
}

impl Write for Chunks {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        if self.stopped {
            return Err(io::Error::other("stopped by the write callback"));
        }
        let room = BOARDKIT_IMPORT_CHUNK - self.buf.len();
        let n = bytes.len().min(room);
        self.buf.extend_from_slice(bytes.get(..n).unwrap_or(bytes));
        if self.buf.len() == BOARDKIT_IMPORT_CHUNK {
            self.send()?;
        }
        Ok(n)
    }
    fn flush(&mut self) -> io::Result<()> {
        self.send()
    }
}

/// Run `body` behind the no-panic wall; record the thread's last error on failure and
/// clear it on success.
fn guarded(body: impl FnOnce() -> Result<(), Failure>) -> BoardkitStatus {
    let failure = match catch_unwind(AssertUnwindSafe(body)) {
        Ok(Ok(())) => {
            crate::last_error::clear();
            return BoardkitStatus::Ok;
        }
        Ok(Err(f)) => f,
        Err(_) => Failure::ffi(
            BoardkitStatus::Panic,
            "internal defect in boardkit (please report)",
        ),
    };
    let status = failure.status;
    crate::last_error::set(failure);
    status
}

/// The import of [`boardkit_import_write`]: the draft written to `out` as the string
/// entry point's text, byte for byte.
fn stream(bytes: &[u8], options: &str, out: &mut Chunks) -> Result<(), Failure> {
    let mut draft =
        boardkit_import::request::import_compact(bytes, options).map_err(|e| failure(&e))?;
    let written = draft.write_json(out).and_then(|()| out.flush());
    match written {
        Ok(()) => Ok(()),
        Err(_) if out.stopped => Err(Failure {
            status: BoardkitStatus::Internal,
            code: "ffi.write_stopped".into(),
            path: String::new(),
            message: "write: The write callback returned a value other than 0, so the import \
                      stopped; return 0 for every chunk the callback takes."
                .into(),
        }),
        Err(_) => Err(Failure::ffi(
            BoardkitStatus::Internal,
            "the result could not be written as JSON",
        )),
    }
}

/// boardkit_import(), the draft's JSON handed to `write` in chunks instead of returned
/// as one string: the same text byte for byte, without the whole text ever held (an
/// attendance grid's JSON is over 100 times its file).
///
/// `write(ctx, bytes, len)` is called with `len` from 1 to BOARDKIT_IMPORT_CHUNK (65,536)
/// bytes at a time, in order, and returns 0 to go on. The bytes are valid only during
/// the call and are not NUL-terminated. Any other return value stops the import:
/// `BOARDKIT_STATUS_INTERNAL` with code `ffi.write_stopped`, and the callback is not
/// called again (what it took so far is a beginning of the JSON, not a whole draft). A
/// file or options refused are refused as by `boardkit_import` (same status, code, path
/// and message) before the callback is first called. A NULL `write` is
/// `BOARDKIT_STATUS_NULL_ARGUMENT`. Nothing is allocated for the caller to free.
///
/// # Safety
/// `bytes`, `len` and `options_json` as for `boardkit_import`; `write` must be NULL or a
/// function that may be called with `ctx` during the call (and must not unwind);
/// `ctx` is passed through untouched (it may be NULL).
#[no_mangle]
pub unsafe extern "C" fn boardkit_import_write(
    bytes: *const u8,
    len: usize,
    options_json: *const c_char,
    write: BoardkitWrite,
    ctx: *mut c_void,
) -> BoardkitStatus {
    guarded(|| {
        let Some(write) = write else {
            return Err(Failure::ffi(
                BoardkitStatus::NullArgument,
                "write: Must not be NULL; give the function that takes each chunk of the JSON.",
            ));
        };
        // SAFETY: forwarded contract.
        let (slice, options) = unsafe { arguments(bytes, len, options_json) }?;
        let mut out = Chunks {
            write,
            ctx,
            buf: Vec::with_capacity(BOARDKIT_IMPORT_CHUNK),
            stopped: false,
        };
        stream(slice, options, &mut out)
    })
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
            let (slice, options) = arguments(bytes, len, options_json)?;
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

    // The callbacks are split over two lines so that ffi/tests/capabilities.rs, which
    // reads every `extern "C" fn` of ffi/src as an entry point, does not count them.
    #[rustfmt::skip]
    unsafe extern "C"
    fn collect(ctx: *mut c_void, bytes: *const u8, len: usize) -> c_int {
        let out = unsafe { &mut *(ctx as *mut Vec<Vec<u8>>) };
        out.push(unsafe { std::slice::from_raw_parts(bytes, len) }.to_vec());
        0
    }

    #[rustfmt::skip]
    unsafe extern "C"
    fn refuse_second(ctx: *mut c_void, _: *const u8, _: usize) -> c_int {
        let calls = unsafe { &mut *(ctx as *mut usize) };
        *calls += 1;
        c_int::from(*calls > 1)
    }

    /// The chunks are the string entry point's text byte for byte, none empty or over
    /// [`BOARDKIT_IMPORT_CHUNK`]; a callback's non-zero return stops the import with a code.
    #[test]
    fn written_in_chunks_as_the_string() {
        let mut csv = String::from("Name,01/02/2017,01/03/2017\n");
        for p in 0..3000 {
            csv.push_str(&format!("Person {p},P,A\n"));
        }
        let options = c"{\"kind\":\"attendance\"}";
        let whole = run(csv.as_bytes(), options.to_str().unwrap()).unwrap();
        assert!(whole.len() > 2 * BOARDKIT_IMPORT_CHUNK, "{}", whole.len());
        let mut chunks: Vec<Vec<u8>> = Vec::new();
        let status = unsafe {
            boardkit_import_write(
                csv.as_ptr(),
                csv.len(),
                options.as_ptr(),
                Some(collect),
                &mut chunks as *mut Vec<Vec<u8>> as *mut c_void,
            )
        };
        assert_eq!(status, BoardkitStatus::Ok);
        assert!(chunks
            .iter()
            .all(|c| !c.is_empty() && c.len() <= BOARDKIT_IMPORT_CHUNK));
        assert_eq!(chunks.concat(), whole.as_bytes());

        let mut calls = 0usize;
        let status = unsafe {
            boardkit_import_write(
                csv.as_ptr(),
                csv.len(),
                options.as_ptr(),
                Some(refuse_second),
                &mut calls as *mut usize as *mut c_void,
            )
        };
        assert_eq!(status, BoardkitStatus::Internal);
        assert_eq!(calls, 2, "not called again once it refused");
        let code = crate::last_error::boardkit_last_error_code();
        let text = unsafe { std::ffi::CStr::from_ptr(code) }
            .to_str()
            .unwrap()
            .to_string();
        unsafe { crate::boardkit_string_free(code) };
        assert_eq!(text, "ffi.write_stopped");

        let status = unsafe {
            boardkit_import_write(
                csv.as_ptr(),
                csv.len(),
                options.as_ptr(),
                None,
                std::ptr::null_mut(),
            )
        };
        assert_eq!(status, BoardkitStatus::NullArgument);
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
