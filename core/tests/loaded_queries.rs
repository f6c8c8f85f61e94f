//! Every question of a loaded board (`Board::query`, which reads the board's own
//! document without copying it) answers as its one-shot function given the same
//! document: each name of `boardkit::loaded::QUERIES`, on the example and on the example
//! after edits.

use boardkit::document::RecordKind;
use boardkit::Board;
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{json, Value};

/// The one-shot answer of `f` to `params` with `document` (or `register`) added, as the
/// JSON text the loaded board writes (an error as its path and message).
fn one_shot<R: DeserializeOwned, T: Serialize>(
    part: (&str, &Value),
    params: &Value,
    f: fn(&R) -> Result<T, boardkit::Error>,
) -> Result<String, (String, String)> {
    let mut request = params.clone();
    request[part.0] = part.1.clone();
    let request: R = serde_json::from_value(request).map_err(|e| (String::new(), e.to_string()))?;
    f(&request)
        .map(|x| serde_json::to_string(&x).unwrap_or_default())
        .map_err(|e| (e.path().to_string(), e.to_string()))
}

/// The loaded board's answer, in the same form.
fn loaded(board: &Board, name: &str, params: &Value) -> Result<String, (String, String)> {
    board
        .query(name, params)
        .map_err(|e| (e.path().to_string(), e.to_string()))
}

/// An answer as JSON text, or an error as its path and message.
type Answer = Result<String, (String, String)>;

