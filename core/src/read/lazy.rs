//! The tree the strict reader reads JSON text from, built a part at a time.
//!
//! A [`Node`] holds objects and plain values as a JSON tree does, but an array keeps its
//! elements as slices of the text. The strict reader ([`super::de`]) builds each element
//! into a node of its own when it reads it, and drops it before the next: reading holds
//! the record being made, the slices, and the nodes of the elements being read (one per
//! level of arrays), never a tree of the whole text (a whole `serde_json::Value` tree is
//! 12–23x the compact text).
//!
//! The text is checked first ([`super::tree::check`]): syntax, duplicate keys and the
//! paths and positions of their errors are as the tree reader's. Building a node of
//! checked text cannot fail; if it did, the error is a syntax error at the element's path
//! with its line and column in the whole text ([`syntax_at`]), never a panic.
//!
//! Cost: the elements of a lazy array are scanned once more than the tree reader would,
//! so a byte is read at most [`LAZY_LEVELS`] times more, plus twice (checked, then
//! built): linear in the text.

use crate::error::Error;
use serde::de::{self, DeserializeSeed, MapAccess, SeqAccess, Visitor};
use serde_json::value::RawValue;
use serde_json::Value;
use std::collections::BTreeMap;
use std::fmt;

/// A JSON value whose arrays are not yet read (see the module documentation).
#[derive(Debug)]
pub(crate) enum Node<'t> {
    /// `null`, a boolean, a number or a string.
    Plain(Value),
    /// An object, its keys in the same order as a `serde_json::Map`'s.
    Object(BTreeMap<String, Node<'t>>),
    /// An array: each element's text, and the level of laziness of the element nodes
    /// (see [`LAZY_LEVELS`]).
    Array(Vec<&'t RawValue>, u8),
    /// An array deeper than [`LAZY_LEVELS`], built whole.
    List(Vec<Node<'t>>),
    /// The value of a key `extensions`, as its text: the reader keeps its numbers as
    /// written (see `crate::extension`).
    Raw(&'t RawValue),
}

/// How many levels of arrays keep their elements as text: an array inside the element
/// of an array inside the element of a lazy array is built whole. Each lazy level adds a
/// few frames to the stack the strict reader nests; two keep reading within the 64 KiB
/// stack of `tests/c/test_stack.c` on a document nested to the limit
/// ([`crate::depth::MAX_DEPTH`]) and cover the big lists of a board (meetings and their
/// attendance, risks and their history).
pub(crate) const LAZY_LEVELS: u8 = 2;

/// Build the node of `text` (checked JSON text: see the module documentation). Never
/// inlined: the parser's frame is gone before the strict reader goes down into the node
/// (reading nests one call per level; see `crate::depth` for the stack it may use).
#[inline(never)]
pub(crate) fn build(text: &str, level: u8) -> Result<Node<'_>, serde_json::Error> {
    let mut de = serde_json::Deserializer::from_str(text);
    let node = NodeSeed(level).deserialize(&mut de)?;
    de.end()?;
    Ok(node)
}

/// The syntax error `e`, met while building the node of `part` (a slice of `text`), with
/// its line and column in `text` (as when `part` was not a slice of `text`: as given).
#[cold]
#[inline(never)]
pub(crate) fn syntax_at(text: &str, part: &str, e: &serde_json::Error) -> Error {
    let start = (part.as_ptr() as usize).wrapping_sub(text.as_ptr() as usize);
    let (mut line, mut column) = (e.line(), e.column());
    if let Some(before) = text.get(..start) {
        let lines = before.bytes().filter(|b| *b == b'\n').count();
        if line <= 1 {
            // serde_json counts columns in bytes from the start of the line.
            let line_start = before.rfind('\n').map_or(0, |i| i + 1);
            column += start - line_start;
        }
        line += lines;
    }
    Error::Syntax {
        path: String::new(),
        line,
        column,
        message: super::message::syntax(&e.to_string()).into(),
    }
}

/// Builds one node; arrays at this level of laziness.
#[derive(Clone, Copy)]
struct NodeSeed(u8);

impl<'t> DeserializeSeed<'t> for NodeSeed {
    type Value = Node<'t>;
    fn deserialize<D: de::Deserializer<'t>>(self, d: D) -> Result<Node<'t>, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'t> Visitor<'t> for NodeSeed {
    type Value = Node<'t>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_bool<E>(self, v: bool) -> Result<Node<'t>, E> {
        Ok(Node::Plain(Value::Bool(v)))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Node<'t>, E> {
        Ok(Node::Plain(Value::from(v)))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Node<'t>, E> {
        Ok(Node::Plain(Value::from(v)))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Node<'t>, E> {
        // As the tree reader: JSON text has no NaN or infinity.
        Ok(Node::Plain(
            serde_json::Number::from_f64(v).map_or(Value::Null, Value::Number),
        ))
    }
    fn visit_str<E>(self, v: &str) -> Result<Node<'t>, E> {
        Ok(Node::Plain(Value::String(v.to_owned())))
    }
    fn visit_string<E>(self, v: String) -> Result<Node<'t>, E> {
        Ok(Node::Plain(Value::String(v)))
    }
    fn visit_unit<E>(self) -> Result<Node<'t>, E> {
        Ok(Node::Plain(Value::Null))
    }
    fn visit_none<E>(self) -> Result<Node<'t>, E> {
        Ok(Node::Plain(Value::Null))
    }
    fn visit_some<D: de::Deserializer<'t>>(self, d: D) -> Result<Node<'t>, D::Error> {
        d.deserialize_any(self)
    }
    fn visit_seq<A: SeqAccess<'t>>(self, mut seq: A) -> Result<Node<'t>, A::Error> {
        let capacity = seq.size_hint().unwrap_or(0).min(4096);
        if self.0 >= LAZY_LEVELS {
            let mut out = Vec::with_capacity(capacity);
            while let Some(v) = seq.next_element_seed(self)? {
                out.push(v);
            }
            return Ok(Node::List(out));
        }
        let mut out = Vec::with_capacity(capacity);
        while let Some(raw) = seq.next_element::<&'t RawValue>()? {
            out.push(raw);
        }
        Ok(Node::Array(out, self.0 + 1))
    }
    fn visit_map<A: MapAccess<'t>>(self, mut map: A) -> Result<Node<'t>, A::Error> {
        let mut out = BTreeMap::new();
        while let Some(key) = map.next_key::<String>()? {
            let value = if key == "extensions" {
                extension(map.next_value::<&'t RawValue>()?, self.0)?
            } else {
                map.next_value_seed(self)?
            };
            if out.insert(key, value).is_some() {
                // Checked text has none; never drop a value silently.
                return Err(de::Error::custom("duplicate key"));
            }
        }
        Ok(Node::Object(out))
    }
}

