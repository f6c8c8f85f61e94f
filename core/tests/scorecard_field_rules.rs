//! The scorecard rules added for the field's performance papers, broken on purpose on the
//! encoded Daventry-style report and dashboard (examples/data/field/).
use boardkit::document::ValidateOptions;
use boardkit::BoardDocument;
use serde_json::{json, Value};

fn load(name: &str) -> Value {
    let path = format!(
        "{}/../examples/data/field/{name}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn codes(v: &Value) -> Vec<(String, String)> {
    BoardDocument::from_json(&v.to_string())
        .unwrap()
        .validate(&ValidateOptions::default())
        .findings
        .into_iter()
        .map(|f| (f.code.to_string(), f.path))
        .collect()
}

#[test]
fn a_rank_outside_the_group() {
    let mut v = load("daventry-performance-report");
    v["scorecards"][0]["indicators"][0]["comparators"][0]["rank"] = json!(16);
    v["scorecards"][0]["indicators"][2]["comparators"][0]["previous_rank"] = json!(0);
    assert_eq!(
        codes(&v),
        vec![
            (
                "scorecard.rank_out_of_group".to_string(),
                "/scorecards/0/indicators/0/comparators/0/rank".to_string()
            ),
            (
                "scorecard.rank_out_of_group".to_string(),
                "/scorecards/0/indicators/2/comparators/0/previous_rank".to_string()
            )
        ]
    );
}

#[test]
fn a_printed_letter_its_target_contradicts() {
    let mut v = load("unattributed-performance-dashboard");
    // Row 1 is 6.0 per day against a target of at most 4: green would be wrong.
    v["scorecards"][0]["indicators"][0]["recorded_rag"] = json!("green");
    // Row 6c is 1 against at most 5: red would be wrong.
    v["scorecards"][0]["indicators"][8]["recorded_rag"] = json!("red");
    // Row 2 printed red instead of amber: without a tolerance, not judged.
    v["scorecards"][0]["indicators"][1]["recorded_rag"] = json!("red");
    assert_eq!(
        codes(&v),
        vec![
            (
                "scorecard.recorded_rag_differs".to_string(),
                "/scorecards/0/indicators/0/recorded_rag".to_string()
            ),
            (
                "scorecard.recorded_rag_differs".to_string(),
                "/scorecards/0/indicators/8/recorded_rag".to_string()
            )
        ]
    );
}

#[test]
fn lead_officers_and_parents_are_references() {
    let mut v = load("unattributed-performance-dashboard");
    v["scorecards"][0]["indicators"][6]["parent"] = json!("i-nowhere");
    v["scorecards"][0]["indicators"][0]["lead_officer"] = json!("p-nowhere");
    assert_eq!(
        codes(&v),
        vec![
            (
                "board.unknown_reference".to_string(),
                "/scorecards/0/indicators/0/lead_officer".to_string()
            ),
            (
                "board.unknown_reference".to_string(),
                "/scorecards/0/indicators/6/parent".to_string()
            )
        ]
    );
}
