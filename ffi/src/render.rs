//! Board papers out (feature `render`): the board pack or a section as HTML, Markdown or
//! CSV, iCalendar and OParl 1.1, from the public version of a document. Compiled only
//! with `--features render`, so hosts that only validate keep a small library; the header
//! declares these functions when `BOARDKIT_RENDER` is defined.

use crate::call::{json_call, parse, to_json};
use crate::last_error::Failure;
use crate::status::BoardkitStatus;
use boardkit::date::Date;
use boardkit::{BoardDocument, Id};
use boardkit_render::{csv_out, Pack, SectionKind, Templates};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::os::raw::c_char;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RenderRequest {
    document: BoardDocument,
    what: String,
    format: String,
    as_of: Date,
    #[serde(default)]
    from: Option<Date>,
    #[serde(default)]
    to: Option<Date>,
    #[serde(default)]
    body: Option<Id>,
    #[serde(default)]
    meeting: Option<Id>,
    #[serde(default)]
    templates: BTreeMap<String, String>,
}

#[derive(Serialize)]
struct CsvFile {
    name: String,
    text: String,
}

#[derive(Serialize)]
#[serde(untagged)]
enum Rendered {
    Text { format: String, text: String },
    Files { format: String, files: Vec<CsvFile> },
}

fn invalid(path: &str, message: &str) -> Failure {
    Failure {
        status: BoardkitStatus::InvalidValue,
        code: "shape.invalid".into(),
        path: path.into(),
        message: format!("request_json: {message} (at {path})"),
    }
}

fn render_failure(e: boardkit_render::Error) -> Failure {
    match e {
        boardkit_render::Error::Core(e) => Failure::core("request_json", &e),
        boardkit_render::Error::Option { option, message } => {
            invalid(&format!("/{option}"), &message)
        }
        e @ boardkit_render::Error::Template { .. } => Failure {
            status: BoardkitStatus::InvalidValue,
            code: e.code().into(),
            path: "/templates".into(),
            message: format!("request_json: {e}"),
        },
        e @ boardkit_render::Error::Csv(_) => Failure::ffi(BoardkitStatus::Internal, e.to_string()),
    }
}

fn options(as_of: Date, r: &RenderRequest) -> boardkit_render::Options {
    let mut o = boardkit_render::Options::as_of(as_of);
    o.from = r.from;
    o.to = r.to;
    o.body = r.body.clone();
    o.meeting = r.meeting.clone();
    o
}

fn render(r: &RenderRequest) -> Result<Rendered, Failure> {
    let kinds: Vec<SectionKind> = if r.what == "pack" {
        SectionKind::ALL.to_vec()
    } else {
        vec![SectionKind::from_key(&r.what).ok_or_else(|| {
            invalid(
                "/what",
                "what to render is pack, actions, risks, attendance, budget, scorecard or minutes",
            )
        })?]
    };
    let pack = Pack::build(&r.document, &options(r.as_of, r), &kinds).map_err(render_failure)?;
    let mut t = Templates::default();
    for (name, source) in &r.templates {
        t = t.with(name, source);
    }
    match r.format.as_str() {
        "html" => Ok(Rendered::Text {
            format: r.format.clone(),
            text: t.html(&pack).map_err(render_failure)?,
        }),
        "md" => Ok(Rendered::Text {
            format: r.format.clone(),
            text: t.markdown(&pack).map_err(render_failure)?,
        }),
        "csv" => {
            let mut files = Vec::new();
            for s in &pack.sections {
                for (name, bytes) in csv_out::section(s).map_err(render_failure)? {
                    let text = String::from_utf8(bytes).map_err(|_| {
                        Failure::ffi(BoardkitStatus::Internal, "a CSV table is not UTF-8")
                    })?;
                    files.push(CsvFile { name, text });
                }
            }
            Ok(Rendered::Files {
                format: r.format.clone(),
                files,
            })
        }
        _ => Err(invalid("/format", "the format is html, md or csv")),
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
            to_json(&render(&r)?)
        })
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct IcalRequest {
    document: BoardDocument,
    as_of: Date,
    #[serde(default)]
    body: Option<Id>,
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
            let mut o = boardkit_render::Options::as_of(r.as_of);
            o.body = r.body;
            let text = boardkit_render::ical::calendar(&r.document, &o).map_err(render_failure)?;
            to_json(&serde_json::json!({ "text": text }))
        })
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct OparlRequest {
    document: BoardDocument,
    base: String,
    #[serde(default)]
    body: Option<Id>,
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
            let mut o = boardkit_render::Options::as_of(Date::default());
            o.body = r.body;
            let ex =
                boardkit_render::oparl::export(&r.document, &o, &r.base).map_err(render_failure)?;
            to_json(&ex)
        })
    }
}
