//! Tests of the pointer walk against `serde_json::Value::pointer`.

use super::*;
use serde_json::json;

/// Each pointer resolves here exactly when it resolves in the document's `Value`.
#[test]
fn the_same_pointers_resolve_as_in_the_value() {
    let doc = json!({
        "a": [1, {"b/c": null, "d~e": [true]}, []],
        "": {"01": 2},
        "x": {"y": "z"}
    });
    let asked = [
        "",
        "/",
        "/a",
        "/a/0",
        "/a/1",
        "/a/01",
        "/a/+1",
        "/a/3",
        "/a/1/b~1c",
        "/a/1/b/c",
        "/a/1/d~0e/0",
        "/a/1/d~e/0",
        "/a/1/d~0e/1",
        "/a/2",
        "/a/2/0",
        "//01",
        "//1",
        "/x/y",
        "/x/y/z",
        "x",
        "/x/y~2",
        "/a/-",
        "/a/0/0",
    ];
    let found = Resolved::new(&doc, asked.iter().copied());
    let got: Vec<bool> = asked.iter().map(|p| found.resolves(p)).collect();
    for (p, r) in asked.iter().zip(&got) {
        assert_eq!(*r, doc.pointer(p).is_some(), "pointer {p}");
    }
    assert!(got.iter().any(|r| *r) && got.iter().any(|r| !*r));
}

/// Enum variants and maps with number keys, as `to_value` lays them out.
#[test]
fn variants_and_number_keys_as_serde_json_lays_them_out() {
    #[derive(serde::Serialize)]
    enum E {
        New(u8),
        Tuple(u8, u8),
        Struct { f: u8 },
        Unit,
    }
    let mut m = std::collections::BTreeMap::new();
    m.insert(
        7u32,
        vec![E::New(1), E::Tuple(1, 2), E::Struct { f: 3 }, E::Unit],
    );
    let value = serde_json::to_value(&m).expect("a value");
    let asked = [
        "/7",
        "/7/0/New",
        "/7/1/Tuple/1",
        "/7/1/Tuple/2",
        "/7/2/Struct/f",
        "/7/2/f",
        "/7/3",
        "/7/3/Unit",
        "/8",
    ];
    let found = Resolved::new(&m, asked.iter().copied());
    for p in &asked {
        let r = &found.resolves(p);
        assert_eq!(*r, value.pointer(p).is_some(), "pointer {p}");
    }
}

/// Every pointer of a minutes draft's document (and one past each) resolves here
/// exactly as in its `Value`: the typed document's own serialisation is walked.
#[test]
fn a_drafts_pointers_resolve_as_in_its_value() {
    let text = "Present:\nJane Smith (JS), Chair\nApologies:\nAnn Bee\n\n1. Minutes\nThe minutes of 3 May 2024 were agreed.\n2. Budget\nRESOLVED: that the budget be approved.\nAction: JS to circulate the report by 1 June 2024\n";
    let draft = crate::minutes::import_minutes(text, None);
    let value = serde_json::to_value(&draft.document).expect("a value");
    let mut all = Vec::new();
    every_pointer(&value, String::new(), &mut all);
    let mut asked: Vec<String> = Vec::new();
    for p in &all {
        asked.push(p.clone());
        asked.push(format!("{p}/0"));
        asked.push(format!("{p}/extensions"));
    }
    let found = Resolved::new(&draft.document, asked.iter().map(String::as_str));
    let mut kept = 0;
    for p in &asked {
        assert_eq!(found.resolves(p), value.pointer(p).is_some(), "pointer {p}");
        kept += usize::from(found.resolves(p));
    }
    assert!(all.len() > 20 && kept >= all.len() && kept < asked.len());
}

fn every_pointer(v: &serde_json::Value, at: String, out: &mut Vec<String>) {
    match v {
        serde_json::Value::Object(m) => {
            for (k, v) in m {
                let mut p = at.clone();
                p.push('/');
                push_escaped(&mut p, k);
                every_pointer(v, p, out);
            }
        }
        serde_json::Value::Array(a) => {
            for (i, v) in a.iter().enumerate() {
                every_pointer(v, format!("{at}/{i}"), out);
            }
        }
        _ => {}
    }
    out.push(at);
}

/// A map key JSON cannot hold: the document is taken as null, as before.
#[test]
fn a_document_without_json_resolves_only_the_whole() {
    let mut m = std::collections::BTreeMap::new();
    m.insert((1u8, 2u8), 3u8);
    assert!(serde_json::to_value(&m).is_err());
    let found = Resolved::new(&m, ["", "/1"].into_iter());
    assert!(found.resolves("") && !found.resolves("/1"));
}

#[test]
fn numbers_are_written_in_decimal() {
    assert_eq!(itoa(0, &mut [0; 20]), "0");
    assert_eq!(itoa(907, &mut [0; 20]), "907");
    assert_eq!(itoa(usize::MAX, &mut [0; 20]), usize::MAX.to_string());
}
