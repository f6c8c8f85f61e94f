//! JSON Pointers are built by one builder, `boardkit::pointer::Pointer`, which takes only
//! the schema's field names and positions: no text from the input can reach a path. This
//! test reads the production sources of the areas already written that way and fails on
//! any hand-built pointer: a `format!` whose format string starts with `/` or with a
//! `{…}/` (`format!("{}/date_basis", at.base)`, `format!("/meetings/{i}")`).

use std::fs;
use std::path::{Path, PathBuf};

/// The folders whose pointers are all built by the builder, from the workspace's root:
/// every production source of the core.
const TYPED: &[&str] = &["core/src"];

/// Format strings that write a slash into text, not a pointer: a financial year written
/// `2017/18` (an action's due, a scorecard's period).
const NOT_POINTERS: &[&str] = &["{:04}/{:02}\"", "{first_year}/{:02}\""];

fn workspace() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap()
}

/// Every `.rs` file at or under `path`, sorted.
fn rs_files(path: &Path, out: &mut Vec<PathBuf>) {
    if path.is_file() {
        out.push(path.to_path_buf());
        return;
    }
    let mut entries: Vec<PathBuf> = fs::read_dir(path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .flatten()
        .map(|e| e.path())
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            rs_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
}

/// The end of the item that starts at `from` (after its attributes): past its `;`, or
/// past the `}` that closes its first `{`; braces in strings, character literals and
/// line comments do not count.
fn item_end(text: &str, from: usize) -> usize {
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    let mut i = from;
    let mut in_str = false;
    while i < bytes.len() {
        let c = bytes[i];
        if in_str {
            match c {
                b'\\' => i += 1,
                b'"' => in_str = false,
                _ => {}
            }
        } else {
            match c {
                b'/' if bytes.get(i + 1) == Some(&b'/') => {
                    i = text[i..].find('\n').map_or(bytes.len(), |n| i + n);
                }
                b'\'' if bytes.get(i + 1) == Some(&b'\\') => {
                    i = text[i + 2..].find('\'').map_or(bytes.len(), |n| i + 2 + n);
                }
                b'\'' if bytes.get(i + 2) == Some(&b'\'') => i += 2,
                b'r' if raw_start(bytes, i) => {
                    let hashes = bytes[i + 1..].iter().take_while(|b| **b == b'#').count();
                    let close = format!("\"{}", "#".repeat(hashes));
                    let body = i + 2 + hashes;
                    i = text[body..]
                        .find(&close)
                        .map_or(bytes.len(), |n| body + n + hashes);
                }
                b'"' => in_str = true,
                b'{' => depth += 1,
                b'}' => {
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        return i + 1;
                    }
                }
                b';' if depth == 0 => return i + 1,
                _ => {}
            }
        }
        i += 1;
    }
    bytes.len()
}

/// Whether a raw string literal (`r"…"`, `r#"…"#`) starts at `i`.
fn raw_start(bytes: &[u8], i: usize) -> bool {
    let word = i > 0 && (bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b'_');
    let hashes = bytes[i + 1..].iter().take_while(|b| **b == b'#').count();
    !word && bytes.get(i + 1 + hashes) == Some(&b'"')
}

/// The text of a source file without its `#[cfg(test)]` items (the production code),
/// each removed item's lines kept as blank lines so that line numbers still hold.
fn production(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    while let Some(found) = text[at..].find("#[cfg(test)]") {
        let start = at + found;
        let end = item_end(text, start + "#[cfg(test)]".len());
        out.push_str(&text[at..start]);
        out.extend(text[start..end].chars().filter(|c| *c == '\n'));
        at = end;
    }
    out.push_str(&text[at..]);
    out
}

/// Whether a format string (the text after its opening quote) is a hand-built pointer:
/// it starts with `/`, or with one `{…}` and then `/`.
fn is_pointer_format(s: &str) -> bool {
    if s.starts_with('/') {
        return true;
    }
    let Some(rest) = s.strip_prefix('{') else {
        return false;
    };
    match rest.find(['}', '{', '"']) {
        Some(close) if rest.as_bytes()[close] == b'}' => rest[close + 1..].starts_with('/'),
        _ => false,
    }
}

/// The lines (1-based) of the hand-built pointers of a file's production text.
fn hand_built(text: &str) -> Vec<usize> {
    let text = production(text);
    let mut lines = Vec::new();
    let mut at = 0;
    while let Some(found) = text[at..].find("format!(") {
        let start = at + found;
        at = start + "format!(".len();
        let after = text[at..].trim_start();
        let after = after.strip_prefix('r').unwrap_or(after);
        let after = after.trim_start_matches('#');
        let line_start = text[..start].rfind('\n').map_or(0, |n| n + 1);
        let commented = text[line_start..start].contains("//");
        if let Some(s) = after.strip_prefix('"').filter(|_| !commented) {
            if is_pointer_format(s) && !NOT_POINTERS.iter().any(|n| s.starts_with(n)) {
                lines.push(text[..start].matches('\n').count() + 1);
            }
        }
    }
    lines
}

#[test]
fn typed_areas_build_no_pointer_by_hand() {
    let mut found = Vec::new();
    for area in TYPED {
        let mut files = Vec::new();
        rs_files(&workspace().join(area), &mut files);
        for file in files {
            let text = fs::read_to_string(&file).unwrap();
            for line in hand_built(&text) {
                let rel = file.strip_prefix(workspace()).unwrap_or(&file);
                found.push(format!("{}:{line}", rel.display()));
            }
        }
    }
    assert!(
        found.is_empty(),
        "hand-built JSON Pointers (build them with crate::pointer::Pointer: \
         Pointer::at(base).field(\"name\").index(i)):\n{}",
        found.join("\n")
    );
}

#[test]
fn every_typed_area_is_there_and_listed_once() {
    for area in TYPED {
        let mut files = Vec::new();
        let path = workspace().join(area);
        assert!(path.exists(), "{area} is listed but not there");
        rs_files(&path, &mut files);
        assert!(!files.is_empty(), "{area} holds no Rust source");
    }
    let mut sorted = TYPED.to_vec();
    sorted.sort_unstable();
    sorted.dedup();
    assert_eq!(sorted, TYPED, "keep the list sorted, each area once");
}

#[test]
fn a_hand_built_pointer_is_caught() {
    let planted = r##"
fn check(at: &MeetingAt, j: usize, out: &mut Report) {
    out.push(&RULE, format!("{}/attendance/{j}/person", at.base), "m");
    let p = format!(
        "/meetings/{j}"
    );
    let q = format!("{base}/due");
    let fine = format!("{j} items");
    let also_fine = format!("{a}{b}");
    let text = format!("a/b");
    // format!("/in/a/comment")
    let brace = '{';
}

#[cfg(test)]
mod tests {
    fn planted() -> String {
        let close = '}'; // and a } in a comment
        let raw = r#"{"a": "}"}"#;
        format!("/meetings/{}", 1)
    }
}

fn after() -> String {
    format!(r"/people/{}", 2)
}
"##;
    assert_eq!(hand_built(planted), [3, 4, 7, 25]);
}

#[test]
fn a_format_string_is_a_pointer_only_from_its_start() {
    assert!(is_pointer_format("/x\""));
    assert!(is_pointer_format("{at}/x\""));
    assert!(is_pointer_format("{}/{k}\""));
    assert!(!is_pointer_format("{k}\""));
    assert!(!is_pointer_format("{a}{b}/\""));
    assert!(!is_pointer_format("x/y\""));
    assert!(!is_pointer_format("{\""));
}
