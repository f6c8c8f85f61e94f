//! Worked examples of every formula kind, the statement and the Leicester 2016/17 budget.
//! Every expected figure here was worked out by hand (the working is in the comments).

use boardkit::budget::money::{FormatMoneyRequest, ParseMoneyRequest};
use boardkit::budget::statement::Position;
use boardkit::budget::{
    apportion, format_money, parse_money, statement, year_statement, ApportionRequest, Budget,
    Money, StatementRequest, YearStatementRequest,
};
use boardkit::error::from_json;
use serde_json::{json, Value};

fn gbp(text: &str) -> Money {
    Money::parse(text).unwrap()
}

/// Run the calculator on JSON as a browser form would send it; (id, pence) pairs back.
fn calc(formula: Value, total: Option<i64>) -> Vec<(String, i64)> {
    let mut req = json!({ "formula": formula });
    if let Some(t) = total {
        req["total"] = json!(t);
    }
    let req: ApportionRequest = from_json(&req.to_string()).unwrap();
    let res = apportion(&req).unwrap();
    let sum: i64 = res.shares.iter().map(|s| s.amount.pence()).sum();
    assert_eq!(sum, res.total.pence(), "shares must sum to the total");
    res.shares
        .into_iter()
        .map(|s| (s.id, s.amount.pence()))
        .collect()
}

fn calc_err(formula: Value, total: Option<i64>) -> boardkit::Error {
    let mut req = json!({ "formula": formula });
    if let Some(t) = total {
        req["total"] = json!(t);
    }
    let req: ApportionRequest = from_json(&req.to_string()).unwrap();
    apportion(&req).unwrap_err()
}

fn pairs(v: &[(&str, i64)]) -> Vec<(String, i64)> {
    v.iter().map(|(a, b)| (a.to_string(), *b)).collect()
}

#[test]
fn money_text() {
    assert_eq!(gbp("£298,700").pence(), 29_870_000);
    assert_eq!(gbp("£1,234.56").pence(), 123_456);
    assert_eq!(gbp("-£49,000").pence(), -4_900_000);
    assert_eq!(Money::from_pence(38_901_700).to_string(), "£389,017");
    assert_eq!(Money::from_pence(-4_900_000).to_string(), "-£49,000");
    assert_eq!(Money::from_pence(123_456).to_string(), "£1,234.56");
    let r = parse_money(&ParseMoneyRequest {
        text: "£298,700.00".into(),
    })
    .unwrap();
    assert_eq!((r.pence.pence(), r.text.as_str()), (29_870_000, "£298,700"));
    // Text that is not money is an error at the request's `text` field.
    let e = parse_money(&ParseMoneyRequest {
        text: "about £300k".into(),
    })
    .unwrap_err();
    assert_eq!((e.code(), e.path()), ("shape.invalid", "/text"));
    assert!(!e.to_string().contains("300k"), "{e}");
    let r = format_money(&FormatMoneyRequest {
        pence: Money::from_pence(5),
    });
    assert_eq!(r.text, "£0.05");
    // In JSON money is integer pence.
    assert_eq!(serde_json::to_string(&gbp("£1.50")).unwrap(), "150");
    // Overflow is an error, never a wrap.
    let big = Money::from_pence(i64::MAX);
    assert!(big.checked_add(Money::from_pence(1)).is_none());
    assert_eq!(
        big.add(Money::from_pence(1), "/x").unwrap_err().code(),
        "shape.overflow"
    );
}

#[test]
fn fixed_amounts_set_their_own_total() {
    // £100 + £50 = £150.
    let f = json!({"kind": "fixed", "amounts": [
        {"organisation": "a", "amount": 10_000}, {"organisation": "b", "amount": 5_000}]});
    assert_eq!(calc(f.clone(), None), pairs(&[("a", 10_000), ("b", 5_000)]));
    assert_eq!(calc(f.clone(), Some(15_000)).len(), 2);
    let e = calc_err(f, Some(15_001));
    assert_eq!((e.code(), e.path()), ("shape.config", "/total"));
}

