//! A loaded board (`boardkit::Board`) gives the same answers as the one-shot functions:
//! a record checked against it has the findings `validate_record` gives with the board
//! as the context (for records generated from the board's own, mixed and mutated), and
//! after edits it validates as a fresh copy of its edited JSON does.

use crate::board_synth as synth;

use boardkit::document::{validate_record, RecordKind, ValidateOptions, ValidateRecordRequest};
use boardkit::{Board, BoardDocument};
use proptest::prelude::*;
use serde_json::{json, Value};
use std::sync::OnceLock;

fn leicester() -> &'static str {
    include_str!("../../examples/data/leicester-lscb.json")
}

fn synth1() -> &'static str {
    static S: OnceLock<String> = OnceLock::new();
    S.get_or_init(|| synth::board_json(1))
}

fn date(s: &str) -> boardkit::date::Date {
    serde_json::from_value(json!(s)).unwrap()
}

/// The records of one list of a document, as JSON.
fn list(text: &str, kind: RecordKind) -> Vec<Value> {
    let v: Value = serde_json::from_str(text).unwrap();
    let key = match kind {
        RecordKind::Action => "actions",
        RecordKind::Meeting => "meetings",
        RecordKind::Person => "people",
        _ => "bodies",
    };
    v[key].as_array().cloned().unwrap_or_default()
}

/// Every key used by a record of the list.
fn keys(records: &[Value]) -> Vec<String> {
    let mut k: Vec<String> = records
        .iter()
        .filter_map(Value::as_object)
        .flat_map(|o| o.keys().cloned())
        .collect();
    k.sort();
    k.dedup();
    k
}

/// One change to a record: copy a field from another record of the list, or drop it,
/// or blank it, or give the record a new id.
#[derive(Debug, Clone)]
enum Change {
    Copy { field: usize, from: usize },
    Drop { field: usize },
    Blank { field: usize },
    NewId,
}

fn change() -> impl Strategy<Value = Change> {
    prop_oneof![
        4 => (any::<usize>(), any::<usize>()).prop_map(|(field, from)| Change::Copy { field, from }),
        1 => any::<usize>().prop_map(|field| Change::Drop { field }),
        1 => any::<usize>().prop_map(|field| Change::Blank { field }),
        1 => Just(Change::NewId),
    ]
}

fn generate(records: &[Value], base: usize, changes: &[Change]) -> Value {
    let keys = keys(records);
    let mut r = records[base % records.len()].clone();
    for c in changes {
        let o = r.as_object_mut().unwrap();
        match c {
            Change::Copy { field, from } => {
                let k = &keys[field % keys.len()];
                match records[from % records.len()].get(k) {
                    Some(v) => o.insert(k.clone(), v.clone()),
                    None => o.remove(k),
                };
            }
            Change::Drop { field } => {
                o.remove(&keys[field % keys.len()]);
            }
            Change::Blank { field } => {
                o.insert(keys[field % keys.len()].clone(), json!(" "));
            }
            Change::NewId => {
                o.insert("id".into(), json!("new-record"));
            }
        }
    }
    r
}

fn same_findings(text: &str, board: &Board, kind: RecordKind, record: &Value, as_of: &str) {
    let one_shot = validate_record(&ValidateRecordRequest {
        kind,
        record: record.clone(),
        context: Some(BoardDocument::from_json(text).unwrap()),
        as_of: Some(date(as_of)),
    })
    .unwrap();
    let loaded = board.validate_record(kind, record, Some(date(as_of)));
    assert_eq!(loaded, one_shot, "record: {record}");
}

