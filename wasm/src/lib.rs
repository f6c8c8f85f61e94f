//! WebAssembly bindings for boardkit, for browser forms.
//!
//! Every function takes and returns plain JS objects (the JSON shapes of the core records)
//! and throws a JS `Error` carrying `code` (`shape.invalid`, ...) and `path` (a JSON
//! Pointer to the offending value) when the input is not a record. Governance rule
//! breaks are not errors: they come back as the `findings` of a report, each with the
//! path of the field a form should show the message beside.
//!
//! Nothing here knows a governance rule: each function only translates between JS values
//! and the core's request/response types.
//!
//! ## Adding a capability
//! A core capability `boardkit::area::verb(&Request) -> Result<Response, Error>` becomes:
//! ```ignore
//! /// One line in the board's terms.
//! #[wasm_bindgen(js_name = areaVerb, skip_typescript)]
//! pub fn area_verb(request: JsValue) -> Result<JsValue, JsValue> {
//!     call(request, |r| boardkit::area::verb(&r))
//! }
//! ```
//! plus one line in `wasm/js/api.js` and one entry in `wasm/tests/types.rs` (see the
//! README).
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

/// Read a request from a JS value. Shape errors carry the JSON Pointer of the bad value
/// (the core's `from_value`, which uses `serde_path_to_error` and never echoes values).
pub fn from_js<T: DeserializeOwned>(value: JsValue) -> Result<T, Error> {
    let json: serde_json::Value = serde_wasm_bindgen::from_value(value)
        .map_err(|_| Error::invalid("", "not a plain JSON-like value"))?;
    boardkit::error::from_value(json)
}

/// Write a response as a plain JS value (objects, not `Map`s; `null` for absent options).
pub fn to_js<T: Serialize>(value: &T) -> Result<JsValue, Error> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|_| Error::invalid("", "the result could not be represented in JavaScript"))
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

/// The generic capability call: a JS request in, the core function, a JS response out,
/// any shape error thrown as a JS `Error` with `code` and `path`.
pub fn call<Req: DeserializeOwned, Resp: Serialize>(
    request: JsValue,
    f: impl FnOnce(Req) -> Result<Resp, Error>,
) -> Result<JsValue, JsValue> {
    from_js(request)
        .and_then(f)
        .and_then(|response| to_js(&response))
        .map_err(|e| to_js_error(&e))
}

/// Read a board document, checking its `schema_version` as `BoardDocument::from_json` does.
fn document(value: JsValue) -> Result<BoardDocument, Error> {
    let doc: BoardDocument = from_js(value)?;
    if doc.schema_version != boardkit::SCHEMA_VERSION {
        return Err(Error::SchemaVersion {
            path: "/schema_version".into(),
            found: u64::from(doc.schema_version),
            supported: boardkit::SCHEMA_VERSION,
        });
    }
    Ok(doc)
}

/// Options are optional: `undefined` or `null` means the defaults.
fn options(value: JsValue) -> Result<ValidateOptions, Error> {
    if value.is_undefined() || value.is_null() {
        return Ok(ValidateOptions::default());
    }
    from_js(value).map_err(|e| prefix(e, "options"))
}

/// A shape error in a second argument: its path stays relative to that argument (a form
/// for the options places it as it would for the document) and the message names the
/// argument.
fn prefix(error: Error, argument: &str) -> Error {
    match error {
        Error::Invalid { path, message } => Error::Invalid {
            path,
            message: format!("{argument}: {message}"),
        },
        other => other,
    }
}

/// The library version (`boardkit` crate version).
#[wasm_bindgen(skip_typescript)]
pub fn version() -> String {
    boardkit::VERSION.to_string()
}

/// Check every governance rule on a board document and return the report of findings.
/// `options.as_of` ("2017-01-31") is the date to judge "overdue" against; absent, rules
/// that need a date are not run.
#[wasm_bindgen(js_name = validateDocument, skip_typescript)]
pub fn validate_document(doc: JsValue, options_value: JsValue) -> Result<JsValue, JsValue> {
    options(options_value)
        .and_then(|o| document(doc).map(|d| d.validate(&o)))
        .and_then(|report| to_js(&report))
        .map_err(|e| to_js_error(&e))
}

/// Read a board document and return it in its normal form: defaults filled in, empty
/// optional parts dropped, dates and times in their canonical spelling.
#[wasm_bindgen(js_name = normaliseDocument, skip_typescript)]
pub fn normalise_document(doc: JsValue) -> Result<JsValue, JsValue> {
    document(doc)
        .and_then(|d| to_js(&d))
        .map_err(|e| to_js_error(&e))
}

/// Every rule boardkit can report: code, severity and meaning (the rule catalogue).
#[wasm_bindgen(skip_typescript)]
pub fn rules() -> Result<JsValue, JsValue> {
    to_js(&boardkit::catalogue::all()).map_err(|e| to_js_error(&e))
}