#[test]
fn percentage_shares() {
    // £298,700 at 50/30/20: £149,350, £89,610, £59,740 (no remainders).
    let f = json!({"kind": "percentages", "shares": [
        {"organisation": "lcc", "basis_points": 5000},
        {"organisation": "police", "basis_points": 3000},
        {"organisation": "ccg", "basis_points": 2000}]});
    assert_eq!(
        calc(f, Some(29_870_000)),
        pairs(&[
            ("lcc", 14_935_000),
            ("police", 8_961_000),
            ("ccg", 5_974_000)
        ])
    );
    // £1.00 at 33.33/33.33/33.34%: exact 33.33p, 33.33p, 33.34p; floors 33, 33, 33;
    // remainders (×10,000) 3300, 3300, 3400; the one penny left goes to the largest: c.
    let f = json!({"kind": "percentages", "shares": [
        {"organisation": "a", "basis_points": 3333},
        {"organisation": "b", "basis_points": 3333},
        {"organisation": "c", "basis_points": 3334}]});
    assert_eq!(
        calc(f, Some(100)),
        pairs(&[("a", 33), ("b", 33), ("c", 34)])
    );
    // Shares must total 100%.
    let f = json!({"kind": "percentages", "shares": [
        {"organisation": "a", "basis_points": 5000}, {"organisation": "b", "basis_points": 4000}]});
    let e = calc_err(f.clone(), Some(100));
    assert_eq!((e.code(), e.path()), ("shape.config", "/formula/shares"));
    // No figure from the record in the message (the path names the field).
    assert!(
        e.to_string().contains("do not total 100%") && !e.to_string().contains("90"),
        "{e}"
    );
    // A shared total must be given.
    let f =
        json!({"kind": "percentages", "shares": [{"organisation": "a", "basis_points": 10000}]});
    let e = calc_err(f, None);
    assert_eq!(e.path(), "/total");
}

#[test]
fn weights() {
    // £1,000 by 1:2:3: 100,000p × 1/6 = 16,666 r4; × 2/6 = 33,333 r2; × 3/6 = 50,000 r0.
    // Floors total 99,999; the penny left goes to the largest remainder (a).
    let f = json!({"kind": "weights", "weights": [
        {"organisation": "a", "weight": 1},
        {"organisation": "b", "weight": 2},
        {"organisation": "c", "weight": 3}]});
    assert_eq!(
        calc(f.clone(), Some(100_000)),
        pairs(&[("a", 16_667), ("b", 33_333), ("c", 50_000)])
    );
    // A total to share cannot be below zero (a negative amount is a mistake, not a refund): refused at the field.
    let req = json!({"formula": f, "total": -1}).to_string();
    let e = from_json::<ApportionRequest>(&req).unwrap_err();
    assert_eq!((e.code(), e.path()), ("shape.invalid", "/total"));
    // The calculator gives a zero weight nothing (a budget formula flags it).
    let f = json!({"kind": "weights", "weights": [
        {"organisation": "a", "weight": 0}, {"organisation": "b", "weight": 1}]});
    assert_eq!(calc(f, Some(101)), pairs(&[("a", 0), ("b", 101)]));
    // A negative weight cannot be used.
    let f = json!({"kind": "weights", "weights": [
        {"organisation": "a", "weight": -1}, {"organisation": "b", "weight": 1}]});
    assert_eq!(calc_err(f, Some(100)).path(), "/formula/weights/0/weight");
    // All weights zero cannot share money.
    let f = json!({"kind": "weights", "weights": [{"organisation": "a", "weight": 0}]});
    assert_eq!(calc_err(f, Some(100)).code(), "shape.config");
}

