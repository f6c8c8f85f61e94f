//! Extreme values anywhere in a real document never make boardkit panic: each numeric or
//! date leaf of the Leicester example is replaced, one at a time, by an extreme value, and
//! every operation runs on the result (a shape error is fine; a panic is not).
use boardkit::document::ValidateOptions;
use boardkit::{action, budget, report, risk, scorecard, BoardDocument};
use serde_json::Value;
use std::panic::{catch_unwind, AssertUnwindSafe};

fn leaves(v: &Value, path: String, out: &mut Vec<(String, Value)>) {
    match v {
        Value::Object(o) => {
            for (k, x) in o {
                leaves(x, format!("{path}/{k}"), out);
            }
        }
        Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                leaves(x, format!("{path}/{i}"), out);
            }
        }
        Value::Number(_) => out.push((path, v.clone())),
        Value::String(s) if s.len() >= 7 && s.as_bytes().get(4) == Some(&b'-') => {
            out.push((path, v.clone()))
        }
        _ => {}
    }
}

fn exercise(doc: &BoardDocument) {
    let as_of = "2017-02-01".parse().unwrap();
    let _ = doc.validate(&ValidateOptions {
        as_of: Some(as_of),
        ..Default::default()
    });
    let _ = doc.public_version();
    let _ = action::log(&action::LogRequest {
        document: doc.clone(),
        as_of,
        amber_days: Some(u32::MAX),
    });
    let _ = action::due_within(&action::DueWithinRequest {
        document: doc.clone(),
        as_of,
        days: u32::MAX,
    });
    if let Some(reg) = &doc.risk_register {
        let _ = risk::summary(&risk::SummaryRequest {
            review_days: None,
            body_review_days: Default::default(),
            register: reg.clone(),
            as_of,
            review_within_days: u32::MAX,
        });
        let _ = risk::heat_map(&risk::RegisterRequest {
            review_days: None,
            body_review_days: Default::default(),
            register: reg.clone(),
            as_of,
        });
    }
    for b in &doc.budgets {
        let _ = budget::statement(&budget::StatementRequest {
            budget: b.clone(),
            previous: Some(b.clone()),
        });
    }
    for s in &doc.scorecards {
        let _ = scorecard::summarise(&scorecard::SummariseRequest {
            scorecard: s.clone(),
            period: None,
        });
    }
    let _ = report::attendance(&report::AttendanceRequest {
        document: doc.clone(),
        body: "b-lscb".into(),
        from: "0001-01-01".parse().unwrap(),
        to: "9999-12-31".parse().unwrap(),
        threshold_percent: Some(scorecard::Decimal::from_int(75).unwrap()),
        places: 9,
    });
}

#[test]
fn extreme_values_never_panic() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../examples/data/leicester-lscb.json"
    );
    let base: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let mut targets = Vec::new();
    leaves(&base, String::new(), &mut targets);
    assert!(targets.len() > 100, "only {} leaves", targets.len());
    let numbers: Vec<Value> = vec![
        0.into(),
        (-1).into(),
        i64::from(u32::MAX).into(),
        i64::MAX.into(),
        i64::MIN.into(),
        u64::MAX.into(),
        serde_json::json!(1e300),
        serde_json::json!(0.5),
    ];
    let dates: Vec<Value> = [
        "0001-01-01",
        "9999-12-31",
        "262143-12-31",
        "2017-01",
        "next_meeting",
    ]
    .iter()
    .map(|s| Value::from(*s))
    .collect();
    let mut panics = Vec::new();
    let mut ran = 0usize;
    for (p, original) in &targets {
        let variants = if original.is_number() {
            &numbers
        } else {
            &dates
        };
        for new in variants {
            let mut v = base.clone();
            *v.pointer_mut(p).unwrap() = new.clone();
            let text = v.to_string();
            let outcome = catch_unwind(AssertUnwindSafe(|| {
                if let Ok(doc) = BoardDocument::from_json(&text) {
                    exercise(&doc);
                }
            }));
            ran += 1;
            if outcome.is_err() {
                panics.push(format!("{p} = {new}"));
            }
        }
    }
    assert!(ran > 500);
    assert!(panics.is_empty(), "{} panics: {:#?}", panics.len(), panics);
}
