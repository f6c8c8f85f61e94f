//! Issue 25: an unknown field is refused in every record and every variant of every
//! record, reported at the record that holds it with its place among the record's keys,
//! and never named: not in the message, not in the path (a key may be a surname or an
//! NHS number).
//!
//! The sweep plants an identifier-shaped key into every object of every example document
//! (and of a supplement that has the variants the examples lack: a control with its
//! effectiveness, each kind of funding allocation) and reads the document both from text
//! and from an already-read tree.
use boardkit::record::BoardDocument;
use boardkit::Error;
use serde_json::{json, Value};

const MARK: &str = "ZQX";

/// Keys shaped like identifiers, each holding MARK (a name, a case number, a code).
const KEYS: &[&str] = &[
    "JaneDoeZQXChildProtectionPlan2017",
    "ZQX4857773456",
    "a_ZQX",
];

fn corpus() -> Vec<(String, Value)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../examples/data");
    let mut files = vec![format!("{dir}/leicester-lscb.json")];
    let mut field: Vec<String> = std::fs::read_dir(format!("{dir}/field"))
        .unwrap()
        .map(|e| e.unwrap().path().display().to_string())
        .filter(|p| p.ends_with(".json"))
        .collect();
    field.sort();
    files.extend(field);
    let mut out: Vec<(String, Value)> = files
        .into_iter()
        .map(|f| {
            let v = serde_json::from_str(&std::fs::read_to_string(&f).unwrap()).unwrap();
            (f, v)
        })
        .collect();
    out.push(("supplement".into(), supplement()));
    out
}

/// Variants the examples do not have (invented board, invented people).
fn supplement() -> Value {
    let recipients = json!([{"body": "b-a", "amount": 100000}, {"body": "b-b", "amount": 50000}]);
    json!({
        "schema_version": 1,
        "organisations": [{"id": "o-f", "name": "Funder", "sector": "police"}],
        "bodies": [{"id": "b-a", "name": "North CSP", "kind": "community_safety_partnership"},
                   {"id": "b-b", "name": "South CSP", "kind": "community_safety_partnership"}],
        "funding_decisions": [
            {"id": "d-1", "funder": "o-f", "year": "2025/26",
             "allocation": {"kind": "agreed"}, "recipients": recipients},
            {"id": "d-2", "funder": "o-f", "year": "2025/26",
             "allocation": {"kind": "weighted", "pot": 150000,
                            "criteria": [{"id": "c-pop", "name": "Population", "basis_points": 10000}]},
             "recipients": [{"body": "b-a", "measures": [{"criterion": "c-pop", "value": 2}]},
                            {"body": "b-b", "measures": [{"criterion": "c-pop", "value": 1}]}]}
        ],
        "risk_register": {"matrix": {"likelihood": ["1", "2", "3"], "impact": ["1", "2", "3"],
                                     "bands": [{"min": 1, "max": 9, "rating": "green"}]},
                          "risks": [{"id": "r-1", "title": "Early help", "status": "open",
            "controls": ["Monthly audit", {"description": "Multi-agency audit", "effectiveness": "partly_effective"}],
            "raised": {"date": "2016-12-08"}, "current": {"likelihood": 3, "impact": 3}}]}
    })
}

fn read_text(v: &Value) -> Result<BoardDocument, Error> {
    boardkit::error::from_json::<BoardDocument>(&v.to_string())
}

fn read_tree(v: &Value) -> Result<BoardDocument, Error> {
    boardkit::read::from_value_ref::<BoardDocument>(v)
}

/// Every object in `v` (its pointer), outside `extensions` (the host's own data).
fn objects(v: &Value, at: &str, out: &mut Vec<String>) {
    match v {
        Value::Object(map) => {
            out.push(at.to_string());
            for (k, child) in map {
                if k != "extensions" {
                    objects(child, &format!("{at}/{k}"), out);
                }
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                objects(child, &format!("{at}/{i}"), out);
            }
        }
        _ => {}
    }
}

/// Objects of one key naming what they hold (`{"meeting": id}` for a due date, `{"person":
/// id}` for an owner): refused as a whole, by their own message, as a key too many.
fn is_one_of(v: &Value) -> bool {
    v.as_object().is_some_and(|m| m.len() == 1)
}

fn ordinal_of(key: &str, object: &Value) -> String {
    let rank = object
        .as_object()
        .unwrap()
        .keys()
        .filter(|k| boardkit::read::de::alphabetical(k, key).is_lt())
        .count()
        + 1;
    boardkit::read::message::ordinal(rank)
}

#[test]
fn every_example_reads() {
    for (name, doc) in corpus() {
        assert!(read_text(&doc).is_ok(), "{name}: {:?}", read_text(&doc));
    }
}