#[test]
fn equal_split_among_the_three_statutory_partners() {
    // £100.00 three ways: 3,333p each, remainder 1 each; equal remainders and weights, so
    // the penny goes to the first id in byte order: "o-ccg" < "o-lcc" < "o-police".
    let f = json!({"kind": "equal", "partners": ["o-police", "o-lcc", "o-ccg"]});
    assert_eq!(
        calc(f, Some(10_000)),
        pairs(&[("o-police", 3_333), ("o-lcc", 3_333), ("o-ccg", 3_334)])
    );
    // £298,700 three ways: 29,870,000 / 3 = 9,956,666 r2: two pennies, to o-ccg and o-lcc.
    let f = json!({"kind": "equal", "partners": ["o-lcc", "o-police", "o-ccg"]});
    assert_eq!(
        calc(f, Some(29_870_000)),
        pairs(&[
            ("o-lcc", 9_956_667),
            ("o-police", 9_956_666),
            ("o-ccg", 9_956_667)
        ])
    );
}

#[test]
fn population_based() {
    // £12,345.67 by populations 200,000 / 300,000 / 500,000 (of 1,000,000):
    // exact 246,913.4p, 370,370.1p, 617,283.5p; floors sum 1,234,566; the penny left goes
    // to the largest remainder (.5): c.
    let f = json!({"kind": "population", "populations": [
        {"organisation": "a", "population": 200_000},
        {"organisation": "b", "population": 300_000},
        {"organisation": "c", "population": 500_000}]});
    assert_eq!(
        calc(f, Some(1_234_567)),
        pairs(&[("a", 246_913), ("b", 370_370), ("c", 617_284)])
    );
}

#[test]
fn split_between_boards() {
    // The CCG's joint payment of £47,296.80 split 50/50: £23,648.40 each.
    let f = json!({"kind": "board_split", "boards": [
        {"body": "b-lscb", "basis_points": 5000}, {"body": "b-lsab", "basis_points": 5000}]});
    assert_eq!(
        calc(f.clone(), Some(4_729_680)),
        pairs(&[("b-lscb", 2_364_840), ("b-lsab", 2_364_840)])
    );
    // £100.01 50/50: 5,000.5p each; tie on remainder and weight, so the odd penny goes to
    // the first id in byte order, "b-lsab".
    assert_eq!(
        calc(f, Some(10_001)),
        pairs(&[("b-lscb", 5_000), ("b-lsab", 5_001)])
    );
}

#[test]
fn composite_fixed_sums_then_percentages() {
    // £298,700 less fixed £597 + £2,192 + £19,343 = £22,132 leaves £276,568, shared
    // 50/20/16/7/7%: £138,284.00, £55,313.60, £44,250.88, £19,359.76, £19,359.76
    // (all exact, sum £276,568.00).
    let f = json!({"kind": "composite",
        "fixed": [
            {"organisation": "o-cafcass", "amount": 59_700},
            {"organisation": "o-nps", "amount": 219_200},
            {"organisation": "o-crc", "amount": 1_934_300}],
        "remainder": {"kind": "percentages", "shares": [
            {"organisation": "o-lcc", "basis_points": 5000},
            {"organisation": "o-ccg", "basis_points": 2000},
            {"organisation": "o-police", "basis_points": 1600},
            {"organisation": "o-uhl", "basis_points": 700},
            {"organisation": "o-lpt", "basis_points": 700}]}});
    assert_eq!(
        calc(f.clone(), Some(29_870_000)),
        pairs(&[
            ("o-cafcass", 59_700),
            ("o-nps", 219_200),
            ("o-crc", 1_934_300),
            ("o-lcc", 13_828_400),
            ("o-ccg", 5_531_360),
            ("o-police", 4_425_088),
            ("o-uhl", 1_935_976),
            ("o-lpt", 1_935_976),
        ])
    );
    // Fixed sums above the total cannot leave a remainder.
    assert_eq!(calc_err(f, Some(2_000_000)).path(), "/formula/fixed");
}

