//! The challenge log's rules on a small document: each breaks once and stays silent once.
use boardkit::document::ValidateOptions;
use boardkit::BoardDocument;
use serde_json::{json, Value};

fn doc(challenge: Value) -> BoardDocument {
    let v = json!({"schema_version": 7,
        "organisations": [{"id": "o-police", "name": "Brackenford Constabulary", "sector": "police"}],
        "people": [{"id": "p-s", "name": "Hester Quayle"}],
        "challenges": [challenge]});
    BoardDocument::from_json(&v.to_string()).unwrap()
}

fn codes(d: &BoardDocument, as_of: Option<&str>) -> Vec<(String, String)> {
    let r = d.validate(&ValidateOptions {
        as_of: as_of.map(|s| s.parse().unwrap()),
        ..Default::default()
    });
    r.findings
        .iter()
        .filter(|f| f.code.starts_with("challenge.") || f.code == "board.unknown_reference")
        .map(|f| (f.code.to_string(), f.path.clone()))
        .collect()
}

fn one(code: &str, path: &str) -> Vec<(String, String)> {
    vec![(code.to_string(), path.to_string())]
}

#[test]
fn the_challenge_rules_break_and_stay_silent() {
    let open = doc(
        json!({"id": "c1", "raised_on": "2021-03-11", "raised_by": "p-s",
        "challenged": "o-police", "status": "open", "due": {"within_days": 28}}),
    );
    assert_eq!(
        codes(&open, Some("2021-05-14")),
        one("challenge.response_overdue", "/challenges/0/due")
    );
    assert!(codes(&open, None).is_empty());
    assert!(codes(&open, Some("2021-04-01")).is_empty());
    let closed = doc(json!({"id": "c1", "raised_on": "2021-03-11", "status": "closed"}));
    assert_eq!(
        codes(&closed, None),
        one("challenge.closed_without_response", "/challenges/0/status")
    );
    let early = doc(
        json!({"id": "c1", "raised_on": "2021-03-11", "status": "responded",
        "responded_on": "2021-03-01"}),
    );
    assert_eq!(
        codes(&early, None),
        one("challenge.dates_out_of_order", "/challenges/0/responded_on")
    );
    let dangling = doc(json!({"id": "c1", "raised_by": "p-x"}));
    assert_eq!(codes(&dangling, None).len(), 1);
}
