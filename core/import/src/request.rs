//! One import request for every binding: the C function `boardkit_import` and the
//! JavaScript `importFile` / `previewFile` read the same options JSON here, choose the
//! reader here and refuse the same inputs with the same code, path and message, so the
//! same input gets the same answer from C and JS.
//!
//! Options: `{"kind": "minutes|actions|risks|attendance|contributions", "format":
//! "text|docx|csv|xlsx|ods", "context": {board document}, "mapping": {"field":
//! "header"}}`. `format` defaults to text for minutes and csv for tables; `context` and
//! `mapping` are optional. They are read by the core's strict reader, so an unknown
//! field, a key given twice or a wrong value is refused at its path, and no message
//! quotes the options.

use crate::table::{read_table, Format, Mapping, TableKind};
use crate::{Draft, ImportError, Imported};
use boardkit::error::Error;
use boardkit::BoardDocument;
use serde::Deserialize;

/// The options of an import request, as read from JSON.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Options {
    /// What the file holds: minutes, actions, risks, attendance or contributions.
    pub kind: String,
    /// The file's format: text or docx for minutes; csv, xlsx or ods for a table.
    #[serde(default)]
    pub format: Option<String>,
    /// The board document the file belongs to (people, bodies and meetings to match).
    #[serde(default)]
    pub context: Option<BoardDocument>,
    /// Which header holds which field of a table.
    #[serde(default)]
    pub mapping: Option<Mapping>,
}

/// Which reader an import request asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reader {
    /// Minutes as plain text.
    MinutesText,
    /// Minutes as a Word document (`.docx`).
    MinutesDocx,
    /// A table of the given kind, in the given format.
    Table(TableKind, Format),
}

/// Why a request could not be carried out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RequestError {
    /// The options are not a usable request (a shape error with a path, e.g. `/kind`).
    Options(Error),
    /// The file could not be imported at all.
    Refused(ImportError),
}

impl RequestError {
    /// The stable code: the shape error's code (`shape.invalid`, `shape.syntax`, ...) or
    /// the refusal's `import.*` code.
    pub fn code(&self) -> &'static str {
        match self {
            RequestError::Options(e) => e.code(),
            RequestError::Refused(e) => e.code(),
        }
    }

    /// JSON Pointer of the bad option: the option's own path for a shape error,
    /// `/mapping` or `/context` when the file was refused for the mapping or the context
    /// given, empty when the file itself was refused.
    pub fn path(&self) -> &str {
        match self {
            RequestError::Options(e) => e.path(),
            RequestError::Refused(ImportError::Mapping(_)) => "/mapping",
            RequestError::Refused(ImportError::Context(_)) => "/context",
            RequestError::Refused(_) => "",
        }
    }

    /// The plain message, naming the argument at fault first: `options_json` for the
    /// options (the mapping and the context among them), `bytes` for the file.
    pub fn message(&self) -> String {
        match self {
            RequestError::Options(e) => format!("options_json: {e}"),
            RequestError::Refused(e @ (ImportError::Mapping(_) | ImportError::Context(_))) => {
                format!("options_json: {e}")
            }
            RequestError::Refused(e) => format!("bytes: {e}"),
        }
    }
}

impl std::fmt::Display for RequestError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message())
    }
}

impl std::error::Error for RequestError {}

impl Options {
    /// Read the options JSON strictly (see the module documentation).
    pub fn read(json: &str) -> Result<Options, RequestError> {
        boardkit::error::from_json(json).map_err(RequestError::Options)
    }

    /// The reader the kind and format ask for; an unknown kind or format is a shape error
    /// at `/kind` or `/format`.
    pub fn reader(&self) -> Result<Reader, RequestError> {
        let format = self.format.as_deref().unwrap_or("");
        let bad =
            |path: &str, message: &str| Err(RequestError::Options(Error::invalid(path, message)));
        let table = match self.kind.as_str() {
            "minutes" => {
                return match format {
                    "" | "text" => Ok(Reader::MinutesText),
                    "docx" => Ok(Reader::MinutesDocx),
                    _ => bad("/format", "minutes are \"text\" or \"docx\""),
                }
            }
            "actions" => TableKind::Actions,
            "risks" => TableKind::Risks,
            "attendance" => TableKind::Attendance,
            "contributions" => TableKind::Contributions,
            _ => {
                return bad(
                    "/kind",
                    "kind is one of minutes, actions, risks, attendance, contributions",
                )
            }
        };
        let format = match format {
            "" | "csv" => Format::Csv,
            "xlsx" => Format::Xlsx,
            "ods" => Format::Ods,
            _ => return bad("/format", "a table is \"csv\", \"xlsx\" or \"ods\""),
        };
        Ok(Reader::Table(table, format))
    }
}

