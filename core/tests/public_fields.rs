//! Every field of the schema is classified for the public version
//! (`boardkit::public::fields::TABLE`), and the table names no field the schema lacks.
//!
//! The schema walked is the JSON Schema the wasm package ships
//! (`wasm/types/schemas/BoardDocument.json`, generated from the Rust types and checked
//! fresh by `cargo test -p boardkit-wasm --test types`).

use boardkit::public::fields::{record, Class, TABLE};
use serde_json::Value;
use std::collections::BTreeSet;

fn schema() -> Value {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../wasm/types/schemas/BoardDocument.json");
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// Every (record, field) of a schema: each definition's properties, and those of its
/// variants (`oneOf`, `anyOf`, `allOf`), with the document's own under `BoardDocument`.
fn fields(schema: &Value) -> BTreeSet<(String, String)> {
    fn walk(name: &str, v: &Value, out: &mut BTreeSet<(String, String)>) {
        let Some(o) = v.as_object() else { return };
        if let Some(Value::Object(p)) = o.get("properties") {
            for k in p.keys() {
                out.insert((name.to_string(), k.clone()));
            }
        }
        for key in ["oneOf", "anyOf", "allOf"] {
            for x in o.get(key).and_then(Value::as_array).into_iter().flatten() {
                walk(name, x, out);
            }
        }
    }
    let mut out = BTreeSet::new();
    if let Some(Value::Object(p)) = schema.get("properties") {
        for k in p.keys() {
            out.insert(("BoardDocument".to_string(), k.clone()));
        }
    }
    for (name, def) in schema["$defs"].as_object().unwrap() {
        walk(name, def, &mut out);
    }
    out
}

/// The fields of `schema` the table does not classify.
fn unclassified(schema: &Value) -> Vec<String> {
    fields(schema)
        .into_iter()
        .filter(|(r, f)| record(r).and_then(|rec| rec.class(f)).is_none())
        .map(|(r, f)| format!("{r}.{f}"))
        .collect()
}

#[test]
fn every_field_of_the_schema_is_classified() {
    let s = schema();
    assert!(fields(&s).len() > 350, "the walk found too few fields");
    let missing = unclassified(&s);
    assert!(
        missing.is_empty(),
        "fields with no public-version classification (add them to \
         core/src/public/fields.rs): {missing:?}"
    );
}

#[test]
fn a_new_field_without_a_classification_fails_the_walk() {
    let mut s = schema();
    s["$defs"]["AgendaItem"]["properties"]["new_field"] = serde_json::json!({"type": "string"});
    s["$defs"]["Owner"]["oneOf"][0]["properties"]["new_variant_field"] =
        serde_json::json!({"type": "string"});
    assert_eq!(
        unclassified(&s),
        vec!["AgendaItem.new_field", "Owner.new_variant_field"]
    );
}

#[test]
fn the_table_names_only_fields_of_the_schema_each_once() {
    let all = fields(&schema());
    let mut seen = BTreeSet::new();
    for rec in TABLE {
        for f in rec.public.iter().chain(rec.follows).chain(rec.withheld) {
            assert!(
                seen.insert((rec.name, *f)),
                "{}.{f} is classified twice",
                rec.name
            );
            assert!(
                all.contains(&(rec.name.to_string(), f.to_string())),
                "{}.{f} is not in the schema",
                rec.name
            );
        }
    }
}

#[test]
fn records_that_can_be_tied_withhold_something_and_say_when() {
    for rec in TABLE {
        let withholds = !rec.withheld.is_empty();
        let tied = !rec.tied_when.starts_with("never") && !rec.tied_when.starts_with("with the");
        assert_eq!(withholds, tied, "{}: {}", rec.name, rec.tied_when);
    }
    // The placeholders keep what they must.
    assert_eq!(
        record("AgendaItem").unwrap().class("number"),
        Some(Class::Public)
    );
    assert_eq!(
        record("AgendaItem").unwrap().class("title"),
        Some(Class::Withheld)
    );
    assert_eq!(
        record("Meeting").unwrap().class("date"),
        Some(Class::Public)
    );
    assert_eq!(
        record("Person").unwrap().class("name"),
        Some(Class::Withheld)
    );
}
