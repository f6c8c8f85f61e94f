//! Inputs found by the fuzz targets (tests/fuzz, see its README) or reported from fuzzing
//! (hostile inputs must not crash the library), kept as regression tests: each once crashed or broke a check the targets
//! make. The C-boundary ones are in ffi/tests/fuzz_regressions.rs.
use crate::common;
use boardkit::document::ValidateOptions;
use boardkit::BoardDocument;
use common::*;
use serde_json::json;

/// Two budgets for one board: last year a partner paid `last` pence, this year `this`.
fn two_years(last: i64, this: i64) -> serde_json::Value {
    let mut v = base();
    let budget = |year: &str, amount: i64| {
        json!({
            "year": year,
            "body": "b-lscb",
            "baseline": amount,
            "formula": {"kind": "fixed", "amounts": [{"organisation": "o-lcc", "amount": amount}]},
        })
    };
    set(
        &mut v,
        "/budgets",
        json!([budget("2015/16", last), budget("2016/17", this)]),
    );
    v
}

/// Found by the `document` target: this year's cash is i64::MIN + 10,000p against
/// 10,000p last year, a change of i64::MIN basis points, which the cut warning negated
/// with overflow (a panic in debug builds; in release the warning was lost).
#[test]
fn a_cut_of_i64_min_basis_points_is_warned_without_overflow() {
    let v = two_years(10_000, i64::MIN + 10_000);
    // A reader that refuses negative contributions stops here, at a path: also fine.
    let doc = match BoardDocument::from_json(&v.to_string()) {
        Ok(doc) => doc,
        Err(e) => {
            assert!(e.path().starts_with("/budgets/1"), "{}: {e}", e.path());
            return;
        }
    };
    let r = doc.validate(&ValidateOptions::default());
    assert_finding(
        &r,
        "budget.contribution_cut",
        "/budgets/1/formula/amounts/0",
    );
    let f = r.with_code("budget.contribution_cut").next().unwrap();
    // i64::MIN basis points (less one, saturated)
    assert!(!f.message.contains("92233720368547758"), "{}", f.message);
}

/// The ordinary cut is still worded as before.
#[test]
fn cut_percentages_are_compared_exactly() {
    let r = validate(&two_years(10_000_000, 8_450_000));
    let f = r.with_code("budget.contribution_cut").next().unwrap();
    assert!(
        f.message.contains("cut on last year") && !f.message.contains("15.5"),
        "{}",
        f.message
    );
    // 10.05% is over the 10% threshold; exactly 10% is not.
    let r = validate(&two_years(10_000_000, 8_995_000));
    assert_eq!(r.with_code("budget.contribution_cut").count(), 1);
    let r = validate(&two_years(10_000_000, 9_000_000));
    assert_eq!(r.with_code("budget.contribution_cut").count(), 0);
}

/// Found by the `ffi` target: an unknown key holding NUL. The core's error must have a
/// message (the C layer could not carry it: see ffi/tests/fuzz_regressions.rs).
#[test]
fn a_key_holding_nul_is_an_error_with_a_message() {
    let e = BoardDocument::from_json("{\"schema_version\": 1, \"a\\u0000b\": 1}").unwrap_err();
    assert!(!e.to_string().trim().is_empty());
    assert!(e.path().is_empty() || e.path().starts_with('/'));
}

/// Found by the `date` target: `"-7021-1-09"` (ten characters) was read as a due date
/// (year -7021, 9 January) and written back as `"-7021-01-09"`, which does not read:
/// a normalised document that cannot be read again. A due date is read only as
/// `YYYY-MM-DD` (or a month, a meeting, next_meeting), so it must be refused; whatever is
/// read must write back in a form that reads back the same.
#[test]
fn a_due_date_with_a_signed_year_is_refused_or_reads_back() {
    for text in ["-7021-1-09", "-001-01-09", "+2017-1-09", "-99-12-31"] {
        let json = serde_json::Value::String(text.into()).to_string();
        match serde_json::from_str::<boardkit::date::When>(&json) {
            Err(_) => {}
            Ok(when) => {
                let written = serde_json::to_string(&when).unwrap();
                let back: Result<boardkit::date::When, _> = serde_json::from_str(&written);
                assert_eq!(back.ok(), Some(when), "{text:?} written as {written}");
            }
        }
        let doc = json!({"schema_version": 1, "actions": [
            {"id": "a1", "description": "Report back", "due": text}
        ]});
        if let Ok(d) = BoardDocument::from_json(&doc.to_string()) {
            let normal = d.to_json();
            assert!(
                BoardDocument::from_json(&normal).is_ok(),
                "{text:?}: {normal}"
            );
        }
    }
}
