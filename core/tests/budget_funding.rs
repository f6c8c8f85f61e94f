//! Funders' decisions paying many boards, and the budget rules added for the field's
//! funding papers: each rule broken on purpose, asserting its code and path.
use crate::common;
use boardkit::budget::{allocate, FundingDecision};
use common::*;
use serde_json::{json, Value};

fn budget(year: &str) -> Value {
    json!({
        "year": year,
        "body": "b-lscb",
        "baseline": 30_000_000,
        "formula": {"kind": "equal", "partners": ["o-lcc", "o-pol", "o-ccg"]},
        "expenditure": [{"heading": "Staffing", "budgeted": 30_000_000}]
    })
}

fn budget_findings(v: &Value) -> Vec<(String, String)> {
    validate(v)
        .findings
        .into_iter()
        .filter(|f| f.code.starts_with("budget."))
        .map(|f| (f.code.to_string(), f.path))
        .collect()
}

/// base() plus a second board (an adults' board) and a PCC paying both boards of the area.
fn with_decision() -> Value {
    let mut v = base();
    push(
        &mut v,
        "/organisations",
        json!({"id": "o-pcc", "name": "PCC", "sector": "other"}),
    );
    push(
        &mut v,
        "/bodies",
        json!({"id": "b-sab", "name": "Adults Board", "kind": "board"}),
    );
    set(
        &mut v,
        "/funding_decisions",
        json!([{
            "id": "d1", "funder": "o-pcc", "year": "2016/17",
            "allocation": {"kind": "per_area", "amount": 3_000_000},
            "recipients": [
                {"areas": 3, "boards": [
                    {"body": "b-lscb", "basis_points": 6000},
                    {"body": "b-sab", "basis_points": 4000}
                ], "stated_amount": 9_000_000}
            ],
            "central": [{"amount": 2_500_000, "holder": "o-pcc"}],
            "stated_totals": [11_500_000]
        }]),
    );
    v
}

fn decision(v: &Value) -> FundingDecision {
    serde_json::from_value(v["funding_decisions"][0].clone()).unwrap()
}

#[test]
fn per_area_then_between_boards_is_one_formula_to_the_penny() {
    let v = with_decision();
    assert!(budget_findings(&v).is_empty(), "{:?}", budget_findings(&v));
    let a = allocate(&decision(&v), "/funding_decisions/0").unwrap();
    assert_eq!(a.lines[0].amount.pence(), 9_000_000);
    let split: Vec<(String, i64)> = a.lines[0]
        .boards
        .iter()
        .map(|s| (s.id.clone(), s.amount.pence()))
        .collect();
    assert_eq!(
        split,
        vec![("b-lscb".into(), 5_400_000), ("b-sab".into(), 3_600_000)]
    );
    assert_eq!(a.total.pence(), 11_500_000);
    // A split that does not divide evenly still sums to the area's money exactly.
    let mut v = with_decision();
    set(
        &mut v,
        "/funding_decisions/0/allocation/amount",
        json!(1_000_001),
    );
    set(
        &mut v,
        "/funding_decisions/0/recipients/0/boards/0/basis_points",
        json!(3333),
    );
    set(
        &mut v,
        "/funding_decisions/0/recipients/0/boards/1/basis_points",
        json!(6667),
    );
    let a = allocate(&decision(&v), "/funding_decisions/0").unwrap();
    let sum: i64 = a.lines[0].boards.iter().map(|s| s.amount.pence()).sum();
    assert_eq!(sum, 3_000_003);
}

#[test]
fn decision_total_mismatch() {
    let mut v = with_decision();
    push(
        &mut v,
        "/funding_decisions/0/stated_totals",
        json!(12_500_000),
    );
    assert_eq!(
        budget_findings(&v),
        vec![(
            "budget.decision_total_mismatch".into(),
            "/funding_decisions/0/stated_totals/1".into()
        )]
    );
}

