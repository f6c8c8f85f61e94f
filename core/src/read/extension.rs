//! A host's own data on a record (`extensions`), kept through a round trip exactly.
//!
//! boardkit never reads what a host keeps under `extensions`, but it must give it back
//! as it was given: a CRM id such as `18446744073709551616` (2^64) or an amount written
//! with 55 decimal places is not a number a double can hold, and a JSON tree
//! (`serde_json::Value`) would round it. So every number here keeps its literal text
//! ([`ExactNumber`]), read by the strict reader from the text itself (see
//! `read::lazy`), and is written back byte for byte in JSON text (`to_json`, the C
//! outputs, the wasm text outputs). The rest of a document keeps the one number rule of
//! the reader (a number must read back as written, or it is refused at its path).
//!
//! The raw text comes from serde_json's `RawValue` (its `raw_value` feature, which the
//! reader already takes for its lazy arrays): it captures a value's text without reading
//! its numbers, and serde_json writes a `RawValue` as its text, which is how a number is
//! written as given. The feature adds a type and changes no other output. serde_json's
//! `arbitrary_precision` feature is not used: it would change every number of every crate.
//!
//! Where the output is not JSON text (a `serde_json::Value`, or an object handed to
//! JavaScript, see [`for_js_objects`]) a number a double holds exactly is a number, and one
//! it cannot hold is a string of its literal text: never rounded, never dropped.

use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::ser::{SerializeMap, SerializeSeq, Serializer};
use serde::{Deserialize, Serialize};
use std::cell::Cell;
use std::collections::BTreeMap;
use std::fmt;

/// The name the strict reader knows an [`Extensions`] by: it hands it the raw text of
/// the value instead of a parsed one.
pub(crate) const RAW_TEXT: &str = "$boardkit::extension::Extensions";

/// A host's free-form data on a record: its keys in order, each value as given.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Extensions(BTreeMap<String, ExtensionValue>);

/// One value of a host's [`Extensions`]: JSON, with every number as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExtensionValue {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number, as written.
    Number(ExactNumber),
    /// A string.
    String(String),
    /// An array.
    Array(Vec<ExtensionValue>),
    /// An object.
    Object(Extensions),
}

/// A JSON number kept as its literal text (`1E+2`, `-0`, `0.10`, `1e400` stay so).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ExactNumber(String);

impl ExactNumber {
    /// The number of `text` when it is a JSON number (`-`, digits, an optional fraction
    /// and exponent; no leading zeros, no `+` in front).
    pub fn parse(text: &str) -> Option<ExactNumber> {
        crate::read::numbers::is_json_number(text).then(|| ExactNumber(text.to_string()))
    }

    /// The number as written.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The nearest double, when it reads back as the number written (see
    /// `read::numbers`): `0.1` and `1E+2` do, `2^64 + 1` and `1e400` do not.
    pub fn as_f64(&self) -> Option<f64> {
        crate::read::numbers::exact_double(&self.0)
    }
}

impl fmt::Display for ExactNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<serde_json::Number> for ExactNumber {
    fn from(n: serde_json::Number) -> Self {
        ExactNumber(n.to_string())
    }
}

impl Extensions {
    /// No data.
    pub fn new() -> Extensions {
        Extensions(BTreeMap::new())
    }
    /// True when there is no data (the field is then left out when written).
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    /// How many keys.
    pub fn len(&self) -> usize {
        self.0.len()
    }
    /// The value of `key`.
    pub fn get(&self, key: &str) -> Option<&ExtensionValue> {
        self.0.get(key)
    }
    /// The value of `key`, to change it.
    pub fn get_mut(&mut self, key: &str) -> Option<&mut ExtensionValue> {
        self.0.get_mut(key)
    }
    /// Set `key` to `value` (a `serde_json::Value` converts); the value it had.
    pub fn insert(
        &mut self,
        key: String,
        value: impl Into<ExtensionValue>,
    ) -> Option<ExtensionValue> {
        self.0.insert(key, value.into())
    }
    /// Remove `key`; the value it had.
    pub fn remove(&mut self, key: &str) -> Option<ExtensionValue> {
        self.0.remove(key)
    }
    /// True when `key` is given.
    pub fn contains_key(&self, key: &str) -> bool {
        self.0.contains_key(key)
    }
    /// The entry of `key`, to fill it when absent.
    pub fn entry(
        &mut self,
        key: impl Into<String>,
    ) -> std::collections::btree_map::Entry<'_, String, ExtensionValue> {
        self.0.entry(key.into())
    }
    /// Keep only the entries for which `keep` is true.
    pub fn retain(&mut self, keep: impl FnMut(&String, &mut ExtensionValue) -> bool) {
        self.0.retain(keep);
    }
    /// The keys in order.
    pub fn keys(&self) -> std::collections::btree_map::Keys<'_, String, ExtensionValue> {
        self.0.keys()
    }
    /// The keys and values in key order.
    pub fn iter(&self) -> std::collections::btree_map::Iter<'_, String, ExtensionValue> {
        self.0.iter()
    }
}

