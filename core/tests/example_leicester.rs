//! The bundled example (Leicester LSCB, 8 December 2016) parses, round-trips and shows
//! its real anomalies by code and path.
use boardkit::document::ValidateOptions;
use boardkit::BoardDocument;

fn example() -> (String, BoardDocument) {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../examples/data/leicester-lscb.json"
    );
    let text = std::fs::read_to_string(path).unwrap();
    let doc = BoardDocument::from_json(&text).unwrap_or_else(|e| panic!("{e}"));
    (text, doc)
}

#[test]
fn example_round_trips_losslessly() {
    let (text, doc) = example();
    // The committed file is version 1: it is written back as the current version and
    // otherwise unchanged.
    let mut a: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(a["schema_version"], 1);
    a["schema_version"] = boardkit::SCHEMA_VERSION.into();
    let b: serde_json::Value = serde_json::from_str(&doc.to_json()).unwrap();
    assert_eq!(a, b);
}

#[test]
fn jr_presents_but_is_not_in_the_attendance_list() {
    let (_, doc) = example();
    let r = doc.validate(&ValidateOptions::default());
    let m = doc
        .meetings
        .iter()
        .position(|m| m.id == "m-2016-12-08")
        .unwrap();
    let item5 = doc.meetings[m]
        .agenda
        .iter()
        .position(|a| a.number == "5")
        .unwrap();
    let path = format!("/meetings/{m}/agenda/{item5}/presenters/0");
    assert!(
        r.has("meeting.presenter_not_recorded", &path),
        "{:#?}",
        r.findings
    );
    // JR is a member (LSCB Manager), so the initials resolve: not an unresolved-initials error.
    assert_eq!(r.with_code("meeting.initials_unresolved").count(), 0);
}

#[test]
fn the_meeting_was_quorate_with_deputies() {
    let (_, doc) = example();
    let m = doc.meeting("m-2016-12-08").unwrap();
    let body = doc.body("b-lscb").unwrap();
    let q = boardkit::meeting::quorum(&doc, body, m).unwrap();
    assert!(q.quorate, "{q:?}");
    // FB deputised for Chris West (CCG, voting); FG for Pretty Patel (adviser, non-voting).
    assert!(q.missing_statutory_partners.is_empty());
}

#[test]
fn messages_do_not_quote_the_example() {
    let (text, doc) = example();
    let r = doc.validate(&ValidateOptions {
        as_of: Some("2017-02-01".parse().unwrap()),
        ..Default::default()
    });
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    let mut strings = Vec::new();
    collect(&v, &mut strings);
    for f in &r.findings {
        for s in &strings {
            assert!(!f.message.contains(s.as_str()), "{} quotes {s:?}", f.code);
        }
    }
}

/// Free-text-like strings of the record: anything with a space or a capital letter,
/// longer than three characters (enum words and ids are lower-case without spaces).
fn collect(v: &serde_json::Value, out: &mut Vec<String>) {
    match v {
        serde_json::Value::String(s)
            if s.len() > 3 && (s.contains(' ') || s.chars().any(|c| c.is_uppercase())) =>
        {
            out.push(s.clone())
        }
        serde_json::Value::Array(a) => a.iter().for_each(|x| collect(x, out)),
        serde_json::Value::Object(o) => o.values().for_each(|x| collect(x, out)),
        _ => {}
    }
}

#[test]
fn the_only_error_is_the_real_one() {
    let (_, doc) = example();
    let r = doc.validate(&ValidateOptions {
        as_of: Some("2017-02-01".parse().unwrap()),
        ..Default::default()
    });
    let errors: Vec<(&str, &str)> = r
        .findings
        .iter()
        .filter(|f| f.severity == boardkit::Severity::Error)
        .map(|f| (f.code.as_str(), f.path.as_str()))
        .collect();
    let a92 = doc
        .actions
        .iter()
        .position(|a| a.id == "a-2016-12-08-14")
        .unwrap();
    let due = format!("/actions/{a92}/due");
    assert_eq!(errors, vec![("action.due_before_raised", due.as_str())]);
}
