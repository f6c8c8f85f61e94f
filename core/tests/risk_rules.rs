//! Risk register rules, each broken on purpose, and the register's as-of operations.
use crate::common;
use boardkit::error::from_value;
use boardkit::risk::{self, Matrix, Rating, RiskDirection, RiskRegister};
use boardkit::{BoardDocument, Error, Severity};
use common::*;
use serde_json::{json, Value};

const R0: &str = "/risk_register/risks/0";

/// A valid red risk: owner, controls, review within the limit, history matching current.
fn red_risk() -> Value {
    json!({
        "id": "r1", "title": "A serious risk", "owner": "p-mgr",
        "raised": {"date": "2016-10-20", "meeting": "m1", "minute": "2"},
        "status": "open",
        "inherent": {"likelihood": 5, "impact": 5},
        "current": {"likelihood": 4, "impact": 4},
        "target": {"likelihood": 2, "impact": 4},
        "controls": ["A control"],
        "next_review": "2016-12-08",
        "history": [
            {"date": "2016-10-20", "likelihood": 5, "impact": 4, "meeting": "m1"},
            {"date": "2016-11-20", "likelihood": 4, "impact": 4}
        ]
    })
}

fn five_by_five() -> Value {
    serde_json::to_value(Matrix::five_by_five()).unwrap()
}

/// The base document with a register holding the given risks.
fn with_risks(risks: Vec<Value>) -> Value {
    let mut v = base();
    set(
        &mut v,
        "/risk_register",
        json!({
            "body": "b-lscb",
            "matrix": five_by_five(),
            "top_band_review_days": 60,
            "risks": risks
        }),
    );
    v
}

fn risk_findings(r: &boardkit::Report) -> Vec<&boardkit::Finding> {
    r.findings
        .iter()
        .filter(|f| f.path.starts_with("/risk_register"))
        .collect()
}

#[test]
fn a_valid_register_is_clean() {
    let v = with_risks(vec![red_risk()]);
    let r = validate_as_of(&v, "2016-12-01");
    assert!(risk_findings(&r).is_empty(), "{:#?}", r.findings);
    assert!(
        validate(&v).findings.is_empty(),
        "{:#?}",
        validate(&v).findings
    );
}

#[test]
fn level_outside_the_matrix() {
    let mut v = with_risks(vec![red_risk()]);
    set(&mut v, &format!("{R0}/current/likelihood"), json!(6));
    set(&mut v, &format!("{R0}/history/1/impact"), json!(0));
    set(&mut v, &format!("{R0}/target/impact"), json!(9));
    let r = validate(&v);
    assert_finding(
        &r,
        "risk.out_of_matrix",
        &format!("{R0}/current/likelihood"),
    );
    assert_finding(&r, "risk.out_of_matrix", &format!("{R0}/history/1/impact"));
    assert_finding(&r, "risk.out_of_matrix", &format!("{R0}/target/impact"));
    assert!(!r.is_valid());
}

#[test]
fn target_worse_than_current_is_an_error() {
    let mut v = with_risks(vec![red_risk()]);
    set(
        &mut v,
        &format!("{R0}/target"),
        json!({"likelihood": 5, "impact": 4}),
    );
    let r = validate(&v);
    assert_finding(
        &r,
        "risk.target_worse_than_current",
        &format!("{R0}/target"),
    );
    let f = r
        .with_code("risk.target_worse_than_current")
        .next()
        .unwrap();
    assert_eq!(f.severity, Severity::Error);
    assert!(
        f.message.contains("higher than the current")
            && !f.message.contains("20")
            && !f.message.contains("16"),
        "{}",
        f.message
    );
}

#[test]
fn current_worse_than_inherent_is_a_warning() {
    let mut v = with_risks(vec![red_risk()]);
    set(
        &mut v,
        &format!("{R0}/inherent"),
        json!({"likelihood": 3, "impact": 3}),
    );
    let r = validate(&v);
    assert_finding(
        &r,
        "risk.current_worse_than_inherent",
        &format!("{R0}/current"),
    );
    let f = r
        .with_code("risk.current_worse_than_inherent")
        .next()
        .unwrap();
    assert_eq!(f.severity, Severity::Warning);
}

