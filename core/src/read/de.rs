//! The second pass: a JSON tree into a record type, strictly.
//!
//! `Reader` is a serde `Deserializer` over a borrowed [`Value`] that
//! * reads records (structs) only from JSON objects, never from arrays;
//! * treats `null` in a field of a record as the field being absent;
//! * reads every date field (chrono's `NaiveDate`) with the one strict date reader;
//! * keeps the path of the value being read, and records what went wrong as a
//!   `Problem` that holds no value from the input (only kinds, schema names and, for
//!   an unknown key, its name when it is a short identifier).

use super::lazy::Node;
use super::message;
use super::Seg;
use crate::error::Error;
use serde::de::{self, DeserializeOwned, DeserializeSeed, Expected, Unexpected, Visitor};
use serde_json::value::RawValue;
use serde_json::Value;
use std::fmt::{self, Write as _};

/// What went wrong while reading, without any value from the input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Problem {
    /// A value of the wrong kind; `need` is what the reader wanted (its `expecting`).
    WrongType { need: String },
    /// A value of the right kind out of the range of the field.
    OutOfRange { need: String },
    /// An enum value that is not one of `allowed`.
    UnknownVariant { allowed: &'static [&'static str] },
    /// A key the record does not have, reported at the record: the key as given (never
    /// shown: only for a caller that sets the field aside), its place among the record's
    /// keys in alphabetical order (1 for the first) once known, and the record's field
    /// it may be a misspelling of (a schema name).
    UnknownField {
        key: String,
        position: Option<usize>,
        suggestion: Option<&'static str>,
    },
    /// A required field is missing.
    MissingField { field: &'static str },
    /// A key given twice.
    DuplicateField,
    /// A list of the wrong length.
    Length,
    /// A message from one of boardkit's own readers (already plain English).
    Message(String),
    /// A boardkit error carried out of a hand-written reader (see [`super::carry`]).
    Carried(Error),
}

/// A reading error: the problem and the path to it, innermost segment first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ReadError {
    problem: Problem,
    rev_path: Vec<Seg>,
}

impl ReadError {
    fn new(problem: Problem) -> Self {
        ReadError {
            problem,
            rev_path: Vec::new(),
        }
    }

    fn at(mut self, seg: Seg) -> Self {
        self.rev_path.push(seg);
        self
    }

    fn wrong(need: &dyn Expected) -> Self {
        ReadError::new(Problem::WrongType {
            need: need.to_string(),
        })
    }

    /// The outermost key of the path, as given (a missing field of the outermost record
    /// counts as at its own key).
    pub(crate) fn top_key(&self) -> Option<String> {
        match (self.rev_path.last(), &self.problem) {
            (Some(Seg::Key(k)), _) => Some(k.clone()),
            (None, Problem::MissingField { field }) => Some((*field).to_string()),
            (None, Problem::UnknownField { key, .. }) => Some(key.clone()),
            _ => None,
        }
    }

    /// An unknown key not yet placed, met while reading `src`: its place among the keys
    /// of `src` when it is one of them (serde's own readers of tagged and untagged enums
    /// report an unknown key without the object it is in; the reader of the enum's value
    /// knows it).
    fn placed_in(self, src: Src<'_>) -> Self {
        match src.view() {
            View::Object(entries) => self.placed_in_entries(entries),
            _ => self,
        }
    }

    fn placed_in_entries(mut self, entries: Entries<'_>) -> Self {
        if let (
            true,
            Problem::UnknownField {
                key,
                position: position @ None,
                ..
            },
        ) = (self.rev_path.is_empty(), &mut self.problem)
        {
            *position = entries.rank(key);
        }
        self
    }

    /// The boardkit error: the path as a JSON Pointer, the message in plain English.
    pub(crate) fn into_error(self) -> Error {
        let mut segs = self.rev_path;
        segs.reverse();
        let base = super::pointer(&segs);
        match self.problem {
            Problem::Carried(e) => e.within(&base),
            Problem::MissingField { field } => Error::Invalid {
                path: format!("{base}/{field}"),
                message: message::required(field),
            },
            problem => Error::Invalid {
                path: base,
                message: message::of(&problem),
            },
        }
    }
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&message::of(&self.problem))
    }
}

