//! Issue 12: no message, path or code ever contains a value from the input.
//!
//! A sentinel (with quotes, backticks, backslashes, line breaks, NUL, or very long) is put
//! into one string position of a valid request of every kind — a value, an enum value, a
//! number or list replaced by text, a key renamed or added — and every error and every
//! finding that comes back is checked for it. A deterministic sweep covers every position
//! of the small requests; proptest samples positions of the requests that embed a whole
//! board document.
use boardkit::error::from_json;
use boardkit::Error;
use proptest::prelude::*;
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{json, Value};

const MARK: &str = "ZQX";

/// Value sentinels: each holds MARK (some look almost right for the field).
fn value_sentinels() -> Vec<String> {
    vec![
        format!("{MARK}"),
        format!("a\"{MARK}\"b"),
        format!("`{MARK}`"),
        format!("\\{MARK}\\\""),
        format!("line\n{MARK}"),
        format!("nul\u{0}{MARK}"),
        format!("{MARK}{}", "x".repeat(5000)),
        format!("2017-02-{MARK}"),
        format!("£1,{MARK}"),
        format!("{MARK}_ident"),
    ]
}

/// Key sentinels: none is a short identifier, so none may be named.
fn key_sentinels() -> Vec<String> {
    vec![
        format!("{MARK} key"),
        format!("{MARK}\"q"),
        format!("{MARK}`"),
        format!("{MARK}\\"),
        format!("{MARK}\n"),
        format!("{MARK}\u{0}"),
        format!("{MARK}{}", "k".repeat(100)),
    ]
}

fn example() -> Value {
    let text = include_str!("../../examples/data/leicester-lscb.json");
    serde_json::from_str(text).unwrap()
}

/// Every text a caller can see of an outcome: the error's code, path and message, or the
/// code, path and message of each finding of a report.
type Runner = fn(&str) -> Vec<String>;

fn texts_of_error(e: &Error) -> Vec<String> {
    vec![e.code().to_string(), e.path().to_string(), e.to_string()]
}

fn texts_of_response<T: Serialize>(resp: &T) -> Vec<String> {
    let v = serde_json::to_value(resp).unwrap();
    let mut out = Vec::new();
    if let Some(findings) = v.get("findings").and_then(Value::as_array) {
        for f in findings {
            for k in ["code", "path", "message"] {
                out.push(f[k].as_str().unwrap_or("").to_string());
            }
        }
    }
    out
}

fn run<Req: DeserializeOwned, Resp: Serialize>(
    text: &str,
    f: impl Fn(&Req) -> Result<Resp, Error>,
) -> Vec<String> {
    match from_json::<Req>(text) {
        Err(e) => texts_of_error(&e),
        Ok(req) => match f(&req) {
            Err(e) => texts_of_error(&e),
            Ok(resp) => texts_of_response(&resp),
        },
    }
}

macro_rules! runner {
    (result $f:path) => {
        (|t: &str| run(t, $f)) as Runner
    };
    (plain $f:path) => {
        (|t: &str| run(t, |r| Ok::<_, Error>($f(r)))) as Runner
    };
}

fn document_runner(text: &str) -> Vec<String> {
    match boardkit::document::validate_json(text, &Default::default()) {
        Err(e) => texts_of_error(&e),
        Ok(r) => texts_of_response(&r),
    }
}

