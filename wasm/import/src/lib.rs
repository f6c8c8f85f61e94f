//! `importFile(bytes, optionsJson)` for the browser: the same import as the CLI and the C
//! ABI, in a package of its own so the forms' module never carries the zip, XML, CSV and
//! spreadsheet readers.
#![forbid(unsafe_code)]

use boardkit_import::request::{self, RequestError};
use wasm_bindgen::prelude::*;

/// A JS `Error` (name `BoardkitError`) with `code` and `path` properties, as the forms'
/// module throws, and the same code, path and message as the C function.
fn to_js_error(e: &RequestError) -> JsValue {
    let js = js_sys::Error::new(&e.message());
    js.set_name("BoardkitError");
    let object: &JsValue = js.as_ref();
    // Setting a property on a fresh Error object cannot fail; if it ever did, the error
    // is still thrown, only without that property.
    let _ = js_sys::Reflect::set(object, &"code".into(), &e.code().into());
    let _ = js_sys::Reflect::set(object, &"path".into(), &e.path().into());
    js.into()
}

/// Import a file's bytes (options: see `boardkit_import::request`). Returns the draft
/// as JSON text (`{"document", "uncertainties", "mapping"}`).
pub fn import_json(bytes: &[u8], options_json: &str) -> Result<String, RequestError> {
    // A table's draft is written out from its compact form (the JSON text is the one
    // copy of the draft held at the peak).
    request::import_compact(bytes, options_json).map(|mut d| d.to_json())
}

/// The input as the importer numbers it (see `boardkit_import::request::preview`).
pub fn preview_json(bytes: &[u8], options_json: &str) -> Result<String, RequestError> {
    request::preview(bytes, options_json)
}

/// JavaScript: `previewFile(bytes: Uint8Array, optionsJson: string): string` (see
/// [`preview_json`]); throws a `BoardkitError` with `code` and `path`.
#[wasm_bindgen(js_name = previewFile)]
pub fn preview_file(bytes: &[u8], options_json: &str) -> Result<String, JsValue> {
    preview_json(bytes, options_json).map_err(|e| to_js_error(&e))
}

/// JavaScript: `importFile(bytes: Uint8Array, optionsJson: string): string`; throws a
/// `BoardkitError` with `code` and `path` when the options are not usable or the file
/// cannot be imported at all.
#[wasm_bindgen(js_name = importFile)]
pub fn import_file(bytes: &[u8], options_json: &str) -> Result<String, JsValue> {
    import_json(bytes, options_json).map_err(|e| to_js_error(&e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_as_the_crate() {
        let out = import_json(
            b"Ref,Action,Owner,By\n1,Do it,AB,Jan-17\n",
            r#"{"kind":"actions"}"#,
        )
        .unwrap();
        assert!(out.contains("\"2017-01\""));
        let e = import_json(b"x", r#"{"kind":"budget"}"#).unwrap_err();
        assert_eq!((e.code(), e.path()), ("shape.invalid", "/kind"));
        let p = preview_json(b"Present:\nA B\n", r#"{"kind":"minutes"}"#).unwrap();
        assert_eq!(p, r#"{"lines":["Present:","A B"]}"#);
    }
}