impl std::error::Error for ReadError {}

/// A boardkit error on its way out of a hand-written reader (see [`super::carry`]). Its
/// `Display` is only seen if it goes through another deserializer than [`Reader`].
pub(crate) struct Carried(pub Error);

impl fmt::Display for Carried {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Marker, then the error's fields; parsed back by `ReadError::custom`.
        write!(f, "{MARK}{}{MARK}{}", self.0.code(), self.0.path())?;
        let (found, text) = match &self.0 {
            Error::SchemaVersion { found, .. } => (*found, String::new()),
            e => (0, e.to_string()),
        };
        write!(f, "{MARK}{found}{MARK}{text}")
    }
}

const MARK: char = '\u{1}';

fn uncarry(text: &str) -> Option<Error> {
    let rest = text.strip_prefix(MARK)?;
    let mut parts = rest.splitn(4, MARK);
    let code = parts.next()?;
    let path = parts.next()?.to_string();
    let found: u64 = parts.next()?.parse().ok()?;
    let message = parts.next()?.to_string();
    Some(match code {
        "shape.schema_version" => Error::SchemaVersion {
            path,
            found,
            supported: crate::document::SCHEMA_VERSION,
        },
        "shape.config" => Error::Config { path, message },
        "shape.overflow" => Error::Overflow { path },
        _ => Error::Invalid { path, message },
    })
}

impl de::Error for ReadError {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        let text = msg.to_string();
        match uncarry(&text) {
            Some(e) => ReadError::new(Problem::Carried(e)),
            None => ReadError::new(Problem::Message(text)),
        }
    }
    fn invalid_type(_found: Unexpected<'_>, exp: &dyn Expected) -> Self {
        ReadError::wrong(exp)
    }
    fn invalid_value(found: Unexpected<'_>, exp: &dyn Expected) -> Self {
        match found {
            Unexpected::Unsigned(_) | Unexpected::Signed(_) | Unexpected::Float(_) => {
                ReadError::new(Problem::OutOfRange {
                    need: exp.to_string(),
                })
            }
            _ => ReadError::wrong(exp),
        }
    }
    fn invalid_length(_len: usize, _exp: &dyn Expected) -> Self {
        ReadError::new(Problem::Length)
    }
    fn unknown_variant(_variant: &str, expected: &'static [&'static str]) -> Self {
        ReadError::new(Problem::UnknownVariant { allowed: expected })
    }
    fn unknown_field(field: &str, expected: &'static [&'static str]) -> Self {
        ReadError::new(Problem::UnknownField {
            key: field.to_string(),
            position: None,
            suggestion: closest(field, expected),
        })
    }
    fn missing_field(field: &'static str) -> Self {
        ReadError::new(Problem::MissingField { field })
    }
    fn duplicate_field(_field: &'static str) -> Self {
        ReadError::new(Problem::DuplicateField)
    }
}

/// Read `T` from a JSON tree with the strict rules of this module.
pub(crate) fn read<T: DeserializeOwned>(value: &Value) -> Result<T, ReadError> {
    let src = Src::Value(value);
    T::deserialize(Reader { src, text: "" }).map_err(|e| e.placed_in(src))
}

/// Read `T` from the node of `text` (see [`super::lazy`]), with the same rules as
/// [`read`]: the same record, or the same error at the same path.
pub(crate) fn read_node<T: DeserializeOwned>(node: &Node<'_>, text: &str) -> Result<T, ReadError> {
    let src = Src::Node(node);
    T::deserialize(Reader { src, text }).map_err(|e| e.placed_in(src))
}

