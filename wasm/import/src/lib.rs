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
    let o: Options = serde_json::from_str(options_json)
        .map_err(|e| format!("the import options are not usable: {e}"))?;
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
    }
}
