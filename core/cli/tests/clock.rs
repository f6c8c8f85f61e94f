//! `boardkit clock`: the issue's example, each command, and the shared table of cases
//! (`tests/clock/cases.json`) answered through the command line.

use crate::common::boardkit as run;
use serde_json::Value;

#[test]
fn the_example_of_the_issue_prints_26_september() {
    let (code, out, err) = run(&[
        "clock",
        "add-working-days",
        "2022-09-16",
        "5",
        "--nation",
        "england-and-wales",
    ]);
    assert_eq!((code, out.as_str()), (0, "2022-09-26\n"), "{err}");
}

#[test]
fn holidays_lists_the_days_off() {
    let (code, out, _) = run(&["clock", "holidays", "2022", "--nation", "england-and-wales"]);
    assert_eq!(code, 0);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 10);
    assert!(lines.contains(&"2022-09-19 state_funeral"));
    assert!(lines.contains(&"2022-12-27 christmas substitute"));
}

#[test]
fn usage_mistakes_and_bad_values() {
    let (code, _, err) = run(&["clock", "add-working-days", "2022-09-16", "5"]);
    assert_eq!(code, 2);
    assert!(err.contains("--nation is needed"), "{err}");
    let (code, _, err) = run(&[
        "clock",
        "add-working-days",
        "2022-09-16",
        "five",
        "--nation",
        "scotland",
    ]);
    assert_eq!(code, 2, "{err}");
    let sentinel = "SENTINEL-3b7a";
    let (code, _, err) = run(&[
        "clock",
        "add-working-days",
        "2022-09-16",
        "5",
        "--nation",
        sentinel,
    ]);
    assert_eq!(code, 1);
    assert!(
        err.contains("at /nation") && !err.contains(sentinel),
        "{err}"
    );
    let (code, _, err) = run(&[
        "clock",
        "clear-days",
        sentinel,
        "2022-09-16",
        "--nation",
        "scotland",
    ]);
    assert_eq!(code, 1);
    assert!(err.contains("at /from") && !err.contains(sentinel), "{err}");
}

/// The command line for one case of the shared table, or `None` when the case is not
/// one a command line can state (a request with a field no flag sets).
fn command(capability: &str, r: &Value) -> Option<Vec<String>> {
    let s = |k: &str| {
        r.get(k)
            .map(|v| v.as_str().map(String::from).unwrap_or(v.to_string()))
    };
    let mut argv: Vec<String> = vec!["clock".into()];
    let keys: Vec<&str> = r.as_object()?.keys().map(String::as_str).collect();
    let (words, expected): (Vec<String>, &[&str]) = match capability {
        "add_working_days" => (
            vec!["add-working-days".into(), s("from")?, s("working_days")?],
            &["nation", "from", "working_days"],
        ),
        "clear_days" => (
            vec!["clear-days".into(), s("from")?, s("to")?],
            &["nation", "from", "to"],
        ),
        "due_by" => {
            argv.extend(["--count".to_string(), s("count")?]);
            (
                vec!["due-by".into(), s("event")?, s("clear_days")?],
                &["nation", "event", "clear_days", "count"],
            )
        }
        "overdue" => {
            argv.extend(["--as-of".to_string(), s("as_of")?]);
            (
                vec!["overdue".into(), s("from")?, s("working_days")?],
                &["nation", "from", "working_days", "as_of"],
            )
        }
        "bank_holidays" => (vec!["holidays".into(), s("year")?], &["nation", "year"]),
        _ => return None,
    };
    if keys.len() != expected.len() || !keys.iter().all(|k| expected.contains(k)) {
        return None;
    }
    argv.extend(words);
    argv.extend(["--nation".to_string(), s("nation")?]);
    Some(argv)
}

#[test]
fn the_shared_cases_through_the_command_line() {
    let table: Value =
        serde_json::from_str(include_str!("../../../tests/clock/cases.json")).unwrap();
    let mut replayed = 0;
    for (i, case) in table["cases"].as_array().unwrap().iter().enumerate() {
        let cap = case["capability"].as_str().unwrap();
        let Some(argv) = command(cap, &case["request"]) else {
            continue;
        };
        let args: Vec<&str> = argv.iter().map(String::as_str).collect();
        let (code, out, err) = run(&args);
        match case.get("response") {
            Some(want) => {
                assert_eq!(code, 0, "case {i}: {err}");
                let got = match cap {
                    "add_working_days" => serde_json::json!({"date": out.trim()}),
                    "bank_holidays" => continue, // printed as lines; checked above
                    _ => serde_json::from_str(&out).unwrap(),
                };
                assert_eq!(&got, want, "case {i}");
            }
            None => {
                let path = case["error"]["path"].as_str().unwrap();
                // A negative count is refused by the command line itself (exit 2).
                if code == 2 {
                    assert_eq!(path, "/working_days", "case {i}: {err}");
                } else {
                    assert_eq!(code, 1, "case {i}: {err}");
                    assert!(err.contains(&format!("at {path}")), "case {i}: {err}");
                }
            }
        }
        replayed += 1;
    }
    assert!(replayed >= 18, "{replayed}");
}