/// The schema's field name `key` may be a misspelling of: the closest of `expected` when
/// it is close enough (Jaro-Winkler similarity above 0.8, as command-line tools suggest a
/// flag), never anything from the input.
fn closest(key: &str, expected: &'static [&'static str]) -> Option<&'static str> {
    if key.len() > super::MAX_NAMED_KEY {
        return None;
    }
    let lower = key.to_ascii_lowercase();
    let mut best: Option<(f64, &'static str)> = None;
    for name in expected {
        let score = strsim::jaro_winkler(&lower, name);
        if score > 0.8 && best.is_none_or(|(b, _)| score > b) {
            best = Some((score, name));
        }
    }
    best.map(|(_, name)| name)
}

/// Compares what a visitor expects with a fixed text, without allocating.
struct Matches<'t> {
    rest: &'t str,
    ok: bool,
}

impl fmt::Write for Matches<'_> {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        match self.rest.strip_prefix(s) {
            Some(r) if self.ok => self.rest = r,
            _ => self.ok = false,
        }
        Ok(())
    }
}

/// True when `visitor` describes itself as `text` (how chrono's date reader is known).
fn expects<'de, V: Visitor<'de>>(visitor: &V, text: &str) -> bool {
    let mut m = Matches {
        rest: text,
        ok: true,
    };
    let _ = write!(m, "{}", visitor as &dyn Expected);
    m.ok && m.rest.is_empty()
}

/// What chrono's `NaiveDate` reader calls itself (pinned by a test).
pub(crate) const CHRONO_DATE: &str = "a formatted date string";

/// What a reader reads: a value of a JSON tree, or a node of text read a part at a time.
#[derive(Clone, Copy)]
enum Src<'a> {
    Value(&'a Value),
    Node(&'a Node<'a>),
}

/// One value as the reader sees it, whichever its source.
enum View<'a> {
    Null,
    Bool(bool),
    Number(&'a serde_json::Number),
    Str(&'a str),
    Array(Items<'a>),
    Object(Entries<'a>),
}

impl<'a> Src<'a> {
    fn view(self) -> View<'a> {
        match self {
            Src::Value(v) | Src::Node(Node::Plain(v)) => match v {
                Value::Null => View::Null,
                Value::Bool(b) => View::Bool(*b),
                Value::Number(n) => View::Number(n),
                Value::String(s) => View::Str(s),
                Value::Array(items) => View::Array(Items::Values(items.iter())),
                Value::Object(map) => View::Object(Entries::Values(map.iter())),
            },
            Src::Node(Node::Array(items, level)) => View::Array(Items::Text(items.iter(), *level)),
            Src::Node(Node::Object(map)) => View::Object(Entries::Nodes(map.iter())),
        }
    }

    fn is_null(self) -> bool {
        matches!(
            self,
            Src::Value(Value::Null) | Src::Node(Node::Plain(Value::Null))
        )
    }
}

/// The elements of an array: values of a tree, or their text.
enum Items<'a> {
    Values(std::slice::Iter<'a, Value>),
    Text(std::slice::Iter<'a, &'a RawValue>, u8),
}

impl Items<'_> {
    fn len(&self) -> usize {
        match self {
            Items::Values(it) => it.len(),
            Items::Text(it, _) => it.len(),
        }
    }
}

/// The entries of an object, in key order.
#[derive(Clone)]
enum Entries<'a> {
    Values(serde_json::map::Iter<'a>),
    Nodes(std::collections::btree_map::Iter<'a, String, Node<'a>>),
}

impl<'a> Entries<'a> {
    fn next(&mut self) -> Option<(&'a String, Src<'a>)> {
        match self {
            Entries::Values(it) => it.next().map(|(k, v)| (k, Src::Value(v))),
            Entries::Nodes(it) => it.next().map(|(k, v)| (k, Src::Node(v))),
        }
    }
    fn len(&self) -> usize {
        match self {
            Entries::Values(it) => it.len(),
            Entries::Nodes(it) => it.len(),
        }
    }
    /// The place of `key` among the keys (1 for the first in alphabetical order: see
    /// [`alphabetical`]; the same whichever order a map keeps its keys in), if it is one
    /// of them.
    fn rank(mut self, key: &str) -> Option<usize> {
        let (mut before, mut found) = (0, false);
        while let Some((k, _)) = self.next() {
            match alphabetical(k, key) {
                std::cmp::Ordering::Less => before += 1,
                std::cmp::Ordering::Equal => found = true,
                std::cmp::Ordering::Greater => {}
            }
        }
        found.then_some(before + 1)
    }
}

/// Alphabetical order as a reader counts it: letters without regard to case, then (for
/// keys that differ only in case) by their bytes.
pub fn alphabetical(a: &str, b: &str) -> std::cmp::Ordering {
    let fold = |s: &str| {
        s.bytes()
            .map(|c| c.to_ascii_lowercase())
            .collect::<Vec<u8>>()
    };
    fold(a).cmp(&fold(b)).then_with(|| a.cmp(b))
}

/// The strict deserializer over one JSON value. `text` is the whole text a node was
/// built from (empty for a tree), to place an error in it.
#[derive(Clone, Copy)]
pub(crate) struct Reader<'a> {
    src: Src<'a>,
    text: &'a str,
}

