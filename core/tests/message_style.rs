//! Every message is written once, for a person: it starts with a capital letter and ends
//! with a full stop; it names no code (`meeting.quorum_not_met`) or snake_case word
//! outside backticks; it counts positions from one ("the 1st action", never "action 0");
//! and it carries none of the reading library's or Rust's own wording.
//!
//! The messages are gathered, not listed: every finding of every conformance fixture and
//! field document, and every shape error of a sweep that breaks each position of the
//! bundled documents in turn (a value of the wrong kind, an unknown key, a key removed).
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::Path;

fn documents() -> Vec<Value> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples/data");
    let mut files = vec![root.join("leicester-lscb.json")];
    let mut field: Vec<_> = std::fs::read_dir(root.join("field"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    field.sort();
    files.extend(field);
    files
        .iter()
        .map(|f| serde_json::from_str(&std::fs::read_to_string(f).unwrap()).unwrap())
        .collect()
}

fn conformance_documents(dir: &Path, out: &mut Vec<Value>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            conformance_documents(&p, out);
        } else if p.extension().is_some_and(|x| x == "json") {
            let v: Value = serde_json::from_str(&std::fs::read_to_string(&p).unwrap()).unwrap();
            let list = match v {
                Value::Array(a) => a,
                other => vec![other],
            };
            out.extend(list.into_iter().filter_map(|f| f.get("document").cloned()));
        }
    }
}

/// The messages of one document: its shape error, or each finding's message.
fn messages_of(doc: &Value, as_of: Option<&str>, out: &mut BTreeSet<String>) {
    let options = boardkit::document::ValidateOptions {
        as_of: as_of.map(|d| d.parse().unwrap()),
        ..Default::default()
    };
    match boardkit::document::validate_json(&doc.to_string(), &options) {
        Err(e) => {
            out.insert(e.to_string());
        }
        Ok(report) => {
            let v = serde_json::to_value(&report).unwrap();
            for f in v["findings"].as_array().into_iter().flatten() {
                out.insert(f["message"].as_str().unwrap_or("").to_string());
            }
        }
    }
}

/// Each position of `v`, broken in turn, handed to `f` (the document is restored after).
fn sweep(root: &mut Value, at: &mut Vec<String>, f: &mut dyn FnMut(&Value)) {
    let node = pointer(root, at).clone();
    let wrong: Vec<Value> = match &node {
        Value::String(_) => vec![Value::from(7), Value::Null, Value::from("")],
        Value::Number(_) => vec![Value::from("seven"), Value::from(-1), Value::from(1.5)],
        Value::Bool(_) => vec![Value::from("yes")],
        Value::Array(_) => vec![Value::from("a list"), Value::Object(Default::default())],
        Value::Object(_) => vec![Value::from(1), Value::Array(vec![])],
        Value::Null => vec![],
    };
    for w in wrong {
        *pointer(root, at) = w;
        f(root);
    }
    *pointer(root, at) = node.clone();
    match node {
        Value::Object(map) => {
            if let Value::Object(m) = pointer(root, at) {
                m.insert("zzunknown".into(), Value::from(1));
            }
            f(root);
            if let Value::Object(m) = pointer(root, at) {
                m.remove("zzunknown");
            }
            for (k, v) in map {
                if let Value::Object(m) = pointer(root, at) {
                    m.remove(&k);
                }
                f(root);
                if let Value::Object(m) = pointer(root, at) {
                    m.insert(k.clone(), v);
                }
                at.push(k);
                sweep(root, at, f);
                at.pop();
            }
        }
        Value::Array(items) => {
            for i in 0..items.len().min(2) {
                at.push(i.to_string());
                sweep(root, at, f);
                at.pop();
            }
        }
        _ => {}
    }
}

fn pointer<'a>(root: &'a mut Value, at: &[String]) -> &'a mut Value {
    let p: String = at
        .iter()
        .map(|s| format!("/{}", s.replace('~', "~0").replace('/', "~1")))
        .collect();
    root.pointer_mut(&p).unwrap()
}

/// What is wrong with the style of one message, if anything.
fn style_problems(m: &str) -> Vec<&'static str> {
    let mut out = Vec::new();
    let first = m.chars().next();
    if !first
        .is_some_and(|c| c.is_uppercase() || c == '`' || c == '"' || c.is_ascii_digit() || c == '£')
    {
        out.push("does not start with a capital letter");
    }
    let last = m.trim_end().chars().last();
    if !last.is_some_and(|c| matches!(c, '.' | '?' | '!' | ')')) {
        out.push("does not end with a full stop");
    }
    // A value to enter, in backticks or in brackets after its words ("sub group
    // (sub_group)", "days after the meeting (within_days, like 14)"), is not prose.
    let mut outside: String = m.split('`').step_by(2).collect::<Vec<_>>().join(" ");
    for (open, _) in m.match_indices('(') {
        let inner: String = m[open + 1..].chars().take_while(|c| *c != ')').collect();
        outside = outside.replace(&format!("({inner})"), "");
    }
    let words = outside.split(|c: char| !(c.is_alphanumeric() || c == '_' || c == '.'));
    for w in words {
        let w = w.trim_matches('.');
        let snake = w.contains('_')
            && w.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '.');
        if snake && !w.starts_with('_') {
            out.push("names a code or snake_case word outside backticks");
            break;
        }
    }
    for bad in [
        "invalid type",
        "expected ",
        "Option<",
        "Vec<",
        "serde",
        "struct ",
        "variant",
        "enum ",
        "u32",
        "i64",
        "f64",
    ] {
        if outside.contains(bad) {
            out.push("carries library or Rust wording");
            break;
        }
    }
    for zero in [
        " 0th", "item 0", "action 0", "Action 0", "row 0", "entry 0", "Entry 0", "Item 0", "Row 0",
    ] {
        if outside.contains(zero) {
            out.push("counts a position from zero");
            break;
        }
    }
    out
}

#[test]
fn every_message_is_written_for_a_person() {
    let mut messages = BTreeSet::new();
    let mut docs = documents();
    for d in &docs {
        messages_of(d, Some("2017-02-01"), &mut messages);
    }
    let mut fixtures = Vec::new();
    conformance_documents(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/conformance"),
        &mut fixtures,
    );
    for d in &fixtures {
        messages_of(d, Some("2030-01-01"), &mut messages);
    }
    let findings_only = messages.len();
    for d in docs.iter_mut() {
        sweep(d, &mut Vec::new(), &mut |doc| {
            messages_of(doc, None, &mut messages)
        });
    }
    assert!(
        findings_only > 100,
        "only {findings_only} finding messages gathered"
    );
    assert!(
        messages.len() > findings_only + 100,
        "the sweep gathered only {} shape messages",
        messages.len() - findings_only
    );
    let bad: Vec<String> = messages
        .iter()
        .filter_map(|m| {
            let p = style_problems(m);
            (!p.is_empty()).then(|| format!("{}: {m}", p.join(", ")))
        })
        .collect();
    std::fs::write(
        "/tmp/ms/all.txt",
        messages.iter().cloned().collect::<Vec<_>>().join("\n"),
    )
    .ok();
    assert!(
        bad.is_empty(),
        "{} of {} messages break the style:\n{}",
        bad.len(),
        messages.len(),
        bad.join("\n")
    );
}
