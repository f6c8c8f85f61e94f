//! Budget rules: each one broken on purpose, asserting its code and path.
use crate::common;
use common::*;
use serde_json::{json, Value};

/// base() with one valid budget: £300,000 shared equally by the three statutory partners
/// and spent on one line.
fn with_budget() -> Value {
    let mut v = base();
    set(&mut v, "/budgets", json!([budget("2016/17")]));
    v
}

fn budget(year: &str) -> Value {
    json!({
        "year": year,
        "body": "b-lscb",
        "baseline": 30_000_000,
        "formula": {"kind": "equal", "partners": ["o-lcc", "o-pol", "o-ccg"]},
        "expenditure": [{"heading": "Staffing", "budgeted": 30_000_000}]
    })
}

fn budget_findings(v: &Value) -> Vec<boardkit::Finding> {
    validate(v)
        .findings
        .into_iter()
        .filter(|f| f.code.starts_with("budget."))
        .collect()
}

#[test]
fn valid_budget_is_clean() {
    let v = with_budget();
    assert!(budget_findings(&v).is_empty(), "{:#?}", budget_findings(&v));
}

#[test]
fn duplicate_year() {
    let mut v = with_budget();
    push(&mut v, "/budgets", budget("2016/2017"));
    assert_finding(&validate(&v), "budget.duplicate_year", "/budgets/1/year");
}

#[test]
fn unknown_body() {
    let mut v = with_budget();
    set(&mut v, "/budgets/0/body", json!("b-nowhere"));
    assert_finding(&validate(&v), "budget.unknown_body", "/budgets/0/body");
}

#[test]
fn unknown_organisation() {
    let mut v = with_budget();
    set(
        &mut v,
        "/budgets/0/additional",
        json!([{"organisation": "o-nowhere", "amount": 100}]),
    );
    assert_finding(
        &validate(&v),
        "budget.unknown_organisation",
        "/budgets/0/additional/0/organisation",
    );
}

#[test]
fn shares_not_100() {
    let mut v = with_budget();
    set(
        &mut v,
        "/budgets/0/formula",
        json!({"kind": "percentages", "shares": [
            {"organisation": "o-lcc", "basis_points": 5000},
            {"organisation": "o-pol", "basis_points": 3000},
            {"organisation": "o-ccg", "basis_points": 1000}
        ]}),
    );
    let r = validate(&v);
    assert_finding(&r, "budget.shares_not_100", "/budgets/0/formula/shares");
    assert!(r
        .with_code("budget.shares_not_100")
        .any(|f| f.message.contains("do not total 100%") && !f.message.contains("90")));
}

#[test]
fn shares_not_100_inside_a_composite_and_a_joint_split() {
    let mut v = with_budget();
    set(
        &mut v,
        "/budgets/0/formula",
        json!({"kind": "composite",
               "fixed": [{"organisation": "o-ccg", "amount": 1_000_000}],
               "remainder": {"kind": "percentages", "shares": [
                   {"organisation": "o-lcc", "basis_points": 5000},
                   {"organisation": "o-pol", "basis_points": 5001}]}}),
    );
    set(
        &mut v,
        "/budgets/0/joint_payments",
        json!([{"organisation": "o-ccg", "payment": 1000, "boards": [
            {"body": "b-lscb", "basis_points": 6000}, {"body": "b-sab", "basis_points": 5000}]}]),
    );
    let r = validate(&v);
    assert_finding(
        &r,
        "budget.shares_not_100",
        "/budgets/0/formula/remainder/shares",
    );
    assert_finding(
        &r,
        "budget.shares_not_100",
        "/budgets/0/joint_payments/0/boards",
    );
}

#[test]
fn weight_not_positive() {
    let mut v = with_budget();
    set(
        &mut v,
        "/budgets/0/formula",
        json!({"kind": "weights", "weights": [
            {"organisation": "o-lcc", "weight": 2},
            {"organisation": "o-pol", "weight": 0},
            {"organisation": "o-ccg", "weight": -1}
        ]}),
    );
    let r = validate(&v);
    assert_finding(
        &r,
        "budget.weight_not_positive",
        "/budgets/0/formula/weights/1/weight",
    );
    assert_finding(
        &r,
        "budget.weight_not_positive",
        "/budgets/0/formula/weights/2/weight",
    );
}

