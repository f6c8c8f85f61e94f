//! Which JSON Pointers resolve in a document, found without making its JSON.
//!
//! A draft's provenance keeps only the pointers that resolve in the draft's document.
//! Making the document's whole `serde_json::Value` to look them up costs many times the
//! input; here the document is walked once through its `Serialize` impl (as it would be
//! written as JSON), the walk keeping the JSON Pointer of the value it is at in one
//! buffer, and each pointer asked about is marked when the walk reaches it. A pointer
//! resolves here exactly when `serde_json::to_value(doc)?.pointer(p)` is `Some`: the
//! pointers are compared in one canonical spelling (each token as `Value::pointer`
//! reads it, escaped again), and a document that could not be made a `Value` (a map key
//! that is not a string, a number or a unit variant) is taken as `null`, as
//! `to_value(..).unwrap_or_default()` gave.

use serde::ser::{self, Impossible, Serialize};
use std::borrow::Cow;

/// The pointers asked about that resolve in a document.
pub(crate) struct Resolved<'p> {
    /// The pointers asked about, canonical, sorted, each once.
    sorted: Vec<Cow<'p, str>>,
    /// Whether each of `sorted` resolves.
    hit: Vec<bool>,
}

impl<'p> Resolved<'p> {
    /// Walk `doc` once, serialised as JSON, marking each of `asked` it reaches.
    /// O(n log m) for a document of n values and m pointers; the walk holds one pointer.
    pub(crate) fn new<T: Serialize + ?Sized>(
        doc: &T,
        asked: impl Iterator<Item = &'p str>,
    ) -> Self {
        let mut sorted: Vec<Cow<'p, str>> = asked.filter_map(canonical).collect();
        sorted.sort_unstable();
        sorted.dedup();
        let mut walk = Walk {
            path: String::new(),
            sorted: &sorted,
            hit: vec![false; sorted.len()],
        };
        let walked = doc.serialize(&mut walk);
        let mut hit = walk.hit;
        if walked.is_err() {
            // As `to_value(..).unwrap_or_default()`: the document is `null`; only "" resolves.
            hit.iter_mut().for_each(|h| *h = false);
            if let Some(h) = sorted
                .binary_search_by(|c| c.as_ref().cmp(""))
                .ok()
                .and_then(|i| hit.get_mut(i))
            {
                *h = true;
            }
        }
        Resolved { sorted, hit }
    }

    /// Whether `pointer` (one of those asked about) resolves in the document.
    pub(crate) fn resolves(&self, pointer: &str) -> bool {
        canonical(pointer)
            .and_then(|c| {
                self.sorted
                    .binary_search_by(|s| s.as_ref().cmp(c.as_ref()))
                    .ok()
            })
            .and_then(|i| self.hit.get(i).copied())
            .unwrap_or(false)
    }
}

/// A pointer in the spelling the walk writes: each token read as `Value::pointer` reads
/// it (`~1` then `~0`), escaped again. `None` for one that cannot resolve (not empty
/// and not starting with `/`).
fn canonical(p: &str) -> Option<Cow<'_, str>> {
    if p.is_empty() || !p.contains('~') {
        return (p.is_empty() || p.starts_with('/')).then_some(Cow::Borrowed(p));
    }
    let rest = p.strip_prefix('/')?;
    let mut out = String::with_capacity(p.len());
    for token in rest.split('/') {
        out.push('/');
        push_escaped(&mut out, &token.replace("~1", "/").replace("~0", "~"));
    }
    Some(Cow::Owned(out))
}

/// `key` as one JSON Pointer token: `~` becomes `~0`, `/` becomes `~1`.
fn push_escaped(out: &mut String, key: &str) {
    for c in key.chars() {
        match c {
            '~' => out.push_str("~0"),
            '/' => out.push_str("~1"),
            c => out.push(c),
        }
    }
}

/// Why a walk stopped: a map key JSON cannot hold.
#[derive(Debug)]
pub(crate) struct Stop;

