//! The agenda walk of one meeting: the stages of the agenda units (`meeting::rules`), in
//! the order the agenda rules always ran (numbers, presenters, decisions' people,
//! standing items, declarations, quorum), each person reference resolved once; and the
//! references to the meeting's parts and the body's groups (the board's
//! `board.unknown_reference`, not yet a unit).

use super::*;

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
            format!("{path}/{}", f.field()),
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
                    format!("{}/agenda/{k}/part", cx.base),
                    "This item's part is not among the meeting's parts.",
                );
            }
        }
    }
}

fn presenters(cx: &Ctx<'_, '_>, walk: &MeetingWalk<'_>, out: &mut Report) {
    for (k, item) in cx.m.agenda.iter().enumerate() {
        for (p, r) in item.presenters.iter().enumerate() {
            let path = format!("{}/agenda/{k}/presenters/{p}", cx.base);
            person(cx, walk, (r, &path, true), out);
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
            let path = format!("{}/agenda/{k}/decisions/{d}", cx.base);
            let people = [
                (&dec.owner, "owner"),
                (&dec.proposer, "proposer"),
                (&dec.seconder, "seconder"),
            ];
            for (r, field) in people {
                if let Some(r) = r {
                    person(cx, walk, (r, &format!("{path}/{field}"), false), out);
                }
            }
            for (o, owner) in dec.owners.iter().enumerate() {
                let opath = format!("{path}/owners/{o}");
                match owner.person_ref() {
                    Some(r) => person(cx, walk, (&r, &opath, false), out),
                    None => {
                        if let crate::action::Owner::Group(g) = owner {
                            if !groups.contains(g.as_str()) {
                                out.push(
                                    &UNKNOWN_REFERENCE,
                                    format!("{opath}/group"),
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
        let path = format!("{}/declarations/entries/{k}/person", cx.base);
        person(cx, walk, (&e.person, &path, false), out);
        walk.declaration(k, out);
    }
}