#[test]
fn red_risk_without_owner() {
    let mut v = with_risks(vec![red_risk()]);
    v.pointer_mut(R0)
        .unwrap()
        .as_object_mut()
        .unwrap()
        .remove("owner");
    let r = validate(&v);
    assert_finding(&r, "risk.top_band_without_owner", &format!("{R0}/owner"));
}

#[test]
fn red_risk_without_controls() {
    let mut v = with_risks(vec![red_risk()]);
    set(&mut v, &format!("{R0}/controls"), json!([]));
    let r = validate(&v);
    assert_finding(
        &r,
        "risk.top_band_without_controls",
        &format!("{R0}/controls"),
    );
}

#[test]
fn red_risk_without_a_review_date_or_beyond_the_limit() {
    let mut v = with_risks(vec![red_risk()]);
    v.pointer_mut(R0)
        .unwrap()
        .as_object_mut()
        .unwrap()
        .remove("next_review");
    let r = validate(&v);
    assert_finding(
        &r,
        "risk.top_band_review_too_far",
        &format!("{R0}/next_review"),
    );

    // Latest assessment 2016-11-20; the limit is 60 days; 2017-03-01 is 101 days on.
    let mut v = with_risks(vec![red_risk()]);
    set(&mut v, &format!("{R0}/next_review"), json!("2017-03-01"));
    let r = validate(&v);
    assert_finding(
        &r,
        "risk.top_band_review_too_far",
        &format!("{R0}/next_review"),
    );
    let f = r.with_code("risk.top_band_review_too_far").next().unwrap();
    assert!(
        f.message.contains("101") && f.message.contains("60"),
        "{}",
        f.message
    );
}

#[test]
fn amber_or_closed_risks_need_no_owner() {
    let mut amber = red_risk();
    amber["current"] = json!({"likelihood": 2, "impact": 3});
    amber["target"] = json!({"likelihood": 1, "impact": 3});
    amber["history"] = json!([{"date": "2016-10-20", "likelihood": 2, "impact": 3}]);
    amber.as_object_mut().unwrap().remove("owner");
    let mut closed = red_risk();
    closed["id"] = json!("r2");
    closed["status"] = json!("closed");
    closed["closed_on"] = json!("2016-11-30");
    closed["closed_reason"] = json!("Mitigated");
    closed.as_object_mut().unwrap().remove("owner");
    let r = validate(&with_risks(vec![amber, closed]));
    assert_no(&r, "risk.top_band_without_owner");
}

#[test]
fn review_overdue_as_of_a_date() {
    let v = with_risks(vec![red_risk()]);
    assert_no(&validate_as_of(&v, "2016-12-08"), "risk.review_overdue");
    let r = validate_as_of(&v, "2016-12-09");
    assert_finding(&r, "risk.review_overdue", &format!("{R0}/next_review"));
    // Without an as-of date the rule does not run.
    assert_no(&validate(&v), "risk.review_overdue");

    // From the review frequency: latest assessment 2016-11-20 + 1 month = 2016-12-20.
    let mut v = with_risks(vec![red_risk()]);
    let obj = v.pointer_mut(R0).unwrap().as_object_mut().unwrap();
    obj.remove("next_review");
    obj.insert("review_frequency".into(), json!("monthly"));
    assert_no(&validate_as_of(&v, "2016-12-20"), "risk.review_overdue");
    let r = validate_as_of(&v, "2016-12-21");
    assert_finding(&r, "risk.review_overdue", &format!("{R0}/next_review"));
}