impl<'a> Reader<'a> {
    fn string<'de, V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
        let View::Str(s) = self.src.view() else {
            return Err(ReadError::wrong(&visitor));
        };
        if expects(&visitor, CHRONO_DATE) && crate::date::parse_date(s).is_none() {
            return Err(ReadError::new(Problem::Message(message::DATE.into())));
        }
        visitor.visit_str(s)
    }
}

impl<'de> de::Deserializer<'de> for Reader<'_> {
    type Error = ReadError;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
        match self.src.view() {
            View::Null => visitor.visit_unit(),
            View::Bool(b) => visitor.visit_bool(b),
            View::Number(n) => {
                if let Some(u) = n.as_u64() {
                    visitor.visit_u64(u)
                } else if let Some(i) = n.as_i64() {
                    visitor.visit_i64(i)
                } else {
                    visitor.visit_f64(n.as_f64().unwrap_or(f64::NAN))
                }
            }
            View::Str(s) => visitor.visit_str(s),
            View::Array(items) => visit_seq(items, self.text, visitor),
            View::Object(map) => visit_map(map, false, self.text, visitor),
        }
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
        self.string(visitor)
    }
    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
        self.string(visitor)
    }
    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
        self.string(visitor)
    }
    fn deserialize_char<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
        self.string(visitor)
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
        if self.src.is_null() {
            visitor.visit_none()
        } else {
            visitor.visit_some(self)
        }
    }

    fn deserialize_unit<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
        if self.src.is_null() {
            visitor.visit_unit()
        } else {
            Err(ReadError::wrong(&visitor))
        }
    }
    fn deserialize_unit_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, ReadError> {
        self.deserialize_unit(visitor)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, ReadError> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
        match self.src.view() {
            View::Array(items) => visit_seq(items, self.text, visitor),
            _ => Err(ReadError::wrong(&visitor)),
        }
    }
    fn deserialize_tuple<V: Visitor<'de>>(
        self,
        _len: usize,
        visitor: V,
    ) -> Result<V::Value, ReadError> {
        self.deserialize_seq(visitor)
    }
    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _len: usize,
        visitor: V,
    ) -> Result<V::Value, ReadError> {
        self.deserialize_seq(visitor)
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
        match self.src.view() {
            View::Object(map) => visit_map(map, false, self.text, visitor),
            _ => Err(ReadError::wrong(&visitor)),
        }
    }

    /// A record: only from an object; `null` fields are absent.
    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, ReadError> {
        match self.src.view() {
            View::Object(map) => visit_map(map, true, self.text, visitor),
            _ => Err(ReadError::wrong(&visitor)),
        }
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, ReadError> {
        match self.src.view() {
            View::Str(s) => visitor.visit_enum(EnumReader {
                variant: s,
                value: None,
                text: self.text,
            }),
            View::Object(mut map) if map.len() == 1 => match map.next() {
                Some((k, v)) => visitor.visit_enum(EnumReader {
                    variant: k,
                    value: Some(v),
                    text: self.text,
                }),
                None => Err(ReadError::new(Problem::UnknownVariant {
                    allowed: variants,
                })),
            },
            _ => Err(ReadError::new(Problem::UnknownVariant {
                allowed: variants,
            })),
        }
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
        visitor.visit_unit()
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 bytes byte_buf
    }
}

