//! `index::Index` finds exactly what the document's own look-ups find (the first
//! record with an id, meetings of a body in date order, the next meeting skipping
//! cancelled ones), on the synthetic boards and on documents with duplicate ids,
//! cancelled meetings and meetings on the same day.

use crate::board_synth as synth;

use boardkit::index::Index;
use boardkit::BoardDocument;
use proptest::prelude::*;
use serde_json::{json, Value};

fn same_as_document(doc: &BoardDocument) {
    let ix = Index::new(doc);
    let mut ids: Vec<&str> = doc.people.iter().map(|p| p.id.as_str()).collect();
    ids.extend(doc.organisations.iter().map(|o| o.id.as_str()));
    ids.extend(doc.bodies.iter().map(|b| b.id.as_str()));
    ids.extend(doc.meetings.iter().map(|m| m.id.as_str()));
    ids.push("nobody");
    for id in ids {
        assert!(std::ptr::eq(
            ix.person(id).map_or(std::ptr::null(), |x| x as *const _),
            doc.person(id).map_or(std::ptr::null(), |x| x as *const _)
        ));
        assert!(std::ptr::eq(
            ix.organisation(id)
                .map_or(std::ptr::null(), |x| x as *const _),
            doc.organisation(id)
                .map_or(std::ptr::null(), |x| x as *const _)
        ));
        assert!(std::ptr::eq(
            ix.body(id).map_or(std::ptr::null(), |x| x as *const _),
            doc.body(id).map_or(std::ptr::null(), |x| x as *const _)
        ));
        assert!(std::ptr::eq(
            ix.meeting(id).map_or(std::ptr::null(), |x| x as *const _),
            doc.meeting(id).map_or(std::ptr::null(), |x| x as *const _)
        ));
    }
    let mut bodies: Vec<&str> = doc.meetings.iter().map(|m| m.body.as_str()).collect();
    bodies.push("no-body");
    for b in bodies {
        let a: Vec<*const _> = ix
            .meetings_of(b)
            .into_iter()
            .map(|m| m as *const _)
            .collect();
        let d: Vec<*const _> = doc
            .meetings_of(b)
            .into_iter()
            .map(|m| m as *const _)
            .collect();
        assert_eq!(a, d);
    }
    for m in &doc.meetings {
        assert_eq!(
            ix.next_meeting_after(m).map(|x| x as *const _),
            doc.next_meeting_after(m).map(|x| x as *const _)
        );
    }
    // The document is reached by name, never through the index itself.
    assert!(std::ptr::eq(ix.document(), doc));
}

#[test]
fn index_agrees_with_the_document_on_a_synthetic_board() {
    same_as_document(&BoardDocument::from_json(&synth::board_json(1)).unwrap());
}

fn meeting(id: &str, body: &str, date: &str, cancelled: bool) -> Value {
    let status = if cancelled { "cancelled" } else { "scheduled" };
    json!({"id": id, "body": body, "title": "Board", "date": date, "status": status})
}

proptest! {
    #[test]
    fn index_agrees_with_the_document_with_duplicates(
        ms in prop::collection::vec((0u8..6, 0u8..3, 1u8..6, any::<bool>()), 0..25),
        ps in prop::collection::vec(0u8..6, 0..10),
    ) {
        let meetings: Vec<Value> = ms
            .iter()
            .map(|(id, body, day, cancelled)| {
                meeting(&format!("m-{id}"), &format!("b-{body}"), &format!("2017-01-0{day}"), *cancelled)
            })
            .collect();
        let people: Vec<Value> = ps
            .iter()
            .enumerate()
            .map(|(k, id)| json!({"id": format!("p-{id}"), "name": format!("Person {k}")}))
            .collect();
        let doc: BoardDocument = serde_json::from_value(json!({
            "schema_version": 1,
            "people": people,
            "meetings": meetings,
        }))
        .unwrap();
        same_as_document(&doc);
    }
}
