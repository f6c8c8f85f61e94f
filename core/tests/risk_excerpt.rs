//! Issue 28, the risk register: an excerpt (the premise that silences the completeness
//! rules), partial bands, a stored heat map, category counts, undated history entries,
//! band labels in the summary, and the body's review interval in the register queries.
use boardkit::document::ValidateOptions;
use boardkit::BoardDocument;
use serde_json::Value;

fn excerpt() -> Value {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../examples/data/field/ashcombe-risk-register-excerpt.json"
    );
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn codes(v: &Value) -> Vec<(String, String)> {
    let doc = BoardDocument::from_json(&v.to_string()).unwrap();
    doc.validate(&ValidateOptions {
        as_of: Some("2017-01-20".parse().unwrap()),
        ..Default::default()
    })
    .findings
    .into_iter()
    .map(|f| (f.code.to_string(), f.path))
    .collect()
}

#[test]
fn the_excerpt_is_silent_and_complete_registers_are_checked() {
    let v = excerpt();
    assert!(codes(&v).is_empty());
    // The same register said to be complete: its counts and heat map are checked, and
    // its top-band risk without controls is reported.
    let mut whole = v.clone();
    whole["risk_register"]["excerpt"] = Value::Bool(false);
    let found = codes(&whole);
    let has = |code: &str, path: &str| found.iter().any(|(c, p)| c == code && p == path);
    assert!(has(
        "risk.stated_heat_map_differs",
        "/risk_register/stated_heat_map/0/count"
    ));
    assert!(has(
        "risk.stated_count_differs",
        "/risk_register/stated_counts/1/count"
    ));
    assert!(has(
        "risk.top_band_without_controls",
        "/risk_register/risks/0/controls"
    ));
    // Bands left partial without saying so are an unusable matrix.
    whole["risk_register"]["matrix"]["bands_partial"] = Value::Bool(false);
    assert!(BoardDocument::from_json(&whole.to_string()).is_err());
}

#[test]
fn undated_history_entries_read_and_the_summary_uses_band_labels() {
    let v = excerpt();
    let reg: boardkit::risk::RiskRegister =
        serde_json::from_value(v["risk_register"].clone()).unwrap();
    let r = &reg.risks[0];
    assert!(r.history.iter().all(|h| h.date.is_none()));
    let (last, _) = r.latest_two("2017-01-20".parse().unwrap());
    assert_eq!(last.and_then(|h| h.score), Some(16));
    let s = reg.summary("2017-01-20".parse().unwrap(), 0);
    assert!(s.lines[0].contains("1 Red"), "{}", s.lines[0]);
    assert!(s.lines[0].contains("1 Amber"), "{}", s.lines[0]);
    assert!(s.lines[0].contains("1 in bands the register does not list"));
    assert!(!s.lines[0].contains("red"));
}

#[test]
fn the_reviews_query_uses_the_bodys_review_interval_as_the_rule_does() {
    let mut v = excerpt();
    v["bodies"] = serde_json::json!([{"id": "b-csp", "name": "Ashcombe Community Safety Partnership",
        "kind": "board", "constitution": {"thresholds": {"risk_review_days": 30}}}]);
    v["risk_register"]["body"] = "b-csp".into();
    v["risk_register"]["risks"][1]["raised"] = serde_json::json!({"date": "2016-10-01"});
    let found = codes(&v);
    assert!(found
        .iter()
        .any(|(c, p)| c == "risk.review_overdue" && p == "/risk_register/risks/1/next_review"));
    let board = boardkit::loaded::Board::open(&v.to_string()).unwrap();
    let out = board
        .query("risk_reviews", &serde_json::json!({"as_of": "2017-01-20"}))
        .unwrap();
    let out: Value = serde_json::from_str(&out).unwrap();
    assert!(
        out["overdue"]
            .as_array()
            .unwrap()
            .iter()
            .any(|i| i["id"] == "cs2"),
        "{out}"
    );
    assert!(!out["no_review_date"]
        .as_array()
        .unwrap()
        .iter()
        .any(|i| i == "cs2"));
}