#[test]
fn uplift_of_last_year() {
    // 2.5% on £10,000 / £5,000 / £2,000: £10,250 / £5,125 / £2,050 (total £17,425).
    let f = json!({"kind": "uplift", "basis_points": 250, "last_year": [
        {"organisation": "a", "amount": 1_000_000},
        {"organisation": "b", "amount": 500_000},
        {"organisation": "c", "amount": 200_000}]});
    assert_eq!(
        calc(f, None),
        pairs(&[("a", 1_025_000), ("b", 512_500), ("c", 205_000)])
    );
    // 10% on £100.00 and £33.33: total £133.33 × 1.1 = £146.663 → £146.66 (14,666p).
    // Shared 10,000 : 3,333 of 13,333: a 10,999 r10,333; b 3,666 r3,000; one penny left,
    // to a. So a £110.00 (exact) and b £36.66 (exact £36.663).
    let f = json!({"kind": "uplift", "basis_points": 1000, "last_year": [
        {"organisation": "a", "amount": 10_000}, {"organisation": "b", "amount": 3_333}]});
    assert_eq!(calc(f, None), pairs(&[("a", 11_000), ("b", 3_666)]));
    // A 10% cut of £1,000 is £900.
    let f = json!({"kind": "uplift", "basis_points": -1000, "last_year": [
        {"organisation": "a", "amount": 100_000}]});
    assert_eq!(calc(f, None), pairs(&[("a", 90_000)]));
}

#[test]
fn a_partner_listed_twice_is_refused_by_the_calculator() {
    let f = json!({"kind": "equal", "partners": ["a", "b", "a"]});
    let e = calc_err(f, Some(300));
    assert_eq!(
        (e.code(), e.path()),
        ("shape.config", "/formula/partners/2")
    );
}

/// A small budget worked by hand, with last year's.
fn small_budgets() -> (Budget, Budget) {
    let last: Budget = from_json(
        &json!({
            "year": "2015/16", "body": "b-lscb", "baseline": 18_219_200,
            "formula": {"kind": "fixed", "amounts": [
                {"organisation": "o-lcc", "amount": 10_000_000},
                {"organisation": "o-police", "amount": 8_000_000},
                {"organisation": "o-nps", "amount": 219_200}]}
        })
        .to_string(),
    )
    .unwrap();
    let this: Budget = from_json(
        &json!({
            "year": "2016/17", "body": "b-lscb", "baseline": 17_000_000,
            "formula": {"kind": "fixed", "amounts": [
                {"organisation": "o-lcc", "amount": 11_000_000},
                {"organisation": "o-police", "amount": 6_000_000}]},
            "additional": [{"organisation": "o-ccg", "amount": 500_000}],
            "in_kind": [{"organisation": "o-lcc", "value": 250_000, "description": "Venues"}],
            "expenditure": [{"heading": "Staffing", "budgeted": 17_000_000, "actual": 18_000_000}],
            "reserves": [{"kind": "serious_case_review", "opening": 3_000_000, "drawn": 1_000_000}],
            "brought_forward": -4_900_000
        })
        .to_string(),
    )
    .unwrap();
    (this, last)
}

