//! The `Board` class of the declarations (a loaded board): its methods and the typed
//! overloads of `Board.query`, one per question of the loaded board.

use super::schema::{ref_name, Function, Gen, Param};
use super::table;
use super::ts::Ts;
use boardkit::document::ValidateOptions;
use boardkit::{BoardDocument, Report};
use serde_json::{Map, Value};
use std::fmt::Write as _;

/// The methods of `Board` (wasm/js/api.js), a loaded board.
pub fn board_methods(g: &mut Gen) {
    let string = serde_json::json!({"type": "string"});
    let number = serde_json::json!({"type": "integer"});
    let any = serde_json::json!({});
    let doc = g.input::<BoardDocument>();
    let options = g.input::<ValidateOptions>();
    let report = g.output::<Report>();
    let request = g.input::<boardkit::loaded::RecordRequest>();
    let kind = g.input::<boardkit::document::RecordKind>();
    let out_doc = g.output::<BoardDocument>();
    let param = |name, schema: &Value, optional| Param {
        name,
        schema: schema.clone(),
        optional,
    };
    let either = serde_json::json!({"anyOf": [doc, string]});
    let m = [
        ("constructor", "Open a board from its document (an object, or its JSON text), read strictly.\n@throws {BoardkitError} when it is not a board document.", vec![param("doc", &either, false)], Value::Null),
        ("validate", "Check every governance rule on the board (as validateDocument).", vec![param("options", &options, true)], report.clone()),
        ("validateRecord", "Check one record against the board, as a form does while the user types: the findings documentValidateRecord gives with the board as the context. An action or meeting costs in proportion to the record and what it refers to, not to the board.\n@throws {BoardkitError} at `/kind` or `/as_of` when the request is not well formed.", vec![param("request", &request, false)], report),
        ("query", "Answer a question by name (`action_overdue`, `action_log`, `risk_ratings`, `report_attendance`...) given the rest of its request without the document (`{as_of}`): the answer of the one-shot function.\n@throws {BoardkitError} at `\"\"` for an unknown name, or at the path of a bad detail.", vec![param("name", &string, false), param("params", &any, true)], any.clone()),
        ("insert", "Add a record of a kind; gives its position in its list.\n@throws {BoardkitError} at `/id` when one with its id is on the board, or at the path of a shape problem.", vec![param("kind", &kind, false), param("record", &any, false)], number.clone()),
        ("replace", "Replace the record of a kind with the record's id; gives its position.\n@throws {BoardkitError} at `/id` when there is none.", vec![param("kind", &kind, false), param("record", &any, false)], number.clone()),
        ("remove", "Remove the record of a kind with an id (a budget's is `body|year`); gives the position it had.\n@throws {BoardkitError} when there is none.", vec![param("kind", &kind, false), param("id", &string, false)], number.clone()),
        ("document", "The board's document.", vec![], out_doc.clone()),
        ("documentText", "The board's document as JSON text, every number of extensions as written.", vec![], string.clone()),
        ("toJSON", "JSON.stringify(board) writes the document.", vec![], out_doc),
        ("free", "Free the board's memory in the module; a later call throws (code `board.freed`). Safe to call twice.", vec![], Value::Null),
        ("[Symbol.dispose]", "Free the board (`using board = new Board(doc)`).", vec![], Value::Null),
        ("static openCount", "How many boards are open in the module (opened and not yet freed): a host's leak check.", vec![], number),
    ];
    for (name, doc, params, returns) in m {
        g.methods.push(Function {
            name,
            doc,
            params,
            returns,
        });
    }
}

/// `Board.query`: one overload per question of the loaded board
/// (`boardkit::loaded::QUERIES`), each taking the request of its one-shot function without
/// the part the board fills in (`document`, or `register` for a risk question) and giving
/// that function's answer.
pub fn query_overloads(functions: &[Function], defs_in: &Map<String, Value>, ts: &Ts) -> String {
    let mut out = String::new();
    for name in boardkit::loaded::QUERIES {
        let function = table::js_of_query(name);
        let f = functions
            .iter()
            .find(|f| f.name == function)
            .unwrap_or_else(|| panic!("the question {name} has no JS function {function}"));
        let answer = ts.ty(&f.returns, 1);
        if *name == "public_version" {
            let _ = writeln!(
                out,
                "  query(name: \"{name}\", params?: Record<string, never> | null): {answer};"
            );
            continue;
        }
        let filled = if name.starts_with("risk_") {
            "register"
        } else {
            "document"
        };
        let request = f
            .params
            .first()
            .unwrap_or_else(|| panic!("{function} takes no request"));
        let def = ref_name(&request.schema)
            .unwrap_or_else(|| panic!("{function}'s request is not a named type"));
        let required: Vec<&str> = defs_in
            .get(&def)
            .and_then(|d| d.get("required"))
            .and_then(Value::as_array)
            .map(|r| r.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        assert!(
            required.contains(&filled),
            "{function}'s request has no {filled} for the board to fill in"
        );
        let optional = if required.iter().all(|r| *r == filled) {
            "?"
        } else {
            ""
        };
        let nullable = if optional.is_empty() { "" } else { " | null" };
        let others = defs_in
            .get(&def)
            .and_then(|d| d.get("properties"))
            .and_then(Value::as_object)
            .map_or(0, |p| p.keys().filter(|k| *k != filled).count());
        // Nothing left to give: no details at all (`{}` would take any value).
        let params = if others == 0 {
            String::from("Record<string, never>")
        } else {
            format!("Omit<{}, \"{filled}\">", ts.ty(&request.schema, 1))
        };
        let _ = writeln!(
            out,
            "  query(name: \"{name}\", params{optional}: {params}{nullable}): {answer};"
        );
    }
    out
}
