//! A public version publishes nothing tied to confidential material (see the definition
//! in `boardkit::public`), and keeps what is not.
//!
//! The property test plants a distinct sentinel in every string field reachable from
//! confidential material and in comparable public places, and checks the whole
//! serialised public version: no confidential sentinel, every public one.
//!
//! The same documents, for fixed shapes, are the fixture the C and JS tests read
//! (tests/c/data/confidential.jsonl, one document per line). Regenerate it with
//! `UPDATE_FIXTURES=1 cargo test -p boardkit --test main confidentiality`.
use crate::common;
#[path = "common/plant.rs"]
mod plant;

use boardkit::public::{Confidentiality, WITHHELD_ITEM_TITLE, WITHHELD_MEETING_TITLE};
use boardkit::BoardDocument;
use common::*;
use plant::{plant, Item, Planted, Shape, Style};
use proptest::prelude::*;
use serde_json::json;

/// Check a planted document's public version; the error names what leaked or was lost.
fn check(p: &Planted) -> Result<(), String> {
    let raw = p.doc.to_string();
    for (s, what) in p.secret.iter().chain(&p.public) {
        if !raw.contains(s.as_str()) {
            return Err(format!("the planting lost the {what}"));
        }
    }
    let public = doc(&p.doc).public_version().to_json();
    for (s, what) in &p.secret {
        if public.contains(s.as_str()) {
            return Err(format!("the {what} survives in the public version"));
        }
    }
    for (s, what) in &p.public {
        if !public.contains(s.as_str()) {
            return Err(format!("the {what} (not confidential) is missing"));
        }
    }
    // The public version is itself a board document, and its own public version.
    let reread = BoardDocument::from_json(&public).map_err(|e| e.to_string())?;
    if reread.public_version().to_json() != public {
        return Err("the public version of a public version differs".into());
    }
    Ok(())
}

fn item(confidential: bool, style: Style, sub: bool, form: u8) -> Item {
    Item {
        confidential,
        style,
        sub,
        form,
    }
}

/// The fixed shapes of the C and JS fixture: confidential and open items, numbered and
/// lettered ("Part C"), with sub-items, referred to as written and as "03" / "3."; then
/// the same meeting marked wholly confidential; then one with no confidential material.
fn fixture_shapes() -> Vec<Shape> {
    let items = vec![
        item(true, Style::Number, true, 0),
        item(false, Style::Number, true, 1),
        item(true, Style::Text, true, 0),
        item(false, Style::Text, false, 0),
        item(true, Style::Number, false, 1),
        item(true, Style::Number, true, 2),
    ];
    vec![
        Shape {
            whole: false,
            items: items.clone(),
        },
        Shape { whole: true, items },
        Shape {
            whole: false,
            items: vec![item(false, Style::Number, true, 0)],
        },
    ]
}

fn fixture_text() -> String {
    let mut out = String::new();
    for shape in fixture_shapes() {
        let p = plant(base(), &shape);
        out.push_str(&serde_json::to_string(&p.doc).unwrap());
        out.push('\n');
    }
    out
}

#[test]
fn the_c_and_js_fixture_is_current() {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/c/data/confidential.jsonl");
    let fresh = fixture_text();
    if std::env::var_os("UPDATE_FIXTURES").is_some() {
        std::fs::write(&path, &fresh).unwrap();
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == fresh,
        "tests/c/data/confidential.jsonl is stale: regenerate it with \
         `UPDATE_FIXTURES=1 cargo test -p boardkit --test main confidentiality`"
    );
}

#[test]
fn the_fixture_shapes_withhold_every_secret_and_keep_every_public_field() {
    let mut counts = Vec::new();
    for shape in fixture_shapes() {
        let p = plant(base(), &shape);
        check(&p).unwrap_or_else(|e| panic!("{shape:?}: {e}"));
        counts.push((p.secret.len(), p.public.len()));
    }
    // Not vacuous: many places of each kind (the numbers the C and JS tests also see).
    assert!(counts[0].0 >= 100 && counts[0].1 >= 40, "{counts:?}");
    assert!(counts[1].0 >= 150 && counts[1].1 >= 8, "{counts:?}");
    assert!(counts[2].0 == 0 && counts[2].1 >= 30, "{counts:?}");
}

