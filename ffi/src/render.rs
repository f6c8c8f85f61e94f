//! Board papers out (feature `render`): the board pack or a section as HTML, Markdown or
//! CSV, iCalendar and OParl 1.1, from the public version of a document. Compiled only
//! with `--features render`, so hosts that only validate keep a small library; the header
//! declares these functions when `BOARDKIT_RENDER` is defined.

use crate::call::{json_call, parse, to_json};
use crate::last_error::Failure;
use crate::status::BoardkitStatus;
use boardkit_render::request::{self, IcalRequest, OparlRequest, RenderRequest};
use std::os::raw::c_char;

fn render_failure(e: boardkit_render::Error) -> Failure {
    match e {
        boardkit_render::Error::Core(e) => Failure::core("request_json", &e),
        e @ boardkit_render::Error::Csv(_) => Failure::ffi(BoardkitStatus::Internal, e.to_string()),
        e => Failure {
            status: BoardkitStatus::InvalidValue,
            code: if e.code().starts_with("render.template") {
                e.code().into()
            } else {
                "shape.invalid".into()
            },
            path: e.path(),
            message: format!("request_json: {e} (at {})", e.path()),
        },
    }
}

/// The board pack or one section as HTML, Markdown or CSV (public version only).
///
/// Request: `{"document": {...}, "what": "pack|actions|risks|attendance|budget|scorecard|minutes",
/// "format": "html|md|csv", "as_of": "2017-02-01", "from"?, "to"? (the attendance period),
/// "body"?, "meeting"?, "templates"?: {"pack.html": "..."} (a host's own templates)}`.
/// Response: `{"format": "html", "text": "<!DOCTYPE html>..."}`, or for CSV
/// `{"format": "csv", "files": [{"name": "actions.csv", "text": "\uFEFFGroup,Ref,..."}]}`
/// (each text starts with the UTF-8 byte-order mark).
///
/// # Safety
/// `request_json` must be NULL or a NUL-terminated string valid for the call; `out_json`
/// must be NULL or point to writable storage for one `char *`.
#[no_mangle]
pub unsafe extern "C" fn boardkit_render(
    request_json: *const c_char,
    out_json: *mut *mut c_char,
) -> BoardkitStatus {
    // SAFETY: forwarded contract.
    unsafe {
        json_call(out_json, || {
            let r: RenderRequest = parse(request_json, "request_json")?;
            to_json(&request::render(&r).map_err(render_failure)?)
        })
    }
}

/// A body's meetings and its open actions' due dates as iCalendar (RFC 5545).
///
/// Request: `{"document": {...}, "as_of": "2017-02-01", "body"?}`.
/// Response: `{"text": "BEGIN:VCALENDAR\r\n..."}`.
///
/// # Safety
/// As for [`boardkit_render`].
#[no_mangle]
pub unsafe extern "C" fn boardkit_export_ical(
    request_json: *const c_char,
    out_json: *mut *mut c_char,
) -> BoardkitStatus {
    // SAFETY: forwarded contract.
    unsafe {
        json_call(out_json, || {
            let r: IcalRequest = parse(request_json, "request_json")?;
            to_json(&request::ical(&r).map_err(render_failure)?)
        })
    }
}

/// The board as OParl 1.1 objects with URLs under `base`.
///
/// Request: `{"document": {...}, "base": "https://papers.example.org/oparl", "body"?}`.
/// Response: `{"system": {...}, "body": [...], "organization": [...], "person": [...],
/// "membership": [...], "meeting": [...], "agendaItem": [...], "paper": [...]}`.
///
/// # Safety
/// As for [`boardkit_render`].
#[no_mangle]
pub unsafe extern "C" fn boardkit_export_oparl(
    request_json: *const c_char,
    out_json: *mut *mut c_char,
) -> BoardkitStatus {
    // SAFETY: forwarded contract.
    unsafe {
        json_call(out_json, || {
            let r: OparlRequest = parse(request_json, "request_json")?;
            to_json(&request::oparl(&r).map_err(render_failure)?)
        })
    }
}