impl<'a> IntoIterator for &'a Extensions {
    type Item = (&'a String, &'a ExtensionValue);
    type IntoIter = std::collections::btree_map::Iter<'a, String, ExtensionValue>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

impl<V: Into<ExtensionValue>> Extend<(String, V)> for Extensions {
    fn extend<I: IntoIterator<Item = (String, V)>>(&mut self, iter: I) {
        self.0.extend(iter.into_iter().map(|(k, v)| (k, v.into())));
    }
}

impl IntoIterator for Extensions {
    type Item = (String, ExtensionValue);
    type IntoIter = std::collections::btree_map::IntoIter<String, ExtensionValue>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl<V: Into<ExtensionValue>> FromIterator<(String, V)> for Extensions {
    fn from_iter<I: IntoIterator<Item = (String, V)>>(iter: I) -> Self {
        Extensions(iter.into_iter().map(|(k, v)| (k, v.into())).collect())
    }
}

impl ExtensionValue {
    /// True for an array.
    pub fn is_array(&self) -> bool {
        matches!(self, ExtensionValue::Array(_))
    }
    /// True for `null`.
    pub fn is_null(&self) -> bool {
        matches!(self, ExtensionValue::Null)
    }
    /// The elements of an array.
    pub fn as_array(&self) -> Option<&Vec<ExtensionValue>> {
        match self {
            ExtensionValue::Array(a) => Some(a),
            _ => None,
        }
    }
    /// The text of a string.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            ExtensionValue::String(s) => Some(s),
            _ => None,
        }
    }
}

/// `null` for an index that is not there, as a JSON tree gives.
static NULL: ExtensionValue = ExtensionValue::Null;

impl std::ops::Index<&str> for Extensions {
    type Output = ExtensionValue;
    /// The value of a key, `null` when it is not there.
    fn index(&self, key: &str) -> &ExtensionValue {
        self.0.get(key).unwrap_or(&NULL)
    }
}

impl std::ops::Index<&str> for ExtensionValue {
    type Output = ExtensionValue;
    /// The value of a key of an object, `null` when it is not there or this is no object.
    fn index(&self, key: &str) -> &ExtensionValue {
        match self {
            ExtensionValue::Object(map) => &map[key],
            _ => &NULL,
        }
    }
}

impl PartialEq<&str> for ExtensionValue {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == Some(*other)
    }
}

impl From<serde_json::Value> for ExtensionValue {
    fn from(v: serde_json::Value) -> Self {
        use serde_json::Value;
        match v {
            Value::Null => ExtensionValue::Null,
            Value::Bool(b) => ExtensionValue::Bool(b),
            Value::Number(n) => ExtensionValue::Number(n.into()),
            Value::String(s) => ExtensionValue::String(s),
            Value::Array(a) => ExtensionValue::Array(a.into_iter().map(Into::into).collect()),
            Value::Object(o) => ExtensionValue::Object(o.into()),
        }
    }
}

impl From<serde_json::Map<String, serde_json::Value>> for Extensions {
    fn from(map: serde_json::Map<String, serde_json::Value>) -> Self {
        map.into_iter().collect()
    }
}

thread_local! {
    /// Set while a result is written for `JSON.parse` in JavaScript (see [`for_js_objects`]).
    static JS_OBJECTS: Cell<bool> = const { Cell::new(false) };
}

/// Run `write` (which writes JSON text that JavaScript reads with `JSON.parse` into an
/// object) so that an extension number a JavaScript number cannot hold (one that would not
/// read back as written, such as 2^64 or 1e400) is written as a string of its literal
/// text instead of being rounded by `JSON.parse`. The wasm module's object results are
/// written so; its text results (the document as text) keep every number as written.
pub fn for_js_objects<R>(write: impl FnOnce() -> R) -> R {
    struct Reset(bool);
    impl Drop for Reset {
        fn drop(&mut self) {
            JS_OBJECTS.with(|c| c.set(self.0));
        }
    }
    let _reset = Reset(JS_OBJECTS.with(|c| c.replace(true)));
    write()
}

