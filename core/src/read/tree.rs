//! The first pass: JSON text into a JSON tree, refusing a key given twice in one object.
//!
//! serde_json does the tokenising; this pass only builds the tree, so it keeps track of
//! where it is: an error (a duplicate key, or a syntax error such as half of a surrogate
//! pair inside a string) is reported at the path of the value being read.
//!
//! `check` reads the text the same way, with the same errors, without building the
//! tree (only the keys of the objects open at the time are held): [`super::from_json`]
//! checks the whole text with it, then reads it through `read::lazy` (private).

use super::{schema_pointer, Seg};
use crate::error::Error;
use serde::de::{self, DeserializeSeed, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value};
use std::collections::BTreeSet;
use std::fmt;

/// Where the reading is, and whether it stopped on a duplicate key.
#[derive(Default)]
struct State {
    segs: Vec<Seg>,
    duplicate: bool,
    /// The floating-point numbers of the text (by their order) that would not read back
    /// as written (see `read::numbers`), how many have been met, and whether reading
    /// stopped on one.
    not_exact: Vec<(usize, bool)>,
    floats: usize,
    stopped_on_number: bool,
    /// The number stopped on has more decimal places than a decimal may carry.
    too_many_places: bool,
}

impl State {
    /// The state for reading `text`; with `exact_extensions`, the numbers under
    /// `extensions` are not refused (they are kept as written: see `crate::extension`).
    fn new(scan: super::numbers::Scan) -> State {
        State {
            not_exact: scan.not_exact,
            ..State::default()
        }
    }

    /// Count a floating-point number met; an error when it would not read back.
    fn float<E: de::Error>(&mut self) -> Result<(), E> {
        let k = self.floats;
        self.floats += 1;
        if let Ok(i) = self.not_exact.binary_search_by_key(&k, |&(at, _)| at) {
            self.stopped_on_number = true;
            self.too_many_places = self.not_exact.get(i).is_some_and(|&(_, places)| places);
            return Err(E::custom("number not exact"));
        }
        Ok(())
    }
}

/// Read JSON text into a tree; a duplicate key, a syntax error or trailing text is an
/// [`Error`] at the path of the value being read.
///
/// A tree cannot hold a number a double cannot, so here every number (a host's
/// `extensions` included) must read back as written, or it is refused at its path.
pub fn parse(text: &str) -> Result<Value, Error> {
    let mut state = State::new(super::numbers::scan(text, false));
    let mut de = serde_json::Deserializer::from_str(text);
    let value = match Build(&mut state).deserialize(&mut de) {
        Ok(v) => v,
        Err(e) => return Err(convert(&state, &e)),
    };
    de.end().map_err(|e| trailing(&e))?;
    Ok(value)
}

/// Check JSON text as [`parse`] reads it (the same errors, at the same paths, lines and
/// columns, found in the same order) without building the tree, except that a number under
/// `extensions` is never refused: the strict reader keeps it as written.
pub(crate) fn check(text: &str) -> Result<(), Error> {
    let scan = super::numbers::scan(text, true);
    // The tokeniser refuses a number too large for a double: such numbers under
    // `extensions` are read as zeros of the same length (the same lines and columns).
    let zeroed = (!scan.huge.is_empty()).then(|| super::numbers::zeroed(text, &scan.huge));
    let text = zeroed.as_deref().unwrap_or(text);
    let mut state = State::new(scan);
    let mut de = serde_json::Deserializer::from_str(text);
    if let Err(e) = Check(&mut state).deserialize(&mut de) {
        return Err(convert(&state, &e));
    }
    de.end().map_err(|e| trailing(&e))
}

fn trailing(e: &serde_json::Error) -> Error {
    Error::Syntax {
        path: String::new(),
        line: e.line(),
        column: e.column(),
        message: super::message::TRAILING.into(),
    }
}