#[test]
fn zero_population_is_not_positive() {
    let mut v = with_budget();
    set(
        &mut v,
        "/budgets/0/formula",
        json!({"kind": "population", "populations": [
            {"organisation": "o-lcc", "population": 350000},
            {"organisation": "o-pol", "population": 0},
            {"organisation": "o-ccg", "population": 350000}
        ]}),
    );
    assert_finding(
        &validate(&v),
        "budget.weight_not_positive",
        "/budgets/0/formula/populations/1/population",
    );
}

#[test]
fn duplicate_partner() {
    let mut v = with_budget();
    set(
        &mut v,
        "/budgets/0/formula/partners",
        json!(["o-lcc", "o-pol", "o-ccg", "o-lcc"]),
    );
    assert_finding(
        &validate(&v),
        "budget.duplicate_partner",
        "/budgets/0/formula/partners/3",
    );
}

#[test]
fn duplicate_partner_across_a_composite() {
    let mut v = with_budget();
    set(
        &mut v,
        "/budgets/0/formula",
        json!({"kind": "composite",
               "fixed": [{"organisation": "o-ccg", "amount": 1_000_000}],
               "remainder": {"kind": "equal", "partners": ["o-lcc", "o-pol", "o-ccg"]}}),
    );
    assert_finding(
        &validate(&v),
        "budget.duplicate_partner",
        "/budgets/0/formula/remainder/partners/2",
    );
}

#[test]
fn total_mismatch_on_stated_income_and_expenditure() {
    let mut v = with_budget();
    set(&mut v, "/budgets/0/stated_total_income", json!(29_999_999));
    set(&mut v, "/budgets/0/stated_total_expenditure", json!(1));
    let r = validate(&v);
    assert_finding(
        &r,
        "budget.total_mismatch",
        "/budgets/0/stated_total_income",
    );
    assert_finding(
        &r,
        "budget.total_mismatch",
        "/budgets/0/stated_total_expenditure",
    );
    // The right totals are clean.
    set(&mut v, "/budgets/0/stated_total_income", json!(30_000_000));
    set(
        &mut v,
        "/budgets/0/stated_total_expenditure",
        json!(30_000_000),
    );
    assert_no(&validate(&v), "budget.total_mismatch");
}

#[test]
fn total_mismatch_on_a_fixed_formula_baseline() {
    let mut v = with_budget();
    set(
        &mut v,
        "/budgets/0/formula",
        json!({"kind": "fixed", "amounts": [
            {"organisation": "o-lcc", "amount": 10_000_000},
            {"organisation": "o-pol", "amount": 10_000_000},
            {"organisation": "o-ccg", "amount": 9_000_000}
        ]}),
    );
    assert_finding(
        &validate(&v),
        "budget.total_mismatch",
        "/budgets/0/baseline",
    );
}

#[test]
fn not_computable_when_fixed_sums_exceed_the_baseline() {
    let mut v = with_budget();
    set(
        &mut v,
        "/budgets/0/formula",
        json!({"kind": "composite",
               "fixed": [{"organisation": "o-ccg", "amount": 30_000_001}],
               "remainder": {"kind": "equal", "partners": ["o-lcc", "o-pol"]}}),
    );
    assert_finding(
        &validate(&v),
        "budget.not_computable",
        "/budgets/0/formula/fixed",
    );
}

#[test]
fn not_computable_when_this_board_has_no_share_of_a_joint_payment() {
    let mut v = with_budget();
    set(
        &mut v,
        "/budgets/0/joint_payments",
        json!([{"organisation": "o-ccg", "payment": 1000, "boards": [
            {"body": "b-sab", "basis_points": 5000}, {"body": "b-other", "basis_points": 5000}]}]),
    );
    assert_finding(
        &validate(&v),
        "budget.not_computable",
        "/budgets/0/joint_payments/0/boards",
    );
}

