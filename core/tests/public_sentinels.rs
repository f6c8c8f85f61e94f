//! Tests that cannot pass by emptying (an empty public version would hide nothing and prove nothing): a distinct sentinel in every free-text
//! field of a document with links of every kind; every sentinel the classification table
//! and the hand-made list of tied records say is withheld is absent from the public
//! version, every other one present.
#[path = "public/sentinels.rs"]
mod sentinels;

use boardkit::public::fields::TABLE;
use boardkit::BoardDocument;
use sentinels::{planted, Sentinel, REFERENCES};
use serde_json::Value;
use std::collections::BTreeSet;

fn schema() -> Value {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../wasm/types/schemas/BoardDocument.json");
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// Whether a property schema holds free text (a string, or a list of strings, with no
/// enum, format or pattern).
fn free_text(defs: &Value, s: &Value) -> bool {
    let s = match s.get("$ref").and_then(Value::as_str) {
        Some(r) => &defs[r.trim_start_matches("#/$defs/")],
        None => s,
    };
    let plain = |s: &Value| {
        s.get("enum").is_none() && s.get("format").is_none() && s.get("pattern").is_none()
    };
    let string = |s: &Value| match &s["type"] {
        Value::String(t) => t == "string",
        Value::Array(ts) => ts.iter().any(|t| t == "string"),
        _ => false,
    } && plain(s);
    string(s) || s.get("items").is_some_and(|i| free_text(defs, i))
}

fn planted_doc() -> (BoardDocument, Vec<Sentinel>) {
    let s = schema();
    let (v, sentinels) = planted(&s);
    let doc =
        BoardDocument::from_json(&v.to_string()).unwrap_or_else(|e| panic!("{} {e}", e.path()));
    (doc, sentinels)
}

#[test]
fn every_withheld_sentinel_is_absent_and_every_public_one_present() {
    let (doc, sentinels) = planted_doc();
    let public = doc.public_version().to_json();
    let leaked: Vec<String> = sentinels
        .iter()
        .filter(|s| s.withheld && public.contains(&s.text))
        .map(|s| format!("{}.{} at {}", s.field.0, s.field.1, s.path))
        .collect();
    assert!(leaked.is_empty(), "withheld but published: {leaked:#?}");
    let lost: Vec<String> = sentinels
        .iter()
        .filter(|s| !s.withheld && !public.contains(&s.text))
        .map(|s| format!("{}.{} at {}", s.field.0, s.field.1, s.path))
        .collect();
    assert!(lost.is_empty(), "public but lost: {lost:#?}");
    // Not vacuous: many of each.
    let withheld = sentinels.iter().filter(|s| s.withheld).count();
    assert!(
        withheld >= 80 && sentinels.len() - withheld >= 30,
        "{withheld} of {}",
        sentinels.len()
    );
}

/// Free-text fields of the table's records that the template leaves as they are: the
/// risk matrix's labels (the template uses the standard five-by-five matrix, which the
/// register's rules check) and stated counts, which name the matrix's bands.
const NOT_PLANTED: &[(&str, &str)] = &[
    ("Band", "colour"),
    ("Band", "label"),
    ("Band", "response"),
    ("Matrix", "impact"),
    ("Matrix", "likelihood"),
    ("StatedCount", "label"),
];

#[test]
fn every_free_text_field_of_the_table_is_planted() {
    // Every record of the classification table, public ones (budgets, scorecards, the
    // board) as well as those that can be withheld.
    let s = schema();
    let defs = &s["$defs"];
    let (_, sentinels) = planted(&s);
    let planted: BTreeSet<(String, String)> = sentinels.iter().map(|x| x.field.clone()).collect();
    let mut missing = Vec::new();
    for rec in TABLE {
        let def = &defs[rec.name];
        let mut props: Vec<(String, Value)> = Vec::new();
        let mut add = |d: &Value| {
            if let Some(p) = d.get("properties").and_then(Value::as_object) {
                props.extend(p.iter().map(|(k, v)| (k.clone(), v.clone())));
            }
        };
        add(def);
        for key in ["anyOf", "oneOf"] {
            for v in def.get(key).and_then(Value::as_array).into_iter().flatten() {
                add(v);
            }
        }
        for (f, ps) in props {
            let class = rec.class(&f);
            let reference = REFERENCES.contains(&(rec.name, f.as_str()))
                || NOT_PLANTED.contains(&(rec.name, f.as_str()));
            if free_text(defs, &ps)
                && !reference
                && class.is_some()
                && !planted.contains(&(rec.name.to_string(), f.clone()))
            {
                missing.push(format!("{}.{f}", rec.name));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "free-text fields with no sentinel in the template: {missing:?}"
    );
}

/// The planted template is the C and JS tests' fixture of link kinds
/// (tests/c/data/links.jsonl, one line). Regenerate it with
/// `UPDATE_FIXTURES=1 cargo test -p boardkit --test public_sentinels`.
#[test]
fn the_c_and_js_links_fixture_is_current() {
    let (v, _) = planted(&schema());
    let fresh = format!("{v}\n");
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/c/data/links.jsonl");
    if std::env::var_os("UPDATE_FIXTURES").is_some() {
        std::fs::write(&path, &fresh).unwrap();
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == fresh,
        "tests/c/data/links.jsonl is stale: regenerate it with \
         `UPDATE_FIXTURES=1 cargo test -p boardkit --test public_sentinels`"
    );
}

#[test]
fn budget_and_scorecard_sentinels_are_planted_and_kept() {
    let (doc, sentinels) = planted_doc();
    let public = doc.public_version().to_json();
    let fields: BTreeSet<&str> = sentinels
        .iter()
        .filter(|s| s.path.starts_with("/budgets") || s.path.starts_with("/scorecards"))
        .map(|s| {
            assert!(!s.withheld && public.contains(&s.text), "{} lost", s.path);
            s.field.1.as_str()
        })
        .collect();
    for f in ["heading", "description", "name", "note", "title", "number"] {
        assert!(fields.contains(f), "no budget or scorecard sentinel in {f}");
    }
}
