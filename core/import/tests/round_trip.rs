//! Round trip (what boardkit writes, it reads back): the CSV records tables boardkit-render
//! writes — the action log (`action-records.csv`), the risk register (`risk-register.csv`)
//! and the attendance grid (`attendance-grid.csv`) — read back by the importer, with no
//! column mapping and the document as context, to the same records. A property test over
//! generated records, and the Leicester example.
//!
//! "The same records" is every field the CSV carries: for an action its id, ref, text,
//! owners, raising meeting, due (in every form), desired outcome, status and closing
//! date; for a risk its id, title, description, category, owner, date raised, status,
//! current, inherent and target assessments, controls, next review and review frequency;
//! for attendance each (meeting, person, status, whom a deputy stood in for). Text comes
//! back with its whitespace collapsed (a line break inside a cell reads as a space).

use boardkit::action::Action;
use boardkit::date::Date;
use boardkit::risk::{Control, Risk};
use boardkit::BoardDocument;
use boardkit_import::table::{import_table, Format, TableKind};
use boardkit_import::text::clean;
use boardkit_render::csv_out;
use boardkit_render::{Options, SectionKind};
use proptest::prelude::*;
use serde_json::{json, Value};

fn leicester_open() -> BoardDocument {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../examples/data/leicester-lscb.json"
    ))
    .unwrap();
    let mut doc = BoardDocument::from_json(&text).unwrap();
    for m in &mut doc.meetings {
        m.confidential = false;
    }
    doc
}

fn day(s: &str) -> Date {
    s.parse().unwrap()
}

fn options() -> Options {
    let mut o = Options::as_of(day("2018-06-30"));
    o.from = Some(day("2015-01-01"));
    o.body = Some("b-lscb".into());
    o
}

/// The CSV file `key` of a section, as written.
fn export(doc: &BoardDocument, kind: SectionKind, key: &str) -> Vec<u8> {
    csv_out::tables(doc, &options(), kind)
        .unwrap()
        .into_iter()
        .find(|(n, _)| n == &format!("{key}.csv"))
        .unwrap_or_else(|| panic!("{key}.csv is written"))
        .1
}

fn import(kind: TableKind, bytes: &[u8], ctx: &BoardDocument) -> BoardDocument {
    import_table_of(kind, bytes, ctx, true)
}

/// As [`import`]; `rows` says whether the table written had any record: a grid with no
/// attendance at all has no meeting columns, and the importer rightly says a column is
/// missing.
fn import_table_of(
    kind: TableKind,
    bytes: &[u8],
    ctx: &BoardDocument,
    rows: bool,
) -> BoardDocument {
    let d = import_table(kind, bytes, Format::Csv, Some(ctx), None).unwrap();
    // No column unknown: the importer recognises every header the exporter writes.
    let codes: Vec<&str> = d.uncertainties.iter().map(|u| u.code.as_str()).collect();
    if !rows {
        assert!(
            codes.iter().all(|c| *c == "import.column_missing"),
            "{codes:?}"
        );
        return d.document;
    }
    for bad in [
        "import.column_unknown",
        "import.column_missing",
        "import.person_new",
        "import.owner_group",
        "import.status_unread",
        "import.date_unread",
        "import.attendance_code",
    ] {
        assert!(!codes.contains(&bad), "{bad} in {codes:?}");
    }
    d.document
}

fn opt_text(s: &Option<String>) -> Option<String> {
    s.as_deref().map(clean).filter(|s| !s.is_empty())
}

fn action_fields(a: &Action) -> Value {
    json!({
        "id": a.id, "ref": clean(&a.reference), "description": clean(&a.description),
        "owners": a.owners, "raised_at": a.raised_at, "due": a.due,
        "desired_outcome": opt_text(&a.desired_outcome), "status": a.status,
        "closed_on": a.closed_on,
    })
}

fn risk_fields(r: &Risk) -> Value {
    let controls: Vec<String> = r
        .controls
        .iter()
        .map(|c| match c {
            Control::Text(t) => clean(t),
            Control::Judged { description, .. } => clean(description),
        })
        .collect();
    json!({
        "id": r.id, "title": clean(&r.title), "description": opt_text(&r.description),
        "category": opt_text(&r.category), "owner": r.owner, "raised": r.raised.date,
        "status": r.status, "current": r.current, "inherent": r.inherent, "target": r.target,
        "controls": controls, "next_review": r.next_review,
        "review_frequency": r.review_frequency,
    })
}

/// (meeting, person, status, deputy for), sorted, for the body's meetings.
fn attendance_fields(doc: &BoardDocument) -> Vec<(String, String, Value, Option<String>)> {
    let mut v: Vec<_> = doc
        .meetings
        .iter()
        .filter(|m| m.body == "b-lscb")
        .flat_map(|m| {
            m.attendance.iter().map(move |a| {
                (
                    m.id.clone(),
                    a.person.clone(),
                    serde_json::to_value(a.status).unwrap(),
                    a.deputy_for.clone(),
                )
            })
        })
        .collect();
    v.sort_by(|a, b| format!("{a:?}").cmp(&format!("{b:?}")));
    v
}

