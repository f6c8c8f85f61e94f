//! How the strict reader walks what a value holds: the elements of an array, the entries
//! of an object (a record's fields), a key, and an enum's variant and its value.
//!
//! The walk reads each value it meets with the reader that drives it ([`Drive`]: the
//! strict reader of `de`), so the dependency runs one way: `de` drives this module, and
//! this module knows only what is read (`source`).

use super::problem::{Problem, ReadError};
use super::source::{Entries, Items, Src};
use super::Seg;
use serde::de::{self, DeserializeSeed, Expected, Visitor};
use std::fmt;
use std::marker::PhantomData;

/// The reader that reads one value the walk meets (an element, a field's value, an enum's
/// value) from where it is: chosen at compile time, so the walk costs what it did when it
/// named the reader itself.
pub(super) trait Drive {
    fn read<'de, T: DeserializeSeed<'de>>(
        seed: T,
        src: Src<'_>,
        text: &str,
    ) -> Result<T::Value, ReadError>;
}

/// Out of line, as [`visit_seq`]: the frames of the strict reader stay small, as reading
/// nests them once per level (see `crate::depth`).
#[inline(never)]
pub(super) fn visit_map<'de, D: Drive, V: Visitor<'de>>(
    map: Entries<'_>,
    record: bool,
    text: &str,
    visitor: V,
) -> Result<V::Value, ReadError> {
    visitor.visit_map(MapReader::<D>::new(map, record, text))
}

#[inline(never)]
pub(super) fn visit_seq<'de, D: Drive, V: Visitor<'de>>(
    items: Items<'_>,
    text: &str,
    visitor: V,
) -> Result<V::Value, ReadError> {
    let mut seq = SeqReader::<D> {
        items,
        index: 0,
        text,
        drive: PhantomData,
    };
    let out = visitor.visit_seq(&mut seq)?;
    if seq.items.len() == 0 {
        Ok(out)
    } else {
        Err(ReadError::new(Problem::Length))
    }
}

struct SeqReader<'a, D> {
    items: Items<'a>,
    index: usize,
    text: &'a str,
    drive: PhantomData<D>,
}

impl<'de, D: Drive> de::SeqAccess<'de> for &mut SeqReader<'_, D> {
    type Error = ReadError;
    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, ReadError> {
        let index = self.index;
        let read = match &mut self.items {
            Items::Values(it) => match it.next() {
                None => return Ok(None),
                Some(item) => D::read(seed, Src::Value(item), self.text)
                    .map_err(|e| e.placed_in(Src::Value(item))),
            },
            Items::Nodes(it) => match it.next() {
                None => return Ok(None),
                Some(node) => D::read(seed, Src::Node(node), self.text)
                    .map_err(|e| e.placed_in(Src::Node(node))),
            },
            // The element's node is built here and dropped once read.
            Items::Text(it, level) => match it.next() {
                None => return Ok(None),
                Some(raw) => match super::lazy::build(raw.get(), *level) {
                    Ok(node) => D::read(seed, Src::Node(&node), self.text)
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

struct MapReader<'a, D> {
    entries: Entries<'a>,
    /// Every entry, to place an unknown key among them.
    all: Entries<'a>,
    pending: Option<(&'a String, Src<'a>)>,
    /// A record's fields: `null` means absent.
    record: bool,
    text: &'a str,
    drive: PhantomData<D>,
}

impl<'a, D> MapReader<'a, D> {
    fn new(entries: Entries<'a>, record: bool, text: &'a str) -> Self {
        MapReader {
            all: entries.clone(),
            entries,
            pending: None,
            record,
            text,
            drive: PhantomData,
        }
    }
}

impl<D> MapReader<'_, D> {
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

impl<'de, D: Drive> de::MapAccess<'de> for MapReader<'_, D> {
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
        D::read(seed, value, self.text).map_err(|e| e.placed_in(value).at(self.seg(key)))
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

/// An enum's variant (its name) and its value, if it has one.
pub(super) struct EnumReader<'a, D> {
    variant: &'a str,
    value: Option<Src<'a>>,
    text: &'a str,
    drive: PhantomData<D>,
}

impl<'a, D> EnumReader<'a, D> {
    pub(super) fn new(variant: &'a str, value: Option<Src<'a>>, text: &'a str) -> Self {
        EnumReader {
            variant,
            value,
            text,
            drive: PhantomData,
        }
    }
}

impl<'de, 'a, D: Drive> de::EnumAccess<'de> for EnumReader<'a, D> {
    type Error = ReadError;
    type Variant = Self;
    fn variant_seed<V: DeserializeSeed<'de>>(self, seed: V) -> Result<(V::Value, Self), ReadError> {
        let v = seed.deserialize(KeyReader(self.variant))?;
        Ok((v, self))
    }
}

impl<D: Drive> EnumReader<'_, D> {
    fn inner<'de, T: DeserializeSeed<'de>>(
        self,
        exp: &dyn Expected,
        seed: T,
    ) -> Result<T::Value, ReadError> {
        match self.value {
            Some(v) => {
                D::read(seed, v, self.text).map_err(|e| e.at(Seg::Key(self.variant.to_string())))
            }
            None => Err(ReadError::wrong(exp)),
        }
    }
}

/// A seed that reads its value as an array (a tuple variant's) or as a record (a struct
/// variant's), with the visitor serde gave the variant.
enum Shape<V> {
    Seq(V),
    Struct(&'static [&'static str], V),
}

impl<'de, V: Visitor<'de>> DeserializeSeed<'de> for Shape<V> {
    type Value = V::Value;
    fn deserialize<R: de::Deserializer<'de>>(self, r: R) -> Result<V::Value, R::Error> {
        match self {
            Shape::Seq(visitor) => r.deserialize_seq(visitor),
            Shape::Struct(fields, visitor) => r.deserialize_struct("", fields, visitor),
        }
    }
}

impl<'de, D: Drive> de::VariantAccess<'de> for EnumReader<'_, D> {
    type Error = ReadError;
    fn unit_variant(self) -> Result<(), ReadError> {
        match self.value {
            None => Ok(()),
            Some(v) if v.is_null() => Ok(()),
            Some(_) => Err(ReadError::new(Problem::Length)),
        }
    }
    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, seed: T) -> Result<T::Value, ReadError> {
        self.inner(&"a value", seed)
    }
    fn tuple_variant<V: Visitor<'de>>(
        self,
        _len: usize,
        visitor: V,
    ) -> Result<V::Value, ReadError> {
        let exp = ExpectedText(visitor_text(&visitor));
        self.inner(&exp, Shape::Seq(visitor))
    }
    fn struct_variant<V: Visitor<'de>>(
        self,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, ReadError> {
        let exp = ExpectedText(visitor_text(&visitor));
        self.inner(&exp, Shape::Struct(fields, visitor))
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
