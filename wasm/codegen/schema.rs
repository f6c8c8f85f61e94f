//! The JSON Schemas of the JS API's functions: the two schemars generators (inputs by
//! the deserialize contract, outputs by the serialize contract), the functions registered
//! with them, and the `$ref` helpers the declarations and `ffi/REQUESTS.md` share.

use schemars::generate::{SchemaGenerator, SchemaSettings};
use schemars::JsonSchema;
use serde_json::{Map, Value};
use std::collections::BTreeMap;

/// One parameter of a JS function.
pub struct Param {
    pub name: &'static str,
    pub schema: Value,
    pub optional: bool,
}

/// One JS function of the package.
pub struct Function {
    pub name: &'static str,
    pub doc: &'static str,
    pub params: Vec<Param>,
    pub returns: Value,
}

/// The two generators: inputs (deserialize contract) and outputs (serialize contract).
pub struct Gen {
    pub input: SchemaGenerator,
    pub output: SchemaGenerator,
    pub functions: Vec<Function>,
    /// The methods of the `Board` class (a loaded board).
    pub methods: Vec<Function>,
    pub roots: Vec<(String, Value)>,
    /// Definition names given to types whose Rust names collide across areas (schemars
    /// would call them `Rag` and `Rag2`), per generator: old name -> new name.
    pub renames_in: BTreeMap<String, String>,
    pub renames_out: BTreeMap<String, String>,
}

impl Gen {
    pub fn new() -> Self {
        Gen {
            input: SchemaSettings::draft2020_12()
                .for_deserialize()
                .into_generator(),
            output: SchemaSettings::draft2020_12()
                .for_serialize()
                .into_generator(),
            functions: Vec::new(),
            methods: Vec::new(),
            roots: Vec::new(),
            renames_in: BTreeMap::new(),
            renames_out: BTreeMap::new(),
        }
    }

    pub fn input<T: JsonSchema>(&mut self) -> Value {
        let schema = self.input.subschema_for::<T>().to_value();
        let root = SchemaSettings::draft2020_12()
            .for_deserialize()
            .into_generator()
            .into_root_schema_for::<T>();
        // The name this generator gave the type (it differs from `schema_name` when two
        // types share a Rust name).
        let name = ref_name(&schema).unwrap_or_else(|| T::schema_name().into_owned());
        self.roots.push((name, root.to_value()));
        mark_input(schema)
    }

    /// Name a type whose Rust name collides with another area's (`Rag`): both
    /// generators' definitions of it, the references to it and its schema file.
    pub fn rename<T: JsonSchema>(&mut self, new: &str) {
        let gens = [
            (&mut self.input, &mut self.renames_in),
            (&mut self.output, &mut self.renames_out),
        ];
        for (generator, renames) in gens {
            if let Some(old) = ref_name(&generator.subschema_for::<T>().to_value()) {
                renames.insert(old, new.to_string());
            }
        }
    }

    pub fn output<T: JsonSchema>(&mut self) -> Value {
        self.output.subschema_for::<T>().to_value()
    }

    /// The ordinary capability: one request object in, one response object out.
    pub fn capability<Req: JsonSchema, Resp: JsonSchema>(
        &mut self,
        name: &'static str,
        doc: &'static str,
    ) {
        let params = vec![Param {
            name: "request",
            schema: self.input::<Req>(),
            optional: false,
        }];
        let returns = self.output::<Resp>();
        self.functions.push(Function {
            name,
            doc,
            params,
            returns,
        });
    }
}

/// The definition name a `{"$ref": ...}` schema points at.
pub fn ref_name(schema: &Value) -> Option<String> {
    schema
        .get("$ref")
        .and_then(Value::as_str)
        .and_then(|s| s.rsplit('/').next())
        .map(str::to_string)
}

/// Rename the `$ref`s of a schema by the last segment of their pointer.
pub fn rename_refs(v: &mut Value, renames: &BTreeMap<String, String>) {
    if renames.is_empty() {
        return;
    }
    match v {
        Value::Object(map) => {
            for (k, child) in map.iter_mut() {
                if k == "$ref" {
                    if let Some((prefix, name)) = child.as_str().and_then(|s| s.rsplit_once('/')) {
                        if let Some(new) = renames.get(name) {
                            *child = Value::String(format!("{prefix}/{new}"));
                        }
                    }
                } else {
                    rename_refs(child, renames);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|c| rename_refs(c, renames)),
        _ => {}
    }
}

/// Rename definitions (keys and the references between them).
pub fn rename_definitions(
    defs: &Map<String, Value>,
    renames: &BTreeMap<String, String>,
) -> Map<String, Value> {
    defs.iter()
        .map(|(name, schema)| {
            let mut schema = schema.clone();
            rename_refs(&mut schema, renames);
            let name = renames.get(name).cloned().unwrap_or_else(|| name.clone());
            if let Value::Object(o) = &mut schema {
                if renames.values().any(|n| *n == name) {
                    o.insert("title".into(), Value::String(name.clone()));
                }
            }
            (name, schema)
        })
        .collect()
}

/// Mark the `$ref`s of an input schema so they resolve to the input definitions.
pub fn mark_input(mut v: Value) -> Value {
    rewrite_refs(&mut v, &|name| format!("#/$in/{name}"));
    v
}

fn rewrite_refs(v: &mut Value, f: &dyn Fn(&str) -> String) {
    match v {
        Value::Object(map) => {
            for (k, child) in map.iter_mut() {
                if k == "$ref" {
                    if let Some(name) = child.as_str().and_then(|s| s.rsplit('/').next()) {
                        *child = Value::String(f(name));
                    }
                } else {
                    rewrite_refs(child, f);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|c| rewrite_refs(c, f)),
        _ => {}
    }
}

pub fn walk_refs(v: &Value, f: &mut dyn FnMut(&str)) {
    match v {
        Value::Object(map) => {
            for (k, child) in map {
                if k == "$ref" {
                    if let Some(name) = child.as_str().and_then(|s| s.rsplit('/').next()) {
                        f(name);
                    }
                } else {
                    walk_refs(child, f);
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|c| walk_refs(c, f)),
        _ => {}
    }
}