/// Export the three records tables of `doc` and check each reads back to the records of
/// the public version (what the CSV is written from). Returns the counts compared.
fn round_trip(doc: &BoardDocument) -> (usize, usize, usize) {
    let public = doc.public_version();
    // Actions: in the log's order, which is not the document's: compare by id.
    let back = import(
        TableKind::Actions,
        &export(doc, SectionKind::Actions, "action-records"),
        doc,
    );
    let mut want: Vec<Value> = public.actions.iter().map(action_fields).collect();
    let mut got: Vec<Value> = back.actions.iter().map(action_fields).collect();
    want.sort_by_key(|v| v["id"].to_string());
    got.sort_by_key(|v| v["id"].to_string());
    assert_eq!(got, want, "actions");
    // Risks, in the register's order.
    let back = import(
        TableKind::Risks,
        &export(doc, SectionKind::Risks, "risk-register"),
        doc,
    );
    let want: Vec<Value> = public
        .risk_register
        .iter()
        .flat_map(|r| r.risks.iter().map(risk_fields))
        .collect();
    let got: Vec<Value> = back
        .risk_register
        .iter()
        .flat_map(|r| r.risks.iter().map(risk_fields))
        .collect();
    assert_eq!(got, want, "risks");
    // Attendance.
    let w = attendance_fields(&public);
    let back = import_table_of(
        TableKind::Attendance,
        &export(doc, SectionKind::Attendance, "attendance-grid"),
        doc,
        !w.is_empty(),
    );
    let g = attendance_fields(&back);
    assert_eq!(g, w, "attendance");
    (want.len(), public.actions.len(), w.len())
}

#[test]
fn leicester_records_round_trip() {
    let doc = leicester_open();
    let (risks, actions, attendance) = round_trip(&doc);
    assert_eq!((risks, actions, attendance), (3, 19, 26));
}

#[test]
fn the_pack_does_not_print_the_records_tables() {
    let html = boardkit_render::pack_html(&leicester_open(), &options()).unwrap();
    assert!(!html.contains("for editing and importing again"));
    assert!(html.contains("Attendance by member"));
}

// --- generated records ------------------------------------------------------------------

/// Text as people type it into a cell: words with commas, quotes, semicolons, pound
/// signs, accents and dashes (never only spaces).
fn text() -> impl Strategy<Value = String> {
    "[A-Za-z0-9£éô–,\"'();.&/-][A-Za-z0-9£éô–,\"'();.&/ -]{0,30}"
}

fn control_text() -> impl Strategy<Value = String> {
    // A control is one item of a list written with semicolons.
    "[A-Za-z0-9£é–,\"'().&/-][A-Za-z0-9£é–,\"'().&/ -]{0,20}"
}

fn date_in() -> impl Strategy<Value = String> {
    (2015i32..2019, 1u32..13, 1u32..29).prop_map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}"))
}

const MEETINGS: [&str; 4] = [
    "m-2016-10-20",
    "m-2016-12-08",
    "m-2017-02-09",
    "m-2017-03-23",
];

fn due() -> impl Strategy<Value = Value> {
    prop_oneof![
        date_in().prop_map(Value::String),
        (2015i32..2019, 1u32..13).prop_map(|(y, m)| json!(format!("{y:04}-{m:02}"))),
        (2015i32..2019, 1u32..5).prop_map(|(y, q)| json!(format!("{y}-Q{q}"))),
        (2015i32..2019, 1u32..5).prop_map(|(y, q)| json!(format!("{y}/{:02}-Q{q}", (y + 1) % 100))),
        Just(json!("ongoing")),
        Just(json!("next_meeting")),
        (0usize..4).prop_map(|i| json!({ "meeting": MEETINGS[i] })),
        prop::sample::select(vec!["b-lscb", "b-lsab"])
            .prop_map(|b| json!({ "next_meeting_of": b })),
    ]
}

fn owner(people: Vec<String>) -> impl Strategy<Value = Value> {
    prop_oneof![
        prop::sample::select(people).prop_map(|p| json!({ "person": p })),
        prop::sample::select(vec!["g-all-partners", "g-lscb-office"])
            .prop_map(|g| json!({ "group": g })),
        Just(json!({"role": "chair"})),
    ]
}

const ACTION_STATUS: [&str; 8] = [
    "open",
    "in_progress",
    "on_going",
    "outstanding",
    "on_agenda",
    "completed",
    "closed",
    "superseded",
];