#[test]
fn closed_without_date_or_reason() {
    let mut v = with_risks(vec![red_risk()]);
    set(&mut v, &format!("{R0}/status"), json!("closed"));
    set(&mut v, &format!("{R0}/closed_reason"), json!("  "));
    let r = validate(&v);
    assert_finding(&r, "risk.closed_without_date", &format!("{R0}/closed_on"));
    assert_finding(
        &r,
        "risk.closed_without_reason",
        &format!("{R0}/closed_reason"),
    );
    set(&mut v, &format!("{R0}/closed_on"), json!("2016-12-01"));
    set(&mut v, &format!("{R0}/closed_reason"), json!("Mitigated"));
    let r = validate(&v);
    assert_no(&r, "risk.closed_without_date");
    assert_no(&r, "risk.closed_without_reason");
}

#[test]
fn deferred_without_revisit() {
    let mut v = with_risks(vec![red_risk()]);
    set(&mut v, &format!("{R0}/status"), json!("deferred"));
    let r = validate(&v);
    assert_finding(
        &r,
        "risk.deferred_without_revisit",
        &format!("{R0}/revisit"),
    );
    set(&mut v, &format!("{R0}/revisit"), json!({"meeting": "m2"}));
    assert_no(&validate(&v), "risk.deferred_without_revisit");
}

#[test]
fn history_out_of_order() {
    let mut v = with_risks(vec![red_risk()]);
    set(&mut v, &format!("{R0}/history/1/date"), json!("2016-10-19"));
    let r = validate(&v);
    assert_finding(
        &r,
        "risk.history_out_of_order",
        &format!("{R0}/history/1/date"),
    );

    // Before the risk was raised.
    let mut v = with_risks(vec![red_risk()]);
    set(&mut v, &format!("{R0}/history/0/date"), json!("2016-09-01"));
    let r = validate(&v);
    assert_finding(
        &r,
        "risk.history_out_of_order",
        &format!("{R0}/history/0/date"),
    );
}

#[test]
fn history_after_the_as_of_date() {
    let v = with_risks(vec![red_risk()]);
    let r = validate_as_of(&v, "2016-11-01");
    assert_finding(
        &r,
        "risk.history_after_as_of",
        &format!("{R0}/history/1/date"),
    );
    assert_no(
        &validate_as_of(&v, "2016-11-20"),
        "risk.history_after_as_of",
    );
}

#[test]
fn linked_action_that_does_not_exist() {
    let mut v = with_risks(vec![red_risk()]);
    set(
        &mut v,
        &format!("{R0}/linked_actions"),
        json!(["a-missing"]),
    );
    let r = validate(&v);
    assert_finding(&r, "risk.unknown_action", &format!("{R0}/linked_actions/0"));
    assert!(!r.findings.iter().any(|f| f.message.contains("a-missing")));
}

#[test]
fn current_differs_from_latest_history() {
    let mut v = with_risks(vec![red_risk()]);
    set(&mut v, &format!("{R0}/history/1/likelihood"), json!(5));
    let r = validate(&v);
    assert_finding(
        &r,
        "risk.current_differs_from_history",
        &format!("{R0}/current"),
    );
}

#[test]
fn references_and_duplicate_ids() {
    let mut second = red_risk();
    second["id"] = json!("r2");
    second["owner"] = json!("g-office"); // a group on the body: a valid owner
    let mut v = with_risks(vec![red_risk(), second]);
    assert!(risk_findings(&validate(&v)).is_empty());
    set(&mut v, &format!("{R0}/owner"), json!("p-nobody"));
    set(&mut v, &format!("{R0}/raised/meeting"), json!("m-nowhere"));
    set(
        &mut v,
        &format!("{R0}/history/0/meeting"),
        json!("m-nowhere"),
    );
    set(&mut v, "/risk_register/body", json!("b-none"));
    set(&mut v, "/risk_register/risks/1/id", json!("r1"));
    let r = validate(&v);
    assert_finding(&r, "board.unknown_reference", &format!("{R0}/owner"));
    assert_finding(
        &r,
        "board.unknown_reference",
        &format!("{R0}/raised/meeting"),
    );
    assert_finding(
        &r,
        "board.unknown_reference",
        &format!("{R0}/history/0/meeting"),
    );
    assert_finding(&r, "board.unknown_reference", "/risk_register/body");
    assert_finding(&r, "board.duplicate_id", "/risk_register/risks/1/id");
}