#[test]
fn statement_worked_by_hand() {
    let (this, last) = small_budgets();
    let s = statement(&StatementRequest {
        budget: this,
        previous: Some(last),
    })
    .unwrap();
    let line = |org: &str| s.income.iter().find(|l| l.organisation == org).unwrap();
    // Cash: £110,000 + £60,000 + £5,000 one-off = £175,000; in-kind £2,500 apart.
    assert_eq!(s.totals.formula, gbp("£170,000"));
    assert_eq!(s.totals.one_off, gbp("£5,000"));
    assert_eq!(s.totals.cash, gbp("£175,000"));
    assert_eq!(s.totals.in_kind, gbp("£2,500"));
    assert_eq!(line("o-lcc").cash, gbp("£110,000"));
    assert_eq!(line("o-lcc").in_kind, gbp("£2,500"));
    // Shares of £175,000: 62.857% → 6,286bp; 34.286% → 3,429bp; 2.857% → 286bp.
    assert_eq!(line("o-lcc").share_basis_points, Some(6_286));
    assert_eq!(line("o-police").share_basis_points, Some(3_429));
    assert_eq!(line("o-ccg").share_basis_points, Some(286));
    // Change on last year: LCC +£10,000 (+10%), police −£20,000 (−25%), CCG new (+£5,000,
    // no percentage), probation gone (−£2,192, −100%).
    assert_eq!(line("o-lcc").change, Some(gbp("£10,000")));
    assert_eq!(line("o-lcc").change_basis_points, Some(1_000));
    assert_eq!(line("o-police").change, Some(gbp("-£20,000")));
    assert_eq!(line("o-police").change_basis_points, Some(-2_500));
    assert_eq!(line("o-ccg").change, Some(gbp("£5,000")));
    assert_eq!(line("o-ccg").change_basis_points, None);
    assert_eq!(line("o-nps").cash, Money::ZERO);
    assert_eq!(line("o-nps").change, Some(gbp("-£2,192")));
    assert_eq!(line("o-nps").change_basis_points, Some(-10_000));
    // Expenditure: £170,000 budgeted, £180,000 spent, variance −£10,000.
    assert_eq!(s.total_budgeted, gbp("£170,000"));
    assert_eq!(s.total_spent, gbp("£180,000"));
    assert_eq!(s.total_variance, gbp("-£10,000"));
    // Funds: £175,000 − £49,000 brought forward + £10,000 drawn from the SCR reserve =
    // £136,000; spent £180,000: overspend £44,000, carried forward as −£44,000.
    assert_eq!(s.funds_available, gbp("£136,000"));
    assert_eq!(s.position, Position::Overspend);
    assert_eq!(s.outturn, gbp("£44,000"));
    assert_eq!(s.carry_forward, gbp("-£44,000"));
    // The reserve closes at £30,000 − £10,000 = £20,000.
    assert_eq!(s.reserves_closing, gbp("£20,000"));
}

fn leicester() -> Vec<Budget> {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../examples/data/leicester-lscb.json"
    ))
    .unwrap();
    #[derive(serde::Deserialize)]
    struct Part {
        budgets: Vec<Budget>,
    }
    let part: Part = from_json(&text).unwrap();
    part.budgets
}

/// The annual report: "The base line budget to the LSCB for 2016/2017 was £298,700. The
/// total income including additional contributions made by partner agencies was £389,017".
#[test]
fn leicester_2016_17_reproduces_the_annual_report() {
    let budget = leicester().into_iter().next().unwrap();
    assert_eq!(budget.year.to_string(), "2016/17");
    let s = statement(&StatementRequest {
        budget,
        previous: None,
    })
    .unwrap();
    assert_eq!(s.baseline, gbp("£298,700"));
    assert_eq!(s.totals.formula, gbp("£298,700"));
    assert_eq!(s.totals.cash, gbp("£389,017"));
    // One-off and joint on top of the baseline: £389,017 − £298,700 = £90,317.
    assert_eq!(
        s.totals.one_off.checked_add(s.totals.joint).unwrap(),
        gbp("£90,317")
    );
    // In-kind (venues) is valued but not cash.
    assert_eq!(s.totals.in_kind, gbp("£10,000"));
    // Each partner's cash is the figure in the report's income chart.
    let cash = |org: &str| {
        s.income
            .iter()
            .find(|l| l.organisation == org)
            .unwrap()
            .cash
            .to_string()
    };
    assert_eq!(cash("o-cafcass"), "£597");
    assert_eq!(cash("o-lcc"), "£179,459");
    assert_eq!(cash("o-ccg"), "£78,962");
    assert_eq!(cash("o-police"), "£61,186");
    assert_eq!(cash("o-crc"), "£19,343");
    assert_eq!(cash("o-nps"), "£2,192");
    // The CCG's joint payment, split 50/50 with the adults' board.
    let ccg = s.income.iter().find(|l| l.organisation == "o-ccg").unwrap();
    assert_eq!(ccg.joint, gbp("£23,648.40"));
    assert_eq!(ccg.formula, gbp("£55,313.60"));
    // The council's share of income: 179,459 / 389,017 = 46.13%.
    let lcc = s.income.iter().find(|l| l.organisation == "o-lcc").unwrap();
    assert_eq!(lcc.share_basis_points, Some(4_613));
    // "this income ensured that the overall cost of running the LSCB was met".
    assert_eq!(s.position, Position::Balanced);
    assert_eq!(s.carry_forward, Money::ZERO);
    assert_eq!(s.reserves_closing, gbp("£20,000"));
}