fn action(people: Vec<String>) -> impl Strategy<Value = Value> {
    (
        "[0-9]{1,2}(\\.[0-9]{1,2}){0,2}",
        text(),
        prop::collection::vec(owner(people), 0..3),
        0usize..4,
        prop::option::of(due()),
        prop::option::of(text()),
        prop::option::of(prop::sample::select(ACTION_STATUS.to_vec())),
        prop::option::of(date_in()),
    )
        .prop_map(|(r, d, owners, m, due, outcome, status, closed)| {
            let mut owners = owners;
            owners.dedup();
            json!({
                "ref": r, "description": d, "owners": owners, "raised_at": MEETINGS[m],
                "due": due, "desired_outcome": outcome, "status": status, "closed_on": closed,
            })
        })
}

fn assessment() -> impl Strategy<Value = Option<Value>> {
    prop::option::of((1u32..5, 1u32..5).prop_map(|(l, i)| json!({"likelihood": l, "impact": i})))
}

fn risk(people: Vec<String>) -> impl Strategy<Value = Value> {
    (
        (
            text(),
            prop::option::of(text()),
            prop::option::of(text()),
            prop::option::of(prop::sample::select(people)),
            prop::option::of(date_in()),
            prop::sample::select(vec!["proposed", "deferred", "open", "escalated", "closed"]),
        ),
        (
            assessment(),
            assessment(),
            assessment(),
            prop::collection::vec(control_text(), 0..4),
            prop::option::of(date_in()),
            prop::option::of(prop::sample::select(vec![
                "monthly",
                "bi_monthly",
                "quarterly",
                "half_yearly",
                "annually",
            ])),
        ),
    )
        .prop_map(
            |(
                (title, desc, cat, owner, raised, status),
                (cur, inh, tgt, controls, review, freq),
            )| {
                json!({
                    "title": title, "description": desc, "category": cat, "owner": owner,
                    "raised": {"date": raised}, "status": status, "current": cur,
                    "inherent": inh, "target": tgt, "controls": controls,
                    "next_review": review, "review_frequency": freq,
                })
            },
        )
}

const STATUSES: [&str; 7] = [
    "present",
    "apologies",
    "absent",
    "in_attendance",
    "minute_taker",
    "observer",
    "deputy",
];

/// Per meeting, a set of people (by index) each with a status and, for a deputy, whom
/// they stood in for (by index).
fn attendance(n: usize) -> impl Strategy<Value = Vec<Vec<(usize, usize, usize)>>> {
    prop::collection::vec(
        prop::collection::vec((0..n, 0..STATUSES.len(), 0..n), 0..8),
        4,
    )
}

fn build(
    base: &BoardDocument,
    actions: Vec<Value>,
    risks: Vec<Value>,
    grid: Vec<Vec<(usize, usize, usize)>>,
) -> BoardDocument {
    let mut v = serde_json::to_value(base).unwrap();
    let people: Vec<String> = base.people.iter().map(|p| p.id.clone()).collect();
    let actions: Vec<Value> = actions
        .into_iter()
        .enumerate()
        .map(|(i, mut a)| {
            a["id"] = json!(format!("a-gen-{i}"));
            a
        })
        .collect();
    v["actions"] = Value::Array(actions);
    let risks: Vec<Value> = risks
        .into_iter()
        .enumerate()
        .map(|(i, mut r)| {
            r["id"] = json!(format!("r-gen-{i}"));
            r
        })
        .collect();
    v["risk_register"]["risks"] = Value::Array(risks);
    for (k, rows) in grid.into_iter().enumerate() {
        let mut seen = std::collections::BTreeSet::new();
        let mut att = Vec::new();
        for (p, s, dep) in rows {
            if !seen.insert(p) {
                continue;
            }
            let mut a = json!({"person": people[p], "status": STATUSES[s]});
            if STATUSES[s] == "deputy" {
                if dep == p {
                    continue;
                }
                a["deputy_for"] = json!(people[dep]);
            }
            att.push(a);
        }
        v["meetings"][k]["attendance"] = Value::Array(att);
        v["meetings"][k]["status"] = json!("held");
    }
    // Read through the record's own reader so the document is one a board could hold.
    serde_json::from_value(v).unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn generated_records_round_trip(
        (actions, risks, grid) in {
            let base = leicester_open();
            let people: Vec<String> = base.people.iter().map(|p| p.id.clone()).collect();
            let n = people.len();
            (
                prop::collection::vec(action(people.clone()), 0..10),
                prop::collection::vec(risk(people), 0..6),
                attendance(n),
            )
        }
    ) {
        let (na, nr) = (actions.len(), risks.len());
        let doc = build(&leicester_open(), actions, risks, grid);
        let (risks, actions, _) = round_trip(&doc);
        // Nothing generated was withheld or lost on the way.
        prop_assert_eq!((actions, risks), (na, nr));
    }
}