/// Out of line, as [`visit_seq`]: the frames of the strict reader stay small, as reading
/// nests them once per level (see `crate::depth`).
#[inline(never)]
fn visit_map<'de, V: Visitor<'de>>(
    map: Entries<'_>,
    record: bool,
    text: &str,
    visitor: V,
) -> Result<V::Value, ReadError> {
    visitor.visit_map(MapReader::new(map, record, text))
}

#[inline(never)]
fn visit_seq<'de, V: Visitor<'de>>(
    items: Items<'_>,
    text: &str,
    visitor: V,
) -> Result<V::Value, ReadError> {
    let mut seq = SeqReader {
        items,
        index: 0,
        text,
    };
    let out = visitor.visit_seq(&mut seq)?;
    if seq.items.len() == 0 {
        Ok(out)
    } else {
        Err(ReadError::new(Problem::Length))
    }
}

struct SeqReader<'a> {
    items: Items<'a>,
    index: usize,
    text: &'a str,
}

impl<'de> de::SeqAccess<'de> for &mut SeqReader<'_> {
    type Error = ReadError;
    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, ReadError> {
        let index = self.index;
        let read = match &mut self.items {
            Items::Values(it) => match it.next() {
                None => return Ok(None),
                Some(item) => seed
                    .deserialize(Reader {
                        src: Src::Value(item),
                        text: self.text,
                    })
                    .map_err(|e| e.placed_in(Src::Value(item))),
            },
            // The element's node is built here and dropped once read.
            Items::Text(it, level) => match it.next() {
                None => return Ok(None),
                Some(raw) => match super::lazy::build(raw.get(), *level) {
                    Ok(node) => seed
                        .deserialize(Reader {
                            src: Src::Node(&node),
                            text: self.text,
                        })
                        .map_err(|e| e.placed_in(Src::Node(&node))),
                    Err(e) => Err(ReadError::new(Problem::Carried(super::lazy::syntax_at(
                        self.text,
                        raw.get(),
                        &e,
                    )))),
                },
            },
        };
        self.index += 1;
        read.map(Some).map_err(|e| e.at(Seg::Index(index)))
    }
    fn size_hint(&self) -> Option<usize> {
        Some(self.items.len())
    }
}

struct MapReader<'a> {
    entries: Entries<'a>,
    /// Every entry, to place an unknown key among them.
    all: Entries<'a>,
    pending: Option<(&'a String, Src<'a>)>,
    /// A record's fields: `null` means absent.
    record: bool,
    text: &'a str,
}

impl<'a> MapReader<'a> {
    fn new(entries: Entries<'a>, record: bool, text: &'a str) -> Self {
        MapReader {
            all: entries.clone(),
            entries,
            pending: None,
            record,
            text,
        }
    }
}

impl MapReader<'_> {
    /// The path step of a key: a record's field as it is (a schema name: a key the record
    /// does not have never gets this far); a key of any other map (a host's own, say a
    /// column heading or a name) only when it is a schema name.
    fn seg(&self, key: &str) -> Seg {
        if self.record || super::is_schema_name(key) {
            Seg::Key(key.to_string())
        } else {
            Seg::Key(super::KEY_WITHHELD.to_string())
        }
    }
}

impl<'de> de::MapAccess<'de> for MapReader<'_> {
    type Error = ReadError;
    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, ReadError> {
        let entry = loop {
            match self.entries.next() {
                None => return Ok(None),
                Some((_, v)) if self.record && v.is_null() => continue,
                Some(entry) => break entry,
            }
        };
        self.pending = Some(entry);
        seed.deserialize(KeyReader(entry.0))
            .map(Some)
            .map_err(|e| match e.problem {
                // Reported at the record, by its place: the key itself is never shown.
                Problem::UnknownField { .. } => e.placed_in_entries(self.all.clone()),
                _ => e.at(self.seg(entry.0)),
            })
    }
    fn next_value_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<T::Value, ReadError> {
        let Some((key, value)) = self.pending.take() else {
            return Err(ReadError::new(Problem::Length));
        };
        seed.deserialize(Reader {
            src: value,
            text: self.text,
        })
        .map_err(|e| e.placed_in(value).at(self.seg(key)))
    }
    fn size_hint(&self) -> Option<usize> {
        Some(self.entries.len())
    }
}

