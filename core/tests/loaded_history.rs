//! A loaded board checks a record against only the members its rules look up (a form check costs the same at any board size):
//! on a board with a long membership history — former members, a former chair listed
//! first, people who left and rejoined, initials shared by former and current members,
//! a named seat passed between holders — meetings and actions dated before, during and
//! after each tenure get exactly the findings of the one-shot whole-document check.

use boardkit::document::{validate_record, RecordKind, ValidateRecordRequest};
use boardkit::{Board, BoardDocument};
use serde_json::{json, Value};
use std::collections::BTreeSet;

fn date(s: &str) -> boardkit::date::Date {
    serde_json::from_value(json!(s)).unwrap()
}

/// The dates the records are set at: before the current members, in the former chair's
/// tenure, on a day a former member had just left, and years later.
const DATES: [&str; 5] = [
    "2004-02-01",
    "2010-05-01",
    "2014-03-03",
    "2016-12-08",
    "2030-06-01",
];

/// The Leicester example with a long history on its board's membership list.
fn history_board() -> Value {
    let mut doc: Value =
        serde_json::from_str(include_str!("../../examples/data/leicester-lscb.json")).unwrap();
    let people = doc["people"].as_array_mut().unwrap();
    let mut person = |id: &str, name: &str, initials: &str| {
        people.push(json!({"id": id, "name": name, "initials": initials}));
    };
    person("p-old-chair", "Olive Hart", "OH");
    person("p-old-at", "Alan Todd", "AT");
    person("p-old-sc", "Sam Cole", "SC");
    person("p-old-jm", "Jo Mills", "JM");
    for i in 0..240 {
        person(
            &format!("p-f{i}"),
            &format!("Former Member {i}"),
            &format!("F{}", i % 9),
        );
    }
    let body = &mut doc["bodies"][0];
    body["named_seats"] = json!([{"id": "s-gp", "name": "GP representative"}]);
    let members = body["members"].as_array_mut().unwrap();
    // The current members joined in 2016, except the first few (no dates: always).
    for (k, m) in members.iter_mut().enumerate() {
        if k % 3 == 1 {
            m["from"] = json!("2016-01-01");
        }
    }
    let mut history = vec![
        // A former chair, first in the list: the role look-up finds her whatever the date.
        json!({"person": "p-old-chair", "category": "statutory", "role": "independent_chair",
               "from": "2008-01-01", "until": "2015-12-31"}),
        json!({"person": "p-old-at", "category": "statutory", "from": "2009-01-01", "until": "2016-11-30"}),
        json!({"person": "p-old-sc", "category": "co_opted", "from": "2010-01-01", "until": "2013-12-31"}),
        json!({"person": "p-old-jm", "category": "statutory", "from": "2003-01-01", "until": "2011-06-30",
               "voting": false}),
        // Left and rejoined.
        json!({"person": "p-at", "category": "statutory", "from": "2005-01-01", "until": "2008-12-31"}),
        json!({"person": "p-old-sc", "category": "statutory", "from": "2015-01-01", "until": "2017-12-31"}),
        // A named seat held in turn.
        json!({"person": "p-f1", "category": "statutory", "seat": "s-gp", "from": "2009-01-01", "until": "2012-12-31"}),
        json!({"person": "p-f2", "category": "statutory", "seat": "s-gp", "from": "2013-01-01", "until": "2016-12-31"}),
    ];
    for i in 0..240 {
        let start = 2000 + i % 25;
        history.push(json!({
            "person": format!("p-f{i}"),
            "category": if i % 4 == 0 { "co_opted" } else { "statutory" },
            "from": format!("{start}-01-01"),
            "until": format!("{}-12-31", start + 2),
        }));
    }
    history.append(members);
    *members = history;
    // The board's meeting copied to the other dates.
    let template = doc["meetings"][1].clone();
    let meetings = doc["meetings"].as_array_mut().unwrap();
    for d in DATES.iter().filter(|d| **d != "2016-12-08") {
        let mut m = template.clone();
        m["id"] = json!(format!("m-h-{d}"));
        m["date"] = json!(d);
        m.as_object_mut().unwrap().remove("next_meeting");
        m.as_object_mut().unwrap().remove("matters_arising");
        meetings.push(m);
    }
    doc
}

