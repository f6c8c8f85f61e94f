//! The budget formula rules that share one walk of a formula's partners
//! (`shares_not_100`, `weight_not_positive`, `duplicate_partner`): their findings two
//! composites deep, each at its own place and in the formula stage's order.
use crate::common;
use common::*;
use serde_json::json;

/// The budget's findings of the formula stage, as (code, path).
fn formula_findings(formula: serde_json::Value) -> Vec<(String, String)> {
    let mut v = base();
    set(
        &mut v,
        "/budgets",
        json!([{
            "year": "2016/17",
            "body": "b-lscb",
            "baseline": 30_000_000,
            "formula": formula,
            "expenditure": [{"heading": "Staffing", "budgeted": 30_000_000}]
        }]),
    );
    validate(&v)
        .findings
        .into_iter()
        .filter(|f| {
            [
                "budget.shares_not_100",
                "budget.weight_not_positive",
                "budget.duplicate_partner",
            ]
            .contains(&f.code.as_str())
        })
        .map(|f| (f.code, f.path))
        .collect()
}

fn found(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter()
        .map(|(c, p)| (c.to_string(), p.to_string()))
        .collect()
}

#[test]
fn weights_two_composites_deep() {
    let got = formula_findings(json!({"kind": "composite",
        "fixed": [{"organisation": "o-ccg", "amount": 1_000_000}],
        "remainder": {"kind": "composite",
            "fixed": [{"organisation": "o-pol", "amount": 1_000_000}],
            "remainder": {"kind": "weights", "weights": [
                {"organisation": "o-lcc", "weight": 0},
                {"organisation": "o-ccg", "weight": 2},
                {"organisation": "o-lcc", "weight": -1}]}}}));
    let deep = "/budgets/0/formula/remainder/remainder";
    assert_eq!(
        got,
        found(&[
            ("budget.duplicate_partner", &format!("{deep}/weights/1")),
            ("budget.duplicate_partner", &format!("{deep}/weights/2")),
            (
                "budget.weight_not_positive",
                &format!("{deep}/weights/0/weight")
            ),
            (
                "budget.weight_not_positive",
                &format!("{deep}/weights/2/weight")
            ),
        ])
    );
}

#[test]
fn shares_and_populations_two_composites_deep() {
    let got = formula_findings(json!({"kind": "composite",
        "fixed": [],
        "remainder": {"kind": "composite",
            "fixed": [],
            "remainder": {"kind": "percentages", "shares": [
                {"organisation": "o-lcc", "basis_points": 5000},
                {"organisation": "o-pol", "basis_points": 4000}]}}}));
    assert_eq!(
        got,
        found(&[(
            "budget.shares_not_100",
            "/budgets/0/formula/remainder/remainder/shares"
        )])
    );
    let got = formula_findings(json!({"kind": "composite",
        "fixed": [{"organisation": "o-ccg", "amount": 1_000_000}],
        "remainder": {"kind": "population", "populations": [
            {"organisation": "o-lcc", "population": 0},
            {"organisation": "o-pol", "population": 10}]}}));
    assert_eq!(
        got,
        found(&[(
            "budget.weight_not_positive",
            "/budgets/0/formula/remainder/populations/0/population"
        )])
    );
}
