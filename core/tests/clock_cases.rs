//! The shared table of clock cases (`tests/clock/cases.json`), replayed through the core's
//! request types: the answers the C and JS bindings must give too.

use boardkit::clock;
use boardkit::error::from_json;
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

const CASES: &str = include_str!("../../tests/clock/cases.json");

fn answer<Req: DeserializeOwned, Resp: Serialize>(
    request: &Value,
    verb: fn(&Req) -> Result<Resp, boardkit::Error>,
) -> Result<Value, boardkit::Error> {
    let r: Req = from_json(&request.to_string())?;
    verb(&r).map(|resp| serde_json::to_value(resp).unwrap())
}

#[test]
fn every_case_of_the_shared_table() {
    let table: Value = serde_json::from_str(CASES).unwrap();
    let cases = table["cases"].as_array().unwrap();
    assert!(cases.len() >= 20);
    for (i, case) in cases.iter().enumerate() {
        let request = &case["request"];
        let got = match case["capability"].as_str().unwrap() {
            "add_working_days" => answer(request, clock::add_working_days),
            "clear_days" => answer(request, clock::clear_days),
            "due_by" => answer(request, clock::due_by),
            "overdue" => answer(request, clock::overdue),
            "bank_holidays" => answer(request, clock::bank_holidays),
            other => panic!("case {i}: unknown capability {other}"),
        };
        match (&case.get("response"), got) {
            (Some(want), Ok(got)) => assert_eq!(&got, *want, "case {i}"),
            (None, Err(e)) => {
                assert_eq!(e.code(), case["error"]["code"], "case {i}");
                assert_eq!(e.path(), case["error"]["path"], "case {i}: {e}");
                assert!(e.to_string().ends_with('.'), "case {i}: {e}");
            }
            (want, got) => panic!("case {i}: wanted {want:?}, got {got:?}"),
        }
    }
}
