//! The clock's queries through the request types every binding reads: the examples of
//! the law's clocks, the errors and their paths, and no value from the input in any message.

use boardkit::clock::{self, AddWorkingDaysRequest, ClearDaysRequest, DueByRequest};
use boardkit::clock::{HolidaysRequest, OverdueRequest};
use boardkit::error::from_json;
use serde_json::{json, Value};

fn add(req: Value) -> Result<String, boardkit::Error> {
    let r: AddWorkingDaysRequest = from_json(&req.to_string())?;
    clock::add_working_days(&r).map(|d| d.date.to_string())
}

#[test]
fn the_examples_of_the_issue() {
    let five = json!({"nation": "england-and-wales", "from": "2022-09-16", "working_days": 5});
    assert_eq!(add(five).unwrap(), "2022-09-26");
    let one = |nation: &str| json!({"nation": nation, "from": "2023-11-29", "working_days": 1});
    assert_eq!(add(one("scotland")).unwrap(), "2023-12-01");
    assert_eq!(add(one("england-and-wales")).unwrap(), "2023-11-30");
    assert_eq!(add(one("northern-ireland")).unwrap(), "2023-11-30");
}

#[test]
fn clear_days_count_neither_end() {
    // Monday 5 to Monday 12 December 2016: 6 clear days, Tuesday to Friday working.
    let r: ClearDaysRequest =
        from_json(r#"{"nation": "england-and-wales", "from": "2016-12-05", "to": "2016-12-12"}"#)
            .unwrap();
    let c = clock::clear_days(&r).unwrap();
    assert_eq!((c.clear_days, c.clear_working_days), (6, 4));
    // The same day and the next day leave no clear day.
    for to in ["2016-12-05", "2016-12-06"] {
        let r: ClearDaysRequest =
            from_json(&json!({"nation": "scotland", "from": "2016-12-05", "to": to}).to_string())
                .unwrap();
        let c = clock::clear_days(&r).unwrap();
        assert_eq!((c.clear_days, c.clear_working_days), (0, 0));
    }
    let back: ClearDaysRequest =
        from_json(r#"{"nation": "scotland", "from": "2016-12-05", "to": "2016-12-04"}"#).unwrap();
    assert_eq!(clock::clear_days(&back).unwrap_err().path(), "/to");
}

#[test]
fn due_by_leaves_the_clear_days() {
    let due = |count: &str, event: &str| {
        let r: DueByRequest = from_json(
            &json!({"nation": "england-and-wales", "event": event, "clear_days": 5, "count": count})
                .to_string(),
        )
        .unwrap();
        clock::due_by(&r).unwrap()
    };
    // A meeting on Thursday 15 December 2016.
    let c = due("calendar_days", "2016-12-15");
    assert_eq!(c.due_by.to_string(), "2016-12-09");
    assert_eq!(c.last_working_day.to_string(), "2016-12-09");
    let w = due("working_days", "2016-12-15");
    assert_eq!(w.due_by.to_string(), "2016-12-07");
    // A meeting on Tuesday 3 January 2017: five clear calendar days back is Wednesday
    // 28 December; five clear working days back skips Christmas and 2 January.
    // The five are 22, 23, 28, 29 and 30 December, so papers go by Wednesday 21st.
    let w = due("working_days", "2017-01-03");
    assert_eq!(w.due_by.to_string(), "2016-12-21");
    // Seven calendar days before Monday 2 January 2017 is Sunday 25 December 2016: the
    // last working day on or before it is Friday 23rd.
    let r: DueByRequest = from_json(
        r#"{"nation": "england-and-wales", "event": "2017-01-02", "clear_days": 7, "count": "calendar_days"}"#,
    )
    .unwrap();
    let c = clock::due_by(&r).unwrap();
    assert_eq!(c.due_by.to_string(), "2016-12-25");
    assert_eq!(c.last_working_day.to_string(), "2016-12-23");
}

#[test]
fn overdue_as_of_counts_working_days_late() {
    let late = |as_of: &str| {
        let r: OverdueRequest = from_json(
            &json!({"nation": "england-and-wales", "from": "2022-09-16", "working_days": 5, "as_of": as_of})
                .to_string(),
        )
        .unwrap();
        clock::overdue(&r).unwrap()
    };
    let on_time = late("2022-09-26");
    assert_eq!(on_time.due.to_string(), "2022-09-26");
    assert!(!on_time.overdue);
    assert_eq!(on_time.working_days_overdue, 0);
    let two = late("2022-09-28");
    assert!(two.overdue);
    assert_eq!(two.working_days_overdue, 2);
    // As of Saturday 1 October: late by Tuesday 27th to Friday 30th.
    let sat = late("2022-10-01");
    assert!(sat.overdue);
    assert_eq!(sat.working_days_overdue, 4);
}

#[test]
fn errors_name_the_field_and_never_the_value() {
    let sentinel = "SENTINEL-9f3c";
    let bad_nation =
        json!({"nation": sentinel, "from": "2022-09-16", "working_days": 5}).to_string();
    let e = from_json::<AddWorkingDaysRequest>(&bad_nation).unwrap_err();
    assert_eq!(e.path(), "/nation");
    assert!(e.to_string().contains("england-and-wales"), "{e}");
    assert!(!e.to_string().contains(sentinel));

    // (The shared reader names an unknown key that is a short identifier; this key is
    // not one, so it must be withheld.)
    let key = "a key SENTINEL-9f3c";
    let unknown =
        json!({"nation": "scotland", "from": "2022-09-16", "working_days": 5, key: 1}).to_string();
    let e = from_json::<AddWorkingDaysRequest>(&unknown).unwrap_err();
    assert!(!e.to_string().contains(sentinel) && !e.path().contains(sentinel));

    let early = json!({"nation": "scotland", "from": "2006-12-29", "working_days": 5});
    let e = add(early).unwrap_err();
    assert_eq!(e.path(), "/from");
    assert!(e.to_string().starts_with("The calendar covers"), "{e}");

    let far = json!({"nation": "scotland", "from": "2022-09-16", "working_days": 9_000_000u64});
    assert_eq!(add(far).unwrap_err().path(), "/working_days");

    let e = clock::bank_holidays(&HolidaysRequest {
        nation: clock::Nation::Scotland,
        year: 1999,
    })
    .unwrap_err();
    assert_eq!(e.path(), "/year");
}

#[test]
fn a_million_working_days_is_answered() {
    let big =
        json!({"nation": "northern-ireland", "from": "2022-09-16", "working_days": 1_000_000});
    let d = add(big).unwrap();
    // About 250.9 working days a year (260.9 weekdays less 10 holidays): 3,986 years on.
    assert!(
        d.as_str() > "6000-01-01" && d.as_str() < "6100-01-01",
        "{d}"
    );
}
