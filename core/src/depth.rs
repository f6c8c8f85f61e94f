//! A cheap pre-pass over JSON text that refuses nesting deeper than [`MAX_DEPTH`] before
//! typed reading starts: reading nests one call per level, and a host may call in on a
//! thread with a small stack (64 KiB is common for worker threads). The pass is
//! iterative (no recursion) and linear in the text; it does not check the syntax (the
//! reader does).

use crate::error::Error;

/// The deepest nesting of arrays and objects boardkit reads. A board document needs
/// about 8 levels (document, meetings, a meeting, its agenda, an item, its decisions...);
/// the rest is for `extensions`. With this limit reading and validating in a release
/// build need less than 56 KiB of stack (measured with tests/c/test_stack.c: passes with
/// 56 KiB, crashes with 52; an unoptimised debug build passes with 160 KiB).
pub const MAX_DEPTH: usize = 48;

/// One open container: an array (with the index of its current element) or an object
/// (with its current key, when read).
enum Open {
    Array(usize),
    Object(Option<String>),
}

/// Check that `text` nests at most [`MAX_DEPTH`] levels; the error names the JSON
/// Pointer of the first container that goes deeper.
pub fn check(text: &str) -> Result<(), Error> {
    let bytes = text.as_bytes();
    let mut open: Vec<Open> = Vec::new();
    // In an object, the next string is a key (after `{` or `,`).
    let mut want_key = false;
    let mut i = 0usize;
    while let Some(&b) = bytes.get(i) {
        match b {
            b'"' => {
                // Find the end of the string, skipping escapes.
                let start = i;
                i = i.saturating_add(1);
                while let Some(&c) = bytes.get(i) {
                    match c {
                        b'\\' => i = i.saturating_add(2),
                        b'"' => break,
                        _ => i = i.saturating_add(1),
                    }
                }
                if want_key {
                    if let Some(Open::Object(key)) = open.last_mut() {
                        let raw = text.get(start..=i.min(text.len().saturating_sub(1)));
                        *key = raw.and_then(|r| serde_json::from_str::<String>(r).ok());
                    }
                    want_key = false;
                }
            }
            b'[' | b'{' => {
                if open.len() >= MAX_DEPTH {
                    return Err(Error::invalid(
                        pointer(&open),
                        format!(
                            "this value is nested more than {MAX_DEPTH} levels deep; boardkit reads at most {MAX_DEPTH} (for example, extensions inside extensions inside a meeting)"
                        ),
                    ));
                }
                open.push(if b == b'[' {
                    Open::Array(0)
                } else {
                    Open::Object(None)
                });
                want_key = b == b'{';
            }
            b']' | b'}' => {
                open.pop();
                want_key = false;
            }
            b',' => match open.last_mut() {
                Some(Open::Array(n)) => *n = n.saturating_add(1),
                Some(Open::Object(_)) => want_key = true,
                None => {}
            },
            _ => {}
        }
        i = i.saturating_add(1);
    }
    Ok(())
}

/// The JSON Pointer of the value being read inside the open containers.
fn pointer(open: &[Open]) -> String {
    let mut out = String::new();
    for o in open {
        out.push('/');
        match o {
            Open::Array(n) => out.push_str(&n.to_string()),
            Open::Object(Some(k)) => out.push_str(&k.replace('~', "~0").replace('/', "~1")),
            Open::Object(None) => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nested(depth: usize) -> String {
        let mut s = String::new();
        for _ in 0..depth {
            s.push_str("{\"a\":[");
        }
        s.push('1');
        for _ in 0..depth {
            s.push_str("]}");
        }
        s
    }

    #[test]
    fn accepts_up_to_the_limit_and_names_the_path_beyond() {
        // Each level of `nested` is two containers (an object and an array).
        assert!(check(&nested(MAX_DEPTH / 2)).is_ok());
        let err = check(&nested(MAX_DEPTH / 2 + 1)).expect_err("too deep");
        let path = err.path().to_string();
        assert_eq!(path, "/a/0".repeat(MAX_DEPTH / 2));
        assert!(err.to_string().contains("nested more than"));
    }

    #[test]
    fn strings_with_brackets_and_escapes_do_not_count() {
        let text = format!(
            "{{\"k\\\"[\": \"[[[{{{{\\\\\", \"x\": [1, {{\"y\": \"]]]\"}}]}}{}",
            ""
        );
        assert!(check(&text).is_ok());
        let deep = format!("{{\"a/b~\": {}}}", "[".repeat(MAX_DEPTH));
        let err = check(&deep).expect_err("too deep");
        assert!(err.path().starts_with("/a~1b~0/0/0"), "{}", err.path());
    }
}
