//! WebAssembly bindings of `boardkit-render`: the board pack (HTML, Markdown, CSV),
//! iCalendar and OParl from a board document, for a browser page's "download the board
//! pack" and for Node. A package of its own (built by `wasm/render/build.sh` into
//! `wasm/render/pkg/`), so the forms' module does not carry the template engine.
//!
//! Each function takes the request as JSON text and returns the response as JSON text
//! (the requests of `boardkit_render::request`); a request that is not right throws a JS
//! `Error` named `BoardkitError` with `code` and `path` (a JSON Pointer into the request).
#![forbid(unsafe_code)]
#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    clippy::unreachable,
    clippy::todo
)]
#![warn(missing_docs)]

use boardkit_render::request::{self, IcalRequest, OparlRequest, RenderRequest};
use serde::Serialize;
use wasm_bindgen::prelude::*;

fn js_error(code: &str, path: &str, message: &str) -> JsValue {
    let js = js_sys::Error::new(message);
    js.set_name("BoardkitError");
    let object: &JsValue = js.as_ref();
    // Setting a property on a fresh Error cannot fail; if it did, the error is still thrown.
    let _ = js_sys::Reflect::set(object, &"code".into(), &code.into());
    let _ = js_sys::Reflect::set(object, &"path".into(), &path.into());
    js.into()
}

fn core_error(e: &boardkit::Error) -> JsValue {
    js_error(e.code(), e.path(), &e.to_string())
}

fn render_error(e: &boardkit_render::Error) -> JsValue {
    match e {
        boardkit_render::Error::Core(e) => core_error(e),
        e => js_error(e.code(), &e.path(), &e.to_string()),
    }
}

fn out<T: Serialize>(v: &T) -> Result<String, JsValue> {
    serde_json::to_string(v).map_err(|_| {
        js_error(
            "render.internal",
            "",
            "the result could not be written as JSON",
        )
    })
}

/// The library version.
#[wasm_bindgen]
pub fn version() -> String {
    boardkit::VERSION.to_string()
}

/// The board pack or one section: request `{"document", "what", "format", "as_of",
/// "from"?, "to"?, "body"?, "meeting"?, "templates"?}`, response `{"format", "text"}` or
/// `{"format": "csv", "files": [{"name", "text"}]}`.
#[wasm_bindgen(js_name = renderPapers)]
pub fn render_papers(request_json: &str) -> Result<String, JsValue> {
    let r: RenderRequest = boardkit::error::from_json(request_json).map_err(|e| core_error(&e))?;
    out(&request::render(&r).map_err(|e| render_error(&e))?)
}

/// A body's meetings and open actions' due dates: request `{"document", "as_of",
/// "body"?}`, response `{"text": "BEGIN:VCALENDAR..."}`.
#[wasm_bindgen(js_name = exportIcal)]
pub fn export_ical(request_json: &str) -> Result<String, JsValue> {
    let r: IcalRequest = boardkit::error::from_json(request_json).map_err(|e| core_error(&e))?;
    out(&request::ical(&r).map_err(|e| render_error(&e))?)
}

/// OParl 1.1 objects: request `{"document", "base", "body"?}`, response `{"system",
/// "body", "organization", "person", "membership", "meeting", "agendaItem", "paper"}`.
#[wasm_bindgen(js_name = exportOparl)]
pub fn export_oparl(request_json: &str) -> Result<String, JsValue> {
    let r: OparlRequest = boardkit::error::from_json(request_json).map_err(|e| core_error(&e))?;
    out(&request::oparl(&r).map_err(|e| render_error(&e))?)
}
