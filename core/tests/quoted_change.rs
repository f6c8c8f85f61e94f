//! `scorecard.quoted_change_differs`: a percentage change stated in an indicator's note
//! is checked against its figures. The Leicester annual report's "decrease of 41%" for
//! 62 to 36 (truly 41.9%, so 42%) fires; a note that states the change correctly, or
//! states no change, is silent.

use boardkit::document::ValidateOptions;
use boardkit::scorecard::{self, ValidateScorecardRequest};
use boardkit::BoardDocument;
use serde_json::{json, Value};

const CODE: &str = "scorecard.quoted_change_differs";
const EXAMPLE: &str = include_str!("../../examples/data/leicester-lscb.json");

fn findings(indicator: Value) -> Vec<(String, String)> {
    let sc = json!({"id": "sc", "title": "Snapshot", "indicators": [indicator]});
    let req: ValidateScorecardRequest =
        boardkit::error::from_json(&json!({"scorecard": sc}).to_string()).unwrap();
    scorecard::validate(&req)
        .findings
        .iter()
        .filter(|f| f.code == CODE)
        .map(|f| (f.path.clone(), f.message.clone()))
        .collect()
}

fn indicator(first: i64, second: i64, note: &str) -> Value {
    json!({"id": "i", "name": "Referral forms", "unit": "count", "frequency": "annual",
           "polarity": "lower_is_better", "note": note,
           "values": [{"period": "2016-04", "value": first}, {"period": "2017-04", "value": second}]})
}

#[test]
fn the_leicester_example_fires_on_its_41_percent() {
    let doc = BoardDocument::from_json(EXAMPLE).unwrap();
    let report = doc.validate(&ValidateOptions::default());
    let paths: Vec<&str> = report
        .findings
        .iter()
        .filter(|f| f.code == CODE)
        .map(|f| f.path.as_str())
        .collect();
    // Only the referral forms (62 to 36); the other notes (18%, 21%, 3.3%) are right.
    assert_eq!(paths, ["/scorecards/0/indicators/12/note"]);
}

#[test]
fn a_wrong_figure_or_way_fires_and_a_right_one_is_silent() {
    let wrong = findings(indicator(
        62,
        36,
        "an overall decrease of 41% from 62 to 36",
    ));
    assert_eq!(wrong.len(), 1);
    assert_eq!(wrong[0].0, "/indicators/0/note");
    assert!(findings(indicator(
        62,
        36,
        "an overall decrease of 42% from 62 to 36"
    ))
    .is_empty());
    // One decimal place is judged at one place: 41.9% is right, 41.8% is not.
    assert!(findings(indicator(62, 36, "a 41.9% decrease")).is_empty());
    assert_eq!(findings(indicator(62, 36, "a 41.8% decrease")).len(), 1);
    // A rise written as a fall.
    let way = findings(indicator(36, 62, "a decrease of 72%"));
    assert_eq!(way.len(), 1);
    assert!(way[0].1.contains("other way"), "{}", way[0].1);
    assert!(findings(indicator(36, 62, "an increase of 72%")).is_empty());
}

#[test]
fn silent_without_a_stated_change_or_two_figures() {
    assert!(findings(indicator(62, 36, "17% of referrals were re-referrals")).is_empty());
    assert!(findings(indicator(62, 36, "The report gives no figure.")).is_empty());
    let one = json!({"id": "i", "name": "x", "unit": "count", "frequency": "annual",
                     "polarity": "lower_is_better", "note": "a decrease of 41%",
                     "values": [{"period": "2017-04", "value": 36}]});
    assert!(findings(one).is_empty());
}

#[test]
fn the_message_never_quotes_the_note_or_the_figures() {
    let sentinel = "ZQXSENTINEL";
    let f = findings(indicator(
        987_654,
        123_456,
        &format!("{sentinel} a decrease of 3% {sentinel}"),
    ));
    assert_eq!(f.len(), 1);
    for text in [&f[0].0, &f[0].1] {
        assert!(!text.contains(sentinel) && !text.contains("987") && !text.contains("123"));
        assert!(!text.contains("3%"), "{text}");
    }
}