fn boards() -> &'static [(&'static str, Board, &'static str)] {
    static B: OnceLock<Vec<(&'static str, Board, &'static str)>> = OnceLock::new();
    B.get_or_init(|| {
        vec![
            (leicester(), Board::open(leicester()).unwrap(), "2017-01-31"),
            (synth1(), Board::open(synth1()).unwrap(), "2017-01-31"),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn an_action_checked_on_a_loaded_board_has_the_one_shot_findings(
        which in 0usize..2,
        base in any::<usize>(),
        changes in proptest::collection::vec(change(), 0..4),
    ) {
        let (text, board, as_of) = &boards()[which];
        let records = list(text, RecordKind::Action);
        let record = generate(&records, base, &changes);
        same_findings(text, board, RecordKind::Action, &record, as_of);
    }

    #[test]
    fn a_meeting_checked_on_a_loaded_board_has_the_one_shot_findings(
        which in 0usize..2,
        base in any::<usize>(),
        changes in proptest::collection::vec(change(), 0..4),
    ) {
        let (text, board, as_of) = &boards()[which];
        let records = list(text, RecordKind::Meeting);
        let record = generate(&records, base, &changes);
        same_findings(text, board, RecordKind::Meeting, &record, as_of);
    }

    #[test]
    fn a_person_or_body_checked_on_a_loaded_board_has_the_one_shot_findings(
        base in any::<usize>(),
        person in any::<bool>(),
        changes in proptest::collection::vec(change(), 0..3),
    ) {
        let (text, board, as_of) = &boards()[0];
        let kind = if person { RecordKind::Person } else { RecordKind::Body };
        let records = list(text, kind);
        let record = generate(&records, base, &changes);
        same_findings(text, board, kind, &record, as_of);
    }
}

#[test]
fn every_action_and_meeting_of_the_boards_checks_as_one_shot() {
    for (text, board, as_of) in boards() {
        for kind in [RecordKind::Action, RecordKind::Meeting] {
            for r in list(text, kind) {
                same_findings(text, board, kind, &r, as_of);
            }
        }
    }
}

#[test]
fn a_record_that_is_not_well_formed_gives_its_shape_problems() {
    let (text, board, as_of) = &boards()[0];
    let record = json!({"id": "a-x", "description": " ", "due": 5, "owners": "x"});
    same_findings(text, board, RecordKind::Action, &record, as_of);
    let loaded = board.validate_record(RecordKind::Action, &record, None);
    assert!(loaded.findings.iter().any(|f| f.path == "/due"));
    let not_object = json!([1]);
    same_findings(text, board, RecordKind::Meeting, &not_object, as_of);
}

fn check_edited(board: &Board) {
    let fresh = Board::open(&board.to_json()).unwrap();
    let options = ValidateOptions {
        as_of: Some(date("2017-01-31")),
        ..Default::default()
    };
    assert_eq!(board.validate(&options), fresh.validate(&options));
    assert_eq!(board.document(), fresh.document());
    // The look-ups follow the edits: a record checks as on the fresh copy.
    for kind in [RecordKind::Action, RecordKind::Meeting] {
        let text = board.to_json();
        for r in list(&text, kind) {
            assert_eq!(
                board.validate_record(kind, &r, options.as_of),
                fresh.validate_record(kind, &r, options.as_of)
            );
        }
    }
}

#[test]
fn after_edits_a_board_validates_as_a_fresh_copy_of_its_json() {
    let mut board = Board::open(leicester()).unwrap();
    let actions = list(leicester(), RecordKind::Action);
    let meetings = list(leicester(), RecordKind::Meeting);

    let mut added = actions[2].clone();
    added["id"] = json!("a-added");
    added["raised_at"] = meetings[0]["id"].clone();
    let at = board.insert(RecordKind::Action, &added).unwrap();
    assert_eq!(at, actions.len());
    check_edited(&board);

    let mut changed = actions[0].clone();
    changed["ref"] = actions[1]["ref"].clone();
    changed["description"] = json!("A new description");
    assert_eq!(board.replace(RecordKind::Action, &changed).unwrap(), 0);
    check_edited(&board);

    let gone = meetings[1]["id"].as_str().unwrap();
    assert_eq!(board.remove(RecordKind::Meeting, gone).unwrap(), 1);
    assert!(board.document().meeting(gone).is_none());
    check_edited(&board);

    let mut moved = meetings[0].clone();
    moved["date"] = json!("2017-03-01");
    board.replace(RecordKind::Meeting, &moved).unwrap();
    check_edited(&board);
    board.remove(RecordKind::Action, "a-added").unwrap();
    check_edited(&board);
}

#[test]
fn edits_that_do_not_fit_are_errors_and_change_nothing() {
    let mut board = Board::open(leicester()).unwrap();
    let before = board.document().clone();
    let actions = list(leicester(), RecordKind::Action);
    let e = board.insert(RecordKind::Action, &actions[0]).unwrap_err();
    assert_eq!(e.path(), "/id");
    let mut unknown = actions[0].clone();
    unknown["id"] = json!("a-not-there");
    assert_eq!(
        board
            .replace(RecordKind::Action, &unknown)
            .unwrap_err()
            .path(),
        "/id"
    );
    assert!(board.remove(RecordKind::Action, "a-not-there").is_err());
    let mut bad = actions[0].clone();
    bad["due"] = json!(5);
    bad["id"] = json!("a-new");
    assert_eq!(
        board.insert(RecordKind::Action, &bad).unwrap_err().path(),
        "/due"
    );
    assert_eq!(board.document(), &before);
}

#[test]
fn a_board_opens_with_the_errors_of_the_strict_reader() {
    for text in ["", "{}", "{\"schema_version\": 2, \"people\": 3}", "[1]"] {
        let one = BoardDocument::from_json(text).unwrap_err();
        let loaded = Board::open(text).unwrap_err();
        assert_eq!(one.to_string(), loaded.to_string());
        assert_eq!(one.path(), loaded.path());
    }
}

#[test]
fn every_query_answers_as_its_one_shot_function() {
    let board = Board::open(leicester()).unwrap();
    let doc: Value = serde_json::from_str(leicester()).unwrap();
    let as_of = json!({"as_of": "2017-01-31"});
    let log: Value = serde_json::from_str(&board.query("action_overdue", &as_of).unwrap()).unwrap();
    let req: boardkit::action::log::LogRequest =
        serde_json::from_value(json!({"document": doc, "as_of": "2017-01-31"})).unwrap();
    assert_eq!(
        log,
        serde_json::to_value(boardkit::action::overdue(&req).unwrap()).unwrap()
    );
    let register = doc["risk_register"].clone();
    let ratings: Value =
        serde_json::from_str(&board.query("risk_ratings", &as_of).unwrap()).unwrap();
    let req: boardkit::risk::register::RegisterRequest =
        serde_json::from_value(json!({"register": register, "as_of": "2017-01-31"})).unwrap();
    assert_eq!(
        ratings,
        serde_json::to_value(boardkit::risk::ratings(&req).unwrap()).unwrap()
    );
    // Every listed name is answered or refused with an error at a path, never panics.
    for name in boardkit::loaded::QUERIES {
        let _ = board.query(name, &as_of);
    }
    assert!(board
        .query(
            "action_overdue",
            &json!({"as_of": "2017-01-31", "document": {}})
        )
        .is_err());
    assert_eq!(
        board.query("no_such_question", &as_of).unwrap_err().path(),
        ""
    );
    assert_eq!(
        board
            .query("action_overdue", &json!({"as_of": 5}))
            .unwrap_err()
            .path(),
        "/as_of"
    );
}

#[test]
fn over_three_years_refs_repeat_and_records_still_check_as_one_shot() {
    // Refs start again each year: an action's matters arising are those up to the next
    // group with its ref, which the loaded board finds without scanning the years.
    let text = synth::board_json(3);
    let board = Board::open(&text).unwrap();
    let as_of = synth::as_of_str(3);
    let actions = list(&text, RecordKind::Action);
    for r in actions.iter().step_by(29) {
        same_findings(&text, &board, RecordKind::Action, r, &as_of);
    }
    for r in list(&text, RecordKind::Meeting).iter().step_by(2) {
        same_findings(&text, &board, RecordKind::Meeting, r, &as_of);
    }
    // An action moved to another year's meeting with another year's ref.
    let meetings = list(&text, RecordKind::Meeting);
    let mut moved = actions[5].clone();
    moved["raised_at"] = meetings[meetings.len() / 2]["id"].clone();
    moved["ref"] = actions[actions.len() - 3]["ref"].clone();
    same_findings(&text, &board, RecordKind::Action, &moved, &as_of);
}

#[test]
fn owners_by_name_and_alias_check_as_one_shot() {
    // A person referred to by name (or alias) is found on the loaded board as in the
    // whole document: known, unknown, and shared by two people.
    let mut doc: Value = serde_json::from_str(leicester()).unwrap();
    let people = doc["people"].as_array().unwrap().clone();
    let name = people[3]["name"].clone();
    doc["people"][5]["aliases"] = json!([name.clone()]);
    let text = doc.to_string();
    let board = Board::open(&text).unwrap();
    let actions = list(&text, RecordKind::Action);
    for owner in [name, people[4]["name"].clone(), json!("Nobody Known")] {
        let mut r = actions[4].clone();
        r["owners"] = json!([{ "name": owner }]);
        same_findings(&text, &board, RecordKind::Action, &r, "2017-01-31");
    }
}
