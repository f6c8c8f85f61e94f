//! The TypeScript types and JSON Schemas of the JS API, generated from the Rust types.
//!
//! boardkit's `schema` feature (enabled here only, as a dev-dependency: the shipped wasm
//! does not carry it) derives JSON Schemas for every record; this test turns them into
//! `wasm/types/boardkit.d.ts` and `wasm/types/schemas/*.json` and fails when the committed
//! files are stale. Regenerate with:
//!
//! ```sh
//! BOARDKIT_BLESS=1 cargo test -p boardkit-wasm --test types
//! ```
//!
//! Inputs are described by the deserialize contract (fields with defaults are optional),
//! outputs by the serialize contract (fields skipped when empty are optional). Where a
//! record differs between the two, the input form is named `<Name>Input`.

use boardkit::document::ValidateOptions;
use boardkit::{BoardDocument, Report, Severity};
use schemars::generate::{SchemaGenerator, SchemaSettings};
use schemars::JsonSchema;
use serde_json::{Map, Value};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::PathBuf;

/// A governance rule of the catalogue, as `rules()` returns it. (Mirror of
/// `boardkit::Rule`, which has `&'static str` fields and no schema; the Node tests check
/// that `rules()` objects have exactly these keys.)
#[allow(dead_code)]
#[derive(JsonSchema)]
struct Rule {
    /// Stable code, `area.what` in snake_case (`action.due_before_raised`).
    code: String,
    /// The severity a finding under this rule carries.
    severity: Severity,
    /// One sentence in the board's terms: what the rule checks and why.
    summary: String,
}

/// One parameter of a JS function.
struct Param {
    name: &'static str,
    schema: Value,
    optional: bool,
}

/// One JS function of the package.
struct Function {
    name: &'static str,
    doc: &'static str,
    params: Vec<Param>,
    returns: Value,
}

/// The two generators: inputs (deserialize contract) and outputs (serialize contract).
struct Gen {
    input: SchemaGenerator,
    output: SchemaGenerator,
    functions: Vec<Function>,
    roots: Vec<(String, Value)>,
}

impl Gen {
    fn new() -> Self {
        Gen {
            input: SchemaSettings::draft2020_12()
                .for_deserialize()
                .into_generator(),
            output: SchemaSettings::draft2020_12()
                .for_serialize()
                .into_generator(),
            functions: Vec::new(),
            roots: Vec::new(),
        }
    }

    fn input<T: JsonSchema>(&mut self) -> Value {
        let schema = self.input.subschema_for::<T>().to_value();
        let root = SchemaSettings::draft2020_12()
            .for_deserialize()
            .into_generator()
            .into_root_schema_for::<T>();
        self.roots
            .push((T::schema_name().into_owned(), root.to_value()));
        mark_input(schema)
    }

    fn output<T: JsonSchema>(&mut self) -> Value {
        self.output.subschema_for::<T>().to_value()
    }