#[test]
fn planting_reaches_every_kind_of_field() {
    let p = plant(base(), &fixture_shapes()[0]);
    let kinds: std::collections::BTreeSet<&str> =
        p.secret.iter().map(|(_, w)| w.as_str()).collect();
    for k in [
        "item title",
        "item minutes",
        "decision text",
        "decision letter",
        "decision owner initials",
        "paper name",
        "paper appendix",
        "presenter initials",
        "item extensions",
        "declaration nature",
        "declaration person initials",
        "sub-item declaration nature",
        "action description",
        "action desired outcome",
        "action owner initials",
        "action history note",
        "action history extensions",
        "action extensions",
        "risk title",
        "risk description",
        "risk category",
        "risk owner",
        "risk control",
        "risk closed reason",
        "risk history note",
        "risk extensions",
        "item-only attendee note",
        "item-only attendee extensions",
        "matter arising note (by id)",
        "matter arising note (by ref)",
        "matter arising note (sub-item ref)",
        "amendment to m1's minutes",
    ] {
        assert!(kinds.contains(k), "no sentinel in a {k}");
    }
    let whole = plant(base(), &fixture_shapes()[1]);
    let kinds: std::collections::BTreeSet<&str> =
        whole.secret.iter().map(|(_, w)| w.as_str()).collect();
    for k in [
        "meeting title",
        "meeting venue",
        "meeting extensions",
        "attendance note",
        "attendance extensions",
        "apologies note",
        "opening item title",
        "matter arising at m1",
        "approval note at m1",
        "next meeting venue at m1",
        "announced venue of m1",
        "earlier action note recorded at m1",
        "earlier action history extensions at m1",
        "earlier risk note recorded at m1",
    ] {
        assert!(kinds.contains(k), "no sentinel in a {k}");
    }
}

#[test]
fn a_confidential_item_keeps_its_place_and_nothing_else() {
    let p = plant(base(), &fixture_shapes()[0]);
    let public = doc(&p.doc).public_version();
    let m1 = &public.meetings[1];
    let numbers: Vec<&str> = m1.agenda.iter().map(|i| i.number.as_str()).collect();
    assert_eq!(
        numbers,
        ["1", "2", "2.1", "3", "3.1", "Part E", "Part E.1", "Part F", "6", "7", "7.1"]
    );
    for (i, it) in m1.agenda.iter().enumerate() {
        let withheld = ["2", "2.1", "Part E", "Part E.1", "6", "7", "7.1"].contains(&numbers[i]);
        assert_eq!(it.title == WITHHELD_ITEM_TITLE, withheld, "{}", it.number);
        if withheld {
            assert!(it.confidential && it.minutes.is_none() && it.decisions.is_empty());
            assert!(it.presenters.is_empty() && it.papers.is_empty() && it.extensions.is_empty());
            assert_eq!(it.minutes_allocated, Some(10));
        }
    }
    // Actions raised under confidential items are left out, and a public risk's links to
    // them; the public ones stay.
    let ids: Vec<&str> = public.actions.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["a-3", "a-5", "a-m0"]);
    let reg = public.risk_register.as_ref().unwrap();
    let risks: Vec<&str> = reg.risks.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(risks, ["r-3", "r-3-1", "r-5", "r-m0"]);
    assert_eq!(reg.risks[3].linked_actions, ["a-3", "a-5"]);
    // Item-only attendees of confidential items are left out; everyone else stays.
    let people: Vec<&str> = m1.attendance.iter().map(|a| a.person.as_str()).collect();
    assert!(people.contains(&"p-guest-3") && people.contains(&"p-guest-5"));
    assert!(!people
        .iter()
        .any(|p| ["p-guest-2", "p-guest-4", "p-guest-6", "p-guest-7"].contains(p)));
    assert!(people.contains(&"p-chair") && people.contains(&"p-mgr"));
}