#[test]
fn decision_line_mismatch() {
    let mut v = with_decision();
    set(
        &mut v,
        "/funding_decisions/0/recipients/0/stated_amount",
        json!(6_000_000),
    );
    assert_eq!(
        budget_findings(&v),
        vec![(
            "budget.decision_line_mismatch".into(),
            "/funding_decisions/0/recipients/0/stated_amount".into()
        )]
    );
}

#[test]
fn a_budget_that_records_the_funders_payment_differently() {
    let mut v = with_decision();
    let mut b = budget("2016/17");
    b["additional"] = json!([{"organisation": "o-pcc", "amount": 5_400_000}]);
    set(&mut v, "/budgets", json!([b]));
    assert!(budget_findings(&v).is_empty(), "{:?}", budget_findings(&v));
    set(&mut v, "/budgets/0/additional/0/amount", json!(5_000_000));
    assert_eq!(
        budget_findings(&v),
        vec![("budget.differs_from_decision".into(), "/budgets/0".into())]
    );
    // Another year's budget is not the decision's business.
    set(&mut v, "/budgets/0/year", json!("2017/18"));
    assert!(budget_findings(&v).is_empty());
}

#[test]
fn a_joint_payment_recorded_differently_in_two_boards_budgets() {
    let mut v = with_decision();
    set(&mut v, "/funding_decisions", json!([]));
    let joint = json!([{"organisation": "o-ccg", "payment": 1_000_000, "boards": [
        {"body": "b-lscb", "basis_points": 5000}, {"body": "b-sab", "basis_points": 5000}
    ]}]);
    let mut a = budget("2016/17");
    a["joint_payments"] = joint.clone();
    let mut b = budget("2016/17");
    b["body"] = json!("b-sab");
    b["joint_payments"] = joint;
    set(&mut v, "/budgets", json!([a, b]));
    assert!(budget_findings(&v).is_empty(), "{:?}", budget_findings(&v));
    set(
        &mut v,
        "/budgets/1/joint_payments/0/payment",
        json!(1_200_000),
    );
    assert_eq!(
        budget_findings(&v),
        vec![(
            "budget.joint_payment_differs".into(),
            "/budgets/1/joint_payments/0".into()
        )]
    );
}

#[test]
fn brought_forward_differs_from_last_years_carry_forward() {
    let mut v = base();
    let mut last = budget("2015/16");
    last["expenditure"] =
        json!([{"heading": "Staffing", "budgeted": 30_000_000, "actual": 29_000_000}]);
    let mut this = budget("2016/17");
    this["brought_forward"] = json!(1_000_000);
    set(&mut v, "/budgets", json!([last, this]));
    assert!(budget_findings(&v).is_empty(), "{:?}", budget_findings(&v));
    set(&mut v, "/budgets/1/brought_forward", json!(900_000));
    assert_eq!(
        budget_findings(&v),
        vec![(
            "budget.brought_forward_differs".into(),
            "/budgets/1/brought_forward".into()
        )]
    );
    // Last year's actuals not all recorded: silent.
    set(&mut v, "/budgets/0/expenditure/0/actual", Value::Null);
    assert!(budget_findings(&v).is_empty());
}

#[test]
fn phasing_limits_are_checked_against_stated_changes() {
    let mut v = with_decision();
    set(
        &mut v,
        "/funding_decisions/0/phasing",
        json!({"years": 3, "max_loss_basis_points": 1000, "max_gain_basis_points": 1500}),
    );
    set(
        &mut v,
        "/funding_decisions/0/recipients/0/stated_change_basis_points",
        json!(-900),
    );
    assert!(budget_findings(&v).is_empty());
    set(
        &mut v,
        "/funding_decisions/0/recipients/0/stated_change_basis_points",
        json!(1600),
    );
    assert_eq!(
        budget_findings(&v),
        vec![(
            "budget.decision_phasing_exceeded".into(),
            "/funding_decisions/0/recipients/0/stated_change_basis_points".into()
        )]
    );
}

