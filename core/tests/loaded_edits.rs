//! Issue 25: a failed edit of a loaded board leaves it byte-identical, for every kind of
//! record and every way an edit can fail (a record that cannot be read, an id already
//! there on insert, an id not there on replace or removal); and a good edit gives the
//! board a fresh open of the edited document would give.
use boardkit::form::RecordKind;
use boardkit::Board;
use serde_json::{json, Value};

const KINDS: [RecordKind; 8] = [
    RecordKind::Organisation,
    RecordKind::Person,
    RecordKind::Body,
    RecordKind::Meeting,
    RecordKind::Action,
    RecordKind::Risk,
    RecordKind::Budget,
    RecordKind::Scorecard,
];

fn corpus() -> Vec<Value> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../examples/data");
    let mut files = vec![format!("{dir}/leicester-lscb.json")];
    let mut field: Vec<String> = std::fs::read_dir(format!("{dir}/field"))
        .unwrap()
        .map(|e| e.unwrap().path().display().to_string())
        .filter(|p| p.ends_with(".json"))
        .collect();
    field.sort();
    files.extend(field);
    files
        .iter()
        .map(|f| serde_json::from_str(&std::fs::read_to_string(f).unwrap()).unwrap())
        .collect()
}

/// A document of the corpus with a record of `kind`, and that record.
fn with_a(kind: RecordKind) -> (Value, Value) {
    corpus()
        .into_iter()
        .find_map(|doc| {
            let first = doc.pointer(&format!("{}/0", kind.list_path()))?.clone();
            Some((doc, first))
        })
        .unwrap_or_else(|| panic!("no example has a {kind:?}"))
}

/// The key `remove` takes for a record.
fn key_of(kind: RecordKind, record: &Value) -> String {
    match kind {
        RecordKind::Budget => format!(
            "{}|{}",
            record["body"].as_str().unwrap(),
            record["year"].as_str().unwrap()
        ),
        _ => record["id"].as_str().unwrap().to_string(),
    }
}

/// The record with another id (or, for a budget, another year).
fn renamed(kind: RecordKind, record: &Value) -> Value {
    let mut r = record.clone();
    match kind {
        RecordKind::Budget => r["year"] = json!("1999/00"),
        _ => r["id"] = json!("zz-not-on-the-board"),
    }
    r
}

fn unchanged(board: &Board, before: &str, what: &str) {
    assert_eq!(board.to_json(), before, "{what} changed the board");
}

#[test]
fn a_failed_edit_of_any_kind_leaves_the_board_byte_identical() {
    for kind in KINDS {
        let (doc, record) = with_a(kind);
        let mut board = Board::open(&doc.to_string()).unwrap();
        let before = board.to_json();
        let mut broken = record.clone();
        broken["JaneDoe2017"] = json!(1);
        assert!(board.insert(kind, &broken).is_err());
        unchanged(
            &board,
            &before,
            &format!("{kind:?}: insert of an unreadable record"),
        );
        assert!(board.replace(kind, &broken).is_err());
        unchanged(
            &board,
            &before,
            &format!("{kind:?}: replace by an unreadable record"),
        );
        assert!(board.insert(kind, &record).is_err());
        unchanged(
            &board,
            &before,
            &format!("{kind:?}: insert of an id already there"),
        );
        let other = renamed(kind, &record);
        assert!(board.replace(kind, &other).is_err());
        unchanged(
            &board,
            &before,
            &format!("{kind:?}: replace of an id not there"),
        );
        assert!(board.remove(kind, &key_of(kind, &other)).is_err());
        unchanged(
            &board,
            &before,
            &format!("{kind:?}: removal of an id not there"),
        );
    }
}

#[test]
fn a_failed_risk_edit_on_a_board_without_a_register_adds_none() {
    let (_, risk) = with_a(RecordKind::Risk);
    let doc = corpus()
        .into_iter()
        .find(|d| d.get("risk_register").is_none())
        .unwrap();
    let mut board = Board::open(&doc.to_string()).unwrap();
    let before = board.to_json();
    let mut broken = risk.clone();
    broken["current"] = json!("high");
    assert!(board.insert(RecordKind::Risk, &broken).is_err());
    unchanged(&board, &before, "a failed risk insert");
    assert!(board.replace(RecordKind::Risk, &risk).is_err());
    unchanged(&board, &before, "a failed risk replace");
    assert!(board.remove(RecordKind::Risk, "r-none").is_err());
    unchanged(&board, &before, "a failed risk removal");
    assert!(board.document().risk_register.is_none());
    // A risk that goes in starts the register.
    assert_eq!(board.insert(RecordKind::Risk, &risk).unwrap(), 0);
    assert!(board.document().risk_register.is_some());
}