/// The example validates cleanly inside a document with the brief's organisations.
#[test]
fn leicester_example_is_clean_and_reachable_from_a_document() {
    let mut orgs = Vec::new();
    for (id, sector, statutory) in [
        ("o-lcc", "local_authority", true),
        ("o-police", "police", true),
        ("o-ccg", "health", true),
        ("o-uhl", "health", false),
        ("o-lpt", "health", false),
        ("o-nps", "probation", false),
        ("o-crc", "crc", false),
        ("o-cafcass", "cafcass", false),
    ] {
        orgs.push(
            json!({"id": id, "name": "Partner", "sector": sector, "statutory_partner": statutory}),
        );
    }
    let budgets = serde_json::to_value(leicester()).unwrap();
    let doc = json!({
        "schema_version": 1,
        "organisations": orgs,
        "bodies": [{"id": "b-lscb", "name": "Board", "kind": "board"}],
        "budgets": budgets
    });
    let document = boardkit::BoardDocument::from_json(&doc.to_string()).unwrap();
    let report = document.validate(&Default::default());
    let budget_findings: Vec<_> = report
        .findings
        .iter()
        .filter(|f| f.code.starts_with("budget."))
        .collect();
    assert!(budget_findings.is_empty(), "{budget_findings:#?}");

    let s = year_statement(&YearStatementRequest {
        document,
        body: "b-lscb".into(),
        year: boardkit::budget::FinancialYear::parse("2016/17").unwrap(),
    })
    .unwrap();
    assert_eq!(s.totals.cash, gbp("£389,017"));
    // Round trip: the part serialises back to what was read.
    let again: Vec<Budget> = serde_json::from_value(budgets.clone()).unwrap();
    assert_eq!(serde_json::to_value(again).unwrap(), budgets);
}

#[test]
fn year_statement_for_a_missing_year_is_an_error() {
    let document = boardkit::BoardDocument::new();
    let e = year_statement(&YearStatementRequest {
        document,
        body: "b-lscb".into(),
        year: boardkit::budget::FinancialYear::parse("2016/17").unwrap(),
    })
    .unwrap_err();
    assert_eq!(e.path(), "/year");
}

#[test]
fn financial_years() {
    use boardkit::budget::FinancialYear;
    assert_eq!(
        FinancialYear::parse("2016/2017").unwrap().to_string(),
        "2016/17"
    );
    assert_eq!(
        FinancialYear::parse("1999/00").unwrap().to_string(),
        "1999/00"
    );
    assert!(FinancialYear::parse("2016/18").is_none());
    assert!(FinancialYear::parse("2016").is_none());
    let e = from_json::<Budget>(r#"{"year": "2016/18", "body": "b", "baseline": 0, "formula": {"kind": "equal", "partners": []}}"#)
        .unwrap_err();
    assert_eq!(e.path(), "/year");
}