    /// The ordinary capability: one request object in, one response object out.
    #[allow(dead_code)]
    fn capability<Req: JsonSchema, Resp: JsonSchema>(
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

/// Every function of the JS API, in the order of `wasm/js/api.js`.
fn api() -> Gen {
    let mut g = Gen::new();
    let string = serde_json::json!({"type": "string"});
    g.functions.push(Function {
        name: "version",
        doc: "The library version (the boardkit crate version).",
        params: vec![],
        returns: string,
    });
    let doc = g.input::<BoardDocument>();
    let options = g.input::<ValidateOptions>();
    let report = g.output::<Report>();
    g.functions.push(Function {
        name: "validateDocument",
        doc: "Check every governance rule on a board document and return the findings, each with the JSON Pointer `path` of the field it is about.\n`options.as_of` is the date to judge \"overdue\" against; without it, rules that need a date are not run.\n@throws {BoardkitError} when `doc` or `options` is not a record (code and path say what and where).",
        params: vec![
            Param { name: "doc", schema: doc.clone(), optional: false },
            Param { name: "options", schema: options, optional: true },
        ],
        returns: report,
    });
    let normal = g.output::<BoardDocument>();
    g.functions.push(Function {
        name: "normaliseDocument",
        doc: "Read a board document and return it in its normal form: defaults filled in, empty optional parts dropped.\n@throws {BoardkitError} when `doc` is not a board document.",
        params: vec![Param { name: "doc", schema: doc, optional: false }],
        returns: normal,
    });
    let rules = g.output::<Vec<Rule>>();
    g.functions.push(Function {
        name: "rules",
        doc: "Every rule boardkit can report (the rule catalogue): code, severity and meaning.",
        params: vec![],
        returns: rules,
    });
    // New capabilities: one line each, e.g.
    // g.capability::<boardkit::action::VerbRequest, boardkit::action::VerbResponse>("actionVerb", "What it does.");
    g
}

/// Mark the `$ref`s of an input schema so they resolve to the input definitions.
fn mark_input(mut v: Value) -> Value {
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

/// Converts JSON Schemas to TypeScript.
struct Ts {
    /// Names of input definitions that differ from the output ones (emitted as `NameInput`).
    differs: BTreeSet<String>,
}

impl Ts {
    fn ref_name(&self, r: &str) -> String {
        if let Some(name) = r.strip_prefix("#/$in/") {
            if self.differs.contains(name) {
                return format!("{name}Input");
            }
            return name.to_string();
        }
        r.rsplit('/').next().unwrap_or("unknown").to_string()
    }

    /// The TypeScript type of a schema, `indent` being the current indentation.
    fn ty(&self, s: &Value, indent: usize) -> String {
        let obj = match s {
            Value::Bool(true) => return "unknown".into(),
            Value::Bool(false) => return "never".into(),
            Value::Object(o) => o,
            _ => return "unknown".into(),
        };
        if let Some(r) = obj.get("$ref").and_then(Value::as_str) {
            return self.ref_name(r);
        }
        if let Some(c) = obj.get("const") {
            return literal(c);
        }
        if let Some(Value::Array(values)) = obj.get("enum") {
            return union(values.iter().map(literal).collect());
        }
        for key in ["oneOf", "anyOf"] {
            if let Some(Value::Array(options)) = obj.get(key) {
                let mut base = obj.clone();
                base.remove(key);
                let base_ty = self.ty_without_combinators(&base, indent);
                let alts = union(options.iter().map(|o| self.ty(o, indent)).collect());
                return match base_ty {
                    Some(b) => format!("({b}) & ({alts})"),
                    None => alts,
                };
            }
        }
        if let Some(Value::Array(parts)) = obj.get("allOf") {
            return parts
                .iter()
                .map(|p| self.ty(p, indent))
                .collect::<Vec<_>>()
                .join(" & ");
        }
        self.ty_without_combinators(obj, indent)
            .unwrap_or_else(|| "unknown".into())
    }

    /// The type given by `type` (and properties/items); None when the schema has no type.
    fn ty_without_combinators(&self, obj: &Map<String, Value>, indent: usize) -> Option<String> {
        let types: Vec<&str> = match obj.get("type") {
            Some(Value::String(t)) => vec![t.as_str()],
            Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).collect(),
            _ if obj.contains_key("properties") => vec!["object"],
            _ => return None,
        };
        Some(union(
            types
                .into_iter()
                .map(|t| match t {
                    "string" => "string".into(),
                    "integer" | "number" => "number".into(),
                    "boolean" => "boolean".into(),
                    "null" => "null".into(),
                    "array" => self.array(obj, indent),
                    "object" => self.object(obj, indent),
                    _ => "unknown".into(),
                })
                .collect(),
        ))
    }

    fn array(&self, obj: &Map<String, Value>, indent: usize) -> String {
        if let Some(Value::Array(items)) = obj.get("prefixItems") {
            let parts: Vec<String> = items.iter().map(|i| self.ty(i, indent)).collect();
            return format!("[{}]", parts.join(", "));
        }
        match obj.get("items") {
            Some(items) => {
                let t = self.ty(items, indent);
                if t.contains(' ') {
                    format!("Array<{t}>")
                } else {
                    format!("{t}[]")
                }
            }
            None => "unknown[]".into(),
        }
    }

    fn object(&self, obj: &Map<String, Value>, indent: usize) -> String {
        let required: BTreeSet<&str> = obj
            .get("required")
            .and_then(Value::as_array)
            .map(|r| r.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        let pad = "  ".repeat(indent + 1);
        let mut out = String::from("{\n");
        if let Some(Value::Object(props)) = obj.get("properties") {
            for (name, schema) in props {
                if let Some(d) = schema.get("description").and_then(Value::as_str) {
                    out.push_str(&doc_comment(d, &pad));
                }
                let opt = if required.contains(name.as_str()) {
                    ""
                } else {
                    "?"
                };
                let _ = writeln!(
                    out,
                    "{pad}{}{opt}: {};",
                    prop_name(name),
                    self.ty(schema, indent + 1)
                );
            }
        }
        let extra = match obj.get("additionalProperties") {
            Some(Value::Bool(false)) => None,
            Some(Value::Bool(true)) => Some("unknown".to_string()),
            Some(s @ Value::Object(_)) => Some(self.ty(s, indent + 1)),
            _ if obj.contains_key("properties") => None,
            _ => Some("unknown".to_string()),
        };
        if let Some(t) = extra {
            let _ = writeln!(out, "{pad}[key: string]: {t};");
        }
        out.push_str(&"  ".repeat(indent));
        out.push('}');
        out
    }

    /// One exported definition.
    fn definition(&self, name: &str, schema: &Value) -> String {
        let mut out = String::new();
        if let Some(d) = schema.get("description").and_then(Value::as_str) {
            out.push_str(&doc_comment(d, ""));
        }
        let plain_object = schema.get("type").and_then(Value::as_str) == Some("object")
            && schema.get("properties").is_some()
            && !["oneOf", "anyOf", "allOf"]
                .iter()
                .any(|k| schema.get(*k).is_some());
        let body = self.ty(schema, 0);
        if plain_object {
            let _ = writeln!(out, "export interface {name} {body}");
        } else {
            let _ = writeln!(out, "export type {name} = {body};");
        }
        out
    }
}

fn literal(v: &Value) -> String {
    match v {
        Value::Null => "null".into(),
        other => other.to_string(),
    }
}

fn union(mut parts: Vec<String>) -> String {
    let mut seen = BTreeSet::new();
    parts.retain(|p| seen.insert(p.clone()));
    if parts.is_empty() {
        return "never".into();
    }
    parts.join(" | ")
}

fn prop_name(name: &str) -> String {
    let ident = !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$')
        && !name.starts_with(|c: char| c.is_ascii_digit());
    if ident {
        name.to_string()
    } else {
        serde_json::Value::String(name.to_string()).to_string()
    }
}

fn doc_comment(text: &str, pad: &str) -> String {
    let text = text.replace("*/", "* /");
    let lines: Vec<&str> = text.lines().collect();
    if lines.len() == 1 {
        return format!("{pad}/** {} */\n", lines.first().copied().unwrap_or(""));
    }
    let mut out = format!("{pad}/**\n");
    for l in lines {
        let _ = writeln!(out, "{}", format!("{pad} * {l}").trim_end());
    }
    let _ = writeln!(out, "{pad} */");
    out
}

const HEADER: &str = "// boardkit: TypeScript types of the JS API.
// GENERATED from the Rust types by wasm/tests/types.rs: do not edit. Regenerate with
//   BOARDKIT_BLESS=1 cargo test -p boardkit-wasm --test types

/** The input is not a record. `code`: `shape.syntax`, `shape.invalid`, `shape.empty`,
 *  `shape.schema_version`, `shape.config` or `shape.overflow`; `path`: the JSON Pointer of
 *  the offending value (\"\" for the whole input). Messages never quote the input. */
export declare class BoardkitError extends Error {
  readonly name: \"BoardkitError\";
  readonly code: ErrorCode;
  readonly path: string;
}

/** The codes a BoardkitError can carry. */
export type ErrorCode =
  | \"shape.syntax\"
  | \"shape.invalid\"
  | \"shape.empty\"
  | \"shape.schema_version\"
  | \"shape.config\"
  | \"shape.overflow\";
";

/// Generate the .d.ts text and the JSON Schema files.
fn generate() -> (String, BTreeMap<String, String>) {
    let g = api();
    let defs_in = g.input.definitions().clone();
    let defs_out = g.output.definitions().clone();
    let mut differs = BTreeSet::new();
    for (name, schema) in &defs_in {
        if defs_out.get(name).is_some_and(|out| out != schema) {
            differs.insert(name.clone());
        }
    }
    // Refs inside inputs may name types that differ; iterate until closed (a type that
    // refers to a differing input type is itself different as an input).
    loop {
        let before = differs.len();
        for (name, schema) in &defs_in {
            if defs_out.contains_key(name) && !differs.contains(name) {
                let mut hit = false;
                walk_refs(schema, &mut |r| {
                    if differs.contains(r) {
                        hit = true;
                    }
                });
                if hit {
                    differs.insert(name.clone());
                }
            }
        }
        if differs.len() == before {
            break;
        }
    }
    let ts = Ts { differs };

    let mut out = String::from(HEADER);
    out.push_str("\n// ---- functions ----\n\n");
    for f in &g.functions {
        out.push_str(&doc_comment(f.doc, ""));
        let params: Vec<String> = f
            .params
            .iter()
            .map(|p| {
                let t = ts.ty(&p.schema, 0);
                if p.optional {
                    format!("{}?: {t} | null", p.name)
                } else {
                    format!("{}: {t}", p.name)
                }
            })
            .collect();
        let _ = writeln!(
            out,
            "export declare function {}({}): {};\n",
            f.name,
            params.join(", "),
            ts.ty(&f.returns, 0)
        );
    }
    out.push_str("// ---- records ----\n\n");
    let mut names: BTreeSet<String> = defs_out.keys().cloned().collect();
    names.extend(defs_in.keys().cloned());
    for name in &names {
        if let Some(schema) = defs_out.get(name) {
            out.push_str(&ts.definition(name, schema));
            out.push('\n');
        }
        if let Some(schema) = defs_in.get(name) {
            if ts.differs.contains(name) || !defs_out.contains_key(name) {
                let shown = ts.ref_name(&format!("#/$in/{name}"));
                out.push_str(&ts.definition(&shown, &mark_input(schema.clone())));
                out.push('\n');
            }
        }
    }
    while out.ends_with("\n\n") {
        out.pop();
    }

    let mut schemas = BTreeMap::new();
    for (name, root) in g.roots {
        let text = serde_json::to_string_pretty(&root).unwrap_or_default() + "\n";
        schemas.insert(format!("{name}.json"), text);
    }
    (out, schemas)
}

fn walk_refs(v: &Value, f: &mut dyn FnMut(&str)) {
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

#[test]
fn typescript_and_schemas_are_current() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("types");
    let (dts, schemas) = generate();
    let mut files: Vec<(PathBuf, String)> = vec![(dir.join("boardkit.d.ts"), dts)];
    for (name, text) in schemas {
        files.push((dir.join("schemas").join(name), text));
    }
    if std::env::var_os("BOARDKIT_BLESS").is_some() {
        std::fs::create_dir_all(dir.join("schemas")).unwrap();
        for (path, text) in &files {
            std::fs::write(path, text).unwrap();
        }
        return;
    }
    for (path, text) in &files {
        let committed = std::fs::read_to_string(path).unwrap_or_default();
        assert!(
            committed == *text,
            "{} is stale: regenerate with `BOARDKIT_BLESS=1 cargo test -p boardkit-wasm --test types`",
            path.display()
        );
    }
}