#[test]
fn a_wholly_confidential_meeting_keeps_only_that_it_took_place() {
    let p = plant(base(), &fixture_shapes()[1]);
    let original = doc(&p.doc);
    let public = original.public_version();
    let m = &public.meetings[1];
    let o = &original.meetings[1];
    assert_eq!(
        (&m.id, &m.body, m.date, m.status),
        (&o.id, &o.body, o.date, o.status)
    );
    assert!(m.confidential);
    assert_eq!(m.title, WITHHELD_MEETING_TITLE);
    assert!(m.start.is_none() && m.end.is_none() && m.venue.is_none());
    assert!(m.attendance.is_empty() && m.agenda.is_empty() && m.declarations.is_none());
    assert!(m.matters_arising.is_empty() && m.previous_minutes.is_none());
    assert!(m.next_meeting.is_none() && m.extensions.is_empty());
    // Every action and risk raised at it is withheld.
    assert!(public
        .actions
        .iter()
        .all(|a| a.raised_at.as_deref() != Some("m1")));
    let reg = public.risk_register.as_ref().unwrap();
    assert!(reg
        .risks
        .iter()
        .all(|r| r.raised.meeting.as_deref() != Some("m1")));
    // The meetings around it are kept (their references to it lose their text only).
    assert_eq!(public.meetings[0].title, original.meetings[0].title);
    let announced = public.meetings[0].next_meeting.as_ref().unwrap();
    assert_eq!(announced.date, o.date);
    assert!(announced.venue.is_none() && announced.start.is_none());
    assert_eq!(
        public.meetings[2].matters_arising.len(),
        1,
        "the earlier action's"
    );
}

#[test]
fn one_decision_positions_match_the_public_version() {
    let p = plant(base(), &fixture_shapes()[0]);
    let d = doc(&p.doc);
    let c = Confidentiality::of(&d);
    assert!(!c.meeting(1) && c.item(1, 1) && c.item(1, 2) && !c.item(1, 3));
    assert!(c.action(0) && !c.action(1) && !c.action(6));
    assert!(c.risk(0) && !c.risk(2));
    assert!(c.declaration(1, 0) && !c.declaration(1, 2));
    assert!(!c.attendance(1, 0) && c.attendance(1, 7));
    assert!(c.matter_arising(2, 0) && !c.matter_arising(2, 3));
    assert_eq!(c.apply(&d), d.public_version());
}

#[test]
fn a_declaration_on_a_lettered_part_is_withheld() {
    // The case of the report: the item is "Part B", which is not a number.
    let mut v = base();
    set(&mut v, "/meetings/0/agenda/2/number", json!("Part B"));
    set(&mut v, "/meetings/0/agenda/2/confidential", json!(true));
    set(
        &mut v,
        "/meetings/0/declarations",
        json!({"entries": [
            {"person": {"initials": "PH"}, "item": "Part B", "nature": "Child R's school"},
            {"person": {"initials": "PH"}, "item": "Part A", "nature": "Governor"}]}),
    );
    let public = doc(&v).public_version().to_json();
    assert!(!public.contains("Child R"), "{public}");
    assert!(public.contains("Governor"));
}

#[test]
fn previous_minutes_of_a_meeting_without_confidential_material_keep_their_note() {
    let mut v = base();
    set(
        &mut v,
        "/meetings/1/previous_minutes/note",
        json!("Typo on page 2 corrected."),
    );
    assert!(doc(&v)
        .public_version()
        .to_json()
        .contains("Typo on page 2"));
    set(&mut v, "/meetings/0/agenda/1/confidential", json!(true));
    assert!(!doc(&v)
        .public_version()
        .to_json()
        .contains("Typo on page 2"));
}

#[test]
fn the_private_document_is_unchanged() {
    let p = plant(base(), &fixture_shapes()[0]);
    let d = doc(&p.doc);
    let before = d.to_json();
    let _ = d.public_version();
    assert_eq!(d.to_json(), before);
    assert!(p.secret.iter().all(|(s, _)| before.contains(s.as_str())));
}

fn arb_item() -> impl Strategy<Value = Item> {
    (
        any::<bool>(),
        prop_oneof![Just(Style::Number), Just(Style::Text)],
        any::<bool>(),
        0u8..3,
    )
        .prop_map(|(c, style, sub, form)| item(c, style, sub, form))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn no_confidential_sentinel_survives_and_every_public_one_does(
        whole in any::<bool>(),
        items in proptest::collection::vec(arb_item(), 0..6),
    ) {
        let p = plant(base(), &Shape { whole, items });
        if let Err(e) = check(&p) {
            prop_assert!(false, "{}", e);
        }
    }
}

#[test]
fn a_funding_decision_marked_confidential_is_withheld() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../examples/data/field/warwickshire-funding-decision.json");
    let mut v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    set(&mut v, "/funding_decisions/0/reference", json!("ZqS1x"));
    assert!(doc(&v).public_version().to_json().contains("ZqS1x"));
    set(&mut v, "/funding_decisions/0/confidential", json!(true));
    let d = doc(&v);
    assert!(Confidentiality::of(&d).funding_decision(0));
    let public = d.public_version();
    assert!(!public.to_json().contains("ZqS1x"));
    assert!(public.funding_decisions.is_empty());
}
