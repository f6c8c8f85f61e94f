//! What the strict reader reads: a value of a JSON tree or a node of text read a part at
//! a time (`lazy`), seen the same way whichever it is, and where an unknown key stands
//! among an object's keys. Below both the reader (`de`) and the walk it drives (`access`).

use super::lazy::Node;
use super::problem::{Problem, ReadError};
use serde_json::value::RawValue;
use serde_json::Value;

impl ReadError {
    /// An unknown key not yet placed, met while reading `src`: its place among the keys
    /// of `src` when it is one of them (serde's own readers of tagged and untagged enums
    /// report an unknown key without the object it is in; the reader of the enum's value
    /// knows it).
    pub(super) fn placed_in(self, src: Src<'_>) -> Self {
        match src.view() {
            View::Object(entries) => self.placed_in_entries(entries),
            _ => self,
        }
    }

    pub(super) fn placed_in_entries(mut self, entries: Entries<'_>) -> Self {
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
}

/// What a reader reads: a value of a JSON tree, or a node of text read a part at a time.
#[derive(Clone, Copy)]
pub(super) enum Src<'a> {
    Value(&'a Value),
    Node(&'a Node<'a>),
}

/// One value as the reader sees it, whichever its source.
pub(super) enum View<'a> {
    Null,
    Bool(bool),
    Number(&'a serde_json::Number),
    Str(&'a str),
    Array(Items<'a>),
    Object(Entries<'a>),
    /// An `extensions` object as its text (see `lazy::Node::Raw`).
    Raw(&'a RawValue),
}

impl<'a> Src<'a> {
    pub(super) fn view(self) -> View<'a> {
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
            Src::Node(Node::List(items)) => View::Array(Items::Nodes(items.iter())),
            Src::Node(Node::Raw(raw)) => View::Raw(raw),
        }
    }

    pub(super) fn is_null(self) -> bool {
        matches!(
            self,
            Src::Value(Value::Null) | Src::Node(Node::Plain(Value::Null))
        )
    }
}

/// The elements of an array: values of a tree, or their text.
pub(super) enum Items<'a> {
    Values(std::slice::Iter<'a, Value>),
    Text(std::slice::Iter<'a, &'a RawValue>, u8),
    Nodes(std::slice::Iter<'a, Node<'a>>),
}

impl Items<'_> {
    pub(super) fn len(&self) -> usize {
        match self {
            Items::Values(it) => it.len(),
            Items::Text(it, _) => it.len(),
            Items::Nodes(it) => it.len(),
        }
    }
}

/// The entries of an object, in key order.
#[derive(Clone)]
pub(super) enum Entries<'a> {
    Values(serde_json::map::Iter<'a>),
    Nodes(std::collections::btree_map::Iter<'a, String, Node<'a>>),
}

impl<'a> Entries<'a> {
    pub(super) fn next(&mut self) -> Option<(&'a String, Src<'a>)> {
        match self {
            Entries::Values(it) => it.next().map(|(k, v)| (k, Src::Value(v))),
            Entries::Nodes(it) => it.next().map(|(k, v)| (k, Src::Node(v))),
        }
    }
    pub(super) fn len(&self) -> usize {
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
