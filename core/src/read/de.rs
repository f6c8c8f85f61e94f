//! The second pass: a JSON tree into a record type, strictly.
//!
//! `Reader` is a serde `Deserializer` over a borrowed [`Value`] that
//! * reads records (structs) only from JSON objects, never from arrays;
//! * treats `null` in a field of a record as the field being absent;
//! * reads every date field (chrono's `NaiveDate`) with the one strict date reader;
//! * keeps the path of the value being read, and records what went wrong as a
//!   `Problem` that holds no value from the input (only kinds, schema names and, for
//!   an unknown key, its name when it is a short identifier).
//!
//! What went wrong is in `problem`; how arrays, objects and enums are walked is in
//! `access`, which drives this reader through `Drive` (so it does not import it); what
//! both read, a value of a tree or a node of text, is in `source` (all beside this
//! module).

use super::access::{visit_map, visit_seq, Drive, EnumReader};
use super::lazy::Node;
use super::message::{self, CHRONO_DATE};
pub(crate) use super::problem::Carried;
use super::problem::{Problem, ReadError};
pub use super::source::alphabetical;
use super::source::{Src, View};
use serde::de::{self, DeserializeOwned, DeserializeSeed, Expected, Visitor};
use serde_json::value::RawValue;
use serde_json::Value;
use std::fmt::{self, Write as _};

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

/// The strict deserializer over one JSON value. `text` is the whole text a node was
/// built from (empty for a tree), to place an error in it.
#[derive(Clone, Copy)]
pub(crate) struct Reader<'a> {
    pub(super) src: Src<'a>,
    pub(super) text: &'a str,
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

    /// Read an `extensions` object kept as text with `read`, as a tree: for a type that
    /// is not [`crate::Extensions`] (a request's JSON value, say), which a tree must hold.
    /// A tree cannot hold a number a double cannot, so one is refused, as everywhere else.
    #[cold]
    #[inline(never)]
    fn as_tree<T>(
        self,
        raw: &RawValue,
        read: impl FnOnce(Reader<'_>) -> Result<T, ReadError>,
    ) -> Result<T, ReadError> {
        let not_exact = || ReadError::new(Problem::Message(message::NOT_EXACT.into()));
        if !super::numbers::scan(raw.get(), false).not_exact.is_empty() {
            return Err(not_exact());
        }
        // Checked text: only a number too large for a double fails here.
        let value: Value = serde_json::from_str(raw.get()).map_err(|_| not_exact())?;
        read(Reader {
            src: Src::Value(&value),
            text: self.text,
        })
    }
}

/// The strict reader, as the walk over arrays, objects and enums reads each value.
pub(super) struct Strict;

impl Drive for Strict {
    fn read<'de, T: DeserializeSeed<'de>>(
        seed: T,
        src: Src<'_>,
        text: &str,
    ) -> Result<T::Value, ReadError> {
        seed.deserialize(Reader { src, text })
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
            View::Array(items) => visit_seq::<Strict, _>(items, self.text, visitor),
            View::Object(map) => visit_map::<Strict, _>(map, false, self.text, visitor),
            View::Raw(raw) => self.as_tree(raw, |r| r.deserialize_any(visitor)),
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
        name: &'static str,
        visitor: V,
    ) -> Result<V::Value, ReadError> {
        // `Extensions` is read from its text, to keep its numbers as written.
        match self.src.view() {
            View::Raw(raw) if name == super::extension::RAW_TEXT => visitor.visit_str(raw.get()),
            _ => visitor.visit_newtype_struct(self),
        }
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
        match self.src.view() {
            View::Array(items) => visit_seq::<Strict, _>(items, self.text, visitor),
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
            View::Object(map) => visit_map::<Strict, _>(map, false, self.text, visitor),
            View::Raw(raw) => self.as_tree(raw, |r| r.deserialize_map(visitor)),
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
            View::Object(map) => visit_map::<Strict, _>(map, true, self.text, visitor),
            View::Raw(raw) => self.as_tree(raw, |r| r.deserialize_struct(_name, _fields, visitor)),
            _ => Err(ReadError::wrong(&visitor)),
        }
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, ReadError> {
        if let View::Raw(raw) = self.src.view() {
            return self.as_tree(raw, |r| r.deserialize_enum(_name, variants, visitor));
        }
        match self.src.view() {
            View::Str(s) => visitor.visit_enum(EnumReader::<Strict>::new(s, None, self.text)),
            View::Object(mut map) if map.len() == 1 => match map.next() {
                Some((k, v)) => {
                    visitor.visit_enum(EnumReader::<Strict>::new(k, Some(v), self.text))
                }
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
