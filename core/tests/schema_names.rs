//! The first reading pass names a key in a path only when it is a schema name: the list
//! it checks must hold every property name of every committed JSON Schema, and nothing
//! a host could write as its own data (a name, a number) passes for one.
use serde_json::Value;

fn properties(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::Object(map) => {
            if let Some(Value::Object(p)) = map.get("properties") {
                out.extend(p.keys().cloned());
            }
            map.values().for_each(|x| properties(x, out));
        }
        Value::Array(items) => items.iter().for_each(|x| properties(x, out)),
        _ => {}
    }
}

#[test]
fn every_property_of_every_schema_is_a_schema_name() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../wasm/types/schemas");
    let mut names = Vec::new();
    let mut files = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "json") {
            let v: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
            properties(&v, &mut names);
            files += 1;
        }
    }
    assert!(files > 20 && names.len() > 1000, "{files} {}", names.len());
    let missing: Vec<&String> = names
        .iter()
        .filter(|n| !boardkit::read::is_schema_name(n))
        .collect();
    assert!(
        missing.is_empty(),
        "not in core/src/read/names.rs: {missing:?}"
    );
}

#[test]
fn host_keys_are_not_schema_names() {
    for key in [
        "JaneDoe2017",
        "4857773456",
        "Id",
        "ID",
        "id ",
        "",
        "*",
        "meetings/0",
    ] {
        assert!(!boardkit::read::is_schema_name(key), "{key}");
    }
    for key in ["id", "meetings", "owners", "extensions", "schema_version"] {
        assert!(boardkit::read::is_schema_name(key), "{key}");
    }
}

#[test]
fn a_key_of_a_map_is_named_only_when_it_is_a_schema_name() {
    use std::collections::BTreeMap;
    let e =
        boardkit::error::from_json::<BTreeMap<String, u32>>(r#"{"JaneDoe2017": "x"}"#).unwrap_err();
    assert_eq!(e.path(), "/*");
    let e = boardkit::error::from_json::<BTreeMap<String, u32>>(r#"{"id": "x"}"#).unwrap_err();
    assert_eq!(e.path(), "/id");
}