#[test]
fn a_weighted_formula_shares_each_criterions_part_by_the_measures() {
    let mut v = with_decision();
    set(
        &mut v,
        "/funding_decisions/0/allocation",
        json!({"kind": "weighted", "pot": 10_000_000, "criteria": [
            {"id": "pop", "name": "Population", "basis_points": 5000},
            {"id": "crime", "name": "Crime", "basis_points": 5000}
        ]}),
    );
    set(&mut v, "/funding_decisions/0/central", json!([]));
    set(
        &mut v,
        "/funding_decisions/0/stated_totals",
        json!([10_000_000]),
    );
    set(
        &mut v,
        "/funding_decisions/0/recipients",
        json!([
            {"body": "b-lscb", "measures": [{"criterion": "pop", "value": 3}, {"criterion": "crime", "value": 1}]},
            {"body": "b-sab", "measures": [{"criterion": "pop", "value": 1}, {"criterion": "crime", "value": 1}]}
        ]),
    );
    assert!(budget_findings(&v).is_empty(), "{:?}", budget_findings(&v));
    let a = allocate(&decision(&v), "/funding_decisions/0").unwrap();
    // Population: 3/4 and 1/4 of £50,000; crime: half each of £50,000.
    let pence: Vec<i64> = a.lines.iter().map(|l| l.amount.pence()).collect();
    assert_eq!(pence, vec![6_250_000, 3_750_000]);
    // Weights that do not total 100% are a finding, not a computation.
    set(
        &mut v,
        "/funding_decisions/0/allocation/criteria/1/basis_points",
        json!(4000),
    );
    assert_eq!(
        budget_findings(&v),
        vec![(
            "budget.shares_not_100".into(),
            "/funding_decisions/0/allocation/criteria".into()
        )]
    );
}

#[test]
fn a_statutory_partner_of_another_area_paying_nothing_is_not_this_boards_finding() {
    let mut v = base();
    // A police force of another area: statutory, but not a partner of this board.
    push(
        &mut v,
        "/organisations",
        json!({"id": "o-pol2", "name": "Other Police", "sector": "police", "statutory_partner": true}),
    );
    set(&mut v, "/budgets", json!([budget("2016/17")]));
    assert!(budget_findings(&v).is_empty(), "{:?}", budget_findings(&v));
    // This board's own police partner paying nothing still is.
    set(
        &mut v,
        "/budgets/0/formula",
        json!({"kind": "equal", "partners": ["o-lcc", "o-ccg"]}),
    );
    let got = budget_findings(&v);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "budget.statutory_partner_nothing");
}

#[test]
fn unknown_funder_payee_and_boards() {
    let mut v = with_decision();
    set(&mut v, "/funding_decisions/0/funder", json!("o-nowhere"));
    set(
        &mut v,
        "/funding_decisions/0/recipients/0/boards/1/body",
        json!("b-nowhere"),
    );
    assert_eq!(
        budget_findings(&v),
        vec![
            (
                "budget.unknown_organisation".into(),
                "/funding_decisions/0/funder".into()
            ),
            (
                "budget.unknown_body".into(),
                "/funding_decisions/0/recipients/0/boards/1/body".into()
            )
        ]
    );
}

#[test]
fn a_budget_without_a_formula_needs_no_invented_baseline() {
    let mut v = base();
    set(
        &mut v,
        "/budgets",
        json!([{"year": "2016/17", "body": "b-lscb",
                "additional": [{"organisation": "o-lcc", "amount": 100_000}],
                "expenditure": [{"heading": "Training", "budgeted": 100_000}]}]),
    );
    // Police and health pay nothing in this paper: that is a finding about the record,
    // but no baseline or formula had to be made up.
    let got = budget_findings(&v);
    assert!(
        got.iter()
            .all(|(c, _)| c == "budget.statutory_partner_nothing"),
        "{got:?}"
    );
    let d = doc(&v);
    assert!(d.budgets[0].formula.is_empty());
    let back: Value = serde_json::from_str(&d.to_json()).unwrap();
    assert_eq!(back["budgets"], v["budgets"]);
}
