//! JSON Schemas to TypeScript: the converter behind `wasm/types/boardkit.d.ts` and
//! `ffi/REQUESTS.md`.

use super::precise;
use serde_json::{Map, Value};
use std::collections::BTreeSet;
use std::fmt::Write as _;

/// Converts JSON Schemas to TypeScript.
pub struct Ts {
    /// Names of input definitions that differ from the output ones (emitted as `NameInput`).
    pub differs: BTreeSet<String>,
}

impl Ts {
    pub fn ref_name(&self, r: &str) -> String {
        if let Some(name) = r.strip_prefix("#/$in/") {
            if self.differs.contains(name) {
                return format!("{name}Input");
            }
            return name.to_string();
        }
        r.rsplit('/').next().unwrap_or("unknown").to_string()
    }

    /// The TypeScript type of a schema, `indent` being the current indentation.
    pub fn ty(&self, s: &Value, indent: usize) -> String {
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
                    "string" => precise::string_alias(obj).unwrap_or("string").into(),
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
    pub fn definition(&self, name: &str, schema: &Value) -> String {
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
        if name == "Money" {
            // Branded: a plain number (or 1.5) is not Money; `pence(n)` makes one.
            let _ = writeln!(
                out,
                "export type Money = number & {{ readonly __pence: true }};"
            );
        } else if plain_object {
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

pub fn doc_comment(text: &str, pad: &str) -> String {
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