/// Every capability with a valid request.
fn cases() -> Vec<(&'static str, Runner, Value)> {
    let d = example();
    let r = d["risk_register"].clone();
    let m = r["matrix"].clone();
    let b = d["budgets"][0].clone();
    let s = d["scorecards"][0].clone();
    let log = json!({"document": d, "as_of": "2017-02-01"});
    vec![
        ("document", document_runner as Runner, d.clone()),
        (
            "action_log",
            runner!(result boardkit::action::log),
            log.clone(),
        ),
        (
            "action_open",
            runner!(result boardkit::action::open),
            log.clone(),
        ),
        (
            "action_overdue",
            runner!(result boardkit::action::overdue),
            log.clone(),
        ),
        (
            "action_undated",
            runner!(result boardkit::action::undated),
            log.clone(),
        ),
        (
            "action_completed",
            runner!(result boardkit::action::completed),
            log.clone(),
        ),
        (
            "action_rag",
            runner!(result boardkit::action::rag),
            log.clone(),
        ),
        (
            "action_summary",
            runner!(result boardkit::action::summary),
            log.clone(),
        ),
        (
            "action_due_within",
            runner!(result boardkit::action::due_within),
            json!({"document": d, "as_of": "2017-02-01", "days": 28}),
        ),
        (
            "action_carry_forward",
            runner!(result boardkit::action::carry_forward),
            json!({"document": d, "meeting": "m-2016-12-08", "as_of": "2017-02-01"}),
        ),
        (
            "action_history",
            runner!(result boardkit::action::history),
            json!({"document": d, "action": "a-2016-12-08-12"}),
        ),
        (
            "action_flow",
            runner!(result boardkit::action::flow_matters_arising),
            json!({"document": d}),
        ),
        (
            "risk_rate",
            runner!(result boardkit::risk::rate),
            json!({"matrix": m, "likelihood": 5, "impact": 5}),
        ),
        (
            "risk_grid",
            runner!(result boardkit::risk::grid),
            json!({"matrix": m}),
        ),
        (
            "risk_ratings",
            runner!(result boardkit::risk::ratings),
            json!({"register": r, "as_of": "2017-02-09"}),
        ),
        (
            "risk_heat_map",
            runner!(result boardkit::risk::heat_map),
            json!({"register": r, "as_of": "2017-02-09"}),
        ),
        (
            "risk_reviews",
            runner!(result boardkit::risk::reviews),
            json!({"register": r, "as_of": "2017-02-09", "within_days": 60}),
        ),
        (
            "risk_escalations",
            runner!(result boardkit::risk::escalations),
            json!({"register": r, "as_of": "2017-02-09", "threshold": 10}),
        ),
        (
            "risk_summary",
            runner!(result boardkit::risk::summary),
            json!({"register": r, "as_of": "2017-02-09", "review_within_days": 60}),
        ),
        (
            "budget_apportion",
            runner!(result boardkit::budget::apportion),
            json!({"formula": {"kind": "composite",
                "fixed": [{"organisation": "o-a", "amount": 100}],
                "remainder": {"kind": "percentages", "shares": [
                    {"organisation": "o-lcc", "basis_points": 5000},
                    {"organisation": "o-police", "basis_points": 5000}]}},
                "total": 29870000}),
        ),
        (
            "budget_statement",
            runner!(result boardkit::budget::statement),
            json!({"budget": b}),
        ),
        (
            "budget_year_statement",
            runner!(result boardkit::budget::year_statement),
            json!({"document": d, "body": "b-lscb", "year": "2016/17"}),
        ),
        (
            "budget_parse_money",
            runner!(result boardkit::budget::parse_money),
            json!({"text": "-£49,000"}),
        ),
        (
            "budget_format_money",
            runner!(plain boardkit::budget::format_money),
            json!({"pence": 123456}),
        ),
        (
            "scorecard_validate",
            runner!(plain boardkit::scorecard::validate),
            json!({"scorecard": s}),
        ),
        (
            "scorecard_summarise",
            runner!(plain boardkit::scorecard::summarise),
            json!({"scorecard": s, "period": "2016-04"}),
        ),
        (
            "scorecard_rate",
            runner!(result boardkit::scorecard::rate_per_10000),
            json!({"count": 408, "population": 81750, "places": 1}),
        ),
        (
            "scorecard_share",
            runner!(result boardkit::scorecard::share_of_total),
            json!({"part": 1, "total": 3, "places": 1}),
        ),
        (
            "scorecard_change",
            runner!(result boardkit::scorecard::change),
            json!({"previous": 518, "current": 408}),
        ),
        (
            "scorecard_infer",
            runner!(result boardkit::scorecard::infer_population),
            json!({"count": 2240, "rate": 274}),
        ),
        (
            "scorecard_travel",
            runner!(plain boardkit::scorecard::direction_of_travel),
            json!({"previous": 518, "current": 408, "polarity": "lower_is_better",
                   "threshold": {"relative_percent": 5}}),
        ),
        (
            "scorecard_rag",
            runner!(plain boardkit::scorecard::rag_rating),
            json!({"value": 408, "target": {"value": 400}, "polarity": "lower_is_better"}),
        ),
        (
            "report_attendance",
            runner!(result boardkit::report::attendance),
            json!({"document": d, "body": "b-lscb", "from": "2016-04-01", "to": "2017-03-31"}),
        ),
        (
            "meeting_quorum",
            runner!(result boardkit::meeting::meeting_quorum),
            json!({"document": d, "meeting": "m-2016-12-08"}),
        ),
        (
            "validate_record_action",
            runner!(result boardkit::document::validate_record),
            json!({"kind": "action", "context": d, "as_of": "2017-02-01", "record": {
                "id": "a-form", "ref": "4.2", "description": "Spotlight on child D",
                "owners": [{"initials": "SG"}], "raised_at": "m-2016-12-08", "due": "2016-11-30"}}),
        ),
        (
            "validate_record_risk",
            runner!(result boardkit::document::validate_record),
            json!({"kind": "risk", "as_of": "2017-02-01", "record": {
                "id": "r-new", "title": "Early help", "status": "open",
                "raised": {"date": "2016-12-08"}, "current": {"likelihood": 3, "impact": 3}}}),
        ),
    ]
}

