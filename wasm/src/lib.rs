//! WebAssembly bindings for boardkit, for browser forms.
//!
//! Every function takes and returns plain JS objects (the JSON shapes of the core records)
//! and throws a JS `Error` carrying `code` (`shape.invalid`, ...) and `path` (a JSON
//! Pointer to the offending value) when the input is not a record. Governance rule
//! breaks are not errors: they come back as the `findings` of a report, each with the
//! path of the field a form should show the message beside.
//!
//! The objects cross the boundary as JSON text: `api.js` writes each argument with
//! `JSON.stringify` and reads each result with `JSON.parse`. Rust reads the text with
//! serde_json and writes the result with serde_json, so the module carries one family of
//! generated readers and writers (serde_json's) instead of a second one for JS values;
//! that keeps the package small (see the README's "Size").
//!
//! Nothing here knows a governance rule: each function only translates between JS values
//! and the core's request/response types.
//!
//! ## Adding a capability
//! A core capability `boardkit::area::verb(&Request) -> Result<Response, Error>` becomes
//! one entry of the capability table, `ffi/src/capabilities.rs`; its export here is
//! expanded from the table (`wasm_exports!` at the end of this file) and its line of
//! `wasm/js/api.js` generated (`bash tests/codegen.sh`). The README's "Adding a
//! capability" lists every file it touches.
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

use boardkit::document::ValidateOptions;
use boardkit::{BoardDocument, Error};
use serde::de::DeserializeOwned;
use serde::Serialize;
use wasm_bindgen::prelude::*;

mod board;
pub use board::RawBoard;

/// The capability table, shared with the C API: the same file as `boardkit_ffi::capabilities`.
#[path = "../../ffi/src/capabilities.rs"]
pub mod capabilities;

/// Read a request from its JSON text (written by `JSON.stringify` in `api.js`) with the
/// core's strict reader, exactly as the C API does: a duplicate key, a lone surrogate, an
/// array where a record belongs are errors at their path; `null` means absent; messages
/// never hold a value from the input.
pub fn from_js<T: DeserializeOwned>(json: &str) -> Result<T, Error> {
    boardkit::error::from_json(json)
}

/// Write a response as JSON text (read back with `JSON.parse` in `api.js`). A host's
/// number under `extensions` that a JavaScript number cannot hold (2^64, 1e400, 0.1 with
/// 55 decimal places) is written as a string of its text, never rounded by `JSON.parse`
/// (see `boardkit::extension::for_js_objects`); `Board.documentText` gives the document
/// as text with every number as written.
pub fn to_js<T: Serialize>(value: &T) -> Result<String, Error> {
    boardkit::extension::for_js_objects(|| serde_json::to_string(value))
        .map_err(|_| Error::invalid("", "the result could not be written as JSON"))
}

/// A JS `Error` with `code` and `path` properties (and `name` `BoardkitError`).
pub fn to_js_error(error: &Error) -> JsValue {
    let js = js_sys::Error::new(&error.to_string());
    js.set_name("BoardkitError");
    let object: &JsValue = js.as_ref();
    // Setting a property on a fresh Error object cannot fail; if it ever did, the error
    // is still thrown, only without that property.
    let _ = js_sys::Reflect::set(object, &"code".into(), &error.code().into());
    let _ = js_sys::Reflect::set(object, &"path".into(), &error.path().into());
    js.into()
}

/// The generic capability call: a JSON request in, the core function, a JSON response
/// out, any shape error thrown as a JS `Error` with `code` and `path`.
pub fn call<Req: DeserializeOwned, Resp: Serialize>(
    request: &str,
    f: impl FnOnce(Req) -> Result<Resp, Error>,
) -> Result<String, JsValue> {
    from_js(request)
        .and_then(f)
        .and_then(|response| to_js(&response))
        .map_err(|e| to_js_error(&e))
}

/// Read a board document (its `schema_version` is checked by the core as it is read).
fn document(json: &str) -> Result<BoardDocument, Error> {
    from_js(json)
}

/// Options are optional: JSON `null` (from `undefined` or `null`) means the defaults.
fn options(json: &str) -> Result<ValidateOptions, Error> {
    if json.trim() == "null" {
        return Ok(ValidateOptions::default());
    }
    from_js(json).map_err(in_options)
}

/// A shape error in the options: its path stays relative to the options (a form for the
/// options places it as it would for the document) and the message says it is about them.
fn in_options(error: Error) -> Error {
    match error {
        Error::Invalid { path, message } => Error::Invalid {
            path,
            message: format!("Options: {message}"),
        },
        other => other,
    }
}