fn convert(state: &State, e: &serde_json::Error) -> Error {
    let path = schema_pointer(&state.segs);
    if state.duplicate {
        return Error::Invalid {
            path,
            message: super::message::DUPLICATE_KEY.into(),
        };
    }
    if state.stopped_on_number {
        // One rule for decimal places, counted on the number as written: a number with
        // too many is refused with the decimal reader's message however many it has.
        let message = if state.too_many_places {
            super::message::DECIMAL
        } else {
            super::message::NOT_EXACT
        };
        return Error::Invalid {
            path,
            message: message.into(),
        };
    }
    Error::Syntax {
        path,
        line: e.line(),
        column: e.column(),
        message: super::message::syntax(&e.to_string()).into(),
    }
}

/// Builds one JSON value, keeping track of the path in the shared state.
struct Build<'s>(&'s mut State);

impl<'de> DeserializeSeed<'de> for Build<'_> {
    type Value = Value;
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        d.deserialize_any(self)
    }
}

/// An array element: its index joins the path only once the element has begun (text
/// that ends inside an array is reported at the array).
struct Element<'s>(&'s mut State, usize);

impl<'de> DeserializeSeed<'de> for Element<'_> {
    type Value = Value;
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        self.0.segs.push(Seg::Index(self.1));
        let v = d.deserialize_any(Build(&mut *self.0))?;
        self.0.segs.pop();
        Ok(v)
    }
}

impl<'de> Visitor<'de> for Build<'_> {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::from(v))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::from(v))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Value, E> {
        self.0.float()?;
        // JSON text has no NaN or infinity; a finite f64 always makes a number.
        Ok(serde_json::Number::from_f64(v).map_or(Value::Null, Value::Number))
    }
    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_owned()))
    }
    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }
    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_some<D: de::Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        d.deserialize_any(self)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut out = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(4096));
        while let Some(v) = seq.next_element_seed(Element(&mut *self.0, out.len()))? {
            out.push(v);
        }
        Ok(Value::Array(out))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut out = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            let duplicate = out.contains_key(&key);
            self.0.segs.push(Seg::Key(key));
            if duplicate {
                self.0.duplicate = true;
                return Err(de::Error::custom("duplicate key"));
            }
            let value = map.next_value_seed(Build(&mut *self.0))?;
            if let Some(Seg::Key(key)) = self.0.segs.pop() {
                out.insert(key, value);
            }
        }
        Ok(Value::Object(out))
    }
}

/// Reads one JSON value as [`Build`] does, building nothing.
struct Check<'s>(&'s mut State);

impl<'de> DeserializeSeed<'de> for Check<'_> {
    type Value = ();
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

/// An array element, as [`Element`].
struct CheckElement<'s>(&'s mut State, usize);

impl<'de> DeserializeSeed<'de> for CheckElement<'_> {
    type Value = ();
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        self.0.segs.push(Seg::Index(self.1));
        d.deserialize_any(Check(&mut *self.0))?;
        self.0.segs.pop();
        Ok(())
    }
}

