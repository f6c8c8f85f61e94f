//! Confidentiality: nothing from a confidential item, or from a meeting marked
//! confidential, appears in any public output — HTML and Markdown pack, every CSV
//! table, iCalendar, OParl. Property test: random items (or whole meetings) are made
//! confidential and every field tied to them carries a sentinel; no output may contain
//! one.
//!
//! `Tied::Item` fields are the item's own (and declarations about it); `Tied::Raised`
//! fields belong to records the item raised (its actions and risks, their notes and
//! owners, matters arising about them). `BoardDocument::public_version`, the one function
//! that decides, withholds both.

use crate::common;
use boardkit::action::{Owner, StatusChange};
use boardkit::meeting::{Decision, Declaration, Paper, PersonRef};
use boardkit::BoardDocument;
use boardkit_render::{csv_out, ical, oparl, Options, SectionKind};
use common::{date, leicester};
use proptest::prelude::*;

/// Which records a sentinel sits in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tied {
    /// The confidential item's own fields.
    Item,
    /// Records the confidential item raised (actions, risks) and notes about them.
    Raised,
}

/// The kinds of tie the test plants sentinels in: both.
const TESTED: &[Tied] = &[Tied::Item, Tied::Raised];

fn sentinel(n: usize) -> String {
    // Letters and digits only: no output escapes or folds change it... except iCalendar
    // line folding, which the check undoes.
    format!("Zq{n}Sentinel")
}

struct Planted {
    doc: BoardDocument,
    sentinels: Vec<(String, &'static str)>,
}

fn plant(mut doc: BoardDocument, meeting: usize, whole: bool, mask: u64) -> Planted {
    let mut out = Vec::new();
    let next =
        |what: &'static str, tied: Tied, out: &mut Vec<(String, &'static str)>| -> Option<String> {
            if !TESTED.contains(&tied) {
                return None;
            }
            let s = sentinel(out.len());
            out.push((s.clone(), what));
            Some(s)
        };
    let with_agenda: Vec<usize> = (0..doc.meetings.len())
        .filter(|&i| !doc.meetings[i].agenda.is_empty())
        .collect();
    let mi = with_agenda[meeting % with_agenda.len()];
    let m = &mut doc.meetings[mi];
    m.confidential = whole;
    let meeting_id = m.id.clone();
    let mut numbers = Vec::new();
    for (k, item) in m.agenda.iter_mut().enumerate() {
        let conf = whole || (mask >> (k % 64)) & 1 == 1;
        // In a meeting marked confidential every item is withheld, flagged or not.
        item.confidential = if whole { k % 2 == 0 } else { conf };
        if !conf {
            continue;
        }
        numbers.push(item.number.clone());
        if let Some(s) = next("item title", Tied::Item, &mut out) {
            item.title = s;
        }
        if let Some(s) = next("item minutes", Tied::Item, &mut out) {
            item.minutes = Some(format!("Text {s} more."));
        }
        if let (Some(a), Some(b), Some(c)) = (
            next("decision text", Tied::Item, &mut out),
            next("decision letter", Tied::Item, &mut out),
            next("decision owner", Tied::Item, &mut out),
        ) {
            let d: Decision = serde_json::from_value(serde_json::json!({
                "letter": b, "kind": "agreed", "text": a, "owner": {"initials": c}
            }))
            .unwrap();
            item.decisions.push(d);
        }
        if let (Some(a), Some(b)) = (
            next("paper name", Tied::Item, &mut out),
            next("appendix", Tied::Item, &mut out),
        ) {
            item.papers.push(Paper {
                name: a,
                appendices: vec![b],
            });
        }
        if let Some(s) = next("presenter", Tied::Item, &mut out) {
            item.presenters.push(PersonRef::Initials(s));
        }
        if let Some(s) = next("item extension", Tied::Item, &mut out) {
            item.extensions
                .insert(s.clone(), serde_json::Value::String(s));
        }
    }
    let m = &mut doc.meetings[mi];
    for n in &numbers {
        if let Some(s) = next("declaration nature", Tied::Item, &mut out) {
            m.declarations
                .get_or_insert_with(Default::default)
                .entries
                .push(Declaration {
                    person: PersonRef::Person("p-chair".into()),
                    item: n.clone(),
                    nature: s,
                    left_room: true,
                    took_part: false,
                    kind: None,
                    dispensation: false,
                });
        }
    }
    let meeting_date = m.date;
    // Records the confidential items raised: actions and risks with their refs.
    let mut raised_actions = Vec::new();
    for a in doc.actions.iter_mut() {
        if a.raised_at.as_deref() != Some(meeting_id.as_str()) || !numbers.contains(&a.reference) {
            continue;
        }
        raised_actions.push(a.id.clone());
        if let Some(s) = next("action description", Tied::Raised, &mut out) {
            a.description = s;
        }
        if let Some(s) = next("action outcome", Tied::Raised, &mut out) {
            a.desired_outcome = Some(s);
        }
        if let Some(s) = next("action owner", Tied::Raised, &mut out) {
            a.owners.push(Owner::Initials(s));
        }
        if let Some(s) = next("action note", Tied::Raised, &mut out) {
            a.history.push(StatusChange {
                date: meeting_date,
                status: boardkit::action::Status::InProgress,
                meeting: None,
                note: Some(s),
                extensions: Default::default(),
            });
        }
    }
    if let Some(reg) = doc.risk_register.as_mut() {
        for r in reg.risks.iter_mut() {
            let from_item = r.raised.meeting.as_deref() == Some(meeting_id.as_str())
                && r.raised
                    .minute
                    .as_ref()
                    .is_some_and(|x| numbers.contains(x));
            if !from_item {
                continue;
            }
            if let Some(s) = next("risk title", Tied::Raised, &mut out) {
                r.title = s;
            }
            if let Some(s) = next("risk description", Tied::Raised, &mut out) {
                r.description = Some(s);
            }
            if let Some(s) = next("risk control", Tied::Raised, &mut out) {
                r.controls.push(boardkit::risk::Control::Text(s));
            }
        }
    }
    for m in doc.meetings.iter_mut() {
        for ma in m.matters_arising.iter_mut() {
            if ma
                .action
                .as_ref()
                .is_some_and(|id| raised_actions.contains(id))
            {
                if let Some(s) = next("matter arising note", Tied::Raised, &mut out) {
                    ma.note = Some(s);
                }
            }
        }
    }
    Planted {
        doc,
        sentinels: out,
    }
}

