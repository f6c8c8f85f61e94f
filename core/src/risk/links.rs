//! The register's references to people, bodies, meetings and organisations (board
//! rules, checked in the register's walk after its matrix).

use super::{Risk, RiskRegister, AT};
use crate::date::When;
use crate::pointer::Pointer;
use crate::validate::Report;
use std::collections::BTreeSet;

pub(super) fn check_references(
    doc: &crate::index::Index<'_>,
    reg: &RiskRegister,
    out: &mut Report,
) {
    let unknown = &crate::board::UNKNOWN_REFERENCE;
    if let Some(b) = &reg.body {
        if doc.body(b).is_none() {
            out.push(
                unknown,
                Pointer::at(AT).field("body"),
                "no body has this id",
            );
        }
    }
    let groups: BTreeSet<&str> = doc
        .document()
        .bodies
        .iter()
        .flat_map(|b| b.groups.iter().map(|g| g.id.as_str()))
        .collect();
    let mut seen = BTreeSet::new();
    for (k, r) in reg.risks.iter().enumerate() {
        let at: String = Pointer::at(AT).item("risks", k).into();
        if !seen.insert(r.id.as_str()) {
            out.push(
                &crate::board::DUPLICATE_ID,
                Pointer::at(&at).field("id"),
                format!("risk {k} has the same id as an earlier risk"),
            );
        }
        risk_references(doc, &groups, &at, r, out);
    }
}

/// The people, bodies, organisations and meetings one risk (at `at`) names.
fn risk_references(
    doc: &crate::index::Index<'_>,
    groups: &BTreeSet<&str>,
    at: &str,
    r: &Risk,
    out: &mut Report,
) {
    let unknown = &crate::board::UNKNOWN_REFERENCE;
    if let Some(o) = &r.owner {
        if doc.person(o).is_none() && !groups.contains(o.as_str()) {
            out.push(
                unknown,
                Pointer::at(at).field("owner"),
                "the owner is neither a person nor a group in the document",
            );
        }
    }
    if let Some(b) = &r.owning_body {
        if doc.body(b).is_none() {
            out.push(
                unknown,
                Pointer::at(at).field("owning_body"),
                "no body has this id",
            );
        }
    }
    for (j, o) in r.applies_to.iter().enumerate() {
        if doc.organisation(o).is_none() {
            out.push(
                unknown,
                Pointer::at(at).item("applies_to", j),
                "no organisation has this id",
            );
        }
    }
    if let Some(m) = &r.raised.meeting {
        if doc.meeting(m).is_none() {
            out.push(
                unknown,
                Pointer::at(at).field("raised").field("meeting"),
                "no meeting has this id",
            );
        }
    }
    if let Some(When::Meeting(m)) = &r.revisit {
        if doc.meeting(m).is_none() {
            out.push(
                unknown,
                Pointer::at(at).field("revisit"),
                "no meeting has this id",
            );
        }
    }
    for (j, h) in r.history.iter().enumerate() {
        if let Some(m) = &h.meeting {
            if doc.meeting(m).is_none() {
                out.push(
                    unknown,
                    Pointer::at(at).item("history", j).field("meeting"),
                    "no meeting has this id",
                );
            }
        }
    }
}