/// Every question compared, its details those a host would give.
fn every_question_as_one_shot(board: &Board) {
    use boardkit::action::{self, carry, queries};
    use boardkit::risk::register as risk;
    let text = board.to_json();
    let doc: Value = serde_json::from_str(&text).unwrap_or_default();
    let d = ("document", &doc);
    let register = doc["risk_register"].clone();
    let r = ("register", &register);
    let review_days = json!(91);
    let as_of = json!({"as_of": "2017-01-31"});
    let meeting = doc["meetings"][1]["id"].clone();
    let action_id = doc["actions"][0]["id"].clone();
    let cases: Vec<(&str, Value, Answer)> = vec![
        (
            "action_log",
            as_of.clone(),
            one_shot(d, &as_of, action::log),
        ),
        (
            "action_open",
            as_of.clone(),
            one_shot(d, &as_of, action::open),
        ),
        (
            "action_overdue",
            as_of.clone(),
            one_shot(d, &as_of, action::overdue),
        ),
        (
            "action_undated",
            as_of.clone(),
            one_shot(d, &as_of, action::undated),
        ),
        (
            "action_completed",
            as_of.clone(),
            one_shot(d, &as_of, action::completed),
        ),
        (
            "action_rag",
            json!({"as_of": "2017-01-31", "amber_days": 30}),
            one_shot(
                d,
                &json!({"as_of": "2017-01-31", "amber_days": 30}),
                action::rag,
            ),
        ),
        (
            "action_summary",
            as_of.clone(),
            one_shot(d, &as_of, action::summary),
        ),
        (
            "action_due_within",
            json!({"as_of": "2016-12-01", "days": 60}),
            one_shot(
                d,
                &json!({"as_of": "2016-12-01", "days": 60}),
                action::due_within,
            ),
        ),
        (
            "action_carry_forward",
            json!({"meeting": meeting, "as_of": "2017-01-31"}),
            one_shot(
                d,
                &json!({"meeting": meeting, "as_of": "2017-01-31"}),
                carry::carry_forward,
            ),
        ),
        (
            "action_history",
            json!({"action": action_id}),
            one_shot(d, &json!({"action": action_id}), carry::history),
        ),
        (
            "action_flow_matters_arising",
            json!({}),
            one_shot(d, &json!({}), carry::flow_matters_arising),
        ),
        (
            "action_slipped",
            as_of.clone(),
            one_shot(d, &as_of, queries::slipped),
        ),
        (
            "action_late_completions",
            as_of.clone(),
            one_shot(d, &as_of, queries::late_completions),
        ),
        (
            "action_open_by_owner",
            as_of.clone(),
            one_shot(d, &as_of, queries::open_by_owner),
        ),
        (
            "action_open_by_agency",
            as_of.clone(),
            one_shot(d, &as_of, queries::open_by_agency),
        ),
        (
            "meeting_quorum",
            json!({"meeting": meeting}),
            one_shot(
                d,
                &json!({"meeting": meeting}),
                boardkit::meeting::meeting_quorum,
            ),
        ),
        (
            "budget_year_statement",
            json!({"body": "b-lscb", "year": "2016/17"}),
            one_shot(
                d,
                &json!({"body": "b-lscb", "year": "2016/17"}),
                boardkit::budget::year_statement,
            ),
        ),
        (
            "report_attendance",
            json!({"body": "b-lscb", "from": "2016-04-01", "to": "2017-03-31"}),
            one_shot(
                d,
                &json!({"body": "b-lscb", "from": "2016-04-01", "to": "2017-03-31"}),
                boardkit::report::attendance,
            ),
        ),
        (
            "risk_ratings",
            json!({"as_of": "2017-01-31", "review_days": review_days}),
            one_shot(
                r,
                &json!({"as_of": "2017-01-31", "review_days": review_days}),
                risk::ratings,
            ),
        ),
        (
            "risk_heat_map",
            as_of.clone(),
            one_shot(r, &as_of, risk::heat_map),
        ),
        (
            "risk_reviews",
            json!({"as_of": "2017-01-31", "review_days": review_days}),
            one_shot(
                r,
                &json!({"as_of": "2017-01-31", "review_days": review_days}),
                risk::reviews,
            ),
        ),
        (
            "risk_escalations",
            as_of.clone(),
            one_shot(r, &as_of, risk::escalations),
        ),
        (
            "risk_summary",
            json!({"as_of": "2017-01-31", "review_days": review_days}),
            one_shot(
                r,
                &json!({"as_of": "2017-01-31", "review_days": review_days}),
                risk::summary,
            ),
        ),
        (
            "public_version",
            json!({}),
            Ok(serde_json::to_string(
                &boardkit::BoardDocument::from_json(&text)
                    .map(|x| x.public_version())
                    .ok(),
            )
            .unwrap_or_default()),
        ),
    ];
    let names: Vec<&str> = cases.iter().map(|c| c.0).collect();
    assert_eq!(
        names,
        boardkit::loaded::QUERIES,
        "one case per question, in order"
    );
    for (name, params, expected) in cases {
        let got = loaded(board, name, &params);
        assert!(
            expected.is_ok(),
            "{name}: the one-shot call failed: {expected:?}"
        );
        assert_eq!(got, expected, "{name}");
    }
}

#[test]
fn every_question_answers_as_its_one_shot_function_on_the_example() {
    let text = include_str!("../../examples/data/leicester-lscb.json");
    let board = Board::open(text).unwrap();
    every_question_as_one_shot(&board);
}

#[test]
fn every_question_answers_as_its_one_shot_function_after_edits() {
    let text = include_str!("../../examples/data/leicester-lscb.json");
    let mut board = Board::open(text).unwrap();
    let doc: Value = serde_json::from_str(text).unwrap();
    let actions = doc["actions"].as_array().cloned().unwrap_or_default();
    for a in actions.iter().take(3) {
        let id = a["id"].as_str().unwrap_or_default();
        assert!(board.remove(RecordKind::Action, id).is_ok());
    }
    for a in actions.iter().take(2) {
        assert!(board.insert(RecordKind::Action, a).is_ok());
    }
    let mut changed = actions[5].clone();
    changed["due"] = json!("2017-01-10");
    assert!(board.replace(RecordKind::Action, &changed).is_ok());
    every_question_as_one_shot(&board);
}
