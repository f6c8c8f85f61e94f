//! A body's constitution sets the thresholds the rules read: the action amber window, the
//! risk review interval and the risk escalation score. Each test validates the same
//! document with and without the constitution's threshold and shows the findings change.
use crate::common;
use boardkit::action::log::{entries, ActionRag};
use boardkit::document::ValidateOptions;
use boardkit::index::Index;
use boardkit::BoardDocument;
use common::*;
use serde_json::{json, Value};

/// The base document with one action due 30 November 2016 that the board rates green.
fn with_action() -> Value {
    let mut v = base();
    set(
        &mut v,
        "/actions",
        json!([{"id": "a1", "ref": "2", "description": "Circulate the report.",
                "owners": [{"person": "p-dcs"}], "due": "2016-11-30", "raised_at": "m1",
                "recorded_rag": "green"}]),
    );
    v
}

fn codes(r: &boardkit::validate::Report) -> Vec<(String, String)> {
    r.findings
        .iter()
        .map(|f| (f.code.to_string(), f.path.clone()))
        .collect()
}

#[test]
fn the_amber_window_comes_from_the_actions_body() {
    // 20 days before the due date: green on the default 14-day window.
    let v = with_action();
    let r = validate_as_of(&v, "2016-11-10");
    assert_no(&r, "action.recorded_rag_differs");
    let rag =
        |v: &Value, window: u32| entries(&doc(v), "2016-11-10".parse().unwrap(), window)[0].rag;
    assert_eq!(rag(&v, 14), ActionRag::Green);
    // The board's constitution turns actions amber 28 days before they fall due.
    let mut w = v.clone();
    set(
        &mut w,
        "/bodies/0/constitution/thresholds",
        json!({"action_amber_days": 28}),
    );
    let r = validate_as_of(&w, "2016-11-10");
    assert_finding(&r, "action.recorded_rag_differs", "/actions/0/recorded_rag");
    assert_eq!(rag(&w, 14), ActionRag::Amber);
    // The constitution's window is used even when the caller asks for another one.
    assert_eq!(rag(&w, 7), ActionRag::Amber);
    // Outside the constitution's window the action is green again.
    let r = validate_as_of(&w, "2016-10-25");
    assert_no(&r, "action.recorded_rag_differs");
    // Another body's constitution does not touch this action.
    let mut x = v.clone();
    set(
        &mut x,
        "/bodies/1/constitution",
        json!({"thresholds": {"action_amber_days": 28}}),
    );
    assert_no(
        &validate_as_of(&x, "2016-11-10"),
        "action.recorded_rag_differs",
    );
    assert_eq!(rag(&x, 14), ActionRag::Green);
}

#[test]
fn the_amber_window_of_a_plan_raised_action_is_its_plan_bodys() {
    let mut v = with_action();
    set(&mut v, "/actions/0/raised_at", Value::Null);
    v["actions"][0].as_object_mut().unwrap().remove("raised_at");
    set(
        &mut v,
        "/actions/0/raised_by",
        json!({"kind": "work_plan", "date": "2016-04-01", "body": "b-sub"}),
    );
    assert_no(
        &validate_as_of(&v, "2016-11-10"),
        "action.recorded_rag_differs",
    );
    set(
        &mut v,
        "/bodies/1/constitution",
        json!({"thresholds": {"action_amber_days": 21}}),
    );
    assert_finding(
        &validate_as_of(&v, "2016-11-10"),
        "action.recorded_rag_differs",
        "/actions/0/recorded_rag",
    );
}

/// The triborough register (examples/data/field), given a body that owns it.
fn register() -> Value {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../examples/data/field/triborough-risk-register.json"
    );
    let mut v: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    v["bodies"] = json!([{"id": "b-ss", "name": "Shared Services Board", "kind": "board"}]);
    v["risk_register"]["body"] = json!("b-ss");
    v
}

fn risk_codes(v: &Value, as_of: &str) -> Vec<(String, String)> {
    let doc = BoardDocument::from_json(&v.to_string()).unwrap();
    let r = doc.validate(&ValidateOptions {
        as_of: Some(as_of.parse().unwrap()),
        ..Default::default()
    });
    codes(&r)
        .into_iter()
        .filter(|(c, _)| c != "risk.target_date_passed")
        .collect()
}

