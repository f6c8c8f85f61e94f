//! The one builder of the JSON Pointers that findings and errors carry (RFC 6901):
//! a place in the document, written from its parent's pointer by appending a field of the
//! schema or a position in a list.
//!
//! A pointer names places only by the schema's own field names (`&'static str`, written
//! in the code) and by positions, never by text from the input: a key the caller wrote
//! never reaches a path, so no path can carry a record's value into a host's log. Field
//! names of the schema are snake_case, so none needs the `~0`/`~1` escapes.

use std::fmt;

/// A JSON Pointer into a board document (`/meetings/3/attendance/0/person`).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Pointer(String);

impl Pointer {
    /// The whole document (the empty pointer).
    pub fn root() -> Self {
        Pointer(String::new())
    }

    /// Continue from a pointer already written out (a record's base, `/actions/4`).
    pub fn at(base: &str) -> Self {
        Pointer(base.to_string())
    }

    /// The field `name` of the place this points at (`…/due`).
    pub fn field(mut self, name: &'static str) -> Self {
        debug_assert!(
            !name.is_empty() && !name.contains(['/', '~']),
            "a schema field name"
        );
        self.0.reserve(name.len() + 1);
        self.0.push('/');
        self.0.push_str(name);
        self
    }

    /// The item at `index` of the list this points at (`…/3`).
    pub fn index(mut self, index: usize) -> Self {
        use fmt::Write;
        self.0.push('/');
        // Writing a number into a String cannot fail.
        let _ = write!(self.0, "{index}");
        self
    }

    /// The field `name`, then its item `index` (`…/attendance/2`).
    pub fn item(self, name: &'static str, index: usize) -> Self {
        self.field(name).index(index)
    }

    /// The pointer as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl From<Pointer> for String {
    fn from(p: Pointer) -> String {
        p.0
    }
}

impl fmt::Display for Pointer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::Pointer;

    #[test]
    fn fields_and_positions_are_appended_in_order() {
        let p = Pointer::root().item("meetings", 3).item("attendance", 0);
        assert_eq!(p.as_str(), "/meetings/3/attendance/0");
        assert_eq!(
            String::from(Pointer::at(p.as_str()).field("person")),
            "/meetings/3/attendance/0/person"
        );
        assert_eq!(Pointer::root().as_str(), "");
        assert_eq!(
            Pointer::at("/actions/4").index(12).to_string(),
            "/actions/4/12"
        );
    }
}
