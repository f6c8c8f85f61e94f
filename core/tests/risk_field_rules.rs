//! The risk rules added for the field's registers, each broken on purpose on the
//! triborough register (examples/data/field/triborough-risk-register.json).
use boardkit::document::ValidateOptions;
use boardkit::BoardDocument;
use serde_json::{json, Value};

fn base() -> Value {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../examples/data/field/triborough-risk-register.json"
    );
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn codes(v: &Value, as_of: Option<&str>) -> Vec<(String, String)> {
    let doc = BoardDocument::from_json(&v.to_string()).unwrap();
    doc.validate(&ValidateOptions {
        as_of: as_of.map(|d| d.parse().unwrap()),
        ..Default::default()
    })
    .findings
    .into_iter()
    .map(|f| (f.code.to_string(), f.path))
    .collect()
}

fn one(code: &str, path: &str) -> Vec<(String, String)> {
    vec![(code.to_string(), path.to_string())]
}

#[test]
fn a_stated_score_that_the_levels_do_not_give() {
    let mut v = base();
    v["risk_register"]["risks"][1]["history"][0]["score"] = json!(16);
    assert_eq!(
        codes(&v, None),
        one(
            "risk.history_score_differs",
            "/risk_register/risks/1/history/0/score"
        )
    );
}

#[test]
fn a_score_only_entry_is_rated_and_checked_against_the_matrix() {
    let mut v = base();
    let h = &mut v["risk_register"]["risks"][2]["history"][0];
    h.as_object_mut().unwrap().remove("likelihood");
    h.as_object_mut().unwrap().remove("impact");
    assert!(codes(&v, None).is_empty());
    let doc = BoardDocument::from_json(&v.to_string()).unwrap();
    let reg = doc.risk_register.as_ref().unwrap();
    assert_eq!(reg.entry_score(&reg.risks[2].history[0]), Some(12));
    // 26 is off a 5x5 matrix; 7 cannot be a product of two levels.
    for bad in [26, 7] {
        v["risk_register"]["risks"][2]["history"][0]["score"] = json!(bad);
        assert_eq!(
            codes(&v, None),
            one(
                "risk.out_of_matrix",
                "/risk_register/risks/2/history/0/score"
            )
        );
    }
}

#[test]
fn an_entry_without_any_score() {
    let mut v = base();
    let h = v["risk_register"]["risks"][2]["history"][0]
        .as_object_mut()
        .unwrap();
    h.remove("likelihood");
    h.remove("impact");
    h.remove("score");
    assert_eq!(
        codes(&v, None),
        one(
            "risk.history_without_score",
            "/risk_register/risks/2/history/0"
        )
    );
    let mut v = base();
    v["risk_register"]["risks"][2]["history"][0]
        .as_object_mut()
        .unwrap()
        .remove("impact");
    assert_eq!(
        codes(&v, None),
        one(
            "risk.history_without_score",
            "/risk_register/risks/2/history/0/impact"
        )
    );
}

#[test]
fn a_stated_direction_the_scores_do_not_bear_out() {
    let mut v = base();
    // Risk 5 went from 12 to 16: "up" is right, "down" is not.
    v["risk_register"]["risks"][4]["history"][1]["direction"] = json!("up");
    assert!(codes(&v, None).is_empty());
    v["risk_register"]["risks"][4]["history"][1]["direction"] = json!("down");
    assert_eq!(
        codes(&v, None),
        one(
            "risk.stated_direction_differs",
            "/risk_register/risks/4/history/1/direction"
        )
    );
    // The first entry has nothing before it: any direction stands.
    let mut v = base();
    v["risk_register"]["risks"][4]["history"][0]["direction"] = json!("unchanged");
    assert!(codes(&v, None).is_empty());
}