#[test]
fn invalid_matrix_is_a_config_error_when_read_and_a_finding_when_built() {
    let mut v = with_risks(vec![red_risk()]);
    // Score 13..=14 cannot occur, but 15 and 16 can: leave them out of every band.
    set(&mut v, "/risk_register/matrix/bands/2/min", json!(20));
    let e = BoardDocument::from_json(&v.to_string()).unwrap_err();
    assert_eq!(e.code(), "shape.config");
    assert_eq!(e.path(), "/risk_register/matrix/bands");
    assert!(
        e.to_string().contains("in no band") && !e.to_string().contains("15"),
        "{e}"
    );

    // A document built without reading (e.g. in Rust) gets a finding instead.
    let mut good = v.clone();
    set(&mut good, "/risk_register/matrix/bands/2/min", json!(13));
    let mut doc: BoardDocument = from_value(good).unwrap();
    if let Some(register) = doc.risk_register.as_mut() {
        register.matrix.bands[2].min = 20;
    }
    let r = doc.validate(&Default::default());
    assert_finding(&r, "risk.invalid_matrix", "/risk_register/matrix/bands");
    assert_no(&r, "risk.top_band_without_owner");
}

#[test]
fn matrix_configuration_errors_name_the_path() {
    let check = |f: &dyn Fn(&mut Matrix)| {
        let mut m = Matrix::five_by_five();
        f(&mut m);
        m.check("/m").unwrap_err()
    };
    let e = check(&|m| m.bands[1].max = 15);
    assert!(matches!(e, Error::Config { .. }));
    assert_eq!(e.path(), "/m/bands/2");
    assert!(e.to_string().contains("overlap"), "{e}");
    assert_eq!(check(&|m| m.bands[0].min = 5).path(), "/m/bands/0/min");
    assert_eq!(check(&|m| m.likelihood.clear()).path(), "/m/likelihood");
    assert_eq!(check(&|m| m.bands.clear()).path(), "/m/bands");
    assert_eq!(
        check(&|m| m.bands[2].rating = Rating::Green).path(),
        "/m/bands/2/rating"
    );
    // A band holding only scores the matrix cannot produce (7 is not a product of 1..5).
    let e = check(&|m| {
        m.bands[1].max = 6;
        m.bands.insert(
            2,
            boardkit::risk::Band {
                min: 7,
                max: 7,
                rating: Rating::Amber,
                label: None,
                colour: None,
                response: None,
            },
        );
        m.bands[3].min = 8;
    });
    assert_eq!(e.path(), "/m/bands/2");
    // A gap over an impossible score is fine: 13 and 14 cannot occur in a 5x5 product.
    let mut m = Matrix::five_by_five();
    m.bands[2].min = 15;
    assert!(m.check("").is_ok());
    assert!(Matrix::four_by_four().check("").is_ok());

    let mut reg = RiskRegister::new(Matrix::five_by_five());
    reg.escalation_score = Some(26);
    assert_eq!(
        reg.check_config("/r").unwrap_err().path(),
        "/r/escalation_score"
    );
}

#[test]
fn rate_is_a_pure_form_helper() {
    let req = |l: u32, i: u32| risk::RiskRateRequest {
        matrix: Matrix::five_by_five(),
        likelihood: l,
        impact: i,
    };
    let p = risk::rate(&req(4, 4)).unwrap();
    assert_eq!((p.score, p.rating, p.top_band), (16, Rating::Red, true));
    assert_eq!(p.label.as_deref(), Some("High"));
    let p = risk::rate(&req(2, 3)).unwrap();
    assert_eq!((p.score, p.rating, p.band), (6, Rating::Amber, 1));
    assert_eq!(risk::rate(&req(6, 1)).unwrap_err().path(), "/likelihood");
    assert_eq!(risk::rate(&req(1, 0)).unwrap_err().path(), "/impact");
    // Four bands on a 4x4 matrix.
    let p = risk::rate(&risk::RiskRateRequest {
        matrix: Matrix::four_by_four(),
        likelihood: 2,
        impact: 2,
    })
    .unwrap();
    assert_eq!(p.rating, Rating::Yellow);
    // From JSON as a binding sends it.
    let req: risk::RiskRateRequest = from_value(json!({
        "matrix": five_by_five(), "likelihood": 3, "impact": 5
    }))
    .unwrap();
    assert_eq!(risk::rate(&req).unwrap().score, 15);
    let e = from_value::<risk::RiskRateRequest>(
        json!({"matrix": five_by_five(), "likelihood": 3, "impact": 5, "x": 1}),
    )
    .unwrap_err();
    assert_eq!(e.code(), "shape.invalid");
}