/// A key: a field name, a map key, or an enum variant's name.
struct KeyReader<'a>(&'a str);

impl<'de> de::Deserializer<'de> for KeyReader<'_> {
    type Error = ReadError;
    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
        visitor.visit_str(self.0)
    }
    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        option unit unit_struct newtype_struct seq tuple tuple_struct map struct enum
        identifier ignored_any
    }
}

struct EnumReader<'a> {
    variant: &'a str,
    value: Option<Src<'a>>,
    text: &'a str,
}

impl<'de, 'a> de::EnumAccess<'de> for EnumReader<'a> {
    type Error = ReadError;
    type Variant = VariantReader<'a>;
    fn variant_seed<V: DeserializeSeed<'de>>(
        self,
        seed: V,
    ) -> Result<(V::Value, VariantReader<'a>), ReadError> {
        let v = seed.deserialize(KeyReader(self.variant))?;
        Ok((
            v,
            VariantReader {
                variant: self.variant,
                value: self.value,
                text: self.text,
            },
        ))
    }
}

struct VariantReader<'a> {
    variant: &'a str,
    value: Option<Src<'a>>,
    text: &'a str,
}

impl<'a> VariantReader<'a> {
    fn inner<T>(
        self,
        exp: &dyn Expected,
        f: impl FnOnce(Reader<'a>) -> Result<T, ReadError>,
    ) -> Result<T, ReadError> {
        match self.value {
            Some(v) => f(Reader {
                src: v,
                text: self.text,
            })
            .map_err(|e| e.at(Seg::Key(self.variant.to_string()))),
            None => Err(ReadError::wrong(exp)),
        }
    }
}

impl<'de> de::VariantAccess<'de> for VariantReader<'_> {
    type Error = ReadError;
    fn unit_variant(self) -> Result<(), ReadError> {
        match self.value {
            None => Ok(()),
            Some(v) if v.is_null() => Ok(()),
            Some(_) => Err(ReadError::new(Problem::Length)),
        }
    }
    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, seed: T) -> Result<T::Value, ReadError> {
        self.inner(&"a value", |r| seed.deserialize(r))
    }
    fn tuple_variant<V: Visitor<'de>>(
        self,
        _len: usize,
        visitor: V,
    ) -> Result<V::Value, ReadError> {
        let exp = ExpectedText(visitor_text(&visitor));
        self.inner(&exp, |r| de::Deserializer::deserialize_seq(r, visitor))
    }
    fn struct_variant<V: Visitor<'de>>(
        self,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, ReadError> {
        let exp = ExpectedText(visitor_text(&visitor));
        self.inner(&exp, |r| {
            de::Deserializer::deserialize_struct(r, "", fields, visitor)
        })
    }
}

fn visitor_text<'de, V: Visitor<'de>>(visitor: &V) -> String {
    (visitor as &dyn Expected).to_string()
}

struct ExpectedText(String);

impl Expected for ExpectedText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chrono_still_calls_its_date_reader_what_this_module_expects() {
        struct Probe;
        impl<'de> de::Deserializer<'de> for Probe {
            type Error = ReadError;
            fn deserialize_any<V: Visitor<'de>>(self, v: V) -> Result<V::Value, ReadError> {
                assert!(
                    expects(&v, CHRONO_DATE),
                    "chrono's date visitor changed its name"
                );
                Err(ReadError::new(Problem::Length))
            }
            serde::forward_to_deserialize_any! {
                bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes
                byte_buf option unit unit_struct newtype_struct seq tuple tuple_struct map
                struct enum identifier ignored_any
            }
        }
        use serde::Deserialize;
        assert!(chrono::NaiveDate::deserialize(Probe).is_err());
    }
}
