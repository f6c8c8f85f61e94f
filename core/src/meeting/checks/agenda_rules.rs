//! The agenda walk of one meeting: the stages of the agenda units (`meeting::rules`), in
//! the order the agenda rules always ran (numbers, presenters, decisions' people,
//! standing items, declarations, quorum), each person reference resolved once; and the
//! references to the meeting's parts and the body's groups (the board's
//! `board.unknown_reference`, not yet a unit).

use super::context::Ctx;
use crate::board::UNKNOWN_REFERENCE;
use crate::meeting::{resolve_in_meeting, PersonRef, RefFinding};
use crate::pointer::Pointer;
use crate::unit::{MeetingWalk, Stage};
use crate::validate::Report;
use std::collections::HashSet;

/// Run every agenda rule on one meeting.
pub(super) fn check(cx: &Ctx<'_, '_>, walk: &MeetingWalk<'_>, out: &mut Report) {
    walk.stage(Stage::MeetingAgendaNumbers, out);
    walk.stage(Stage::MeetingMinuteNumbers, out);
    unknown_parts(cx, out);
    presenters(cx, walk, out);
    decision_people(cx, walk, out);
    walk.stage(Stage::MeetingStandingItems, out);
    walk.stage(Stage::MeetingDeclarations, out);
    declarations(cx, walk, out);
    walk.stage(Stage::MeetingQuorum, out);
    walk.stage(Stage::MeetingQuorumDecisions, out);
}

/// Resolve one person reference (once), report an id that is not among the people, and
/// run the reference units on it.
fn person(
    cx: &Ctx<'_, '_>,
    walk: &MeetingWalk<'_>,
    (r, path, presenter): (&PersonRef, &str, bool),
    out: &mut Report,
) {
    let resolved = resolve_in_meeting(cx.ix, cx.m, r);
    let finding = RefFinding::of(r, &resolved);
    if let Some(f @ RefFinding::PersonUnknown) = finding {
        out.push(
            &UNKNOWN_REFERENCE,
            Pointer::at(path).field(f.field()),
            f.message(),
        );
    }
    let at = crate::unit::PersonRefAt {
        path,
        resolved: &resolved,
        finding,
        presenter,
    };
    walk.person_ref(&at, out);
}

fn unknown_parts(cx: &Ctx<'_, '_>, out: &mut Report) {
    let parts: HashSet<&str> = cx.m.parts.iter().map(|p| p.id.as_str()).collect();
    for (k, item) in cx.m.agenda.iter().enumerate() {
        if let Some(p) = &item.part {
            if !parts.contains(p.as_str()) {
                out.push(
                    &UNKNOWN_REFERENCE,
                    Pointer::at(cx.base).item("agenda", k).field("part"),
                    "This item's part is not among the meeting's parts.",
                );
            }
        }
    }
}

fn presenters(cx: &Ctx<'_, '_>, walk: &MeetingWalk<'_>, out: &mut Report) {
    for (k, item) in cx.m.agenda.iter().enumerate() {
        for (p, r) in item.presenters.iter().enumerate() {
            let path = Pointer::at(cx.base).item("agenda", k).item("presenters", p);
            person(cx, walk, (r, path.as_str(), true), out);
        }
    }
}

fn decision_people(cx: &Ctx<'_, '_>, walk: &MeetingWalk<'_>, out: &mut Report) {
    let groups: HashSet<&str> = cx
        .body
        .map(|b| b.groups.iter().map(|g| g.id.as_str()).collect())
        .unwrap_or_default();
    for (k, item) in cx.m.agenda.iter().enumerate() {
        for (d, dec) in item.decisions.iter().enumerate() {
            let path = Pointer::at(cx.base).item("agenda", k).item("decisions", d);
            let people = [
                (&dec.owner, "owner"),
                (&dec.proposer, "proposer"),
                (&dec.seconder, "seconder"),
            ];
            for (r, field) in people {
                if let Some(r) = r {
                    let at = path.clone().field(field);
                    person(cx, walk, (r, at.as_str(), false), out);
                }
            }
            for (o, owner) in dec.owners.iter().enumerate() {
                let opath = path.clone().item("owners", o);
                match owner.person_ref() {
                    Some(r) => person(cx, walk, (&r, opath.as_str(), false), out),
                    None => {
                        if let crate::action::Owner::Group(g) = owner {
                            if !groups.contains(g.as_str()) {
                                out.push(
                                    &UNKNOWN_REFERENCE,
                                    opath.field("group"),
                                    "This group is not among the body's groups.",
                                );
                            }
                        }
                    }
                }
            }
        }
    }
}

fn declarations(cx: &Ctx<'_, '_>, walk: &MeetingWalk<'_>, out: &mut Report) {
    let Some(d) = &cx.m.declarations else { return };
    for (k, e) in d.entries.iter().enumerate() {
        let path = Pointer::at(cx.base)
            .field("declarations")
            .item("entries", k)
            .field("person");
        person(cx, walk, (&e.person, path.as_str(), false), out);
        walk.declaration(k, out);
    }
}
