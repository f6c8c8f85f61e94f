//! `boardkit validate`: check a board document (or an import draft) against the
//! governance rules and list the findings by code and path, never quoting the record.
//!
//! Exit status: 0 when the record is valid (warnings and acknowledged errors allowed),
//! 1 when it is not a board document or a rule finds an error, 2 for a usage mistake.

use crate::args::{Args, Failure};
use boardkit::document::ValidateOptions;
use boardkit::validate::Report;
use boardkit::BoardDocument;
use serde_json::value::RawValue;
use serde_json::{json, Value};
use std::collections::BTreeMap;

const FLAGS: &[&str] = &["as-of", "format"];

/// How the result is written.
#[derive(Clone, Copy, PartialEq)]
enum Format {
    Text,
    Json,
}

/// Run `validate`: `Ok(true)` when the record is valid.
pub fn run(argv: &[String]) -> Result<bool, Failure> {
    let explain = argv.iter().any(|w| w == "--explain");
    let argv: Vec<String> = argv.iter().filter(|w| *w != "--explain").cloned().collect();
    let a = Args::parse(&argv, FLAGS)?;
    let [path] = a.words.as_slice() else {
        return Err(Failure::Usage(
            "validate needs one board document, for example: boardkit validate board.json --as-of 2017-02-01".into(),
        ));
    };
    let format = match a.get("format") {
        None | Some("text") => Format::Text,
        Some("json") => Format::Json,
        Some(_) => {
            return Err(Failure::Usage(
                "--format needs text or json, for example --format json".into(),
            ))
        }
    };
    let as_of = a.date("as-of")?;
    let text = read(path)?;
    let (text, prefix) = unwrap_draft(&text);
    let doc = match BoardDocument::from_json(text) {
        Ok(d) => d,
        Err(e) => {
            let at = format!("{prefix}{}", e.path());
            let why = e.to_string();
            let message = format!(
                "The file is not a board document: {}.",
                why.trim_end_matches('.')
            );
            match format {
                Format::Text => eprintln!("boardkit: {message} [{}] at {at}", e.code()),
                Format::Json => print_json(&json!({
                    "valid": false,
                    "error": { "code": e.code(), "path": at, "message": message },
                }))?,
            }
            return Ok(false);
        }
    };
    let mut report = doc.validate(&ValidateOptions {
        as_of,
        explain,
        ..Default::default()
    });
    if !prefix.is_empty() {
        for f in report
            .findings
            .iter_mut()
            .chain(report.switched_off.iter_mut())
        {
            f.path = format!("{prefix}{}", f.path);
        }
    }
    let valid = report.is_valid();
    match format {
        Format::Text => print_text(&report, as_of, !prefix.is_empty())?,
        Format::Json => print_json(&json!({
            "valid": valid,
            "as_of": as_of.map(|d| d.to_string()),
            "counts": report.counts(),
            "findings": report.findings,
            "switched_off": report.switched_off,
            "explained": report.explained,
        }))?,
    }
    Ok(valid)
}

/// The file's text (`-` for standard input). The message names no file: file names can
/// say who a record is about.
fn read(path: &str) -> Result<String, Failure> {
    if path == "-" {
        let mut s = String::new();
        std::io::Read::read_to_string(&mut std::io::stdin(), &mut s)
            .map_err(|e| Failure::Failed(format!("Standard input could not be read: {e}.")))?;
        Ok(s)
    } else {
        std::fs::read_to_string(path).map_err(|e| {
            Failure::Failed(format!(
                "The board document could not be read: {e}. Give the path of a JSON file, for example board.json."
            ))
        })
    }
}

/// An import draft (`{"document": {...}, "uncertainties": [...]}`, what `boardkit import`
/// prints) gives its document and the pointer prefix `/document`; any other text is
/// itself the document.
fn unwrap_draft(text: &str) -> (&str, &'static str) {
    let Ok(top) = serde_json::from_str::<BTreeMap<String, &RawValue>>(text) else {
        return (text, "");
    };
    match top.get("document") {
        Some(doc) if !top.contains_key("schema_version") => (doc.get(), "/document"),
        _ => (text, ""),
    }
}

fn print_text(
    report: &Report,
    as_of: Option<boardkit::date::Date>,
    draft: bool,
) -> Result<(), Failure> {
    let mut s = String::new();
    if draft {
        s.push_str("An import draft: paths point into its document.\n");
    }
    match as_of {
        Some(d) => s.push_str(&format!("Rules as of {d}.\n")),
        None => s.push_str(
            "No --as-of date given: the rules that depend on the date (overdue actions, reviews due) were not run.\n",
        ),
    }
    s.push_str(&boardkit::report::render_findings(report));
    if !report.switched_off.is_empty() {
        s.push_str(&format!(
            "{} finding(s) of rules the constitution switched off (see --format json).\n",
            report.switched_off.len()
        ));
    }
    if !report.explained.is_empty() {
        s.push_str(&explanations(&report.explained));
    }
    s.push_str(if report.is_valid() {
        "Valid: no error.\n"
    } else {
        "Not valid: correct the errors above.\n"
    });
    crate::args::print(s.as_bytes())
}

/// The rules that gave no finding, one a line, with why (`--explain`).
fn explanations(list: &[boardkit::premise::Explanation]) -> String {
    use boardkit::premise::Outcome;
    let mut s = String::from("Rules with no finding:\n");
    for e in list {
        let (word, why) = match e.outcome {
            Outcome::Passed => ("passed", String::new()),
            Outcome::NotEvidenced => (
                "not_evidenced",
                format!(" (needs {})", e.needs.as_deref().unwrap_or("")),
            ),
            Outcome::SwitchedOff => (
                "switched_off",
                format!(" (by {})", e.setting.as_deref().unwrap_or("")),
            ),
            Outcome::OutsideOnly => ("outside_only", String::new()),
        };
        s.push_str(&format!("{word:<14} {}{why}\n", e.code));
    }
    s
}

fn print_json(v: &Value) -> Result<(), Failure> {
    let mut text = serde_json::to_string_pretty(v)
        .map_err(|e| Failure::Failed(format!("The result could not be written: {e}.")))?;
    text.push('\n');
    crate::args::print(text.as_bytes())
}
