//! `importFile(bytes, optionsJson)` for the browser: the same import as the CLI and the C
//! ABI, in a package of its own so the forms' module never carries the zip, XML, CSV and
//! spreadsheet readers.
#![forbid(unsafe_code)]

use boardkit::BoardDocument;
use boardkit_import::table::{import_table, Format, Mapping, TableKind};
use serde::Deserialize;
use wasm_bindgen::prelude::*;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Options {
    kind: String,
    #[serde(default)]
    format: Option<String>,
    #[serde(default)]
    context: Option<BoardDocument>,
    #[serde(default)]
    mapping: Option<Mapping>,
}

/// Import a file's bytes. `options_json`: `{"kind": "minutes|actions|risks|attendance|
/// contributions", "format": "text|docx|csv|xlsx|ods", "context": {...}, "mapping":
/// {...}}`. Returns the draft as JSON text (`{"document", "uncertainties", "mapping"}`);
/// throws an `Error` with a plain message when the file cannot be imported at all.
pub fn import_json(bytes: &[u8], options_json: &str) -> Result<String, String> {
    let o: Options = boardkit::error::from_json(options_json).map_err(|e| e.to_string())?;
    let ctx = o.context.as_ref();
    let format = o.format.as_deref().unwrap_or("");
    let draft = match (o.kind.as_str(), format) {
        ("minutes", "docx") => boardkit_import::docx::import_docx(bytes, ctx),
        ("minutes", "" | "text") => boardkit_import::minutes::import_minutes_bytes(bytes, ctx),
        ("minutes", _) => return Err("minutes are \"text\" or \"docx\"".into()),
        (k, f) => {
            let kind = match k {
                "actions" => TableKind::Actions,
                "risks" => TableKind::Risks,
                "attendance" => TableKind::Attendance,
                "contributions" => TableKind::Contributions,
                _ => {
                    return Err(
                        "kind is one of minutes, actions, risks, attendance, contributions".into(),
                    )
                }
            };
            let format = match f {
                "" | "csv" => Format::Csv,
                "xlsx" => Format::Xlsx,
                "ods" => Format::Ods,
                _ => return Err("a table is \"csv\", \"xlsx\" or \"ods\"".into()),
            };
            import_table(kind, bytes, format, ctx, o.mapping.as_ref())
        }
    }
    .map_err(|e| e.to_string())?;
    Ok(draft.to_json())
}

/// The input as the importer numbers it, for a review page to show each uncertainty
/// beside its line or row: `{"lines": ["...", ...]}` for minutes (line 1 first; a Word
/// document's paragraphs and table rows, cells separated by tabs) or `{"rows": [["cell",
/// ...], ...]}` for a table (row 1 first, the first sheet of a workbook).
pub fn preview_json(bytes: &[u8], options_json: &str) -> Result<String, String> {
    let o: Options = boardkit::error::from_json(options_json).map_err(|e| e.to_string())?;
    let format = o.format.as_deref().unwrap_or("");
    let v = match (o.kind.as_str(), format) {
        ("minutes", "docx") => {
            let t = boardkit_import::docx::docx_text(bytes).map_err(|e| e.to_string())?;
            serde_json::json!({ "lines": t.lines().collect::<Vec<_>>() })
        }
        ("minutes", _) => {
            let (t, _) = boardkit_import::text::decode(bytes).map_err(|e| e.to_string())?;
            serde_json::json!({ "lines": t.lines().collect::<Vec<_>>() })
        }
        (_, "xlsx") | (_, "ods") => {
            let f = if format == "ods" {
                Format::Ods
            } else {
                Format::Xlsx
            };
            let (g, _) = boardkit_import::sheet::grid(bytes, f).map_err(|e| e.to_string())?;
            serde_json::json!({ "rows": g.rows })
        }
        _ => {
            let (g, _) = boardkit_import::table::csv_grid(bytes).map_err(|e| e.to_string())?;
            serde_json::json!({ "rows": g.rows })
        }
    };
    Ok(v.to_string())
}

/// JavaScript: `previewFile(bytes: Uint8Array, optionsJson: string): string` (see
/// [`preview_json`]).
#[wasm_bindgen(js_name = previewFile)]
pub fn preview_file(bytes: &[u8], options_json: &str) -> Result<String, JsError> {
    preview_json(bytes, options_json).map_err(|e| JsError::new(&e))
}

/// JavaScript: `importFile(bytes: Uint8Array, optionsJson: string): string`.
#[wasm_bindgen(js_name = importFile)]
pub fn import_file(bytes: &[u8], options_json: &str) -> Result<String, JsError> {
    import_json(bytes, options_json).map_err(|e| JsError::new(&e))
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
        assert!(import_json(b"x", r#"{"kind":"budget"}"#).is_err());
        let p = preview_json(b"Present:\nA B\n", r#"{"kind":"minutes"}"#).unwrap();
        assert_eq!(p, r#"{"lines":["Present:","A B"]}"#);
        let p = preview_json(b"Ref,Action\n1,\"Do, it\"\n", r#"{"kind":"actions"}"#).unwrap();
        assert_eq!(p, r#"{"rows":[["Ref","Action"],["1","Do, it"]]}"#);
    }
}