#[test]
fn a_target_date_passes_only_when_the_score_is_still_above_target() {
    let mut v = base();
    v["risk_register"]["risks"][0]["target_date"] = json!("2017-05");
    assert!(codes(&v, Some("2017-04-21")).is_empty());
    let mut v = base();
    // Quarter and date forms resolve too; a risk at its target raises nothing.
    v["risk_register"]["risks"][4]["target_date"] = json!("2016/17-Q4");
    assert_eq!(
        codes(&v, Some("2017-04-21")),
        vec![
            (
                "risk.target_date_passed".to_string(),
                "/risk_register/risks/0/target_date".to_string()
            ),
            (
                "risk.target_date_passed".to_string(),
                "/risk_register/risks/4/target_date".to_string()
            )
        ]
    );
    v["risk_register"]["risks"][3]["target_date"] = json!("2017-01-01");
    assert_eq!(codes(&v, Some("2017-04-21")).len(), 2);
}

#[test]
fn stated_counts_are_checked_against_the_register() {
    let mut v = base();
    // Risk 1's past target date is the register's one real finding; move it out of the way.
    v["risk_register"]["risks"][0]["target_date"] = json!("2017-05");
    v["risk_register"]["stated_counts"] = json!([
        {"rating": "red", "count": 1},
        {"label": "Medium risk", "count": 2},
        {"label": "Low risk", "rating": "green", "count": 2}
    ]);
    assert_eq!(codes(&v, Some("2017-04-21")), vec![]);
    // Without a date the counts are not checked (which risks are live needs one).
    v["risk_register"]["stated_counts"][1]["count"] = json!(3);
    assert!(codes(&v, None).is_empty());
    assert_eq!(
        codes(&v, Some("2017-04-21")),
        one(
            "risk.stated_count_differs",
            "/risk_register/stated_counts/1/count"
        )
    );
}

#[test]
fn a_red_risk_without_review_dates_is_silent_until_the_register_keeps_them() {
    let mut v = base();
    assert!(codes(&v, None).is_empty());
    // Once one risk records a review frequency, the red risk's missing date is a finding.
    v["risk_register"]["risks"][0]["review_frequency"] = json!("quarterly");
    v["risk_register"]["risks"][0]["last_reviewed"] = json!("2017-04-21");
    assert_eq!(
        codes(&v, None),
        one(
            "risk.top_band_review_too_far",
            "/risk_register/risks/4/next_review"
        )
    );
    // Last reviewed + frequency gives the review date: 21 July 2017, overdue by August.
    let doc = BoardDocument::from_json(&v.to_string()).unwrap();
    let r = &doc.risk_register.as_ref().unwrap().risks[0];
    assert_eq!(
        r.review_due("2017-08-01".parse().unwrap()),
        Some("2017-07-21".parse().unwrap())
    );
}

#[test]
fn unknown_partners_bodies_and_planned_action_links() {
    let mut v = base();
    v["risk_register"]["risks"][0]["applies_to"][1] = json!("o-nowhere");
    v["risk_register"]["risks"][0]["owning_body"] = json!("b-nowhere");
    v["risk_register"]["risks"][0]["planned_actions"][0]["action"] = json!("a-nowhere");
    let got = codes(&v, None);
    assert!(got.contains(&(
        "board.unknown_reference".into(),
        "/risk_register/risks/0/applies_to/1".into()
    )));
    assert!(got.contains(&(
        "board.unknown_reference".into(),
        "/risk_register/risks/0/owning_body".into()
    )));
    assert!(got.contains(&(
        "risk.unknown_action".into(),
        "/risk_register/risks/0/planned_actions/0/action".into()
    )));
    assert_eq!(got.len(), 3);
}

#[test]
fn judged_controls_and_treatment_read_and_round_trip() {
    let mut v = base();
    v["risk_register"]["risks"][0]["controls"][0] =
        json!({"description": "Budget monitoring", "effectiveness": "partly_effective"});
    v["risk_register"]["risks"][0]["treatment"] = json!("treat");
    v["risk_register"]["risks"][0]["causes"] = json!(["Reduced grant"]);
    v["risk_register"]["risks"][0]["consequences"] = json!(["Unbalanced budget"]);
    let doc = BoardDocument::from_json(&v.to_string()).unwrap();
    let back: Value = serde_json::from_str(&doc.to_json()).unwrap();
    assert_eq!(back["risk_register"], v["risk_register"]);
    v["risk_register"]["risks"][0]["treatment"] = json!("ignore");
    let e = BoardDocument::from_json(&v.to_string()).unwrap_err();
    assert_eq!(e.path(), "/risk_register/risks/0/treatment");
}