#[test]
fn statutory_partner_nothing() {
    // Left out of the formula altogether: the finding points at the formula.
    let mut v = with_budget();
    set(
        &mut v,
        "/budgets/0/formula/partners",
        json!(["o-lcc", "o-pol"]),
    );
    let r = validate(&v);
    assert_finding(&r, "budget.statutory_partner_nothing", "/budgets/0/formula");
    let f = r
        .with_code("budget.statutory_partner_nothing")
        .next()
        .unwrap();
    assert_eq!(f.severity, boardkit::Severity::Warning);
    assert!(!f.message.contains('/'), "{}", f.message);
    assert!(!f.message.contains("o-ccg") && !f.message.contains("CCG"));

    // Listed with a fixed nil amount: the finding points at its entry.
    set(
        &mut v,
        "/budgets/0/formula",
        json!({"kind": "fixed", "amounts": [
            {"organisation": "o-lcc", "amount": 15_000_000},
            {"organisation": "o-pol", "amount": 15_000_000},
            {"organisation": "o-ccg", "amount": 0}
        ]}),
    );
    assert_finding(
        &validate(&v),
        "budget.statutory_partner_nothing",
        "/budgets/0/formula/amounts/2",
    );
}

#[test]
fn overspend() {
    let mut v = with_budget();
    set(&mut v, "/budgets/0/expenditure/0/actual", json!(30_000_001));
    let r = validate(&v);
    assert_finding(&r, "budget.overspend", "/budgets/0/expenditure");
    let f = r.with_code("budget.overspend").next().unwrap();
    assert!(
        f.message.contains("more than the funds") && !f.message.contains("£"),
        "{}",
        f.message
    );
    // Money brought forward covers it.
    set(&mut v, "/budgets/0/brought_forward", json!(1));
    assert_no(&validate(&v), "budget.overspend");
}

#[test]
fn contribution_cut_like_probation_after_the_national_review() {
    let fixed = |lcc: i64, pol: i64, ccg: i64| {
        json!({"kind": "fixed", "amounts": [
            {"organisation": "o-lcc", "amount": lcc},
            {"organisation": "o-pol", "amount": pol},
            {"organisation": "o-ccg", "amount": ccg}
        ]})
    };
    let mut v = with_budget();
    let mut last = budget("2015/16");
    last["formula"] = fixed(10_000_000, 10_000_000, 10_000_000);
    let mut this = budget("2016/17");
    this["formula"] = fixed(11_500_000, 8_500_000, 10_000_000);
    set(&mut v, "/budgets", json!([last, this]));
    let r = validate(&v);
    // Police down 15% (more than the default 10%).
    assert_finding(
        &r,
        "budget.contribution_cut",
        "/budgets/1/formula/amounts/1",
    );
    let f = r.with_code("budget.contribution_cut").next().unwrap();
    assert!(
        f.message.contains("cut on last year") && !f.message.contains("15"),
        "{}",
        f.message
    );
    assert_eq!(r.with_code("budget.contribution_cut").count(), 1);
    // A board that tolerates cuts up to 20% is not warned.
    set(&mut v, "/budgets/1/cut_warning_basis_points", json!(2000));
    assert_no(&validate(&v), "budget.contribution_cut");
}

#[test]
fn reserve_overdrawn() {
    let mut v = with_budget();
    set(
        &mut v,
        "/budgets/0/reserves",
        json!([{"kind": "serious_case_review", "opening": 500_000, "added": 0, "drawn": 600_000}]),
    );
    set(&mut v, "/budgets/0/expenditure/0/actual", json!(30_600_000));
    let r = validate(&v);
    assert_finding(
        &r,
        "budget.reserve_overdrawn",
        "/budgets/0/reserves/0/drawn",
    );
    assert_no(&r, "budget.overspend");
}

