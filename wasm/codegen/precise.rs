//! The precise parts of the TypeScript types (a host's compiler should catch what the library would refuse): what JSON Schema says with a
//! `format` or a `pattern` becomes a template-literal type (`Day`, `Month`...), a
//! finding's `code` is the union of the catalogue's rule codes, and
//! `documentValidateRecord`'s `record` is typed by its `kind`.

use serde_json::{json, Map, Value};
use std::fmt::Write as _;

/// The aliases the string formats of the records map to (emitted once, in the header).
pub const ALIASES: &str = "
/** A date, `YYYY-MM-DD` (`\"2017-02-01\"`). */
export type Day = `${number}-${number}-${number}`;
/** A month, `YYYY-MM` (`\"2017-01\"`). */
export type Month = `${number}-${number}`;
";

/// The type of a string schema with a known format or pattern: the aliases above, or a
/// template literal (the records' own `Time`, `Quarter` and `FinancialYear` definitions
/// take these as their bodies).
pub fn string_alias(obj: &Map<String, Value>) -> Option<&'static str> {
    if obj.get("format").and_then(Value::as_str) == Some("date") {
        return Some("Day");
    }
    match obj.get("pattern").and_then(Value::as_str)? {
        "^[0-9]{4}-(0[1-9]|1[0-2])$" => Some("Month"),
        "^([01][0-9]|2[0-3]):[0-5][0-9]$" => Some("`${number}:${number}`"),
        "^[0-9]{4}(/[0-9]{2})?-Q[1-4]$" => {
            Some("`${number}-Q${1 | 2 | 3 | 4}` | `${number}/${number}-Q${1 | 2 | 3 | 4}`")
        }
        "^[0-9]{4}/([0-9]{2}|[0-9]{4})$" => Some("`${number}/${number}`"),
        _ => None,
    }
}

/// `export type RuleCode = ...`: every code of the rule catalogue.
pub fn rule_codes() -> String {
    let mut codes: Vec<&str> = boardkit::catalogue::all().iter().map(|r| r.code).collect();
    codes.sort_unstable();
    codes.dedup();
    let mut out = String::from(
        "\n/** The code of every rule in the catalogue (RULES.md). */\nexport type RuleCode =\n",
    );
    for c in codes {
        let _ = writeln!(out, "  | {}", Value::String(c.to_string()));
    }
    out.pop();
    out.push_str(";\n");
    out
}

/// A finding's `code`: a rule of the catalogue, or a shape error code (a record that
/// `documentValidateRecord` cannot read is reported as findings with those codes).
pub fn finding_code(defs: &mut Map<String, Value>) {
    if let Some(code) = defs
        .get_mut("Finding")
        .and_then(|f| f.get_mut("properties"))
        .and_then(|p| p.get_mut("code"))
    {
        let description = code.get("description").cloned();
        *code = json!({"anyOf": [{"$ref": "#/$defs/RuleCode"}, {"$ref": "#/$defs/ErrorCode"}]});
        if let Some(d) = description {
            code["description"] = d;
        }
    }
}

/// The kinds of record a form checks and a loaded board edits, each with its record type.
pub const KINDS: [(&str, &str); 8] = [
    ("organisation", "Organisation"),
    ("person", "Person"),
    ("body", "Body"),
    ("meeting", "Meeting"),
    ("action", "Action"),
    ("risk", "Risk"),
    ("budget", "Budget"),
    ("scorecard", "Scorecard"),
];

/// A record request (`ValidateRecordRequest`, the loaded board's `RecordRequest`): one
/// alternative per `kind`, each with its record's type.
pub fn record_by_kind(defs: &mut Map<String, Value>, name: &str) {
    let Some(Value::Object(req)) = defs.get_mut(name) else {
        return;
    };
    let Some(Value::Object(props)) = req.get_mut("properties") else {
        return;
    };
    let kind_doc = props
        .remove("kind")
        .and_then(|k| k.get("description").cloned());
    let record_doc = props
        .remove("record")
        .and_then(|r| r.get("description").cloned());
    if let Some(Value::Array(required)) = req.get_mut("required") {
        required.retain(|r| r != "kind" && r != "record");
    }
    let alternatives: Vec<Value> = KINDS
        .iter()
        .map(|(kind, ty)| {
            let mut k = json!({"const": kind});
            let mut r = json!({"$ref": format!("#/$defs/{ty}")});
            if let Some(d) = &kind_doc {
                k["description"] = d.clone();
            }
            if let Some(d) = &record_doc {
                r["description"] = d.clone();
            }
            json!({
                "type": "object",
                "properties": {"kind": k, "record": r},
                "required": ["kind", "record"],
            })
        })
        .collect();
    req.insert("oneOf".into(), Value::Array(alternatives));
}