#[test]
fn grid_lays_out_every_cell() {
    let g = risk::grid(&risk::GridRequest {
        matrix: Matrix::four_by_four(),
    })
    .unwrap();
    assert_eq!(g.cells.len(), 16);
    assert_eq!(g.max_score, 16);
    assert_eq!(g.top_band, 3);
    let mut m = Matrix::four_by_four();
    m.bands.pop();
    let e = risk::grid(&risk::GridRequest { matrix: m }).unwrap_err();
    assert_eq!((e.code(), e.path()), ("shape.config", "/matrix/bands"));
}

// --- The Leicester example -----------------------------------------------------------------

fn example() -> Value {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../examples/data/leicester-lscb.json"
    );
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn example_register() -> RiskRegister {
    from_value(example()["risk_register"].clone()).unwrap()
}

#[test]
fn leicester_example_validates_in_a_document() {
    let mut v = base();
    for (id, date) in [
        ("m-2016-12-08", "2016-12-08"),
        ("m-2017-03-23", "2017-03-23"),
    ] {
        push(
            &mut v,
            "/meetings",
            json!({"id": id, "body": "b-lscb", "title": "Board meeting", "date": date, "status": "scheduled"}),
        );
    }
    set(&mut v, "/risk_register", example()["risk_register"].clone());
    // The risks are linked to the actions of minute 5.1 that put them on the register.
    let linked: Vec<serde_json::Value> = example()["actions"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["ref"] == "5.1")
        .map(|a| json!({"id": a["id"], "ref": "5.1", "description": "Linked action", "raised_at": "m-2016-12-08", "owners": [{"group": "g-office"}]}))
        .collect();
    assert_eq!(linked.len(), 4);
    set(&mut v, "/actions", json!(linked));
    let r = validate_as_of(&v, "2017-01-31");
    assert!(risk_findings(&r).is_empty(), "{:#?}", risk_findings(&r));
    // After the March meeting the two open risks are overdue for review.
    let r = validate_as_of(&v, "2017-03-24");
    assert_finding(
        &r,
        "risk.review_overdue",
        "/risk_register/risks/0/next_review",
    );
    assert_finding(
        &r,
        "risk.review_overdue",
        "/risk_register/risks/1/next_review",
    );
}

