//! A number is never changed silently. A host's numbers under `extensions` (its CRM ids,
//! its exact amounts) are kept exactly as written and written back byte for byte; every
//! other number of a document must read back as the number written, or it is refused at
//! its path; and a decimal's places are counted on the number as written, with one rule
//! and one message however many there are (10 places are refused like 55, never read as
//! 0.1).
use boardkit::error::from_json;
use boardkit::extension::ExtensionValue;
use boardkit::read::message::{DECIMAL, NOT_EXACT};
use boardkit::record::BoardDocument;
use serde_json::Value;

fn example() -> String {
    std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../examples/data/field/daventry-performance-report.json"
    ))
    .unwrap()
}

/// The example with the first indicator's value written as `number`.
fn with_value(number: &str) -> String {
    let text = example();
    assert!(text.contains("\"value\": 48.27"));
    text.replacen("\"value\": 48.27", &format!("\"value\": {number}"), 1)
}

const VALUE: &str = "/scorecards/0/indicators/0/values/0/value";

/// The numbers a double cannot hold, or whose text it would change.
fn host_numbers() -> Vec<String> {
    let mut out: Vec<String> = [
        "18446744073709551616",
        "-9223372036854775809",
        "9007199254740993",
        "1e400",
        "-1E+400",
        "1E+2",
        "-0",
        "0.10",
        "12.5",
        "18446744073709551615",
    ]
    .map(String::from)
    .into();
    out.push(format!("0.1{}1", "0".repeat(53)));
    out
}

