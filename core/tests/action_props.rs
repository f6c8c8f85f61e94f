//! Invariants of the action log: the overdue set only grows as the as-of date advances
//! (an action leaves it only by being completed, closed or superseded), and nothing in
//! the log depends on the order the actions are listed in.

use boardkit::action::{self, LogRequest};
use boardkit::date::Date;
use boardkit::BoardDocument;
use proptest::prelude::*;
use serde_json::{json, Value};
use std::collections::BTreeSet;

const STATUSES: [&str; 8] = [
    "open",
    "in_progress",
    "on_going",
    "outstanding",
    "on_agenda",
    "completed",
    "closed",
    "superseded",
];
const REFS: [&str; 3] = ["1", "2", "3.1"];

fn day(offset: u32) -> String {
    let start: Date = "2016-01-01".parse().unwrap();
    start
        .checked_add_days(chrono_days(offset))
        .unwrap()
        .to_string()
}

fn chrono_days(n: u32) -> chrono::Days {
    chrono::Days::new(u64::from(n))
}

fn status() -> impl Strategy<Value = &'static str> {
    prop::sample::select(STATUSES.to_vec())
}

fn due() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        (0u32..800).prop_map(|d| json!(day(d))),
        (2016i32..2018, 1u32..13).prop_map(|(y, m)| json!(format!("{y:04}-{m:02}"))),
        (0usize..5).prop_map(|m| json!({"meeting": format!("m{m}")})),
        Just(json!("next_meeting")),
    ]
}

fn history() -> impl Strategy<Value = Value> {
    prop::collection::vec((0u32..800, status(), any::<bool>()), 0..4).prop_map(|v| {
        Value::Array(
            v.into_iter()
                .map(|(d, s, note)| {
                    let mut h = json!({"date": day(d), "status": s});
                    if note {
                        h["note"] = json!("note");
                    }
                    h
                })
                .collect(),
        )
    })
}

fn an_action() -> impl Strategy<Value = Value> {
    (
        prop::sample::select(REFS.to_vec()),
        0usize..4,
        due(),
        prop::option::of(status()),
        history(),
        prop::option::of(0u32..800),
    )
        .prop_map(|(r, m, due, st, hist, closed)| {
            let mut a = json!({
                "id": "", "ref": r, "description": "d", "owners": [{"person": "p1"}],
                "raised_at": format!("m{m}"), "history": hist
            });
            if !due.is_null() {
                a["due"] = due;
            }
            if let Some(s) = st {
                a["status"] = json!(s);
            }
            if let Some(c) = closed {
                a["closed_on"] = json!(day(c));
            }
            a
        })
}

fn matter_arising() -> impl Strategy<Value = Value> {
    (prop::sample::select(REFS.to_vec()), status())
        .prop_map(|(r, s)| json!({"action_ref": r, "status": s}))
}

/// A document with four meetings of one body at random dates (one may be cancelled),
/// random matters arising, and up to 12 actions with ids a0, a1, ...
fn document() -> impl Strategy<Value = Value> {
    (
        prop::collection::vec(
            (
                0u32..800,
                prop::sample::select(vec!["held", "scheduled", "cancelled"]),
                prop::collection::vec(matter_arising(), 0..3),
            ),
            4,
        ),
        prop::collection::vec(an_action(), 0..12),
    )
        .prop_map(|(meetings, actions)| {
            let meetings: Vec<Value> = meetings
                .into_iter()
                .enumerate()
                .map(|(i, (d, st, ma))| {
                    json!({"id": format!("m{i}"), "body": "b", "title": "t", "date": day(d),
                           "status": st, "matters_arising": ma})
                })
                .collect();
            let actions: Vec<Value> = actions
                .into_iter()
                .enumerate()
                .map(|(i, mut a)| {
                    a["id"] = json!(format!("a{i}"));
                    a
                })
                .collect();
            json!({
                "schema_version": 1,
                "people": [{"id": "p1", "name": "P"}],
                "bodies": [{"id": "b", "name": "B", "kind": "board",
                            "members": [{"person": "p1", "category": "statutory"}]}],
                "meetings": meetings,
                "actions": actions
            })
        })
}

fn doc(v: &Value) -> BoardDocument {
    BoardDocument::from_json(&v.to_string()).unwrap()
}

fn req(d: &BoardDocument, as_of: u32) -> LogRequest {
    LogRequest {
        document: d.clone(),
        as_of: day(as_of).parse().unwrap(),
        amber_days: None,
    }
}

fn overdue_ids(d: &BoardDocument, as_of: u32) -> BTreeSet<String> {
    action::overdue(&req(d, as_of))
        .unwrap()
        .actions
        .into_iter()
        .map(|e| e.id)
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Between two as-of dates, an action leaves the overdue set only by being done
    /// (completed, closed or superseded) as of the later date.
    #[test]
    fn overdue_only_grows(v in document(), d1 in 0u32..900, step in 0u32..400) {
        let d = doc(&v);
        let d2 = d1 + step;
        let earlier = overdue_ids(&d, d1);
        let later = overdue_ids(&d, d2);
        let done: BTreeSet<String> = action::completed(&req(&d, d2))
            .unwrap()
            .actions
            .into_iter()
            .map(|e| e.id)
            .collect();
        for id in earlier.difference(&later) {
            prop_assert!(done.contains(id), "{id} left the overdue set without being done");
        }
    }

    /// The log, its lists and its summary do not depend on the order the actions are
    /// listed in (only the `index` field, which points into the list, changes).
    #[test]
    fn order_does_not_matter(
        (v, order) in document().prop_flat_map(|v| {
            let n = v["actions"].as_array().map_or(0, Vec::len);
            (Just(v), Just((0..n).collect::<Vec<usize>>()).prop_shuffle())
        }),
        as_of in 0u32..900,
    ) {
        let mut shuffled = v.clone();
        let actions = v["actions"].as_array().unwrap();
        shuffled["actions"] = Value::Array(order.iter().map(|&i| actions[i].clone()).collect());
        let a = doc(&v);
        let b = doc(&shuffled);
        prop_assert_eq!(overdue_ids(&a, as_of), overdue_ids(&b, as_of));
        let strip = |d: &BoardDocument| {
            let mut log = action::log(&req(d, as_of)).unwrap();
            for e in &mut log.entries {
                e.index = 0;
            }
            log
        };
        prop_assert_eq!(strip(&a), strip(&b));
    }
}
