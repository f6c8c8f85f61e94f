//! Issue 12: input is read strictly, the same way in every field, and every problem is
//! reported at the path of the bad value in plain English.
use crate::common;
use boardkit::budget::{ApportionRequest, StatementRequest};
use boardkit::document::ValidateOptions;
use boardkit::error::from_json;
use boardkit::BoardDocument;
use common::*;
use serde_json::{json, Value};

fn err(v: &Value) -> boardkit::Error {
    BoardDocument::from_json(&v.to_string()).unwrap_err()
}

fn budget() -> Value {
    json!({
        "year": "2016/17", "body": "b-lscb", "baseline": 30_000_000,
        "formula": {"kind": "equal", "partners": ["o-lcc", "o-pol", "o-ccg"]}
    })
}

#[test]
fn records_must_be_objects() {
    let e = BoardDocument::from_json("[1]").unwrap_err();
    assert_eq!((e.code(), e.path()), ("shape.invalid", ""));
    let mut v = base();
    set(&mut v, "/meetings/0", json!(["m1", "b-lscb", "2016-12-08"]));
    assert_eq!(err(&v).path(), "/meetings/0");
}

#[test]
fn negative_amounts_are_refused_where_they_cannot_be() {
    let mut v = base();
    let mut b = budget();
    b["baseline"] = json!(-1);
    set(&mut v, "/budgets", json!([b]));
    let e = err(&v);
    assert_eq!(
        (e.code(), e.path()),
        ("shape.invalid", "/budgets/0/baseline")
    );
    assert!(e.to_string().contains("0 or more"), "{e}");

    let fixed = json!({"formula": {"kind": "fixed", "amounts": [
        {"organisation": "a", "amount": 5}, {"organisation": "b", "amount": -1}]}});
    let e = from_json::<ApportionRequest>(&fixed.to_string()).unwrap_err();
    assert_eq!(e.path(), "/formula/amounts/1/amount");

    let composite = json!({"total": 100, "formula": {"kind": "composite",
        "fixed": [{"organisation": "a", "amount": -5}],
        "remainder": {"kind": "equal", "partners": ["b", "c"]}}});
    let e = from_json::<ApportionRequest>(&composite.to_string()).unwrap_err();
    assert_eq!(e.path(), "/formula/fixed/0/amount");

    // A one-off contribution may be negative (a refund).
    let mut v = base();
    let mut b = budget();
    b["additional"] = json!([{"organisation": "o-lcc", "amount": -500}]);
    set(&mut v, "/budgets", json!([b]));
    assert!(BoardDocument::from_json(&v.to_string()).is_ok());
}

#[test]
fn a_bad_value_inside_a_formula_is_reported_at_that_field() {
    let mut v = base();
    let mut b = budget();
    b["formula"] = json!({"kind": "percentages", "shares": [
        {"organisation": "o-lcc", "basis_points": 5000},
        {"organisation": "o-pol", "basis_points": "half"}]});
    set(&mut v, "/budgets", json!([b]));
    assert_eq!(err(&v).path(), "/budgets/0/formula/shares/1/basis_points");
    // A field of another kind of formula, at that field.
    let mut b = budget();
    b["formula"]["shares"] = json!([]);
    set(&mut v, "/budgets", json!([b]));
    let e = err(&v);
    assert_eq!(e.path(), "/budgets/0/formula/shares");
    assert!(e.to_string().contains("equal formula"), "{e}");
}