/// A document whose own extensions, and the extensions of an observation (an element of
/// an array three arrays deep), hold `n` at several depths.
fn document_with(n: &str) -> String {
    let ext = format!(r#"{{"crm": {n}, "list": [{n}, {{"deep": {n}}}], "text": "{n}"}}"#);
    let text = with_value(&format!("48.27, \"extensions\": {ext}"));
    text.replacen('{', &format!("{{\"extensions\": {ext},"), 1)
}

#[test]
fn extension_numbers_round_trip_exactly() {
    for n in host_numbers() {
        let text = document_with(&n);
        let d: BoardDocument = from_json(&text).unwrap_or_else(|e| panic!("{n}: {e}"));
        let crm = d.extensions.get("crm");
        assert!(
            matches!(crm, Some(ExtensionValue::Number(x)) if x.as_str() == n),
            "{n}"
        );
        let out = d.to_json();
        // Top level and the observation: `crm` and `deep` written as given, the text kept a string.
        assert_eq!(
            out.matches(&format!("\"crm\": {n}\n")).count()
                + out.matches(&format!("\"crm\": {n},")).count(),
            2,
            "{n}: {out}"
        );
        assert_eq!(out.matches(&format!("\"deep\": {n}\n")).count(), 2, "{n}");
        assert_eq!(out.matches(&format!("\"text\": \"{n}\"")).count(), 2, "{n}");
        // And read again, written again: the same text.
        let again: BoardDocument = from_json(&out).unwrap();
        assert_eq!(again.to_json(), out, "{n}");
        assert_eq!(again, d, "{n}");
    }
}

#[test]
fn a_json_tree_of_the_document_never_rounds_an_extension_number() {
    // A tree cannot hold 2^64 or 1e400: they come out as their text, never rounded.
    let d: BoardDocument = from_json(&document_with("18446744073709551616")).unwrap();
    let v = serde_json::to_value(&d).unwrap();
    assert_eq!(v["extensions"]["crm"], Value::from("18446744073709551616"));
    let d: BoardDocument = from_json(&document_with("1e400")).unwrap();
    let v = serde_json::to_value(&d).unwrap();
    assert_eq!(v["extensions"]["crm"], Value::from("1e400"));
    // One a double holds is a number.
    let d: BoardDocument = from_json(&document_with("0.10")).unwrap();
    let v = serde_json::to_value(&d).unwrap();
    assert_eq!(v["extensions"]["crm"], serde_json::json!(0.1));
}

#[test]
fn what_extensions_refuse_is_refused_at_its_path_as_before() {
    let version = boardkit::SCHEMA_VERSION;
    let doc = |ext: &str| format!(r#"{{"schema_version": {version}, "extensions": {ext}}}"#);
    for (ext, code, path) in [
        (r#"{"a": 1, "a": 2}"#, "shape.invalid", "/extensions/*"),
        (
            r#"{"a": [1e400, "\ud800"]}"#,
            "shape.syntax",
            "/extensions/*/1",
        ),
        (
            r#"{"a": [18446744073709551616, NaN]}"#,
            "shape.syntax",
            "/extensions/*/1",
        ),
        (
            r#"{"a": {"b": 0.1000000000000000000000000001, "b": 1}}"#,
            "shape.invalid",
            "/extensions/*/*",
        ),
    ] {
        let e = from_json::<BoardDocument>(&doc(ext)).unwrap_err();
        assert_eq!((e.code(), e.path()), (code, path), "{ext}");
    }
    let e = from_json::<BoardDocument>(&format!("\u{feff}{}", doc("{}"))).unwrap_err();
    assert_eq!(e.code(), "shape.syntax");
    let deep = format!("{}1{}", "[".repeat(60), "]".repeat(60));
    let e = from_json::<BoardDocument>(&doc(&format!(r#"{{"a": {deep}}}"#))).unwrap_err();
    assert_eq!(e.code(), "shape.invalid", "{e}");
    assert!(e.to_string().contains("nested"), "{e}");
}

#[test]
fn numbers_outside_extensions_are_refused_as_before() {
    // A scorecard's count (a whole number) given a number a double cannot hold.
    for n in ["18446744073709551616", "9007199254740993.0", "1e400"] {
        let e = from_json::<BoardDocument>(&with_value(n)).unwrap_err();
        assert_eq!(e.path(), VALUE, "{n}");
        assert!(!e.to_string().contains(n), "{n}");
    }
    let e = from_json::<BoardDocument>(&with_value("18446744073709551616")).unwrap_err();
    assert_eq!(
        (e.code(), e.to_string().as_str()),
        ("shape.invalid", NOT_EXACT)
    );
}

/// 10, 17, 55 and 400 decimal places: each refused at the value's path with the one rule
/// of decimal places (counted on the number as written) and its one message; trailing
/// zeros do not count.
#[test]
fn a_scorecard_value_with_10_17_55_or_400_places_is_refused_with_one_message() {
    for places in [10usize, 17, 55, 400] {
        let number = format!("0.1{}1", "0".repeat(places - 2));
        for written in [number.clone(), format!("\"{number}\"")] {
            let e = from_json::<BoardDocument>(&with_value(&written)).unwrap_err();
            assert_eq!((e.code(), e.path()), ("shape.invalid", VALUE), "{places}");
            assert_eq!(e.to_string(), DECIMAL, "{places}");
            assert!(!e.to_string().contains(&number), "{places}");
        }
    }
    for kept in ["0.123456789", "0.1234567890000", "\"0.1234567890000\""] {
        assert!(
            from_json::<BoardDocument>(&with_value(kept)).is_ok(),
            "{kept}"
        );
    }
}

/// No number from the input shows in a message: sentinels in extensions and fields.
#[test]
fn no_number_from_the_input_is_in_a_message() {
    let sentinel = "31415926535897932384626433832795028841971";
    for text in [
        with_value(&format!("{sentinel}.5")),
        with_value(&format!("0.{sentinel}")),
        with_value(&format!("\"{sentinel}\"")),
        document_with(&format!("{sentinel}e99999")).replacen("\"crm\"", "\"crm\": 1, \"crm\"", 1),
    ] {
        let e = from_json::<BoardDocument>(&text).unwrap_err();
        assert!(!e.to_string().contains("31415"), "{e}");
        assert!(!e.path().contains("31415"), "{e:?}");
    }
}
