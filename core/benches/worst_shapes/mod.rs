//! The worst shapes (inputs that must not take minutes or gigabytes) as JSON documents: `shape(name, k)` is the shape with every
//! count multiplied by `k` (1 and 10 in the bench). Used by `core/benches/worst.rs`.

mod links;
mod more;

use serde_json::{json, Value};

pub(crate) fn person(i: usize, initials: &str) -> Value {
    json!({"id": format!("p-{i}"), "name": format!("Person {i}"), "initials": initials})
}

pub(crate) fn member(i: usize) -> Value {
    json!({"person": format!("p-{i}"), "category": "statutory"})
}

pub(crate) fn body(id: &str, members: Vec<Value>) -> Value {
    json!({"id": id, "name": "Board", "kind": "board", "members": members})
}

pub(crate) fn meeting(id: &str, date: &str, attendance: Vec<Value>) -> Value {
    json!({"id": id, "body": "b", "title": "Board meeting", "date": date, "status": "held",
           "attendance": attendance})
}

pub(crate) fn document(
    people: Vec<Value>,
    bodies: Vec<Value>,
    meetings: Vec<Value>,
    actions: Vec<Value>,
) -> Value {
    json!({"schema_version": 1, "people": people, "bodies": bodies, "meetings": meetings,
           "actions": actions})
}

pub(crate) fn action(i: usize, reference: &str, meeting: &str, owners: Vec<Value>) -> Value {
    json!({"id": format!("a-{i}"), "ref": reference, "description": format!("Action {i}"),
           "raised_at": meeting, "owners": owners, "due": "2017-03-31"})
}

