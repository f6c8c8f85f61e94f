//! The public outputs carry the redaction ledger and follow every link (nothing confidential may be reached by one): the
//! pack (HTML and Markdown) and the public minutes print the edited version's notice,
//! OParl marks the public minutes as derived from the full ones, and what only a
//! confidential item links to (an action its decision created, a guest for it alone)
//! appears in no output.

use boardkit::BoardDocument;
use boardkit_render::{csv_out, ical, oparl, pack_html, pack_markdown, Options, SectionKind};
use serde_json::json;

fn document() -> BoardDocument {
    let v = json!({
        "schema_version": 5,
        "people": [
            {"id": "p-chair", "name": "Ada Quill", "initials": "AQ"},
            {"id": "p-dcs", "name": "Ben Rook", "initials": "BR"},
            {"id": "p-guest", "name": "Zqguestname Sentinel", "initials": "ZGS"}
        ],
        "bodies": [{"id": "b", "name": "Northwick Safeguarding Partnership", "kind": "board",
                    "members": [{"person": "p-chair", "category": "statutory", "role": "independent_chair"},
                                {"person": "p-dcs", "category": "statutory"}]}],
        "meetings": [{
            "id": "m1", "body": "b", "title": "Partnership meeting", "date": "2019-03-14",
            "status": "minutes_approved",
            "attendance": [
                {"person": "p-chair", "status": "present"},
                {"person": "p-dcs", "status": "present"},
                {"person": "p-guest", "status": "in_attendance", "items": ["2"]}
            ],
            "agenda": [
                {"number": "1", "title": "Welcome", "decisions": [{"kind": "noted", "text": "Noted."}]},
                {"number": "2", "title": "Zqitemtitle Sentinel", "confidential": true,
                 "exemption": {"paragraph": 2},
                 "decisions": [{"kind": "agreed", "text": "Zqdecision Sentinel", "actions": ["a-secret"]}]},
                {"number": "3", "title": "Any other business"}
            ]
        }],
        "actions": [
            {"id": "a-secret", "ref": "3", "description": "Zqaction Sentinel", "raised_at": "m1",
             "owners": [{"person": "p-guest"}], "due": "2019-05-01"},
            {"id": "a-open", "ref": "3", "description": "Circulate the newsletter", "raised_at": "m1",
             "owners": [{"person": "p-dcs"}], "due": "2019-05-01"}
        ]
    });
    BoardDocument::from_json(&v.to_string()).unwrap()
}

fn options() -> Options {
    let mut o = Options::as_of("2019-04-01".parse().unwrap());
    o.meeting = Some("m1".into());
    o
}

const NOTICE: &str =
    "This is an edited version: 1 item was withheld under paragraph 2 of Schedule 12A.";

/// Every public output as text.
fn outputs(doc: &BoardDocument) -> Vec<(String, String)> {
    let o = options();
    let mut out = vec![
        ("html".to_string(), pack_html(doc, &o).unwrap()),
        ("markdown".to_string(), pack_markdown(doc, &o).unwrap()),
        // iCalendar folds long lines: unfold before searching.
        (
            "ical".to_string(),
            ical::calendar(doc, &o).unwrap().replace("\r\n ", ""),
        ),
        (
            "oparl".to_string(),
            serde_json::to_string(
                &oparl::export(doc, &o, "https://papers.example.org/oparl").unwrap(),
            )
            .unwrap(),
        ),
    ];
    for kind in SectionKind::ALL {
        for (name, bytes) in csv_out::tables(doc, &o, kind).unwrap() {
            out.push((name, String::from_utf8(bytes).unwrap()));
        }
    }
    out
}

#[test]
fn the_pack_and_the_public_minutes_say_they_are_edited() {
    let doc = document();
    let o = options();
    assert!(pack_html(&doc, &o).unwrap().contains(NOTICE));
    assert!(pack_markdown(&doc, &o).unwrap().contains(NOTICE));
}

#[test]
fn oparl_marks_the_public_minutes_as_derived_from_the_full_ones() {
    let e = oparl::export(&document(), &options(), "https://papers.example.org/oparl").unwrap();
    let file = &e.meeting[0]["resultsProtocol"];
    assert_eq!(file["type"], "https://schema.oparl.org/1.1/File");
    assert_eq!(
        file["masterFile"],
        "https://papers.example.org/oparl/file/m1/full"
    );
    assert_eq!(file["text"], NOTICE);
}

#[test]
fn nothing_only_a_confidential_item_links_to_reaches_any_output() {
    let doc = document();
    let outs = outputs(&doc);
    assert!(outs.len() > 5, "too few outputs");
    for (name, text) in &outs {
        for s in [
            "Zqitemtitle",
            "Zqdecision",
            "Zqaction",
            "Zqguestname",
            "ZGS",
            "p-guest",
            "a-secret",
        ] {
            assert!(!text.contains(s), "{s} survives in {name}");
        }
    }
    // Not by emptying: the open action and the members are there.
    let all: String = outs.iter().map(|(_, t)| t.as_str()).collect();
    for s in ["Circulate the newsletter", "Ada Quill", "Ben Rook", NOTICE] {
        assert!(all.contains(s), "{s} is missing from every output");
    }
}

/// A public version read back (a meeting that carries its ledger, nothing of it marked
/// confidential any more): the notice printed is the carried ledger's.
fn published() -> BoardDocument {
    let mut v: serde_json::Value = serde_json::from_str(&document().to_json()).unwrap();
    v["meetings"][0]["agenda"][1] = json!({"number": "2", "title": "Welcome back"});
    v["meetings"][0]["redactions"] = json!({"whole": false, "items": 3, "decisions": 0,
        "actions": 0, "risks": 0, "attendees": 0, "declarations": 0, "paragraphs": [1, 3]});
    BoardDocument::from_json(&v.to_string()).unwrap()
}

const CARRIED: &str =
    "This is an edited version: 3 items were withheld under paragraphs 1, 3 of Schedule 12A.";

#[test]
fn the_notice_is_printed_from_the_ledger_the_public_meeting_carries() {
    let doc = published();
    let o = options();
    assert!(doc.redaction_ledger().meetings[0].items == 3);
    for (name, text) in [
        ("html", pack_html(&doc, &o).unwrap()),
        ("markdown", pack_markdown(&doc, &o).unwrap()),
    ] {
        assert!(text.contains(CARRIED), "{name} lacks the carried notice");
        assert!(
            !text.contains(NOTICE),
            "{name} has a notice not from the ledger"
        );
    }
    let e = oparl::export(&doc, &o, "https://papers.example.org/oparl").unwrap();
    let file = &e.meeting[0]["resultsProtocol"];
    assert_eq!(file["text"], CARRIED);
    assert_eq!(
        file["masterFile"],
        "https://papers.example.org/oparl/file/m1/full"
    );
}

#[test]
fn an_unedited_meeting_has_no_notice_and_no_derived_file() {
    let mut v: serde_json::Value = serde_json::from_str(&document().to_json()).unwrap();
    v["meetings"][0]["agenda"][1] = json!({"number": "2", "title": "Welcome back"});
    v["meetings"][0]["attendance"][2]["items"] = json!([]);
    let doc = BoardDocument::from_json(&v.to_string()).unwrap();
    let o = options();
    assert!(!pack_html(&doc, &o)
        .unwrap()
        .contains("This is an edited version"));
    let e = oparl::export(&doc, &o, "https://papers.example.org/oparl").unwrap();
    assert!(
        e.meeting[0].get("resultsProtocol").is_none(),
        "{}",
        e.meeting[0]
    );
}
