//! Display names of records, looked up by id (the id itself when the record is missing).

use boardkit::action::Owner;
use boardkit::board::SpecialRole;
use boardkit::index::Index;
use boardkit::meeting::{BodyRole, PersonRef};
use boardkit::report::RowKey;
use serde::Serialize;
use std::collections::HashMap;

/// A person's name.
pub fn person(ix: &Index<'_>, id: &str) -> String {
    ix.person(id)
        .map(|p| p.name.clone())
        .unwrap_or_else(|| id.to_string())
}

/// An organisation's name.
pub fn organisation(ix: &Index<'_>, id: &str) -> String {
    ix.organisation(id)
        .map(|o| o.name.clone())
        .unwrap_or_else(|| id.to_string())
}

/// A person with their organisation: "Jane Doe (Leicester City Council)".
pub fn person_with_org(ix: &Index<'_>, id: &str) -> String {
    let name = person(ix, id);
    match ix.person(id).and_then(|p| p.organisation.as_deref()) {
        Some(o) => format!("{name} ({})", organisation(ix, o)),
        None => name,
    }
}

/// The names of the bodies' groups ("All partners", "LSCB Office") by id, gathered once
/// so that naming owners stays linear in the log.
pub struct Groups<'a>(HashMap<&'a str, &'a str>);

impl<'a> Groups<'a> {
    /// Gather the groups of every body (the first group with an id wins).
    pub fn new(ix: &Index<'a>) -> Groups<'a> {
        let mut m = HashMap::new();
        for g in ix.document().bodies.iter().flat_map(|b| b.groups.iter()) {
            m.entry(g.id.as_str()).or_insert(g.name.as_str());
        }
        Groups(m)
    }
}

/// An action owner.
pub fn owner(ix: &Index<'_>, groups: &Groups<'_>, o: &Owner) -> String {
    match o {
        Owner::Person(id) => person(ix, id),
        Owner::Initials(i) | Owner::Name(i) => i.clone(),
        Owner::Role(BodyRole::Chair) => "The Chair".into(),
        Owner::Group(g) => groups
            .0
            .get(g.as_str())
            .map(|n| n.to_string())
            .unwrap_or_else(|| g.clone()),
    }
}

/// A person as a record refers to them.
pub fn person_ref(ix: &Index<'_>, r: &PersonRef) -> String {
    match r {
        PersonRef::Person(id) => person(ix, id),
        PersonRef::Initials(i) | PersonRef::Name(i) => i.clone(),
        PersonRef::Role(BodyRole::Chair) => "The Chair".into(),
    }
}

/// The label of an attendance row.
pub fn row_key(ix: &Index<'_>, k: &RowKey) -> String {
    match k {
        RowKey::Organisation(id) => organisation(ix, id),
        RowKey::Role(SpecialRole::IndependentChair) => "Independent Chair".into(),
        RowKey::Role(SpecialRole::LayMember) => "Lay members".into(),
        RowKey::Role(SpecialRole::LeadMember) => "Lead Member".into(),
        RowKey::Role(other) => words(other),
        RowKey::Unaffiliated => "Other members".into(),
    }
}

/// An enum value as words: `serious_case_review` → "Serious case review".
pub fn words<T: Serialize>(v: &T) -> String {
    let raw = match serde_json::to_value(v) {
        Ok(serde_json::Value::String(s)) => s,
        _ => return String::new(),
    };
    let spaced = raw.replace('_', " ");
    let mut c = spaced.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}
