//! Shape errors: the input is not a record boardkit can read.
//!
//! Every error carries `path`, a JSON Pointer (RFC 6901) to the offending value, so a
//! form can put the message beside the field. The message (the `Display` text) is plain
//! English for a business-support officer; it never quotes a value from the input and
//! never holds the path. Reading itself lives in [`crate::read`].

mod reading;
mod shape;

pub use reading::{from_json, from_value};
pub use shape::Error;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_input_is_an_error() {
        let e = from_json::<serde_json::Value>("  ").unwrap_err();
        assert_eq!(e.code(), "shape.empty");
    }

    #[test]
    fn trailing_garbage_is_an_error() {
        let e = from_json::<serde_json::Value>("{} x").unwrap_err();
        assert_eq!(e.code(), "shape.syntax");
    }
}
