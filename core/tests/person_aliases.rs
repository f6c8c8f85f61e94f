//! A person written two ways in one paper: aliases on the person, used when a record
//! refers to them by name or initials.
use crate::common;
use boardkit::meeting::{resolve, PersonRef, Resolved};
use common::*;
use serde_json::{json, Value};

/// The base document with an action owned by a name as the minutes spell it.
fn spelled(owner: Value) -> Value {
    let mut v = base();
    set(
        &mut v,
        "/actions",
        json!([{"id": "a1", "ref": "2", "description": "Bring the plan refresh.",
                "owners": [owner], "due": "2016-11-30", "raised_at": "m1"}]),
    );
    v
}

#[test]
fn a_name_resolves_through_an_alias() {
    let mut v = spelled(json!({"name": "Director Childs"}));
    // The paper's spelling matches nobody's name yet.
    assert_finding(
        &validate(&v),
        "action.owner_unresolved",
        "/actions/0/owners/0",
    );
    // With the spelling recorded as an alias, the owner is the director.
    set(
        &mut v,
        "/people/3/aliases",
        json!(["Director Childs", "Director C."]),
    );
    assert_no(&validate(&v), "action.owner_unresolved");
    let d = doc(&v);
    let m = &d.meetings[0];
    for written in ["Director Children", "Director Childs", "Director C."] {
        assert_eq!(
            resolve(&d, m, &PersonRef::Name(written.into())),
            Resolved::Person("p-dcs".into()),
            "{written}"
        );
    }
    // Names match exactly: another spelling is still nobody.
    assert_eq!(
        resolve(&d, m, &PersonRef::Name("Director Chids".into())),
        Resolved::Nobody
    );
}

#[test]
fn an_alias_gives_a_person_other_initials() {
    let mut v = spelled(json!({"initials": "DCh"}));
    assert_finding(
        &validate(&v),
        "action.owner_unresolved",
        "/actions/0/owners/0",
    );
    set(&mut v, "/people/3/aliases", json!(["DCh"]));
    assert_no(&validate(&v), "action.owner_unresolved");
    // The person's own initials still resolve.
    let d = doc(&v);
    assert_eq!(
        resolve(&d, &d.meetings[0], &PersonRef::Initials("DC".into())),
        Resolved::Person("p-dcs".into())
    );
}

#[test]
fn a_name_two_people_share_is_ambiguous_and_an_unknown_name_is_reported() {
    let mut v = base();
    set(
        &mut v,
        "/meetings/0/agenda/1/presenters",
        json!([{"name": "Police Head"}]),
    );
    assert_no(&validate(&v), "meeting.name_ambiguous");
    // The deputy nurse is also written "Police Head" somewhere: two people match.
    set(&mut v, "/people/6/aliases", json!(["Police Head"]));
    assert_finding(
        &validate(&v),
        "meeting.name_ambiguous",
        "/meetings/0/agenda/1/presenters/0/name",
    );
    set(
        &mut v,
        "/meetings/0/agenda/1/presenters",
        json!([{"name": "Nobody Known"}]),
    );
    assert_finding(
        &validate(&v),
        "meeting.name_unresolved",
        "/meetings/0/agenda/1/presenters/0/name",
    );
}

#[test]
fn a_name_outside_the_meeting_and_body_resolves_across_the_document() {
    let mut v = base();
    push(
        &mut v,
        "/people",
        json!({"id": "p-guest", "name": "Guest Speaker", "aliases": ["G. Speaker"]}),
    );
    let d = doc(&v);
    assert_eq!(
        resolve(&d, &d.meetings[0], &PersonRef::Name("G. Speaker".into())),
        Resolved::Person("p-guest".into())
    );
}