/// The node of an `extensions` value: an object as its text (its numbers as written),
/// anything else (an error for the reader to report, or `null`, which is absent) built.
fn extension<E: de::Error>(raw: &RawValue, level: u8) -> Result<Node<'_>, E> {
    if raw.get().starts_with('{') {
        return Ok(Node::Raw(raw));
    }
    build(raw.get(), level).map_err(E::custom)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arrays_keep_their_elements_as_text() {
        let text = r#"{"a": [1, {"b": [2]}], "c": "x"}"#;
        let Ok(Node::Object(top)) = build(text, 0) else {
            panic!("an object");
        };
        let Some(Node::Array(items, 1)) = top.get("a") else {
            panic!("an array");
        };
        let parts: Vec<&str> = items.iter().map(|r| r.get()).collect();
        assert_eq!(parts, ["1", r#"{"b": [2]}"#]);
        assert!(matches!(top.get("c"), Some(Node::Plain(Value::String(_)))));
    }

    #[test]
    fn a_syntax_error_in_a_part_is_placed_in_the_whole_text() {
        let text = "{\n  \"a\": [1,\n    {\"b\": 1e999}]}";
        let start = text.find("{\"b\"").unwrap_or_default();
        let part = &text[start..text.len() - 2];
        let e = build(part, 0).unwrap_err();
        let err = syntax_at(text, part, &e);
        let Error::Syntax { line, column, .. } = err else {
            panic!("a syntax error");
        };
        // The whole text read at once reports the same place.
        let whole = serde_json::from_str::<Value>(text).unwrap_err();
        assert_eq!((line, column), (whole.line(), whole.column()));
    }
}
