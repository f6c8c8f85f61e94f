//! The risk register's findings in the order its walk has always made them, each rule
//! now a unit run at its stage: the matrix, then risk by risk (lifecycle, history dates
//! entry by entry, linked actions, levels inherent-current-target-then-entry by entry,
//! scores, standing against the history, what a live risk needs, its target date), then
//! the stated counts and escalation. The expected list was taken from the walk before
//! the rules became units.
use crate::common::*;
use boardkit::risk::Matrix;
use serde_json::json;

#[test]
fn a_register_breaking_many_rules_reports_them_in_the_walks_order() {
    let mut v = base();
    v["bodies"][0]["constitution"] = json!({"thresholds": {"risk_escalation_score": 99}});
    set(
        &mut v,
        "/risk_register",
        json!({
            "body": "b-lscb",
            "matrix": serde_json::to_value(Matrix::five_by_five()).unwrap(),
            "top_band_review_days": 60,
            "stated_counts": [{"rating": "red", "count": 7}],
            "risks": [
                {
                    "id": "r0", "title": "A closed risk", "owner": "p-mgr",
                    "raised": {"date": "2016-10-20"},
                    "status": "closed",
                    "inherent": {"likelihood": 9, "impact": 5},
                    "current": {"likelihood": 3, "impact": 3},
                    "target": {"likelihood": 4, "impact": 4},
                    "linked_actions": ["a-none"],
                    "history": [
                        {"date": "2017-06-01", "likelihood": 3, "impact": 3, "score": 10},
                        {"date": "2016-09-01", "likelihood": 7, "impact": 2},
                        {"date": "2016-12-01", "likelihood": 4},
                        {"score": 30},
                        {"date": "2017-02-01", "likelihood": 2, "impact": 2, "direction": "up"}
                    ]
                },
                {
                    "id": "r1", "title": "A red risk",
                    "raised": {"date": "2016-10-20"},
                    "status": "open",
                    "inherent": {"likelihood": 5, "impact": 5},
                    "current": {"likelihood": 5, "impact": 5},
                    "target": {"likelihood": 1, "impact": 1},
                    "target_date": "2016-12-01",
                    "next_review": "2016-11-01",
                    "history": [{"date": "2016-10-25", "likelihood": 4, "impact": 4}]
                }
            ]
        }),
    );
    let r = validate_as_of(&v, "2017-01-01");
    let got: Vec<String> = r
        .findings
        .iter()
        .filter(|f| f.code.starts_with("risk."))
        .map(|f| format!("{} {}", f.code, f.path))
        .collect();
    let want = vec![
        "risk.closed_without_date /risk_register/risks/0/closed_on",
        "risk.closed_without_reason /risk_register/risks/0/closed_reason",
        "risk.history_after_as_of /risk_register/risks/0/history/0/date",
        "risk.history_out_of_order /risk_register/risks/0/history/1/date",
        "risk.history_out_of_order /risk_register/risks/0/history/2/date",
        "risk.history_out_of_order /risk_register/risks/0/history/4/date",
        "risk.history_after_as_of /risk_register/risks/0/history/4/date",
        "risk.unknown_action /risk_register/risks/0/linked_actions/0",
        "risk.out_of_matrix /risk_register/risks/0/inherent/likelihood",
        "risk.history_score_differs /risk_register/risks/0/history/0/score",
        "risk.out_of_matrix /risk_register/risks/0/history/1/likelihood",
        "risk.history_without_score /risk_register/risks/0/history/2/impact",
        "risk.out_of_matrix /risk_register/risks/0/history/3/score",
        "risk.stated_direction_differs /risk_register/risks/0/history/4/direction",
        "risk.target_worse_than_current /risk_register/risks/0/target",
        "risk.current_differs_from_history /risk_register/risks/1/current",
        "risk.top_band_without_owner /risk_register/risks/1/owner",
        "risk.top_band_without_controls /risk_register/risks/1/controls",
        "risk.review_overdue /risk_register/risks/1/next_review",
        "risk.target_date_passed /risk_register/risks/1/target_date",
        "risk.stated_count_differs /risk_register/stated_counts/0/count",
        "risk.invalid_matrix /bodies/0/constitution/thresholds/risk_escalation_score",
    ];
    assert_eq!(got, want, "{got:#?}");
}