impl<'de> Visitor<'de> for Check<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_bool<E>(self, _: bool) -> Result<(), E> {
        Ok(())
    }
    fn visit_i64<E>(self, _: i64) -> Result<(), E> {
        Ok(())
    }
    fn visit_u64<E>(self, _: u64) -> Result<(), E> {
        Ok(())
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<(), E> {
        self.0.float()
    }
    fn visit_str<E>(self, _: &str) -> Result<(), E> {
        Ok(())
    }
    fn visit_unit<E>(self) -> Result<(), E> {
        Ok(())
    }
    fn visit_none<E>(self) -> Result<(), E> {
        Ok(())
    }
    fn visit_some<D: de::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let mut index = 0;
        while seq
            .next_element_seed(CheckElement(&mut *self.0, index))?
            .is_some()
        {
            index += 1;
        }
        Ok(())
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let mut seen = BTreeSet::new();
        while let Some(key) = map.next_key::<String>()? {
            let duplicate = seen.contains(&key);
            self.0.segs.push(Seg::Key(key));
            if duplicate {
                self.0.duplicate = true;
                return Err(de::Error::custom("duplicate key"));
            }
            map.next_value_seed(Check(&mut *self.0))?;
            if let Some(Seg::Key(key)) = self.0.segs.pop() {
                seen.insert(key);
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_duplicate_key_is_reported_at_its_path() {
        let e = parse(r#"{"meetings": [{"id": 1, "id": 2}]}"#).unwrap_err();
        assert_eq!((e.code(), e.path()), ("shape.invalid", "/meetings/0/id"));
    }

    #[test]
    fn a_lone_surrogate_is_reported_at_its_field() {
        let e = parse(r#"{"people": [{"name": "\ud800"}]}"#).unwrap_err();
        assert_eq!((e.code(), e.path()), ("shape.syntax", "/people/0/name"));
    }

    #[test]
    fn keys_that_are_not_schema_names_are_withheld() {
        let e = parse("{\"a b\": {\"id\": 1, \"id\": 2}}").unwrap_err();
        assert_eq!(e.path(), "/*/id");
        let e = parse(r#"{"extensions": {"JaneDoe2017": 1, "JaneDoe2017": 2}}"#).unwrap_err();
        assert_eq!(e.path(), "/extensions/*");
        let e = parse(r#"{"extensions": {"JaneDoe2017": "\ud800"}}"#).unwrap_err();
        assert_eq!((e.code(), e.path()), ("shape.syntax", "/extensions/*"));
        let e = parse("{\"k\\u0000\": 1, \"k\\u0000\": 2}").unwrap_err();
        assert_eq!(e.path(), "/*");
    }

    #[test]
    fn text_ending_inside_an_array_is_reported_at_the_array() {
        let e = parse(r#"{"people": ["#).unwrap_err();
        assert_eq!((e.code(), e.path()), ("shape.syntax", "/people"));
        let e = parse(r#"{"people": [{"id": "#).unwrap_err();
        assert_eq!(e.path(), "/people/0/id");
    }

    #[test]
    fn a_number_that_would_not_read_back_is_refused_at_its_path() {
        use super::super::message::{DECIMAL, NOT_EXACT};
        let long = format!("0.1{}1", "0".repeat(53));
        for (n, message) in [
            ("18446744073709551616", NOT_EXACT),
            (long.as_str(), DECIMAL),
        ] {
            let text = format!(r#"{{"extensions": {{"a": [1.5, {n}]}}}}"#);
            let e = parse(&text).unwrap_err();
            assert_eq!((e.code(), e.path()), ("shape.invalid", "/extensions/*/1"));
            assert_eq!(e.to_string(), message);
            let text = format!(r#"{{"meetings": [{{"a": [1.5, {n}]}}]}}"#);
            for e in [parse(&text).unwrap_err(), check(&text).unwrap_err()] {
                assert_eq!((e.code(), e.path()), ("shape.invalid", "/meetings/0/*/1"));
                assert_eq!(e.to_string(), message);
            }
        }
        assert!(parse(r#"{"a": [0.1, 1e300, -0, 18446744073709551615]}"#).is_ok());
    }

    #[test]
    fn a_number_under_extensions_is_not_refused_by_the_check() {
        let long = format!("0.1{}1", "0".repeat(53));
        for n in ["18446744073709551616", long.as_str(), "1e400", "-1E+400"] {
            let text = format!(r#"{{"extensions": {{"a": [1.5, {n}]}}, "x": 2.5}}"#);
            assert!(check(&text).is_ok(), "{n}");
            let outside = format!(r#"{{"extensions": {{}}, "value": {n}}}"#);
            assert_eq!(check(&outside).unwrap_err().path(), "/value", "{n}");
        }
    }

    #[test]
    fn trailing_text_is_an_error() {
        assert_eq!(parse("{} x").unwrap_err().code(), "shape.syntax");
    }
}