/// Import a file's bytes as the options ask: the draft document, its uncertainties and
/// the column mapping used.
pub fn import(bytes: &[u8], options_json: &str) -> Result<Draft, RequestError> {
    import_compact(bytes, options_json).map(Imported::into_draft)
}

/// [`import`], a table's draft kept compact ([`crate::table::TableDraft`]): what the C
/// function and the JavaScript package write out as JSON, so that the draft's typed
/// records are never held beside its text.
pub fn import_compact(bytes: &[u8], options_json: &str) -> Result<Imported, RequestError> {
    let o = Options::read(options_json)?;
    let ctx = o.context.as_ref();
    match o.reader()? {
        Reader::MinutesText => {
            crate::minutes::import_minutes_bytes(bytes, ctx).map(|d| Imported::Draft(Box::new(d)))
        }
        Reader::MinutesDocx => {
            crate::docx::import_docx(bytes, ctx).map(|d| Imported::Draft(Box::new(d)))
        }
        Reader::Table(kind, format) => read_table(kind, bytes, format, ctx, o.mapping.as_ref())
            .map(|t| Imported::Table(Box::new(t))),
    }
    .map_err(RequestError::Refused)
}

/// The input as the importer numbers it, as JSON text, for a review page to show each
/// uncertainty beside its line or row: `{"lines": ["...", ...]}` for minutes (line 1
/// first; a Word document's paragraphs and table rows, cells separated by tabs) or
/// `{"rows": [["cell", ...], ...]}` for a table (row 1 first, the first sheet of a
/// workbook).
pub fn preview(bytes: &[u8], options_json: &str) -> Result<String, RequestError> {
    let o = Options::read(options_json)?;
    let refused = RequestError::Refused;
    let v = match o.reader()? {
        Reader::MinutesDocx => {
            let t = crate::docx::docx_text(bytes).map_err(refused)?;
            serde_json::json!({ "lines": t.lines().collect::<Vec<_>>() })
        }
        Reader::MinutesText => {
            let (t, _) = crate::text::decode(bytes).map_err(refused)?;
            serde_json::json!({ "lines": t.lines().collect::<Vec<_>>() })
        }
        Reader::Table(_, Format::Csv) => {
            let (g, _) = crate::table::csv_grid(bytes).map_err(refused)?;
            serde_json::json!({ "rows": g.rows })
        }
        Reader::Table(_, f) => {
            let (g, _) = crate::sheet::grid(bytes, f).map_err(refused)?;
            serde_json::json!({ "rows": g.rows })
        }
    };
    Ok(v.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn options_choose_the_reader() {
        let r = |o: &str| Options::read(o).and_then(|o| o.reader());
        assert_eq!(r(r#"{"kind":"minutes"}"#), Ok(Reader::MinutesText));
        assert_eq!(
            r(r#"{"kind":"minutes","format":"docx"}"#),
            Ok(Reader::MinutesDocx)
        );
        assert_eq!(
            r(r#"{"kind":"risks","format":"ods"}"#),
            Ok(Reader::Table(TableKind::Risks, Format::Ods))
        );
        let e = r(r#"{"kind":"budget"}"#).unwrap_err();
        assert_eq!((e.code(), e.path()), ("shape.invalid", "/kind"));
        let e = r(r#"{"kind":"minutes","format":"csv"}"#).unwrap_err();
        assert_eq!((e.code(), e.path()), ("shape.invalid", "/format"));
        let e = r(r#"{"kind":"actions","format":"pdf"}"#).unwrap_err();
        assert_eq!((e.code(), e.path()), ("shape.invalid", "/format"));
        assert!(e.message().starts_with("options_json: "));
    }

    #[test]
    fn a_refused_file_names_the_bytes() {
        let e = import(b"junk", r#"{"kind":"minutes","format":"docx"}"#).unwrap_err();
        assert_eq!(e.code(), "import.not_that_kind");
        assert_eq!(e.path(), "");
        assert!(e.message().starts_with("bytes: "));
        let e = import(
            b"Ref,Action\n1,x\n",
            r#"{"kind":"actions","mapping":{"colour":"Ref"}}"#,
        )
        .unwrap_err();
        assert_eq!((e.code(), e.path()), ("import.mapping", "/mapping"));
        assert!(e.message().starts_with("options_json: "));
    }

    #[test]
    fn preview_numbers_lines_and_rows() {
        let p = preview(b"Present:\nA B\n", r#"{"kind":"minutes"}"#).unwrap();
        assert_eq!(p, r#"{"lines":["Present:","A B"]}"#);
        let p = preview(b"Ref,Action\n1,\"Do, it\"\n", r#"{"kind":"actions"}"#).unwrap();
        assert_eq!(p, r#"{"rows":[["Ref","Action"],["1","Do, it"]]}"#);
    }
}