/// The meeting on a date, edited to name former and current members every way a
/// record can: present, deputised for, a substitute in the named seat, presenters and a
/// decision's owner by initials, name and role.
fn meeting_on(doc: &Value, d: &str, not_before: bool) -> Value {
    let id = if d == "2016-12-08" {
        "m-2016-12-08".to_string()
    } else {
        format!("m-h-{d}")
    };
    let mut m = doc["meetings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["id"] == json!(id))
        .unwrap()
        .clone();
    if not_before {
        m["date_basis"] = json!("not_before");
    }
    let attendance = m["attendance"].as_array_mut().unwrap();
    attendance.push(json!({"person": "p-old-sc", "status": "present"}));
    attendance.push(json!({"person": "p-f7", "status": "present"}));
    attendance.push(json!({"person": "p-f30", "status": "deputy", "deputy_for": "p-old-at"}));
    attendance.push(json!({"person": "p-f31", "status": "deputy", "deputy_for": "p-old-chair"}));
    attendance.push(json!({"person": "p-f32", "status": "deputy", "deputy_for": "p-at"}));
    attendance.push(json!({"person": "p-f33", "status": "substitute", "seat": "s-gp"}));
    let item = &mut m["agenda"][1];
    item["presenters"] = json!([
        {"initials": "AT"}, {"initials": "SC"}, {"initials": "JM"}, {"initials": "F4"},
        {"role": "chair"}, {"name": "Alan Todd"}, {"person": "p-old-jm"}
    ]);
    item["decisions"] = json!([{"kind": "agreed", "text": "Agreed.", "owner": {"initials": "OH"},
                                "owners": [{"initials": "AT"}, {"role": "chair"}]}]);
    m
}

/// An action raised at the meeting on a date, owned by former and current members.
fn action_on(doc: &Value, d: &str, k: usize) -> Value {
    let mut a = doc["actions"][5].clone();
    a["id"] = json!(format!("a-h-{d}-{k}"));
    a["raised_at"] = json!(if d == "2016-12-08" {
        "m-2016-12-08".to_string()
    } else {
        format!("m-h-{d}")
    });
    let owners = [
        json!([{"initials": "AT"}]),
        json!([{"initials": "SC"}, {"role": "chair"}]),
        json!([{"person": "p-old-at"}, {"initials": "JM"}]),
        json!([{"name": "Alan Todd"}, {"initials": "F5"}, {"person": "p-f9"}]),
        json!([{"initials": "OH"}, {"person": "p-old-sc"}]),
    ];
    a["owners"] = owners[k % owners.len()].clone();
    a
}

#[test]
fn with_a_long_membership_history_records_check_as_one_shot_at_every_date() {
    let doc = history_board();
    let text = doc.to_string();
    let board = Board::open(&text).unwrap();
    let mut records = Vec::new();
    for d in DATES {
        for not_before in [false, true] {
            records.push((RecordKind::Meeting, meeting_on(&doc, d, not_before)));
        }
        for k in 0..5 {
            records.push((RecordKind::Action, action_on(&doc, d, k)));
        }
    }
    let mut codes: BTreeSet<String> = BTreeSet::new();
    let mut per_date: BTreeSet<Vec<String>> = BTreeSet::new();
    for (kind, record) in &records {
        for as_of in ["2017-01-31", "2031-01-01"] {
            let one_shot = validate_record(&ValidateRecordRequest {
                kind: *kind,
                record: record.clone(),
                context: Some(BoardDocument::from_json(&text).unwrap()),
                as_of: Some(date(as_of)),
            })
            .unwrap();
            let loaded = board.validate_record(*kind, record, Some(date(as_of)));
            assert_eq!(loaded, one_shot, "record: {record}");
            codes.extend(loaded.findings.iter().map(|f| f.code.to_string()));
            if *kind == RecordKind::Meeting {
                per_date.insert(loaded.findings.iter().map(|f| f.code.to_string()).collect());
            }
        }
    }
    // The history is what the findings turn on: ambiguous initials among former and
    // current members, a deputy for someone no longer a member, a seat that was held.
    for code in [
        "meeting.initials_ambiguous",
        "meeting.deputy_for_non_member",
        "meeting.substitute_without_seat",
        "action.owner_ambiguous",
    ] {
        assert!(codes.contains(code), "{code} not found: {codes:?}");
    }
    // and the same meeting gets different findings at different dates.
    assert!(per_date.len() > 2, "{per_date:?}");
}