/// Every record of the example taken out, then put back one at a time (actions before
/// the meetings that raised them, people after the meetings naming them): after each,
/// a check of every action and meeting gives what a board opened afresh gives.
#[test]
fn records_inserted_one_by_one_give_the_board_opened_afresh() {
    let (doc, _) = with_a(RecordKind::Action);
    let mut empty = doc.clone();
    for list in ["people", "meetings", "actions", "bodies", "organisations"] {
        empty[list] = json!([]);
    }
    let mut board = Board::open(&empty.to_string()).unwrap();
    let order = [
        RecordKind::Organisation,
        RecordKind::Action,
        RecordKind::Body,
        RecordKind::Meeting,
        RecordKind::Person,
    ];
    for kind in order {
        let list = doc.pointer(kind.list_path()).unwrap().as_array().unwrap();
        for (n, record) in list.iter().enumerate() {
            board.insert(kind, record).unwrap();
            if n % 7 != 0 && n + 1 != list.len() {
                continue;
            }
            let fresh = Board::open(&board.to_json()).unwrap();
            for probe in probes(&doc) {
                let (k, r) = &probe;
                assert_eq!(
                    board.validate_record(*k, r, None),
                    fresh.validate_record(*k, r, None),
                    "after {n} of {kind:?}"
                );
            }
        }
    }
    assert_eq!(
        board.to_json(),
        Board::open(&doc.to_string()).unwrap().to_json()
    );
}

/// A few actions and meetings of the example to check.
fn probes(doc: &Value) -> Vec<(RecordKind, Value)> {
    let mut out = Vec::new();
    for (kind, list) in [
        (RecordKind::Action, "actions"),
        (RecordKind::Meeting, "meetings"),
    ] {
        for r in doc[list].as_array().unwrap().iter().step_by(5) {
            out.push((kind, r.clone()));
        }
    }
    out
}

/// The checks of `board` equal those of a board opened afresh from its JSON.
fn checks_as_fresh(board: &Board, doc: &Value, what: &str) {
    let fresh = Board::open(&board.to_json()).unwrap();
    for (k, r) in probes(doc) {
        assert_eq!(
            board.validate_record(k, &r, None),
            fresh.validate_record(k, &r, None),
            "{what}"
        );
    }
}

/// Every person, body, meeting and action of the example replaced by a changed copy
/// (new initials, another date, another raising meeting), then every one removed, from
/// the front, the back and the middle in turn: after each edit (every seventh checked in
/// full) the board checks records as a board opened afresh does.
#[test]
fn records_replaced_and_removed_one_by_one_give_the_board_opened_afresh() {
    let (doc, _) = with_a(RecordKind::Action);
    let mut board = Board::open(&doc.to_string()).unwrap();
    let kinds = [
        (RecordKind::Person, "people"),
        (RecordKind::Body, "bodies"),
        (RecordKind::Meeting, "meetings"),
        (RecordKind::Action, "actions"),
    ];
    let first_meeting = doc["meetings"][0]["id"].clone();
    for (kind, list) in kinds {
        for (n, record) in doc[list].as_array().unwrap().iter().enumerate() {
            let mut r = record.clone();
            match kind {
                RecordKind::Person => r["initials"] = json!(format!("Q{n}")),
                RecordKind::Body => r["members"] = json!([]),
                RecordKind::Meeting => r["date"] = json!(format!("2016-0{}-15", 1 + n % 9)),
                _ => r["raised_at"] = first_meeting.clone(),
            }
            assert_eq!(board.replace(kind, &r).unwrap(), n);
            if n % 7 == 0 {
                checks_as_fresh(&board, &doc, &format!("after replacing {n} of {list}"));
            }
        }
    }
    for (kind, list) in [kinds[2], kinds[3], kinds[0], kinds[1]] {
        let mut ids: Vec<String> = doc[list]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["id"].as_str().unwrap().to_string())
            .collect();
        let mut step = 0;
        while !ids.is_empty() {
            let at = [0, ids.len() - 1, ids.len() / 2][step % 3];
            let id = ids.remove(at);
            assert_eq!(board.remove(kind, &id).unwrap(), at, "{list}");
            if step % 7 == 0 {
                checks_as_fresh(&board, &doc, &format!("after removing {step} of {list}"));
            }
            step += 1;
        }
    }
}

/// The errors of an insert whose key is already on the board and of a replace whose key
/// is not, for every kind: at the key's path, in the words of the key (a budget is found
/// by its body and year, not by an id).
#[test]
fn an_edit_that_finds_the_wrong_key_says_which_key() {
    for kind in KINDS {
        let (doc, record) = with_a(kind);
        let mut board = Board::open(&doc.to_string()).unwrap();
        let (path, key) = match kind {
            RecordKind::Budget => ("/year", "body and year"),
            _ => ("/id", "id"),
        };
        let taken = board.insert(kind, &record).unwrap_err();
        assert_eq!(
            (taken.path(), taken.to_string()),
            (path, format!("A record with this {key} is already on the board: replace it instead, or give the new record its own id (for example \"a-2017-014\")."))
        );
        let missing = board.replace(kind, &renamed(kind, &record)).unwrap_err();
        assert_eq!(
            (missing.path(), missing.to_string()),
            (path, format!("No record with this {key} is on the board: insert it instead, or check the id (for example \"a-2017-014\")."))
        );
    }
}