#[test]
fn the_review_interval_comes_from_the_registers_body() {
    let mut v = register();
    // The register keeps no review dates: silent.
    assert_eq!(risk_codes(&v, "2017-07-15"), vec![]);
    // The constitution: every risk reviewed within 90 days of its latest assessment
    // (31 March 2017), so due 29 June 2017 and overdue by 15 July.
    v["bodies"][0]["constitution"] = json!({"thresholds": {"risk_review_days": 90}});
    let want: Vec<(String, String)> = (0..5)
        .map(|k| {
            (
                "risk.review_overdue".to_string(),
                format!("/risk_register/risks/{k}/next_review"),
            )
        })
        .collect();
    assert_eq!(risk_codes(&v, "2017-07-15"), want);
    assert_eq!(risk_codes(&v, "2017-06-29"), vec![]);
    // A risk's own owning body's constitution takes precedence over the register's body.
    v["bodies"].as_array_mut().unwrap().push(
        json!({"id": "b-it", "name": "IT Board", "kind": "sub_group",
                     "constitution": {"thresholds": {"risk_review_days": 180}}}),
    );
    v["risk_register"]["risks"][0]["owning_body"] = json!("b-it");
    assert_eq!(risk_codes(&v, "2017-07-15").len(), 4);
    // A risk's own review frequency wins over the constitution's interval.
    v["risk_register"]["risks"][1]["review_frequency"] = json!("half_yearly");
    assert_eq!(risk_codes(&v, "2017-07-15").len(), 3);
}

#[test]
fn the_escalation_score_comes_from_the_registers_body() {
    let mut v = register();
    v["risk_register"]["risks"][1]["status"] = json!("escalated");
    // No escalation score anywhere: silent.
    assert_eq!(risk_codes(&v, "2017-04-21"), vec![]);
    // The constitution escalates risks scoring 12 or more: risks 1 (12) and 5 (16) are
    // open, not escalated.
    v["bodies"][0]["constitution"] = json!({"thresholds": {"risk_escalation_score": 12}});
    let one = |k: usize| {
        (
            "risk.not_escalated".to_string(),
            format!("/risk_register/risks/{k}/status"),
        )
    };
    assert_eq!(risk_codes(&v, "2017-04-21"), vec![one(0), one(4)]);
    let d = BoardDocument::from_json(&v.to_string()).unwrap();
    let ix = Index::new(&d);
    let reg = d.risk_register.as_ref().unwrap();
    assert_eq!(
        boardkit::risk::profile::escalation_threshold_in(&ix, reg),
        12
    );
    assert_eq!(reg.escalation_threshold(), 16);
    // The register's own escalation score wins over the constitution's.
    v["risk_register"]["escalation_score"] = json!(16);
    assert_eq!(risk_codes(&v, "2017-04-21"), vec![one(4)]);
    // A register that never records escalation stays silent.
    v["risk_register"]["risks"][1]["status"] = json!("open");
    assert_eq!(risk_codes(&v, "2017-04-21"), vec![]);
}

#[test]
fn an_escalation_score_off_the_matrix_is_reported_where_the_constitution_sets_it() {
    let mut v = register();
    v["bodies"][0]["constitution"] = json!({"thresholds": {"risk_escalation_score": 30}});
    v["risk_register"]["risks"][1]["status"] = json!("escalated");
    assert_eq!(
        risk_codes(&v, "2017-04-21"),
        vec![(
            "risk.invalid_matrix".to_string(),
            "/bodies/0/constitution/thresholds/risk_escalation_score".to_string()
        )]
    );
}