impl std::fmt::Display for Stop {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a map key that is not a string")
    }
}

impl std::error::Error for Stop {}

impl ser::Error for Stop {
    fn custom<M: std::fmt::Display>(_msg: M) -> Self {
        Stop
    }
}

struct Walk<'s> {
    /// The pointer of the value being walked.
    path: String,
    sorted: &'s [Cow<'s, str>],
    hit: Vec<bool>,
}

impl Walk<'_> {
    /// The walk is at a value: mark its pointer if it was asked about.
    fn here(&mut self) {
        let path = self.path.as_str();
        if let Ok(i) = self.sorted.binary_search_by(|s| s.as_ref().cmp(path)) {
            if let Some(h) = self.hit.get_mut(i) {
                *h = true;
            }
        }
    }

    /// Walk `value` under the token `key` (escaped here).
    fn under<T: Serialize + ?Sized>(&mut self, key: &str, value: &T) -> Result<(), Stop> {
        let len = self.path.len();
        self.path.push('/');
        push_escaped(&mut self.path, key);
        let r = value.serialize(&mut *self);
        self.path.truncate(len);
        r
    }

    fn at_index<T: Serialize + ?Sized>(&mut self, i: usize, value: &T) -> Result<(), Stop> {
        let len = self.path.len();
        self.path.push('/');
        self.path.push_str(itoa(i, &mut [0; 20]));
        let r = value.serialize(&mut *self);
        self.path.truncate(len);
        r
    }
}

/// `i` in decimal, written into `buf`.
fn itoa(mut i: usize, buf: &mut [u8; 20]) -> &str {
    let mut at = buf.len();
    loop {
        at -= 1;
        if let Some(b) = buf.get_mut(at) {
            *b = b'0' + (i % 10) as u8;
        }
        i /= 10;
        if i == 0 || at == 0 {
            break;
        }
    }
    std::str::from_utf8(buf.get(at..).unwrap_or_default()).unwrap_or_default()
}

/// A list or an object being walked: the next index, or the key waiting for its value.
struct Compound<'w, 's> {
    walk: &'w mut Walk<'s>,
    index: usize,
    key: Option<String>,
}

impl<'w, 's> Compound<'w, 's> {
    fn new(walk: &'w mut Walk<'s>) -> Self {
        Compound {
            walk,
            index: 0,
            key: None,
        }
    }

    fn element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Stop> {
        let i = self.index;
        self.index += 1;
        self.walk.at_index(i, value)
    }
}

macro_rules! leaf {
    ($($name:ident: $t:ty),* $(,)?) => {
        $(fn $name(self, _v: $t) -> Result<(), Stop> {
            self.here();
            Ok(())
        })*
    };
}

impl<'w, 's> ser::Serializer for &'w mut Walk<'s> {
    type Ok = ();
    type Error = Stop;
    type SerializeSeq = Compound<'w, 's>;
    type SerializeTuple = Compound<'w, 's>;
    type SerializeTupleStruct = Compound<'w, 's>;
    type SerializeTupleVariant = Compound<'w, 's>;
    type SerializeMap = Compound<'w, 's>;
    type SerializeStruct = Compound<'w, 's>;
    type SerializeStructVariant = Compound<'w, 's>;

    leaf!(serialize_bool: bool, serialize_i8: i8, serialize_i16: i16, serialize_i32: i32,
        serialize_i64: i64, serialize_i128: i128, serialize_u8: u8, serialize_u16: u16,
        serialize_u32: u32, serialize_u64: u64, serialize_u128: u128, serialize_f32: f32,
        serialize_f64: f64, serialize_char: char, serialize_str: &str);