/// A JSON Pointer to each position in `v`, with whether it is a key, outside `skip`.
fn positions(v: &Value, at: &str, out: &mut Vec<(String, bool)>) {
    out.push((at.to_string(), false));
    match v {
        Value::Object(map) => {
            for (k, child) in map {
                let p = format!("{at}/{}", k.replace('~', "~0").replace('/', "~1"));
                out.push((p.clone(), true));
                positions(child, &p, out);
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                positions(child, &format!("{at}/{i}"), out);
            }
        }
        _ => {}
    }
}

/// The request with the sentinel placed at `pointer` (as the value, or as the key).
fn plant(request: &Value, pointer: &str, key: bool, sentinel: &str) -> Value {
    let mut v = request.clone();
    if pointer.is_empty() {
        return Value::String(sentinel.to_string());
    }
    let (parent, last) = pointer.rsplit_once('/').unwrap();
    let last = last.replace("~1", "/").replace("~0", "~");
    let holder = v.pointer_mut(parent).unwrap();
    if key {
        if let Value::Object(map) = holder {
            let old = map.remove(&last).unwrap();
            map.insert(sentinel.to_string(), old);
        }
    } else {
        *v.pointer_mut(pointer).unwrap() = Value::String(sentinel.to_string());
    }
    v
}

fn check(name: &str, runner: Runner, request: &Value) -> Result<(), String> {
    for t in runner(&request.to_string()) {
        if t.contains(MARK) || t.contains('\u{0}') {
            return Err(format!("{name}: the input leaked into {t:?}"));
        }
    }
    Ok(())
}

fn is_small(request: &Value) -> bool {
    request.to_string().len() < 2_000
}

#[test]
fn every_position_of_the_small_requests() {
    let mut checked = 0;
    for (name, runner, request) in cases().into_iter().filter(|c| is_small(&c.2)) {
        let mut at = Vec::new();
        positions(&request, "", &mut at);
        for (pointer, key) in at {
            let sentinels = if key {
                key_sentinels()
            } else {
                value_sentinels()
            };
            for s in &sentinels {
                check(name, runner, &plant(&request, &pointer, key, s)).unwrap();
                checked += 1;
            }
        }
        // An extra key in the request itself and inside its first object.
        for s in key_sentinels() {
            let mut v = request.clone();
            v[s.as_str()] = json!(1);
            check(name, runner, &v).unwrap();
        }
    }
    assert!(checked > 500, "{checked}");
}