#[test]
fn messages_never_quote_ids_or_text() {
    let mut v = with_budget();
    set(
        &mut v,
        "/budgets/0/formula/partners",
        json!(["o-lcc", "o-lcc"]),
    );
    set(
        &mut v,
        "/budgets/0/expenditure/0/heading",
        json!("Child A review"),
    );
    set(&mut v, "/budgets/0/expenditure/0/actual", json!(40_000_000));
    set(
        &mut v,
        "/budgets/0/additional",
        json!([{"organisation": "o-secret", "amount": 1, "description": "Child A"}]),
    );
    let r = validate(&v);
    assert!(!r.findings.is_empty());
    for f in &r.findings {
        for word in ["o-lcc", "o-secret", "Child A", "b-lscb"] {
            assert!(!f.message.contains(word), "{f:?}");
        }
    }
}

/// The subtotal units' findings come decision by decision, as the old walk gave them:
/// the first decision's misnamed recipient before the second decision's wrong sum.
#[test]
fn subtotal_findings_keep_the_order_of_the_decisions() {
    let mut v = base();
    let decision = |subtotal: Value| {
        json!({
            "id": "d-1", "funder": "o-pol", "year": "2020/21",
            "allocation": {"kind": "per_area", "amount": 1_000_000},
            "recipients": [{"body": "b-lscb"}, {"body": "b-sub"}],
            "stated_subtotals": [subtotal]
        })
    };
    set(
        &mut v,
        "/funding_decisions",
        json!([
            decision(json!({"amount": 2_000_000, "recipients": ["b-lscb", "b-lscb"]})),
            decision(json!({"amount": 3_000_000, "recipients": ["b-lscb", "b-sub"]})),
        ]),
    );
    let found: Vec<(String, String)> = budget_findings(&v)
        .into_iter()
        .filter(|f| f.code.starts_with("budget.decision_subtotal_"))
        .map(|f| (f.code, f.path))
        .collect();
    let at = |code: &str, path: &str| (code.to_string(), path.to_string());
    assert_eq!(
        found,
        [
            at(
                "budget.decision_subtotal_recipient",
                "/funding_decisions/0/stated_subtotals/0/recipients/1"
            ),
            at(
                "budget.decision_subtotal_mismatch",
                "/funding_decisions/1/stated_subtotals/0/amount"
            ),
        ]
    );
}

#[test]
fn a_budget_breaking_the_statement_rules_reports_them_in_the_walks_order() {
    // Last year 10m each; this year the police cut by a fifth and health paying nothing,
    // stated totals wrong, spending over the funds and a reserve overdrawn.
    let fixed = |lcc: i64, pol: i64, ccg: i64| {
        json!({"kind": "fixed", "amounts": [
            {"organisation": "o-lcc", "amount": lcc},
            {"organisation": "o-pol", "amount": pol},
            {"organisation": "o-ccg", "amount": ccg}
        ]})
    };
    let mut last = budget("2015/16");
    last["formula"] = fixed(10_000_000, 10_000_000, 10_000_000);
    let mut this = budget("2016/17");
    this["baseline"] = json!(28_000_000);
    this["formula"] = fixed(20_000_000, 8_000_000, 0);
    this["stated_total_income"] = json!(1);
    this["stated_total_expenditure"] = json!(1);
    this["expenditure"][0]["actual"] = json!(40_000_000);
    this["reserves"] = json!([{"kind": "general", "opening": 100, "added": 0, "drawn": 600_000}]);
    let mut v = with_budget();
    set(&mut v, "/budgets", json!([last, this]));
    let got: Vec<(String, String)> = budget_findings(&v)
        .into_iter()
        .map(|f| (f.code, f.path))
        .collect();
    let want = [
        ("budget.total_mismatch", "/budgets/1/stated_total_income"),
        (
            "budget.total_mismatch",
            "/budgets/1/stated_total_expenditure",
        ),
        ("budget.overspend", "/budgets/1/expenditure"),
        ("budget.reserve_overdrawn", "/budgets/1/reserves/0/drawn"),
        (
            "budget.statutory_partner_nothing",
            "/budgets/1/formula/amounts/2",
        ),
        ("budget.contribution_cut", "/budgets/1/formula/amounts/1"),
        ("budget.contribution_cut", "/budgets/1/formula/amounts/2"),
    ];
    let want: Vec<(String, String)> = want
        .iter()
        .map(|(c, p)| (c.to_string(), p.to_string()))
        .collect();
    assert_eq!(got, want);
}