    fn serialize_bytes(self, v: &[u8]) -> Result<(), Stop> {
        // serde_json writes bytes as a list of numbers.
        self.here();
        for i in 0..v.len() {
            self.at_index(i, &())?;
        }
        Ok(())
    }
    fn serialize_none(self) -> Result<(), Stop> {
        self.here();
        Ok(())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Stop> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), Stop> {
        self.here();
        Ok(())
    }
    fn serialize_unit_struct(self, _name: &'static str) -> Result<(), Stop> {
        self.here();
        Ok(())
    }
    fn serialize_unit_variant(
        self,
        _n: &'static str,
        _i: u32,
        _v: &'static str,
    ) -> Result<(), Stop> {
        self.here();
        Ok(())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _n: &'static str,
        value: &T,
    ) -> Result<(), Stop> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _n: &'static str,
        _i: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), Stop> {
        self.here();
        self.under(variant, value)
    }
    fn serialize_seq(self, _len: Option<usize>) -> Result<Compound<'w, 's>, Stop> {
        self.here();
        Ok(Compound::new(self))
    }
    fn serialize_tuple(self, len: usize) -> Result<Compound<'w, 's>, Stop> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(
        self,
        _n: &'static str,
        len: usize,
    ) -> Result<Compound<'w, 's>, Stop> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        _n: &'static str,
        _i: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Compound<'w, 's>, Stop> {
        self.here();
        enter(self, variant);
        Ok(Compound::new(self))
    }
    fn serialize_map(self, _len: Option<usize>) -> Result<Compound<'w, 's>, Stop> {
        self.here();
        Ok(Compound::new(self))
    }
    fn serialize_struct(self, _n: &'static str, _len: usize) -> Result<Compound<'w, 's>, Stop> {
        self.serialize_map(None)
    }
    fn serialize_struct_variant(
        self,
        _n: &'static str,
        _i: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Compound<'w, 's>, Stop> {
        self.here();
        enter(self, variant);
        Ok(Compound::new(self))
    }
}

/// Step into `{variant: ...}` for a tuple or struct variant (left in `end`).
fn enter(walk: &mut Walk<'_>, variant: &str) {
    walk.path.push('/');
    push_escaped(&mut walk.path, variant);
    walk.here();
}

/// Step out of a variant entered by `enter`.
fn leave(walk: &mut Walk<'_>) {
    let cut = walk.path.rfind('/').unwrap_or(0);
    walk.path.truncate(cut);
}

/// The list-like compounds: each element at the next index; `$end` steps out of a
/// variant (`leave`) or not (`stay`).
macro_rules! indexed {
    ($($kind:ident::$method:ident, $end:ident);* $(;)?) => {
        $(impl ser::$kind for Compound<'_, '_> {
            type Ok = ();
            type Error = Stop;
            fn $method<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Stop> {
                self.element(value)
            }
            fn end(self) -> Result<(), Stop> {
                $end(self.walk);
                Ok(())
            }
        })*
    };
}

/// The struct-like compounds: each field under its name; `$end` as for `indexed`.
macro_rules! keyed {
    ($($kind:ident, $end:ident);* $(;)?) => {
        $(impl ser::$kind for Compound<'_, '_> {
            type Ok = ();
            type Error = Stop;
            fn serialize_field<T: Serialize + ?Sized>(
                &mut self,
                key: &'static str,
                value: &T,
            ) -> Result<(), Stop> {
                self.walk.under(key, value)
            }
            fn end(self) -> Result<(), Stop> {
                $end(self.walk);
                Ok(())
            }
        })*
    };
}

