//! Issue 13: indexed look-ups give the same answers as the scans they replaced
//! (initials at a meeting and on a body, attendance, reporting-line cycles), on small
//! random documents with duplicate ids, shared initials and people not in the document.

use boardkit::index::Index;
use boardkit::BoardDocument;
use proptest::prelude::*;
use serde_json::{json, Value};
use std::collections::{BTreeMap, BTreeSet};

/// The scan `resolve_indexed` used before the index: attendees (by the first person
/// with each id) with these initials, in id order.
fn attendees_scan(doc: &BoardDocument, meeting: usize, ini: &str) -> Vec<String> {
    let first = |id: &str| doc.people.iter().find(|p| p.id == id);
    let set: BTreeSet<String> = doc.meetings[meeting]
        .attendance
        .iter()
        .filter(|a| first(&a.person).and_then(|p| p.initials.as_deref()) == Some(ini))
        .map(|a| a.person.clone())
        .collect();
    set.into_iter().collect()
}

fn members_scan(doc: &BoardDocument, body: usize, ini: &str) -> Vec<String> {
    let first = |id: &str| doc.people.iter().find(|p| p.id == id);
    let set: BTreeSet<String> = doc.bodies[body]
        .members
        .iter()
        .filter(|m| first(&m.person).and_then(|p| p.initials.as_deref()) == Some(ini))
        .map(|m| m.person.clone())
        .collect();
    set.into_iter().collect()
}

/// The depth-first search per reporting line that the cycle check used before.
fn cycles_scan(doc: &BoardDocument) -> BTreeSet<String> {
    let index: BTreeMap<&str, usize> = doc
        .bodies
        .iter()
        .enumerate()
        .map(|(i, b)| (b.id.as_str(), i))
        .collect();
    let mut out = BTreeSet::new();
    for (b, body) in doc.bodies.iter().enumerate() {
        for (r, target) in body.reports_to.iter().enumerate() {
            let mut stack = vec![target.as_str()];
            let mut visited = BTreeSet::new();
            let mut found = false;
            while let Some(cur) = stack.pop() {
                if cur == body.id {
                    found = true;
                    break;
                }
                if !visited.insert(cur) {
                    continue;
                }
                if let Some(next) = index.get(cur).map(|&i| &doc.bodies[i]) {
                    stack.extend(next.reports_to.iter().map(|s| s.as_str()));
                }
            }
            if found {
                out.insert(format!("/bodies/{b}/reports_to/{r}"));
                break;
            }
        }
    }
    out
}

const INITIALS: [&str; 3] = ["JS", "AB", "js"];

proptest! {
    #[test]
    fn initials_and_attendance_look_ups_agree_with_scans(
        people in prop::collection::vec((0u8..8, 0usize..3), 0..12),
        members in prop::collection::vec((0u8..2, 0u8..10), 0..12),
        attendance in prop::collection::vec((0u8..3, 0u8..10), 0..20),
    ) {
        let people: Vec<Value> = people
            .iter()
            .enumerate()
            .map(|(k, (id, ini))| json!({"id": format!("p-{id}"), "name": format!("P {k}"), "initials": INITIALS[*ini]}))
            .collect();
        let bodies: Vec<Value> = (0..2)
            .map(|b| {
                let ms: Vec<Value> = members
                    .iter()
                    .filter(|(x, _)| *x == b)
                    .map(|(_, p)| json!({"person": format!("p-{p}"), "category": "statutory"}))
                    .collect();
                json!({"id": "b-0", "name": "B", "kind": "board", "members": ms})
            })
            .collect();
        let meetings: Vec<Value> = (0..3)
            .map(|m| {
                let att: Vec<Value> = attendance
                    .iter()
                    .filter(|(x, _)| *x == m)
                    .map(|(_, p)| json!({"person": format!("p-{p}"), "status": "present"}))
                    .collect();
                json!({"id": "m-0", "body": "b-0", "title": "M", "date": "2017-01-01", "status": "held", "attendance": att})
            })
            .collect();
        let doc: BoardDocument = serde_json::from_value(json!({
            "schema_version": 1, "people": people, "bodies": bodies, "meetings": meetings,
        }))
        .unwrap();
        let ix = Index::new(&doc);
        for ini in INITIALS {
            for (m, meeting) in doc.meetings.iter().enumerate() {
                let got = ix.attendees_with_initials(meeting, ini);
                let want = attendees_scan(&doc, m, ini);
                prop_assert_eq!(got.count, want.len());
                prop_assert_eq!(got.first.map(String::from), want.first().cloned());
                for p in 0..10 {
                    let id = format!("p-{p}");
                    prop_assert_eq!(ix.attends(meeting, &id), meeting.attendance.iter().any(|a| a.person == id));
                }
            }
            for (b, body) in doc.bodies.iter().enumerate() {
                let got = ix.members_with_initials(body, ini);
                let want = members_scan(&doc, b, ini);
                prop_assert_eq!(got.count, want.len());
                prop_assert_eq!(got.first.map(String::from), want.first().cloned());
            }
        }
    }

    #[test]
    fn reporting_cycles_agree_with_a_search_per_line(
        lines in prop::collection::vec(prop::collection::vec(0u8..9, 0..3), 1..8),
    ) {
        // Unique ids b-0..b-n; targets past the last body are not in the document.
        let bodies: Vec<Value> = lines
            .iter()
            .enumerate()
            .map(|(i, to)| {
                let to: Vec<String> = to.iter().map(|t| format!("b-{t}")).collect();
                json!({"id": format!("b-{i}"), "name": "B", "kind": "board", "reports_to": to})
            })
            .collect();
        let doc: BoardDocument = serde_json::from_value(json!({"schema_version": 1, "bodies": bodies})).unwrap();
        let report = doc.validate(&Default::default());
        let got: BTreeSet<String> = report
            .findings
            .iter()
            .filter(|f| f.code == "board.reporting_cycle")
            .map(|f| f.path.clone())
            .collect();
        prop_assert_eq!(got, cycles_scan(&doc));
    }
}
