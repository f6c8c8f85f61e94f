//! The sentinel template of the core's public tests (every free text a distinct sentinel,
//! links of every kind) through every public output: pack HTML and Markdown (with the
//! public minutes of each meeting), every CSV table, iCalendar and OParl. No withheld
//! sentinel may appear in any; public ones must (not passing by emptying).
#[path = "../../tests/public/sentinels.rs"]
mod sentinels;

use boardkit::BoardDocument;
use boardkit_render::{csv_out, ical, oparl, pack_html, pack_markdown, Options, SectionKind};
use serde_json::Value;

fn schema() -> Value {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../wasm/types/schemas/BoardDocument.json");
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// Every public output, for the minutes of each meeting in turn.
fn outputs(doc: &BoardDocument) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for m in ["m1", "m2", "m3"] {
        let mut o = Options::as_of("2019-06-01".parse().unwrap());
        o.meeting = Some(m.into());
        out.push((format!("html {m}"), pack_html(doc, &o).unwrap()));
        out.push((format!("markdown {m}"), pack_markdown(doc, &o).unwrap()));
        for kind in SectionKind::ALL {
            for (name, bytes) in csv_out::tables(doc, &o, kind).unwrap() {
                out.push((format!("{name} {m}"), String::from_utf8(bytes).unwrap()));
            }
        }
    }
    let o = Options::as_of("2019-06-01".parse().unwrap());
    out.push((
        "ical".into(),
        ical::calendar(doc, &o).unwrap().replace("\r\n ", ""),
    ));
    let e = oparl::export(doc, &o, "https://papers.example.org/oparl").unwrap();
    out.push(("oparl".into(), serde_json::to_string(&e).unwrap()));
    out
}

#[test]
fn no_withheld_sentinel_reaches_any_public_output() {
    let (v, sentinels) = sentinels::planted(&schema());
    let doc = BoardDocument::from_json(&v.to_string()).unwrap();
    let outs = outputs(&doc);
    let mut leaks = Vec::new();
    for (name, text) in &outs {
        for s in sentinels.iter().filter(|s| s.withheld) {
            if text.contains(&s.text) {
                leaks.push(format!(
                    "{}.{} at {} in {name}",
                    s.field.0, s.field.1, s.path
                ));
            }
        }
    }
    assert!(leaks.is_empty(), "{leaks:#?}");
    // Not by emptying: the outputs carry public sentinels of many fields.
    let all: String = outs.iter().map(|(_, t)| t.as_str()).collect();
    let shown: std::collections::BTreeSet<_> = sentinels
        .iter()
        .filter(|s| !s.withheld && all.contains(&s.text))
        .map(|s| s.field.clone())
        .collect();
    assert!(
        shown.len() >= 10,
        "only {} public fields shown: {shown:?}",
        shown.len()
    );
    assert!(all.contains("This is an edited version"));
    // The budget and the scorecard reach the pack too: their sentinels are shown.
    for (record, field) in [
        ("ExpenditureLine", "heading"),
        ("Scorecard", "title"),
        ("Indicator", "name"),
    ] {
        assert!(
            shown.contains(&(record.to_string(), field.to_string())),
            "no {record}.{field} sentinel in any output"
        );
    }
}
