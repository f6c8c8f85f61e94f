//! `importFile(bytes, optionsJson)` for the browser: the same import as the CLI and the C
//! ABI, in a package of its own so the forms' module never carries the zip, XML, CSV and
//! spreadsheet readers.
#![forbid(unsafe_code)]

use boardkit_import::request::{self, RequestError};
use std::io::{self, Write};
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

/// The most bytes [`import_file_chunks`] hands its callback at once.
pub const CHUNK: usize = 64 * 1024;

/// Why writing a draft in chunks stopped.
#[derive(Debug)]
pub enum Stopped<E> {
    /// The file or the options were refused (before any chunk was written).
    Refused(RequestError),
    /// The chunk callback failed with this error; it was not called again.
    Chunk(E),
    /// The draft could not be written as JSON (a defect: every draft can be).
    Unwritable,
}

/// A writer handing its bytes to `each` in chunks of 1 to [`CHUNK`] bytes.
struct Chunks<E, F: FnMut(&[u8]) -> Result<(), E>> {
    each: F,
    buf: Vec<u8>,
    failed: Option<E>,
}

impl<E, F: FnMut(&[u8]) -> Result<(), E>> Chunks<E, F> {
    fn send(&mut self) -> io::Result<()> {
        if self.failed.is_some() {
            return Err(io::Error::other("the chunk callback failed"));
        }
        if self.buf.is_empty() {
            return Ok(());
        }
        let sent = (self.each)(&self.buf);
        self.buf.clear();
        sent.map_err(|e| {
            self.failed = Some(e);
            io::Error::other("the chunk callback failed")
        })
    }
}

impl<E, F: FnMut(&[u8]) -> Result<(), E>> Write for Chunks<E, F> {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        if self.failed.is_some() {
            return Err(io::Error::other("the chunk callback failed"));
        }
        let n = bytes.len().min(CHUNK - self.buf.len());
        self.buf.extend_from_slice(bytes.get(..n).unwrap_or(bytes));
        if self.buf.len() == CHUNK {
            self.send()?;
        }
        Ok(n)
    }
    fn flush(&mut self) -> io::Result<()> {
        self.send()
    }
}

/// [`import_json`], the JSON handed to `each` in chunks of at most [`CHUNK`] bytes
/// instead of made as one string: the same text byte for byte, never held whole.
pub fn import_chunks<E>(
    bytes: &[u8],
    options_json: &str,
    each: impl FnMut(&[u8]) -> Result<(), E>,
) -> Result<(), Stopped<E>> {
    let mut draft = request::import_compact(bytes, options_json).map_err(Stopped::Refused)?;
    let mut out = Chunks {
        each,
        buf: Vec::with_capacity(CHUNK),
        failed: None,
    };
    let written = draft.write_json(&mut out).and_then(|()| out.flush());
    match (written, out.failed) {
        (_, Some(e)) => Err(Stopped::Chunk(e)),
        (Ok(()), None) => Ok(()),
        (Err(_), None) => Err(Stopped::Unwritable),
    }
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

/// JavaScript: `importFileChunks(bytes: Uint8Array, optionsJson: string, write: (chunk:
/// Uint8Array) => void): void`: [`import_file`]'s JSON (UTF-8) handed to `write` in
/// chunks of 1 to 65,536 bytes, in order, instead of returned as one string, so a large
/// draft is never held whole in the module's memory or as a JS string. Each chunk is a
/// new array the callback may keep. A refused file or options throw a `BoardkitError`
/// before `write` is first called; an error thrown by `write` stops the import and is
/// thrown again as it was (`write` is not called again).
#[wasm_bindgen(js_name = importFileChunks)]
pub fn import_file_chunks(
    bytes: &[u8],
    options_json: &str,
    write: &js_sys::Function,
) -> Result<(), JsValue> {
    import_chunks(bytes, options_json, |chunk| {
        write
            .call1(&JsValue::NULL, &js_sys::Uint8Array::from(chunk))
            .map(|_| ())
    })
    .map_err(|e| match e {
        Stopped::Refused(e) => to_js_error(&e),
        Stopped::Chunk(thrown) => thrown,
        Stopped::Unwritable => {
            let js =
                js_sys::Error::new("The draft could not be written as JSON; please report it.");
            js.set_name("BoardkitError");
            let object: &JsValue = js.as_ref();
            let _ = js_sys::Reflect::set(object, &"code".into(), &"ffi.internal".into());
            let _ = js_sys::Reflect::set(object, &"path".into(), &"".into());
            js.into()
        }
    })
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

    /// The chunks are [`import_json`]'s text byte for byte, none empty or over
    /// [`CHUNK`]; a failing callback stops it and is not called again.
    #[test]
    fn chunks_are_the_string() {
        let mut csv = String::from("Name,01/02/2017,01/03/2017\n");
        for p in 0..3000 {
            csv.push_str(&format!("Person {p},P,A\n"));
        }
        let options = r#"{"kind":"attendance"}"#;
        let whole = import_json(csv.as_bytes(), options).unwrap();
        let mut chunks: Vec<Vec<u8>> = Vec::new();
        import_chunks(csv.as_bytes(), options, |c| {
            chunks.push(c.to_vec());
            Ok::<(), ()>(())
        })
        .unwrap();
        assert!(chunks.len() > 2);
        assert!(chunks.iter().all(|c| !c.is_empty() && c.len() <= CHUNK));
        assert_eq!(chunks.concat(), whole.as_bytes());
        let mut calls = 0;
        let e = import_chunks(csv.as_bytes(), options, |_| {
            calls += 1;
            if calls == 2 {
                Err("stop")
            } else {
                Ok(())
            }
        });
        assert!(matches!(e, Err(Stopped::Chunk("stop"))));
        assert_eq!(calls, 2);
        let e = import_chunks(b"x", r#"{"kind":"budget"}"#, |_| Ok::<(), ()>(()));
        assert!(matches!(e, Err(Stopped::Refused(ref r)) if r.path() == "/kind"));
    }
}