/// True when `S` is serde_json's JSON text writer (compact or pretty), which writes a raw
/// number as it is; any other serializer (a `serde_json::Value`, say) cannot hold it.
fn writes_json_text<S: Serializer>() -> bool {
    std::any::type_name::<S>().starts_with("&mut serde_json::ser::Serializer<")
}

impl Serialize for ExactNumber {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let text = self.0.as_str();
        let js = JS_OBJECTS.with(Cell::get);
        // A whole number serde_json writes as written is written as one (by every writer),
        // unless JavaScript reads it (a JS number holds whole numbers up to 2^53 exactly).
        let whole = |n: u64| !js || n <= 1 << 53;
        if let Ok(u) = text.parse::<u64>() {
            if u.to_string() == text && whole(u) {
                return s.serialize_u64(u);
            }
        }
        if let Ok(i) = text.parse::<i64>() {
            if i.to_string() == text && whole(i.unsigned_abs()) {
                return s.serialize_i64(i);
            }
        }
        let double = self.as_f64();
        if let Some(d) = double {
            if serde_json::Number::from_f64(d).is_some_and(|n| n.to_string() == text) {
                return s.serialize_f64(d);
            }
        }
        if writes_json_text::<S>() && (double.is_some() || !js) {
            // serde_json writes a raw value's text as it is.
            return match serde_json::value::RawValue::from_string(text.to_string()) {
                Ok(raw) => raw.serialize(s),
                Err(_) => s.serialize_str(text),
            };
        }
        match double {
            Some(d) => s.serialize_f64(d),
            None => s.serialize_str(text),
        }
    }
}

impl Serialize for ExtensionValue {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            ExtensionValue::Null => s.serialize_unit(),
            ExtensionValue::Bool(b) => s.serialize_bool(*b),
            ExtensionValue::Number(n) => n.serialize(s),
            ExtensionValue::String(t) => s.serialize_str(t),
            ExtensionValue::Array(items) => {
                let mut seq = s.serialize_seq(Some(items.len()))?;
                for v in items {
                    seq.serialize_element(v)?;
                }
                seq.end()
            }
            ExtensionValue::Object(map) => map.serialize(s),
        }
    }
}

impl Serialize for Extensions {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            map.serialize_entry(k, v)?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for Extensions {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Extensions, D::Error> {
        d.deserialize_newtype_struct(RAW_TEXT, ExtensionsVisitor)
    }
}

/// Reads an [`Extensions`]: from its raw text (the strict reader over JSON text), or
/// from any other deserializer's values (numbers then as that deserializer gives them).
struct ExtensionsVisitor;

impl<'de> Visitor<'de> for ExtensionsVisitor {
    type Value = Extensions;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a map")
    }
    /// The raw JSON text of the value, as the strict reader hands it (already checked).
    fn visit_str<E: de::Error>(self, raw: &str) -> Result<Extensions, E> {
        match exact_value(raw) {
            Some(ExtensionValue::Object(map)) => Ok(map),
            _ => Err(E::invalid_type(de::Unexpected::Other("a value"), &self)),
        }
    }
    fn visit_newtype_struct<D: Deserializer<'de>>(self, d: D) -> Result<Extensions, D::Error> {
        d.deserialize_map(self)
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Extensions, A::Error> {
        let mut out = BTreeMap::new();
        while let Some((k, v)) = map.next_entry::<String, ExtensionValue>()? {
            out.insert(k, v);
        }
        Ok(Extensions(out))
    }
}

impl<'de> Deserialize<'de> for ExtensionValue {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<ExtensionValue, D::Error> {
        d.deserialize_any(ValueVisitor)
    }
}

/// Reads one value from a deserializer that has already read its numbers.
struct ValueVisitor;

