//! Checks every fuzz target makes on what boardkit hands back, whatever the input.
//! A failed check aborts the run like a crash, so libFuzzer saves the input.

use boardkit::{Error, Report};
use boardkit_ffi::last_error::{
    boardkit_last_error_code, boardkit_last_error_message, boardkit_last_error_path,
    boardkit_last_error_status,
};
use boardkit_ffi::{boardkit_string_free, BoardkitStatus};
use std::ffi::CStr;
use std::os::raw::c_char;

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

/// Take a string boardkit handed back: it must be UTF-8; it is freed.
fn take(p: *mut c_char) -> Option<String> {
    if p.is_null() {
        return None;
    }
    // SAFETY: a NUL-terminated string from boardkit, freed once below.
    let s = unsafe { CStr::from_ptr(p) }
        .to_str()
        .map(str::to_string)
        .ok();
    assert!(
        s.is_some(),
        "boardkit handed back a string that is not UTF-8"
    );
    unsafe { boardkit_string_free(p) };
    s
}

/// What every C call must leave behind: no panic or internal error; success hands back
/// JSON (returned) and clears the last error; a failure hands back nothing and sets a
/// status, a matching code, a path and a non-empty message.
pub fn check_c_call(status: BoardkitStatus, out: *mut c_char) -> Option<String> {
    assert!(
        status != BoardkitStatus::Panic,
        "a panic reached the boundary"
    );
    assert!(status != BoardkitStatus::Internal, "an internal error");
    assert!(
        boardkit_last_error_status() == status,
        "last error status differs"
    );
    let message = take(boardkit_last_error_message());
    let code = take(boardkit_last_error_code());
    let path = take(boardkit_last_error_path());
    if status == BoardkitStatus::Ok {
        assert!(message.is_none() && code.is_none() && path.is_none());
        let text = take(out);
        let text = text.expect("success with no result");
        assert!(
            serde_json::from_str::<serde_json::Value>(&text).is_ok(),
            "a result that is not JSON"
        );
        Some(text)
    } else {
        assert!(out.is_null(), "a failure handed back a result");
        let message = message.expect("a failure without a message");
        assert!(
            !message.trim().is_empty(),
            "a failure with an empty message"
        );
        // boardkit_import refuses a file it cannot read with INVALID_VALUE and a code
        // of its own, `import.*` (documented in ffi/src/import.rs).
        let import_refusal = status == BoardkitStatus::InvalidValue
            && code.as_deref().is_some_and(|c| c.starts_with("import."));
        assert!(
            code.as_deref() == Some(status.code()) || import_refusal,
            "code does not match the status"
        );
        let path = path.expect("a failure without a path");
        assert!(
            path.is_empty() || path.starts_with('/'),
            "path is not a JSON Pointer"
        );
        None
    }
}

/// Zips built by the import fuzz targets (hostile files must not crash or exhaust a host).
pub mod zips {
    use std::io::Write;

    /// A manifest calamine accepts for an .ods.
    pub const MANIFEST: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\"><manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.spreadsheet\"/></manifest:manifest>";

    /// A zip of the given parts, deflated.
    pub fn zip_of(parts: &[(&str, &[u8])]) -> Vec<u8> {
        let mut buf = std::io::Cursor::new(Vec::new());
        {
            let mut zip = zip::ZipWriter::new(&mut buf);
            let o = zip::write::SimpleFileOptions::default();
            for (name, data) in parts {
                zip.start_file(*name, o).expect("a part starts");
                zip.write_all(data).expect("a part is written");
            }
            zip.finish().expect("the zip is finished");
        }
        buf.into_inner()
    }

    /// Every local and central header's uncompressed size set to `size`.
    pub fn understate(mut zip: Vec<u8>, size: u32) -> Vec<u8> {
        for (sig, offset) in [
            ([0x50u8, 0x4b, 0x03, 0x04], 22usize),
            ([0x50, 0x4b, 0x01, 0x02], 24),
        ] {
            let at: Vec<usize> = (0..zip.len().saturating_sub(3))
                .filter(|&i| zip[i..i + 4] == sig)
                .collect();
            for i in at {
                if let Some(s) = zip.get_mut(i + offset..i + offset + 4) {
                    s.copy_from_slice(&size.to_le_bytes());
                }
            }
        }
        zip
    }

    /// An .ods content.xml of one table with the given rows.
    pub fn ods(rows: &str) -> String {
        format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content \
             xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" \
             xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" \
             xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">\
             <office:body><office:spreadsheet><table:table table:name=\"A\">{rows}</table:table>\
             </office:spreadsheet></office:body></office:document-content>"
        )
    }
}