/// The library version (`boardkit` crate version).
#[wasm_bindgen(skip_typescript)]
pub fn version() -> String {
    boardkit::VERSION.to_string()
}

/// True when `key` is a field name of the schema: the only keys a path built in JS (for
/// a value JSON cannot carry) may name, as in the core's first reading pass.
#[wasm_bindgen(js_name = isSchemaName, skip_typescript)]
pub fn is_schema_name(key: &str) -> bool {
    boardkit::read::is_schema_name(key)
}

/// Check every governance rule on a board document and return the report of findings.
/// `options.as_of` ("2017-01-31") is the date to judge "overdue" against; absent, rules
/// that need a date are not run.
#[wasm_bindgen(js_name = validateDocument, skip_typescript)]
pub fn validate_document(doc: &str, options_json: &str) -> Result<String, JsValue> {
    options(options_json)
        .and_then(|o| document(doc).map(|d| d.validate(&o)))
        .and_then(|report| to_js(&report))
        .map_err(|e| to_js_error(&e))
}

/// Read a board document and return it in its normal form: defaults filled in, empty
/// optional parts dropped, dates and times in their canonical spelling.
#[wasm_bindgen(js_name = normaliseDocument, skip_typescript)]
pub fn normalise_document(doc: &str) -> Result<String, JsValue> {
    document(doc)
        .and_then(|d| to_js(&d))
        .map_err(|e| to_js_error(&e))
}

/// Every rule boardkit can report: code, severity and meaning (the rule catalogue).
#[wasm_bindgen(skip_typescript)]
pub fn rules() -> Result<String, JsValue> {
    // The catalogue never changes while the module runs: written once.
    static TEXT: std::sync::OnceLock<Result<String, Error>> = std::sync::OnceLock::new();
    TEXT.get_or_init(|| to_js(&boardkit::catalogue::all()))
        .clone()
        .map_err(|e| to_js_error(&e))
}

/// The version of a board document that may be published: every confidential minute item
/// keeps its number, kind and time but loses its title, text, decisions and papers.
#[wasm_bindgen(js_name = documentPublicVersion, skip_typescript)]
pub fn document_public_version(doc: &str) -> Result<String, JsValue> {
    document(doc)
        .and_then(|d| to_js(&d.public_version()))
        .map_err(|e| to_js_error(&e))
}

/// The redaction ledger of a board document's public version: per meeting with anything
/// withheld, the counts by kind, the Schedule 12A paragraphs and the review date.
#[wasm_bindgen(js_name = documentRedactionLedger, skip_typescript)]
pub fn document_redaction_ledger(doc: &str) -> Result<String, JsValue> {
    document(doc)
        .and_then(|d| to_js(&d.redaction_ledger()))
        .map_err(|e| to_js_error(&e))
}

/// Run one rule fixture (the format of tests/conformance/README.md) and return its result:
/// `{name, passed, missing, unexpected, findings}`, the same as Rust and C give. The module
/// reads no files: `document_file` is an error at `/document_file`; put the document itself
/// in `document`.
#[wasm_bindgen(js_name = runFixture, skip_typescript)]
pub fn run_fixture(fixture: &str) -> Result<String, JsValue> {
    boardkit::testing::run_fixture(fixture, None)
        .and_then(|r| to_js(&r))
        .map_err(|e| to_js_error(&e))
}

/// The wasm export of every request capability of the table: `jsName(request)` reads the
/// table's request type, calls the core function (`result`: it returns
/// `Result<Response, Error>`; `plain`: it cannot fail) and writes the table's response
/// type, so a type in the table that is not the function's fails to compile.
macro_rules! wasm_exports {
    (@call result $f:path, $req:ty, $resp:ty, $request:ident) => {
        call::<$req, $resp>($request, |r| $f(&r))
    };
    (@call plain $f:path, $req:ty, $resp:ty, $request:ident) => {
        call::<$req, $resp>($request, |r| Ok($f(&r)))
    };
    ($($js:ident $name:ident $c:ident ($kind:ident $f:path) ($req:ty => $resp:ty)
        query($($q:literal)?) $doc:literal;)*) => {
        $(
            #[doc = $doc]
            #[wasm_bindgen(js_name = $js, skip_typescript)]
            pub fn $name(request: &str) -> Result<String, JsValue> {
                wasm_exports!(@call $kind $f, $req, $resp, request)
            }
        )*
    };
}

crate::for_each_request!(wasm_exports);
