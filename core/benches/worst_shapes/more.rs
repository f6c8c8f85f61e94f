//! Worst shapes added after the first table: closed parts and deep item numbering (the
//! public version), many risks and long risk histories, and the synthetic board.

use super::{action, body, document, meeting};
use serde_json::{json, Value};

pub(super) fn register_of(risks: Vec<Value>) -> Value {
    register(risks)
}

fn register(risks: Vec<Value>) -> Value {
    json!({
        "body": "b",
        "matrix": {"likelihood": ["Rare", "Unlikely", "Possible", "Likely", "Almost certain"],
                   "impact": ["Insignificant", "Minor", "Moderate", "Major", "Catastrophic"],
                   "bands": [{"min": 1, "max": 4, "rating": "green", "label": "Low"},
                             {"min": 5, "max": 12, "rating": "amber", "label": "Medium"},
                             {"min": 13, "max": 25, "rating": "red", "label": "High"}]},
        "escalation_score": 16,
        "top_band_review_days": 90,
        "risks": risks,
    })
}

/// A date `d` days after 2000-01-01, as text.
fn day(d: usize) -> String {
    let base = chrono::NaiveDate::from_ymd_opt(2000, 1, 1).unwrap_or_default();
    (base + chrono::Days::new(d as u64))
        .format("%Y-%m-%d")
        .to_string()
}

/// `n` risks, each with `h` history entries a week apart (scores moving).
fn risks(n: usize, h: usize) -> Vec<Value> {
    risks_spaced(n, h, 1)
}

/// As [`risks`], with `per_week` history entries a week: the history spans the same
/// dates whatever its length when `per_week` grows with it.
fn risks_spaced(n: usize, h: usize, per_week: usize) -> Vec<Value> {
    let per_week = per_week.max(1);
    (0..n)
        .map(|i| {
            let history: Vec<Value> = (0..h)
                .map(|j| {
                    json!({"date": day(j * 7 / per_week), "likelihood": 1 + (i + j) % 5, "impact": 1 + j % 5,
                                "note": "Reviewed."})
                })
                .collect();
            json!({"id": format!("r-{i}"), "title": format!("Risk {i}"),
                   "raised": {"date": day(0)}, "status": "open",
                   "current": {"likelihood": 1 + i % 5, "impact": 3},
                   "linked_actions": [format!("a-{i}")],
                   "history": history})
        })
        .collect()
}

/// `n` open risks scored 25 (red), no history, no review date or frequency.
fn red_risks(n: usize) -> Vec<Value> {
    (0..n)
        .map(|i| {
            json!({"id": format!("r-{i}"), "title": format!("Risk {i}"),
                   "raised": {"date": day(0)}, "status": "open",
                   "current": {"likelihood": 5, "impact": 5}})
        })
        .collect()
}

pub fn shape(name: &str, k: usize) -> Value {
    match name {
        "closed_parts" => {
            // One meeting with 1,000 parts (every other one closed), 2,000 items each in
            // a part, an action raised under each item and a declaration about each.
            let parts = 1_000 * k;
            let items = 2_000 * k;
            let mut m = meeting("m-1", "2017-01-10", vec![]);
            m["parts"] = (0..parts)
                .map(|p| json!({"id": format!("part-{p}"), "name": format!("Part {p}"), "confidential": p % 2 == 1}))
                .collect();
            m["agenda"] = (0..items)
                .map(|i| json!({"number": format!("{}", i + 1), "title": "Item", "part": format!("part-{}", i % parts)}))
                .collect();
            let actions = (0..items)
                .map(|i| action(i, &format!("{}", i + 1), "m-1", vec![]))
                .collect();
            document(vec![], vec![body("b", vec![])], vec![m], actions)
        }
        "sub_items" => {
            // 5,000 items numbered four levels deep (5.1.1.1 ...), every tenth one
            // confidential, an action under each item.
            let n = 5_000 * k;
            let number =
                |i: usize| format!("5.{}.{}.{}", 1 + i / 100, 1 + (i / 10) % 10, 1 + i % 10);
            let mut m = meeting("m-1", "2017-01-10", vec![]);
            m["agenda"] = (0..n)
                .map(|i| json!({"number": number(i), "title": "Item", "confidential": i % 10 == 0}))
                .collect();
            let actions = (0..n)
                .map(|i| action(i, &number(i), "m-1", vec![]))
                .collect();
            document(vec![], vec![body("b", vec![])], vec![m], actions)
        }
        "many_risks" => {
            let mut d = document(vec![], vec![body("b", vec![])], vec![], vec![]);
            d["risk_register"] = register(risks(2_000 * k, 10));
            d
        }
        "red_unreviewed" => {
            // 5,000 red risks (score 25) with no review date, and a register that records
            // no review date, frequency or limit: `risk.top_band_review_too_far` stays
            // silent, after asking once (not once per risk) whether the register records
            // reviews.
            let mut d = document(vec![], vec![body("b", vec![])], vec![], vec![]);
            let mut reg = register(red_risks(5_000 * k));
            if let Some(o) = reg.as_object_mut() {
                o.remove("top_band_review_days");
            }
            d["risk_register"] = reg;
            d
        }
        "long_history" => {
            let mut d = document(vec![], vec![body("b", vec![])], vec![], vec![]);
            // The history spans 2000 to 2038 at every size (k entries a week), so the
            // entries after the as-of date (2017-06-30), each a finding, grow with the
            // text: about 913k up to it and 1,087k after, per risk.
            d["risk_register"] = register(risks_spaced(10, 2_000 * k, k));
            d
        }
        "arising_done" => {
            // 300 actions with one ref, due before the next meeting, and 300 matters
            // arising with that ref, all saying completed (each action's done date is the
            // first of the run of completions).
            let n = 300 * k;
            let actions = (0..n).map(|i| action(i, "5.1", "m-1", vec![])).collect();
            let mut m2 = meeting("m-2", "2017-05-10", vec![]);
            m2["matters_arising"] = (0..n)
                .map(|i| json!({"action_ref": "5.1", "status": "completed", "note": format!("Done {i}")}))
                .collect();
            document(
                vec![],
                vec![body("b", vec![])],
                vec![meeting("m-1", "2017-01-10", vec![]), m2],
                actions,
            )
        }
        "group_owners" => {
            // A body with 1,000 groups; 5,000 actions each owned by one of them.
            let g = 1_000 * k;
            let n = 5_000 * k;
            let mut b = body("b", vec![]);
            b["groups"] = (0..g)
                .map(
                    |i| json!({"id": format!("g-{i}"), "name": format!("Group {i}"), "people": []}),
                )
                .collect();
            let actions = (0..n)
                .map(|i| {
                    action(
                        i,
                        &format!("{}", 5 + i),
                        "m-1",
                        vec![json!({"group": format!("g-{}", i % g)})],
                    )
                })
                .collect();
            document(
                vec![],
                vec![b],
                vec![meeting("m-1", "2017-01-10", vec![])],
                actions,
            )
        }
        "funding_decisions" => {
            // The partners shape, and one funding decision from each partner paying the
            // board (each checked against the board's budget statement).
            let mut d = super::shape("partners", k);
            let n = 1_000 * k;
            d["funding_decisions"] = (0..n)
                .map(|i| {
                    json!({"id": format!("d-{i}"), "funder": format!("o-{i}"), "year": "2016/17",
                                "allocation": {"kind": "per_area", "amount": 100},
                                "recipients": [{"body": "b"}]})
                })
                .collect();
            d
        }
        "synth" => crate::synth::board(k as u32),
        "link_chains" => super::links::chains(k),
        _ => Value::Null,
    }
}