#[test]
fn an_unknown_key_in_any_object_is_refused_at_the_object_by_its_place() {
    let mut planted = 0;
    let (mut controls, mut agreed) = (0, 0);
    for (name, doc) in corpus() {
        let mut at = Vec::new();
        objects(&doc, "", &mut at);
        for pointer in at {
            let holder = doc.pointer(&pointer).unwrap().clone();
            if pointer.contains("/controls/") {
                controls += 1;
            }
            if holder.get("kind") == Some(&json!("agreed")) && pointer.ends_with("allocation") {
                agreed += 1;
            }
            for key in KEYS {
                let mut v = doc.clone();
                let slot = v.pointer_mut(&pointer).unwrap().as_object_mut().unwrap();
                slot.insert((*key).to_string(), json!("x"));
                let with_key = v.pointer(&pointer).unwrap().clone();
                for (how, got) in [("text", read_text(&v)), ("tree", read_tree(&v))] {
                    let e = match got {
                        Err(e) => e,
                        Ok(_) => panic!("{name} {pointer} ({how}): an unknown key was accepted"),
                    };
                    let message = e.to_string();
                    let texts = [e.code(), e.path(), message.as_str()];
                    assert!(
                        texts.iter().all(|t| !t.contains(MARK)),
                        "{name} {pointer} ({how}): the key leaked: {texts:?}"
                    );
                    assert_eq!(e.code(), "shape.invalid", "{name} {pointer} ({how})");
                    assert_eq!(e.path(), pointer, "{name} {pointer} ({how}): {message}");
                    if !is_one_of(&holder) {
                        let place = format!("The {} field name", ordinal_of(key, &with_key));
                        assert!(
                            message.starts_with(&place),
                            "{name} {pointer} ({how}): {message}"
                        );
                    }
                }
                planted += 1;
            }
        }
    }
    assert!(planted > 3000, "{planted}");
    assert!(controls > 0 && agreed > 0, "{controls} {agreed}");
}

#[test]
fn the_same_error_from_text_and_from_a_tree() {
    let mut doc = supplement();
    doc["funding_decisions"][0]["allocation"]["JaneDoeZQX"] = json!(1);
    let (a, b) = (read_text(&doc).unwrap_err(), read_tree(&doc).unwrap_err());
    assert_eq!((a.path(), a.to_string()), (b.path(), b.to_string()));
    assert_eq!(a.path(), "/funding_decisions/0/allocation");
}

#[test]
fn a_close_misspelling_is_named_from_the_schema() {
    let mut doc = supplement();
    doc["risk_register"]["risks"][0]["titel"] = json!("x");
    let e = read_text(&doc).unwrap_err();
    assert_eq!(e.path(), "/risk_register/risks/0");
    assert!(e.to_string().contains("Did you mean \"title\"?"), "{e}");
    // A key unlike any field gets no suggestion.
    let mut doc = supplement();
    doc["risk_register"]["risks"][0]["ZQX4857773456"] = json!("x");
    let e = read_text(&doc).unwrap_err();
    assert!(!e.to_string().contains("Did you mean"), "{e}");
}

#[test]
fn a_control_with_an_unknown_field_is_refused() {
    let mut doc = supplement();
    doc["risk_register"]["risks"][0]["controls"][1]["janeDoeZQX"] = json!(1);
    let e = read_text(&doc).unwrap_err();
    assert_eq!(e.path(), "/risk_register/risks/0/controls/1");
    assert!(e.to_string().starts_with("The 3rd field name"), "{e}");
    let control: boardkit::risk::entry::Control =
        boardkit::error::from_json(r#""Monthly audit""#).unwrap();
    assert_eq!(control.description(), "Monthly audit");
}

#[test]
fn an_agreed_allocation_with_a_field_of_another_kind_is_refused() {
    let mut doc = supplement();
    doc["funding_decisions"][0]["allocation"]["amount"] = json!(5);
    let e = read_text(&doc).unwrap_err();
    assert_eq!(e.path(), "/funding_decisions/0/allocation/amount");
    assert_eq!(
        e.to_string(),
        "An allocation of the agreed kind has no amount: remove it, or choose the kind of allocation that uses it."
    );
    // A key of no kind is refused at the allocation, by its place.
    let mut doc = supplement();
    doc["funding_decisions"][0]["allocation"]["JaneDoeZQX"] = json!(5);
    let e = read_text(&doc).unwrap_err();
    assert_eq!(e.path(), "/funding_decisions/0/allocation");
    assert!(e.to_string().starts_with("The 1st field name"), "{e}");
}

#[test]
fn an_allocation_reads_and_writes_as_before() {
    for allocation in [
        json!({"kind": "agreed"}),
        json!({"kind": "per_area", "amount": 5}),
        json!({"kind": "weighted", "criteria": []}),
        json!({"kind": "weighted", "pot": 7, "criteria": [{"id": "c", "name": "N", "basis_points": 1}]}),
    ] {
        let read: boardkit::budget::funding::Allocation =
            boardkit::error::from_json(&allocation.to_string()).unwrap();
        assert_eq!(serde_json::to_value(&read).unwrap(), allocation);
    }
    let e = boardkit::error::from_json::<boardkit::budget::funding::Allocation>(
        r#"{"kind": "per_area"}"#,
    )
    .unwrap_err();
    assert_eq!(
        (e.path(), e.to_string().as_str()),
        ("/amount", "Amount must be given.")
    );
}