impl<'de> Visitor<'de> for ValueVisitor {
    type Value = ExtensionValue;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_bool<E>(self, v: bool) -> Result<ExtensionValue, E> {
        Ok(ExtensionValue::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<ExtensionValue, E> {
        Ok(ExtensionValue::Number(serde_json::Number::from(v).into()))
    }
    fn visit_u64<E>(self, v: u64) -> Result<ExtensionValue, E> {
        Ok(ExtensionValue::Number(serde_json::Number::from(v).into()))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<ExtensionValue, E> {
        serde_json::Number::from_f64(v)
            .map(|n| ExtensionValue::Number(n.into()))
            .ok_or_else(|| E::invalid_value(de::Unexpected::Other("a number"), &self))
    }
    fn visit_str<E>(self, v: &str) -> Result<ExtensionValue, E> {
        Ok(ExtensionValue::String(v.to_owned()))
    }
    fn visit_string<E>(self, v: String) -> Result<ExtensionValue, E> {
        Ok(ExtensionValue::String(v))
    }
    fn visit_unit<E>(self) -> Result<ExtensionValue, E> {
        Ok(ExtensionValue::Null)
    }
    fn visit_none<E>(self) -> Result<ExtensionValue, E> {
        Ok(ExtensionValue::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<ExtensionValue, D::Error> {
        d.deserialize_any(self)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<ExtensionValue, A::Error> {
        let mut out = Vec::new();
        while let Some(v) = seq.next_element()? {
            out.push(v);
        }
        Ok(ExtensionValue::Array(out))
    }
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<ExtensionValue, A::Error> {
        ExtensionsVisitor.visit_map(map).map(ExtensionValue::Object)
    }
}

/// The value of checked JSON text (see `read::tree::check`) with every number as written;
/// `None` when the text is not JSON (never for checked text) or is nested beyond what
/// the reader reads.
pub(crate) fn exact_value(text: &str) -> Option<ExtensionValue> {
    let mut p = Parser { text, at: 0 };
    let v = p.value(0)?;
    p.space();
    (p.at == text.len()).then_some(v)
}

/// Reads checked JSON text into an [`ExtensionValue`], keeping numbers as written.
struct Parser<'t> {
    text: &'t str,
    at: usize,
}

/// Deeper than serde_json reads (128): not checked text.
const PARSER_DEPTH: usize = 128;

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.at).copied()
    }
    fn space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }
    fn eat(&mut self, c: u8) -> bool {
        self.space();
        let yes = self.peek() == Some(c);
        if yes {
            self.at += 1;
        }
        yes
    }
    fn string(&mut self) -> Option<String> {
        let start = self.at;
        let end = super::numbers::after_string(self.text.as_bytes(), start + 1);
        self.at = end;
        serde_json::from_str(self.text.get(start..end)?).ok()
    }
    fn value(&mut self, depth: usize) -> Option<ExtensionValue> {
        use ExtensionValue as V;
        if depth > PARSER_DEPTH {
            return None;
        }
        self.space();
        let rest = self.text.get(self.at..)?;
        for (word, v) in [
            ("null", V::Null),
            ("true", V::Bool(true)),
            ("false", V::Bool(false)),
        ] {
            if rest.starts_with(word) {
                self.at += word.len();
                return Some(v);
            }
        }
        match self.peek()? {
            b'"' => self.string().map(V::String),
            b'[' => {
                self.at += 1;
                let mut items = Vec::new();
                if self.eat(b']') {
                    return Some(V::Array(items));
                }
                loop {
                    items.push(self.value(depth + 1)?);
                    if self.eat(b']') {
                        return Some(V::Array(items));
                    }
                    if !self.eat(b',') {
                        return None;
                    }
                }
            }
            b'{' => {
                self.at += 1;
                let mut map = Extensions::new();
                if self.eat(b'}') {
                    return Some(V::Object(map));
                }
                loop {
                    self.space();
                    let key = self.string()?;
                    if !self.eat(b':') {
                        return None;
                    }
                    let v = self.value(depth + 1)?;
                    if map.insert(key, v).is_some() {
                        // Checked text has no key twice; never drop a value silently.
                        return None;
                    }
                    if self.eat(b'}') {
                        return Some(V::Object(map));
                    }
                    if !self.eat(b',') {
                        return None;
                    }
                }
            }
            _ => {
                let len = rest
                    .bytes()
                    .take_while(|c| matches!(c, b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9'))
                    .count();
                let number = ExactNumber::parse(rest.get(..len)?)?;
                self.at += len;
                Some(V::Number(number))
            }
        }
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Extensions {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        <serde_json::Map<String, serde_json::Value> as schemars::JsonSchema>::schema_name()
    }
    fn json_schema(g: &mut schemars::SchemaGenerator) -> schemars::Schema {
        <serde_json::Map<String, serde_json::Value> as schemars::JsonSchema>::json_schema(g)
    }
    fn inline_schema() -> bool {
        <serde_json::Map<String, serde_json::Value> as schemars::JsonSchema>::inline_schema()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_exact_parser_keeps_every_number_as_written() {
        let text = r#" {"a": [1E+2, -0, 0.10, 1e400, "x\u00e9"], "b": {"c": null, "d": true}} "#;
        let v = exact_value(text).unwrap();
        let back = serde_json::to_string(&v).unwrap();
        assert_eq!(
            back,
            r#"{"a":[1E+2,-0,0.10,1e400,"xé"],"b":{"c":null,"d":true}}"#
        );
        assert!(exact_value(r#"{"a": 1, "a": 2}"#).is_none());
        assert!(exact_value("[01]").is_none());
    }
}