/// Every capability answers something for a planted request (no sentinel test runs on
/// a request that fails for another reason before reaching the field).
#[test]
fn every_valid_request_reads() {
    for (name, runner, request) in cases() {
        let texts = runner(&request.to_string());
        assert!(
            !texts.iter().any(|t| t.starts_with("shape.")),
            "{name}: {texts:?}"
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn positions_of_the_large_requests(case in any::<prop::sample::Index>(),
                                       position in any::<prop::sample::Index>(),
                                       sentinel in any::<prop::sample::Index>()) {
        let all: Vec<_> = cases().into_iter().filter(|c| !is_small(&c.2)).collect();
        let (name, runner, request) = case.get(&all);
        let mut at = Vec::new();
        positions(request, "", &mut at);
        let (pointer, key) = position.get(&at);
        let sentinels = if *key { key_sentinels() } else { value_sentinels() };
        let s = sentinel.get(&sentinels);
        prop_assert!(check(name, *runner, &plant(request, pointer, *key, s)).is_ok(),
            "{}", check(name, *runner, &plant(request, pointer, *key, s)).unwrap_err());
    }
}

/// Wrong values of every kind, for the corpus of bad inputs.
fn wrong_values() -> Vec<Value> {
    vec![
        json!(null),
        json!(true),
        json!(-1),
        json!(1.5),
        json!(1e300),
        json!(18446744073709551615u64),
        json!(""),
        json!("x"),
        json!([1]),
        json!({"a": 1}),
    ]
}

/// Shape errors from a corpus of bad inputs read as plain English: no library or Rust
/// wording, no path inside the message, a sentence.
#[test]
fn shape_messages_are_plain_english() {
    let forbidden = boardkit::read::message::FORBIDDEN;
    let mut seen = std::collections::BTreeSet::new();
    let mut bad = std::collections::BTreeSet::new();
    let mut check_error = |name: &str, texts: Vec<String>| {
        let [code, path, message] = texts.as_slice() else {
            return;
        };
        if !code.starts_with("shape.") {
            return;
        }
        let plain = message != boardkit::read::message::UNUSABLE
            && forbidden.iter().all(|w| !message.contains(w))
            && (path.is_empty() || !message.contains(path.as_str()))
            && (message.ends_with('.') || message.ends_with(')'))
            && message.chars().next().is_some_and(char::is_uppercase);
        if !plain {
            bad.insert(format!("{name} {path}: {message}"));
        }
        seen.insert(message.clone());
    };
    for (name, runner, request) in cases().into_iter().filter(|c| is_small(&c.2)) {
        let mut at = Vec::new();
        positions(&request, "", &mut at);
        for (pointer, key) in at.into_iter().filter(|(_, key)| !key) {
            for wrong in wrong_values() {
                let mut v = request.clone();
                match v.pointer_mut(&pointer) {
                    Some(slot) => *slot = wrong,
                    None => continue,
                }
                let _ = key;
                check_error(name, runner(&v.to_string()));
            }
        }
        // Broken JSON of the usual kinds.
        let text = request.to_string();
        for broken in [
            text[..text.len() / 2].to_string(),
            format!("{text} x"),
            text.replacen(':', "", 1),
            format!("{{\"a\": \"\\ud800\", {}", &text[1..]),
            String::new(),
        ] {
            check_error(name, runner(&broken));
        }
    }
    // A sample of the messages, for a reader of the test output.
    println!("{seen:#?}");
    assert!(bad.is_empty(), "not plain English: {bad:#?}");
    assert!(seen.len() > 15, "{seen:#?}");
}