#[test]
fn leicester_example_as_of_operations() {
    let reg = example_register();
    let as_of = "2017-01-31".parse().unwrap();
    let rs = risk::ratings(&risk::RegisterRequest {
        review_days: None,
        body_review_days: Default::default(),
        register: reg.clone(),
        as_of,
    })
    .unwrap();
    let ids: Vec<_> = rs.risks.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "r-early-help-remodelling",
            "r-domestic-abuse-understanding",
            "r-ethnicity"
        ]
    );
    assert_eq!(rs.risks[0].score, Some(9));
    assert_eq!(rs.risks[0].rating, Some(Rating::Amber));
    assert_eq!(rs.risks[0].direction, Some(RiskDirection::New));
    assert_eq!(rs.risks[1].score, Some(12));
    assert!(!rs.risks[2].live);
    assert_eq!(rs.risks[2].score, None);

    // Before the meeting nothing had been raised.
    let before = reg.ratings("2016-12-07".parse().unwrap());
    assert!(before.is_empty());

    let hm = risk::heat_map(&risk::RegisterRequest {
        review_days: None,
        body_review_days: Default::default(),
        register: reg.clone(),
        as_of,
    })
    .unwrap();
    assert_eq!(hm.cells.len(), 25);
    assert_eq!(hm.scored, 2);
    let cell = hm
        .cells
        .iter()
        .find(|c| c.likelihood == 3 && c.impact == 3)
        .unwrap();
    assert_eq!(cell.risks, ["r-early-help-remodelling"]);

    let rv = risk::reviews(&risk::ReviewRequest {
        review_days: None,
        body_review_days: Default::default(),
        register: reg.clone(),
        as_of,
        within_days: 60,
    })
    .unwrap();
    assert_eq!(rv.due.len(), 2);
    assert_eq!(rv.due[0].days, 51);
    assert!(rv.overdue.is_empty());
    assert_eq!(rv.deferred.len(), 1);
    assert_eq!(rv.deferred[0].id, "r-ethnicity");

    let esc = risk::escalations(&risk::EscalationRequest {
        register: reg.clone(),
        as_of,
        threshold: None,
    })
    .unwrap();
    assert_eq!(esc.threshold, 15);
    assert!(esc.risks.is_empty());
    let esc = risk::escalations(&risk::EscalationRequest {
        register: reg.clone(),
        as_of,
        threshold: Some(10),
    })
    .unwrap();
    assert_eq!(esc.risks.len(), 1);
    assert_eq!(esc.risks[0].id, "r-domestic-abuse-understanding");

    let s = risk::summary(&risk::SummaryRequest {
        review_days: None,
        body_review_days: Default::default(),
        register: reg,
        as_of,
        review_within_days: 60,
    })
    .unwrap();
    assert_eq!(s.live, 2);
    assert_eq!(s.by_status.open, 2);
    assert_eq!(s.by_status.deferred, 1);
    assert_eq!(s.by_band[0].rating, Rating::Red);
    assert_eq!(s.by_band[1].count, 2);
    assert_eq!(s.directions.new, 2);
    assert_eq!(
        s.lines[0],
        "As of 2017-01-31, 2 live risks on the register: 0 High, 2 Medium, 0 Low."
    );
    // A board paper summary quotes no free text from the register.
    for line in &s.lines {
        assert!(
            !line.contains("Early Help") && !line.contains("ethnicity"),
            "{line}"
        );
    }
    let json = serde_json::to_value(&s).unwrap();
    assert_eq!(json["by_status"]["deferred"], 1);
}

#[test]
fn direction_of_travel_from_history() {
    let mut reg = example_register();
    let r = &mut reg.risks[0];
    r.history.push(boardkit::risk::HistoryEntry::new(
        "2017-03-23".parse().unwrap(),
        4,
        3,
    ));
    r.history.push(boardkit::risk::HistoryEntry::new(
        "2017-06-01".parse().unwrap(),
        2,
        3,
    ));
    let dir = |d: &str| reg.direction(&reg.risks[0], d.parse().unwrap());
    assert_eq!(dir("2016-12-01"), None);
    assert_eq!(dir("2017-01-01"), Some(RiskDirection::New));
    assert_eq!(dir("2017-04-01"), Some(RiskDirection::Up));
    assert_eq!(dir("2017-07-01"), Some(RiskDirection::Down));
    reg.risks[0].history[2].likelihood = Some(4);
    let dir = |d: &str| reg.direction(&reg.risks[0], d.parse().unwrap());
    assert_eq!(dir("2017-07-01"), Some(RiskDirection::Unchanged));
    // The rating as of a date follows the history.
    let as_of = "2017-04-01".parse().unwrap();
    assert_eq!(reg.rating_of(0, &reg.risks[0], as_of).score, Some(12));
}

#[test]
fn register_round_trips_through_json() {
    let reg = example_register();
    let back: RiskRegister = from_value(serde_json::to_value(&reg).unwrap()).unwrap();
    assert_eq!(reg, back);
    assert_eq!(
        serde_json::to_value(&reg).unwrap(),
        example()["risk_register"]
    );
}