#[test]
fn the_register_queries_read_each_risks_own_review_interval() {
    // The register's body reviews every 365 days; the body owning risk 0 every 90 days.
    let mut v = register();
    v["bodies"][0]["constitution"] = json!({"thresholds": {"risk_review_days": 365}});
    v["bodies"].as_array_mut().unwrap().push(
        json!({"id": "b-it", "name": "IT Board", "kind": "sub_group",
               "constitution": {"thresholds": {"risk_review_days": 90}}}),
    );
    v["risk_register"]["risks"][0]["owning_body"] = json!("b-it");
    // Validation: only risk 0 is overdue by 15 July 2017 (90 days from 31 March).
    let want = vec![(
        "risk.review_overdue".to_string(),
        "/risk_register/risks/0/next_review".to_string(),
    )];
    assert_eq!(risk_codes(&v, "2017-07-15"), want);
    let board = boardkit::loaded::Board::open(&v.to_string()).unwrap();
    let id = v["risk_register"]["risks"][0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let as_of = json!({"as_of": "2017-07-15"});
    let reviews: Value =
        serde_json::from_str(&board.query("risk_reviews", &as_of).unwrap()).unwrap();
    let overdue: Vec<&str> = reviews["overdue"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].as_str().unwrap())
        .collect();
    assert_eq!(overdue, vec![id.as_str()]);
    assert!(reviews["no_review_date"].as_array().unwrap().is_empty());
    // The ratings give risk 0 its body's review date, the others the register's.
    let ratings: Value =
        serde_json::from_str(&board.query("risk_ratings", &as_of).unwrap()).unwrap();
    assert_eq!(ratings["risks"][0]["review_due"], json!("2017-06-29"));
    assert_eq!(ratings["risks"][1]["review_due"], json!("2018-03-31"));
    // The summary counts the one overdue risk.
    let summary: Value = serde_json::from_str(
        &board
            .query("risk_summary", &json!({"as_of": "2017-07-15"}))
            .unwrap(),
    )
    .unwrap();
    assert_eq!(summary["reviews"]["overdue"].as_array().unwrap().len(), 1);
    // A body that sets no interval: its risk falls back to the register's body's, in
    // validation and in the queries alike.
    v["bodies"][1]["constitution"] = json!({"thresholds": {}});
    assert_eq!(risk_codes(&v, "2017-07-15"), vec![]);
    let board = boardkit::loaded::Board::open(&v.to_string()).unwrap();
    let reviews: Value =
        serde_json::from_str(&board.query("risk_reviews", &as_of).unwrap()).unwrap();
    assert!(reviews["overdue"].as_array().unwrap().is_empty());
    assert!(reviews["no_review_date"].as_array().unwrap().is_empty());
}

/// The catalogue's thresholds are exactly the fields a constitution may set: every field
/// set (the struct literal names them all, so a new field does not compile until it is
/// added here) writes out as the catalogue's names.
#[test]
fn the_catalogue_lists_every_threshold_of_a_constitution() {
    let every = boardkit::board::Thresholds {
        action_amber_days: Some(1),
        risk_review_days: Some(1),
        risk_escalation_score: Some(1),
        attendance_percent: Some(1),
        minutes_publish_working_days: Some(1),
        papers_clear_days: Some(1),
        call_in_working_days: Some(1),
    };
    let written = serde_json::to_value(&every).unwrap();
    let mut fields: Vec<&str> = written
        .as_object()
        .unwrap()
        .keys()
        .map(|k| k.as_str())
        .collect();
    let mut listed: Vec<&str> = boardkit::catalogue::THRESHOLDS
        .iter()
        .map(|t| t.name)
        .collect();
    fields.sort_unstable();
    listed.sort_unstable();
    assert_eq!(
        fields, listed,
        "the catalogue's thresholds and the constitution's differ"
    );
}

/// Every threshold a rule unit reads is one the catalogue lists, and each listed
/// threshold is read by a rule or by a named report or query.
#[test]
fn every_threshold_a_rule_reads_is_in_the_catalogue() {
    let names: Vec<&str> = boardkit::catalogue::THRESHOLDS
        .iter()
        .map(|t| t.name)
        .collect();
    for u in boardkit::registry::UNITS {
        for t in u.thresholds {
            assert!(
                names.contains(t),
                "{} reads a threshold the catalogue does not list",
                u.rule.code
            );
        }
    }
    for t in boardkit::catalogue::THRESHOLDS {
        let read =
            boardkit::catalogue::rules_reading(t.name).count() > 0 || t.also_read_by.is_some();
        assert!(read, "the threshold {} is read by nothing", t.name);
    }
}