/// The end of a compound that entered no variant.
fn stay(_walk: &mut Walk<'_>) {}

indexed!(
    SerializeSeq::serialize_element, stay;
    SerializeTuple::serialize_element, stay;
    SerializeTupleStruct::serialize_field, stay;
    SerializeTupleVariant::serialize_field, leave;
);
keyed!(SerializeStruct, stay; SerializeStructVariant, leave);

impl ser::SerializeMap for Compound<'_, '_> {
    type Ok = ();
    type Error = Stop;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Stop> {
        self.key = Some(key.serialize(KeyText)?);
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Stop> {
        let key = self.key.take().unwrap_or_default();
        self.walk.under(&key, value)
    }
    fn end(self) -> Result<(), Stop> {
        Ok(())
    }
}

/// A map key as the text serde_json makes it: a string, a character, a number or a
/// unit variant's name; anything else stops the walk (serde_json refuses it too).
struct KeyText;

macro_rules! key_number {
    ($($name:ident: $t:ty),* $(,)?) => {
        $(fn $name(self, v: $t) -> Result<String, Stop> {
            Ok(v.to_string())
        })*
    };
}

macro_rules! key_refused {
    ($($name:ident: $t:ty),* $(,)?) => {
        $(fn $name(self, _v: $t) -> Result<String, Stop> {
            Err(Stop)
        })*
    };
}

impl ser::Serializer for KeyText {
    type Ok = String;
    type Error = Stop;
    type SerializeSeq = Impossible<String, Stop>;
    type SerializeTuple = Impossible<String, Stop>;
    type SerializeTupleStruct = Impossible<String, Stop>;
    type SerializeTupleVariant = Impossible<String, Stop>;
    type SerializeMap = Impossible<String, Stop>;
    type SerializeStruct = Impossible<String, Stop>;
    type SerializeStructVariant = Impossible<String, Stop>;

    key_number!(serialize_bool: bool, serialize_i8: i8, serialize_i16: i16, serialize_i32: i32,
        serialize_i64: i64, serialize_i128: i128, serialize_u8: u8, serialize_u16: u16,
        serialize_u32: u32, serialize_u64: u64, serialize_u128: u128, serialize_char: char,
        serialize_str: &str);
    key_refused!(serialize_f32: f32, serialize_f64: f64, serialize_bytes: &[u8]);

    fn serialize_none(self) -> Result<String, Stop> {
        Err(Stop)
    }
    fn serialize_some<T: Serialize + ?Sized>(self, _v: &T) -> Result<String, Stop> {
        Err(Stop)
    }
    fn serialize_unit(self) -> Result<String, Stop> {
        Err(Stop)
    }
    fn serialize_unit_struct(self, _n: &'static str) -> Result<String, Stop> {
        Err(Stop)
    }
    fn serialize_unit_variant(
        self,
        _n: &'static str,
        _i: u32,
        v: &'static str,
    ) -> Result<String, Stop> {
        Ok(v.to_string())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _n: &'static str,
        v: &T,
    ) -> Result<String, Stop> {
        v.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _n: &'static str,
        _i: u32,
        _v: &'static str,
        _value: &T,
    ) -> Result<String, Stop> {
        Err(Stop)
    }
    fn serialize_seq(self, _l: Option<usize>) -> Result<Self::SerializeSeq, Stop> {
        Err(Stop)
    }
    fn serialize_tuple(self, _l: usize) -> Result<Self::SerializeTuple, Stop> {
        Err(Stop)
    }
    fn serialize_tuple_struct(
        self,
        _n: &'static str,
        _l: usize,
    ) -> Result<Self::SerializeTupleStruct, Stop> {
        Err(Stop)
    }
    fn serialize_tuple_variant(
        self,
        _n: &'static str,
        _i: u32,
        _v: &'static str,
        _l: usize,
    ) -> Result<Self::SerializeTupleVariant, Stop> {
        Err(Stop)
    }
    fn serialize_map(self, _l: Option<usize>) -> Result<Self::SerializeMap, Stop> {
        Err(Stop)
    }
    fn serialize_struct(self, _n: &'static str, _l: usize) -> Result<Self::SerializeStruct, Stop> {
        Err(Stop)
    }
    fn serialize_struct_variant(
        self,
        _n: &'static str,
        _i: u32,
        _v: &'static str,
        _l: usize,
    ) -> Result<Self::SerializeStructVariant, Stop> {
        Err(Stop)
    }
}

#[cfg(test)]
mod tests;
