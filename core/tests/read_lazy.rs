//! Reading text a part at a time (`read::lazy`) gives exactly what reading a whole JSON
//! tree gave: the same record, or the same error (code, path, message, line and column),
//! the first one found in the same order — inside the Nth element of an array too.

use boardkit::error::Error;
use boardkit::read::{from_json, from_value_ref, tree};
use boardkit::BoardDocument;

/// What reading through a whole tree gives (the reader before `read::lazy`).
fn by_tree(text: &str) -> Result<BoardDocument, Error> {
    let value = tree::parse(text)?;
    from_value_ref(&value)
}

fn same(text: &str) {
    let lazy = from_json::<BoardDocument>(text);
    let whole = by_tree(text);
    assert_eq!(
        lazy, whole,
        "reading a part at a time differs from the tree reader"
    );
}

fn texts() -> Vec<String> {
    let mut out = vec![include_str!("../../examples/data/leicester-lscb.json").to_string()];
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../examples/data/field");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("the field examples")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    paths.sort();
    for p in paths {
        out.push(std::fs::read_to_string(p).expect("an example"));
    }
    out
}

/// Up to `n` places of `needle` in `text`, spread over it.
fn places(text: &str, needle: &str, n: usize) -> Vec<usize> {
    let all: Vec<usize> = text.match_indices(needle).map(|(i, _)| i).collect();
    let step = all.len().div_ceil(n).max(1);
    all.into_iter().step_by(step).collect()
}

fn insert(text: &str, at: usize, what: &str) -> String {
    let mut t = text.to_string();
    t.insert_str(at, what);
    t
}

#[test]
fn the_examples_read_the_same() {
    for text in texts() {
        let doc = from_json::<BoardDocument>(&text);
        assert!(doc.is_ok(), "an example reads");
        same(&text);
    }
}

#[test]
fn broken_examples_give_the_same_errors() {
    for text in texts() {
        // A key given twice, an unknown field, a bad date, half a surrogate pair, a
        // wrong kind of value: wherever they fall (inside array elements at any depth).
        for at in places(&text, "\"name\": ", 25) {
            let dup = insert(&text, at, "\"name\": \"x\", ");
            assert_eq!(
                from_json::<BoardDocument>(&dup)
                    .map(|_| ())
                    .unwrap_err()
                    .code(),
                "shape.invalid"
            );
            same(&dup);
            same(&insert(&text, at, "\"zz_unknown\": 1, "));
            same(&insert(&text, at + "\"name\": \"".len(), "\\ud800"));
            same(&insert(&text, at + "\"name\": ".len(), "[1], \"n\": "));
        }
        for at in places(&text, "\"date\": \"", 25) {
            same(&insert(&text, at + "\"date\": \"".len(), "x"));
        }
        // The text ending anywhere.
        let cuts = 40;
        for i in 1..cuts {
            let mut cut = text.len() * i / cuts;
            while !text.is_char_boundary(cut) {
                cut -= 1;
            }
            same(&text[..cut]);
        }
    }
}

#[test]
fn a_syntax_error_late_in_the_text_still_comes_before_an_earlier_bad_value() {
    let text = include_str!("../../examples/data/leicester-lscb.json");
    let first = text.find("\"date\": \"").expect("a date") + "\"date\": \"".len();
    let last = text.rfind("\"name\": \"").expect("a name") + "\"name\": \"".len();
    let both = insert(&insert(text, last, "\\ud800"), first, "x");
    let e = from_json::<BoardDocument>(&both).unwrap_err();
    assert_eq!(e.code(), "shape.syntax");
    same(&both);
}

fn people(n: usize, odd: usize, what: &str) -> String {
    let mut out = String::from("{\n  \"schema_version\": 3,\n  \"people\": [\n");
    for i in 0..n {
        let extra = if i == odd { what } else { "" };
        let sep = if i + 1 < n { "," } else { "" };
        out.push_str(&format!(
            "    {{\"id\": \"p-{i}\", \"name\": \"Person {i}\"{extra}}}{sep}\n"
        ));
    }
    out.push_str("  ]\n}\n");
    out
}

#[test]
fn an_error_in_the_nth_element_is_placed_there() {
    let version = boardkit::document::SCHEMA_VERSION;
    let fix = |t: String| {
        t.replace(
            "\"schema_version\": 3",
            &format!("\"schema_version\": {version}"),
        )
    };
    assert!(from_json::<BoardDocument>(&fix(people(50, 99, ""))).is_ok());

    let dup = fix(people(50, 37, ", \"name\": \"Again\""));
    let e = from_json::<BoardDocument>(&dup).unwrap_err();
    assert_eq!((e.code(), e.path()), ("shape.invalid", "/people/37/name"));

    let unknown = fix(people(50, 37, ", \"shoe_size\": 9"));
    let e = from_json::<BoardDocument>(&unknown).unwrap_err();
    // Reported at the person, by its place: the key itself is never named.
    assert_eq!((e.code(), e.path()), ("shape.invalid", "/people/37"));

    let bad = fix(people(50, 37, ", \"initials\": 12"));
    let e = from_json::<BoardDocument>(&bad).unwrap_err();
    assert_eq!(
        (e.code(), e.path()),
        ("shape.invalid", "/people/37/initials")
    );

    // Half a surrogate pair on line 41 (the 38th person), at its column in the whole text.
    let broken = fix(people(50, 37, ", \"post\": \"\\ud800 Chair\""));
    let e = from_json::<BoardDocument>(&broken).unwrap_err();
    let whole = serde_json::from_str::<serde_json::Value>(&broken).unwrap_err();
    match &e {
        Error::Syntax {
            path, line, column, ..
        } => {
            assert_eq!(path, "/people/37/post");
            assert_eq!((*line, *column), (whole.line(), whole.column()));
            assert_eq!(*line, 41);
            assert!(*column > 40, "the column within the line, not the element");
        }
        other => panic!("a syntax error, not {other:?}"),
    }
    for text in [dup, unknown, bad, broken] {
        same(&text);
    }
}
