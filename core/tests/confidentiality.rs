//! A public version never contains a confidential item's text.
mod common;
use common::*;
use proptest::prelude::*;
use serde_json::json;

#[test]
fn confidential_item_text_is_withheld() {
    let mut v = base();
    set(&mut v, "/meetings/0/agenda/2/confidential", json!(true));
    set(
        &mut v,
        "/meetings/0/agenda/2/title",
        json!("Child R placement"),
    );
    set(
        &mut v,
        "/meetings/0/agenda/2/minutes",
        json!("Discussion of Child R"),
    );
    set(
        &mut v,
        "/meetings/0/declarations",
        json!({"entries": [
        {"person": {"initials": "PH"}, "item": "2.1", "nature": "Related to Child R"}]}),
    );
    let d = doc(&v);
    let public = d.public_version().to_json();
    assert!(!public.contains("Child R"), "{public}");
    // Non-confidential items are untouched.
    assert!(public.contains("\"Report\""));
    // The private version still has everything.
    assert!(d.to_json().contains("Child R"));
}

#[test]
fn a_confidential_meeting_withholds_every_item() {
    let mut v = base();
    set(&mut v, "/meetings/0/confidential", json!(true));
    let public = doc(&v).public_version();
    for item in &public.meetings[0].agenda {
        assert_eq!(item.title, boardkit::meeting::WITHHELD_TITLE);
        assert!(item.minutes.is_none() && item.decisions.is_empty());
    }
}

proptest! {
    #[test]
    fn no_confidential_text_survives(secret in "[A-Z][a-z]{6,12}", which in proptest::collection::vec(any::<bool>(), 4)) {
        let mut v = base();
        for (i, c) in which.iter().enumerate() {
            set(&mut v, &format!("/meetings/0/agenda/{i}/confidential"), json!(c));
            if *c {
                set(&mut v, &format!("/meetings/0/agenda/{i}/title"), json!(format!("{secret} title")));
                set(&mut v, &format!("/meetings/0/agenda/{i}/minutes"), json!(format!("about {secret}")));
                set(&mut v, &format!("/meetings/0/agenda/{i}/decisions"), json!([{"kind": "agreed", "text": secret.clone()}]));
            }
        }
        let public = doc(&v).public_version().to_json();
        prop_assert!(!public.contains(&secret));
    }
}