pub fn shape(name: &str, k: usize) -> Value {
    match name {
        "shared_initials" => {
            let n = 1_000 * k;
            let refs = 20 * k;
            let people: Vec<Value> = (0..n).map(|i| person(i, "JS")).collect();
            let att: Vec<Value> = (0..n)
                .map(|i| json!({"person": format!("p-{i}"), "status": "present"}))
                .collect();
            let mut m1 = meeting("m-1", "2017-01-10", att);
            m1["agenda"] = (0..refs)
                .map(|i| json!({"number": format!("{}", i + 1), "title": "Item", "presenters": [{"initials": "JS"}]}))
                .collect();
            // A second meeting without an attendance list: initials resolve against
            // the membership.
            let m2 = meeting("m-2", "2017-02-10", vec![]);
            let actions = (0..refs)
                .map(|i| {
                    let m = if i % 2 == 0 { "m-1" } else { "m-2" };
                    action(i, &format!("{}", i + 1), m, vec![json!({"initials": "JS"})])
                })
                .collect();
            document(
                people,
                vec![body("b", (0..n).map(member).collect())],
                vec![m1, m2],
                actions,
            )
        }
        "attending_members" => {
            let n = 2_000 * k;
            let att = (0..n)
                .map(|i| json!({"person": format!("p-{i}"), "status": "present"}))
                .collect();
            document(
                (0..n).map(|i| person(i, "AB")).collect(),
                vec![body("b", (0..n).map(member).collect())],
                vec![meeting("m-1", "2017-01-10", att)],
                vec![],
            )
        }
        "deputies" => {
            let n = 2_000 * k;
            let d = n / 2;
            let mut members: Vec<Value> = (0..n).map(member).collect();
            for m in &mut members {
                m["may_send_deputy"] = json!(true);
            }
            let mut att: Vec<Value> = (0..d)
                .map(|i| json!({"person": format!("p-{}", n + i), "status": "deputy", "deputy_for": format!("p-{}", n - 1 - i)}))
                .collect();
            att.extend(
                (0..n - d).map(|i| json!({"person": format!("p-{i}"), "status": "present"})),
            );
            document(
                (0..n + d).map(|i| person(i, "AB")).collect(),
                vec![body("b", members)],
                vec![meeting("m-1", "2017-01-10", att)],
                vec![],
            )
        }
        "actions_one_meeting" => {
            let n = 5_000 * k;
            let g = 2_000 * k;
            let att = (0..g)
                .map(|i| json!({"person": format!("p-{i}"), "status": "in_attendance"}))
                .collect();
            let actions = (0..n)
                .map(|i| {
                    let owner = json!({"person": format!("p-{}", g - 1 - (i % g))});
                    action(
                        i,
                        &format!("{}.{}", 5 + i / 100, 1 + i % 100),
                        "m-1",
                        vec![owner],
                    )
                })
                .collect();
            document(
                (0..g).map(|i| person(i, "AB")).collect(),
                vec![body("b", vec![])],
                vec![
                    meeting("m-1", "2017-01-10", att),
                    meeting("m-2", "2017-03-10", vec![]),
                ],
                actions,
            )
        }
        "partners" => {
            let n = 1_000 * k;
            let orgs: Vec<Value> = (0..n)
                .map(|i| json!({"id": format!("o-{i}"), "name": format!("Agency {i}"), "sector": "health", "statutory_partner": true}))
                .collect();
            let half = n / 2;
            let budget = |year: &str| {
                json!({
                    "year": year, "body": "b", "baseline": 100_000_000,
                    "formula": {"kind": "composite",
                        "fixed": (0..half).map(|i| json!({"organisation": format!("o-{i}"), "amount": 10_000})).collect::<Vec<_>>(),
                        "remainder": {"kind": "population",
                            "populations": (half..n).map(|i| json!({"organisation": format!("o-{i}"), "population": 1_000 + i})).collect::<Vec<_>>()}},
                    "additional": (0..n).map(|i| json!({"organisation": format!("o-{i}"), "amount": 100, "description": "Extra"})).collect::<Vec<_>>(),
                })
            };
            let mut d = document(vec![], vec![body("b", vec![])], vec![], vec![]);
            d["organisations"] = json!(orgs);
            d["budgets"] = json!([budget("2015/16"), budget("2016/17")]);
            d
        }
        "matters_arising" => {
            let n = 300 * k;
            let actions = (0..n).map(|i| action(i, "5.1", "m-1", vec![])).collect();
            let mut m2 = meeting("m-2", "2017-03-10", vec![]);
            m2["matters_arising"] = (0..n)
                .map(|i| json!({"action_ref": "5.1", "status": "in_progress", "note": format!("Update {i}")}))
                .collect();
            document(
                vec![],
                vec![body("b", vec![])],
                vec![meeting("m-1", "2017-01-10", vec![]), m2],
                actions,
            )
        }
        "reporting_chain" => {
            let n = 3_000 * k;
            let bodies = (0..n)
                .map(|i| {
                    // Ids of one width at both sizes (up to 999,999 bodies), so 10x the
                    // bodies is 10x the text: with `b-{i}` the ids were a digit longer at
                    // 10x and hashing them grew 13x.
                    let mut b = body(&format!("b-{i:06}"), vec![]);
                    if i + 1 < n {
                        b["reports_to"] = json!([format!("b-{:06}", i + 1)]);
                    }
                    b
                })
                .collect();
            document(vec![], bodies, vec![], vec![])
        }
        "attendance_report" => {
            let n = 3_000 * k;
            let orgs: Vec<Value> = (0..n)
                .map(|i| json!({"id": format!("o-{i}"), "name": format!("Agency {i}"), "sector": "health"}))
                .collect();
            let members = (0..n)
                .map(|i| json!({"person": format!("p-{i}"), "organisation": format!("o-{i}"), "category": "statutory"}))
                .collect();
            let meetings = (1..=4)
                .map(|mo| {
                    let att = (0..n)
                        .map(|i| json!({"person": format!("p-{i}"), "status": "present"}))
                        .collect();
                    meeting(&format!("m-{mo}"), &format!("2017-0{mo}-10"), att)
                })
                .collect();
            let mut d = document(
                (0..n).map(|i| person(i, "AB")).collect(),
                vec![body("b", members)],
                meetings,
                vec![],
            );
            d["organisations"] = json!(orgs);
            d
        }
        _ => more::shape(name, k),
    }
}