/// Every date field uses the one reader: the same refusals, the same words.
#[test]
fn one_date_reader_for_every_date_field() {
    let bad = [
        "2017-2-1",
        " 2017-02-01",
        "2016-10-20 ",
        "+2017-01-01",
        "2017-02-31",
        "",
    ];
    for b in bad {
        let mut v = base();
        set(&mut v, "/meetings/0/date", json!(b));
        let e = err(&v);
        assert_eq!(e.path(), "/meetings/0/date", "{b:?}");
        assert_eq!(e.to_string(), "Enter a date like 2017-01-31.", "{b:?}");

        let e = from_json::<ValidateOptions>(&json!({ "as_of": b }).to_string()).unwrap_err();
        assert_eq!(e.path(), "/as_of", "{b:?}");
        assert_eq!(e.to_string(), "Enter a date like 2017-01-31.", "{b:?}");
    }
    // A due date: a date, a month, next_meeting or a meeting, and nothing looser.
    for b in [
        "2017-2-1",
        " 2017-02-01",
        "2016-10-20 ",
        "+017-01",
        "2016-1-2",
        "2017-1",
    ] {
        let mut v = base();
        set(
            &mut v,
            "/actions",
            json!([{"id": "a", "ref": "1", "description": "x",
            "raised_at": "m1", "due": b}]),
        );
        let e = err(&v);
        assert_eq!(e.path(), "/actions/0/due", "{b:?}");
        assert!(e
            .to_string()
            .starts_with("Enter a date like 2017-01-31, a month like 2017-01"));
    }
    // A wrong type in a date field: the same words.
    let e = from_json::<ValidateOptions>(r#"{"as_of": 20170131}"#).unwrap_err();
    assert_eq!(e.to_string(), "Enter a date like 2017-01-31.");
}

#[test]
fn money_text_groups_thousands_correctly() {
    use boardkit::budget::money::ParseMoneyRequest;
    use boardkit::budget::parse_money;
    for bad in ["£0,001", "£1,2345", "£12,34", "£01,000"] {
        let e = parse_money(&ParseMoneyRequest { text: bad.into() }).unwrap_err();
        assert_eq!((e.code(), e.path()), ("shape.invalid", "/text"), "{bad}");
        assert!(!e.to_string().contains(bad));
    }
    let ok = parse_money(&ParseMoneyRequest {
        text: "£298,700.50".into(),
    })
    .unwrap();
    assert_eq!(ok.pence.pence(), 29_870_050);
}

#[test]
fn duplicate_keys_are_errors_everywhere_with_their_path() {
    let text = r#"{"schema_version": 1, "people": [], "people": []}"#;
    let e = BoardDocument::from_json(text).unwrap_err();
    assert_eq!((e.code(), e.path()), ("shape.invalid", "/people"));
    let text = r#"{"schema_version": 1, "extensions": {"crm": {"a": 1, "a": 2}}}"#;
    // A host's own keys are not schema names: withheld.
    assert_eq!(
        BoardDocument::from_json(text).unwrap_err().path(),
        "/extensions/*/*"
    );
    let text =
        r#"{"total": 9, "formula": {"kind": "equal", "partners": ["a"], "partners": ["b"]}}"#;
    let e = from_json::<ApportionRequest>(text).unwrap_err();
    assert_eq!(e.path(), "/formula/partners");
}

#[test]
fn null_means_absent_in_every_record() {
    let mut v = base();
    set(&mut v, "/actions", Value::Null);
    set(&mut v, "/extensions", Value::Null);
    set(&mut v, "/meetings/0/start", Value::Null);
    assert!(BoardDocument::from_json(&v.to_string()).is_ok());
    let o: ValidateOptions = from_json(r#"{"as_of": null}"#).unwrap();
    assert_eq!(o.as_of, None);
    // A required field given as null is reported as missing, at itself.
    set(&mut v, "/meetings/0/date", Value::Null);
    let e = err(&v);
    assert_eq!(
        (e.path(), e.to_string().as_str()),
        ("/meetings/0/date", "Date must be given.")
    );
}

#[test]
fn unknown_keys_are_never_named() {
    let mut v = base();
    set(&mut v, "/meetings/0/colour", json!(1));
    let e = err(&v);
    assert_eq!(e.path(), "/meetings/0");
    assert!(!e.to_string().contains("colour"));
    for key in ["a b", "k\u{0}", "x\"y", &"k".repeat(65), "ü", "JaneDoe2017"] {
        let mut v = base();
        v["meetings"][0][key] = json!(1);
        let e = err(&v);
        assert_eq!(e.path(), "/meetings/0", "{key:?}");
        assert!(!e.to_string().contains(key), "{key:?}");
    }
}

#[test]
fn a_contribution_cut_of_any_size_does_not_overflow() {
    // Last year £100; this year a refund makes cash i64::MIN + 10,000p: a change of
    // i64::MIN basis points, which has no opposite in i64.
    let mut previous = budget();
    previous["year"] = json!("2015/16");
    previous["baseline"] = json!(10_000);
    previous["formula"] =
        json!({"kind": "fixed", "amounts": [{"organisation": "o-lcc", "amount": 10_000}]});
    let mut this = previous.clone();
    this["year"] = json!("2016/17");
    this["additional"] = json!([{"organisation": "o-lcc", "amount": i64::MIN}]);
    let mut v = base();
    set(&mut v, "/budgets", json!([previous, this]));
    let r = validate(&v);
    assert!(
        r.findings
            .iter()
            .any(|f| f.code == "budget.contribution_cut"),
        "{r:#?}"
    );
    let req = json!({"budget": this, "previous": previous}).to_string();
    let st = boardkit::budget::statement(&from_json::<StatementRequest>(&req).unwrap()).unwrap();
    assert_eq!(st.income[0].change_basis_points, Some(i64::MIN));
}

#[test]
fn a_body_listing_the_same_body_twice_in_reports_to() {
    let mut v = base();
    v["bodies"][0]["reports_to"] = json!([]);
    push(
        &mut v,
        "/bodies",
        json!({"id": "b-sub2", "name": "Sub-group", "kind": "sub_group",
               "reports_to": ["b-lscb", "b-lscb"]}),
    );
    let r = validate(&v);
    let at = format!(
        "/bodies/{}/reports_to/1",
        v["bodies"].as_array().unwrap().len() - 1
    );
    assert_finding(&r, "board.duplicate_reports_to", &at);
}
