//! Issue 12: a finding's message never repeats a value of the record — no text (see
//! `no_input_in_messages.rs`), and no amount, date or score either. Messages may give
//! counts and positions boardkit worked out (days overdue, people matched, entry numbers);
//! the finding's path points at the value itself.
//!
//! Every bundled document is validated as of several dates (so overdue, review and budget
//! rules fire) and every message is checked for money, dates and any number of three or
//! more digits that the record holds.
use boardkit::document::ValidateOptions;
use boardkit::BoardDocument;
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::PathBuf;

fn documents() -> Vec<(String, String)> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../examples/data");
    let mut files = vec![root.join("leicester-lscb.json")];
    let mut field: Vec<PathBuf> = std::fs::read_dir(root.join("field"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    field.sort();
    files.extend(field);
    files
        .into_iter()
        .map(|p| {
            let text = std::fs::read_to_string(&p).unwrap();
            (p.display().to_string(), text)
        })
        .collect()
}

/// Every run of three or more digits in the record's numbers and strings.
fn figures(v: &Value, out: &mut BTreeSet<String>) {
    match v {
        Value::Number(n) => digit_runs(&n.to_string(), out),
        Value::String(s) => digit_runs(s, out),
        Value::Array(a) => a.iter().for_each(|x| figures(x, out)),
        Value::Object(o) => o.values().for_each(|x| figures(x, out)),
        _ => {}
    }
}

fn digit_runs(s: &str, out: &mut BTreeSet<String>) {
    for run in s.split(|c: char| !c.is_ascii_digit()) {
        if run.len() >= 3 {
            out.insert(run.to_string());
        }
    }
}

/// The digit runs of a message, leaving out counts of days (worked out, not recorded).
fn message_runs(m: &str) -> Vec<String> {
    let mut runs = Vec::new();
    let mut rest = m;
    while let Some(start) = rest.find(|c: char| c.is_ascii_digit()) {
        let tail = &rest[start..];
        let end = tail
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(tail.len());
        let after = &tail[end..];
        if end >= 3 && !after.starts_with(" day") {
            runs.push(tail[..end].to_string());
        }
        rest = after;
    }
    runs
}

#[test]
fn no_message_repeats_an_amount_a_date_or_a_figure_of_the_record() {
    let mut checked = 0;
    for (name, text) in documents() {
        let doc = BoardDocument::from_json(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
        let mut held = BTreeSet::new();
        figures(&serde_json::from_str(&text).unwrap(), &mut held);
        for as_of in [
            None,
            Some("2017-02-01"),
            Some("2021-06-30"),
            Some("2035-01-01"),
        ] {
            let options = ValidateOptions {
                as_of: as_of.map(|d| d.parse().unwrap()),
                ..Default::default()
            };
            for f in &doc.validate(&options).findings {
                let m = &f.message;
                checked += 1;
                assert!(!m.contains('£'), "{name} {}: {m}", f.code);
                assert!(!m.contains('/'), "{name} {}: a path or date in {m}", f.code);
                for run in message_runs(m) {
                    assert!(
                        !held.contains(&run),
                        "{name} {}: the record's figure {run} in {m}",
                        f.code
                    );
                }
            }
        }
    }
    // The documents do raise findings, so the check above checked something.
    assert!(checked > 50, "only {checked} findings checked");
}