/// Every public output of the crate for a document, as text.
fn outputs(doc: &BoardDocument, options: &Options) -> Vec<(String, String)> {
    let mut v = vec![
        (
            "pack.html".to_string(),
            boardkit_render::pack_html(doc, options).unwrap(),
        ),
        (
            "pack.md".to_string(),
            boardkit_render::pack_markdown(doc, options).unwrap(),
        ),
        // Undo RFC 5545 line folding before searching.
        (
            "calendar.ics".to_string(),
            ical::calendar(doc, options).unwrap().replace("\r\n ", ""),
        ),
        (
            "oparl.json".to_string(),
            serde_json::to_string(
                &oparl::export(doc, options, "https://papers.example.org/oparl").unwrap(),
            )
            .unwrap(),
        ),
    ];
    for kind in SectionKind::ALL {
        for (name, bytes) in csv_out::tables(doc, options, kind).unwrap() {
            v.push((name, String::from_utf8(bytes).unwrap()));
        }
    }
    v
}

fn check(p: &Planted, as_of: &str) -> Result<(), TestCaseError> {
    let mut options = Options::as_of(date(as_of));
    options.from = Some(date("2016-01-01"));
    for (name, text) in outputs(&p.doc, &options) {
        for (s, what) in &p.sentinels {
            prop_assert!(
                !text.contains(s.as_str()),
                "the {what} of a confidential item appears in {name}"
            );
        }
    }
    Ok(())
}

#[test]
fn sentinels_are_planted_where_the_test_says() {
    // The planting reaches every kind of field (a test of the test).
    let p = plant(leicester(), 0, true, 0);
    let kinds: std::collections::BTreeSet<&str> = p.sentinels.iter().map(|(_, w)| *w).collect();
    for k in [
        "item title",
        "item minutes",
        "decision text",
        "paper name",
        "presenter",
        "declaration nature",
    ] {
        assert!(kinds.contains(k), "{k}");
    }
    if TESTED.contains(&Tied::Raised) {
        for k in [
            "action description",
            "action outcome",
            "action owner",
            "action note",
            "risk title",
        ] {
            assert!(kinds.contains(k), "{k}");
        }
    }
    // Without public_version the outputs would carry them: the raw document has them.
    let raw = serde_json::to_string(&p.doc).unwrap();
    assert!(p.sentinels.iter().all(|(s, _)| raw.contains(s.as_str())));
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn no_public_output_carries_a_confidential_sentinel(
        meeting in 0usize..4,
        whole in any::<bool>(),
        mask in any::<u64>(),
        as_of in prop::sample::select(vec!["2016-12-09", "2017-02-01", "2017-06-30"]),
    ) {
        let p = plant(leicester(), meeting, whole, mask);
        check(&p, as_of)?;
    }
}
