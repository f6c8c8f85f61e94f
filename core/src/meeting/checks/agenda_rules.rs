//! Agenda rules: numbering, parts, presenters, standing items, declarations, decisions
//! and the quorum they need.

use super::*;
use crate::board::StandingItem;
use std::collections::BTreeSet;

/// Run every agenda rule on one meeting.
pub(super) fn check(cx: &Ctx<'_, '_>, out: &mut Report) {
    agenda_numbers(cx, out);
    minute_number_skipped(cx, out);
    unknown_parts(cx, out);
    presenters(cx, out);
    decision_people(cx, out);
    standing_items(cx, out);
    declarations_contradictory(cx, out);
    declarations(cx, out);
    inquorate(cx, out);
}

fn agenda_numbers(cx: &Ctx<'_, '_>, out: &mut Report) {
    // The last number of each series: plain numbers, and each capital letter's (M1-M5
    // matters arising beside items 1, 2, 3 are two series, each in order).
    let mut previous: HashMap<Option<u32>, Vec<u32>> = HashMap::new();
    for (k, item) in cx.m.agenda.iter().enumerate() {
        let path = format!("{}/agenda/{k}/number", cx.base);
        if item.number.trim().is_empty() {
            // The paper (or the copy of it) does not number this item.
            continue;
        }
        let Some(n) = item_number(&item.number) else {
            out.push(
                &AGENDA_NUMBER_INVALID,
                path,
                "An item number must be numbers separated by dots, optionally after one capital letter (M1).",
            );
            continue;
        };
        match cx.numbers.get(&n) {
            Some(first) if *first != k => out.push(
                &AGENDA_NUMBER_DUPLICATE,
                path,
                format!("Agenda item {first} of this meeting has the same number."),
            ),
            _ if previous.get(&series(&n)).is_some_and(|p| n < *p) => out.push(
                &AGENDA_OUT_OF_ORDER,
                path,
                "This item's number is lower than the item before it.",
            ),
            _ => {}
        }
        previous.insert(series(&n), n);
    }
}

/// The series of an item number: its capital letter's code, or none for a plain number.
fn series(n: &[u32]) -> Option<u32> {
    n.first().copied().filter(|f| *f >= u32::MAX - 26)
}

fn minute_number_skipped(cx: &Ctx<'_, '_>, out: &mut Report) {
    if cx.m.numbering != Some(Numbering::WithinMeeting) {
        return;
    }
    let mut previous: Option<Vec<u32>> = None;
    for (k, item) in cx.m.agenda.iter().enumerate() {
        let Some(n) = item_number(&item.number) else {
            continue;
        };
        if let (Some(p), Some((last, parent))) = (&previous, n.split_last()) {
            // A sibling of the item before (same parent, same depth) two or more on.
            let skipped = p.len() == n.len()
                && p.get(..parent.len()) == Some(parent)
                && p.last().is_some_and(|l| last.saturating_sub(*l) > 1);
            if skipped {
                out.push(
                    &MINUTE_NUMBER_SKIPPED,
                    format!("{}/agenda/{k}/number", cx.base),
                    "The number before this one in sequence is missing from the minutes.",
                );
            }
        }
        previous = Some(n);
    }
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

fn presenters(cx: &Ctx<'_, '_>, out: &mut Report) {
    // Only a full attendance list says who was not there.
    let judge = cx.m.status.took_place() && cx.m.attendance_complete();
    for (k, item) in cx.m.agenda.iter().enumerate() {
        for (p, r) in item.presenters.iter().enumerate() {
            let path = format!("{}/agenda/{k}/presenters/{p}", cx.base);
            let Some(id) = check_ref_in(cx.ix, cx.m, r, &path, out) else {
                continue;
            };
            let recorded = cx
                .entries
                .get(id.as_str())
                .is_some_and(|a| a.status.in_room());
            if judge && !recorded {
                out.push(
                    &PRESENTER_NOT_RECORDED,
                    path,
                    "This presenter is not recorded in the meeting's attendance.",
                );
            }
        }
    }
}

fn decision_people(cx: &Ctx<'_, '_>, out: &mut Report) {
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
                    check_ref_in(cx.ix, cx.m, r, &format!("{path}/{field}"), out);
                }
            }
            for (o, owner) in dec.owners.iter().enumerate() {
                let opath = format!("{path}/owners/{o}");
                match owner.person_ref() {
                    Some(r) => {
                        check_ref_in(cx.ix, cx.m, &r, &opath, out);
                    }
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

fn standing_items(cx: &Ctx<'_, '_>, out: &mut Report) {
    // Only where the agenda is recorded.
    if !cx.m.status.took_place() || cx.m.agenda.is_empty() {
        return;
    }
    let Some(c) = cx.body.and_then(|b| b.constitution.as_ref()) else {
        return;
    };
    let have: BTreeSet<StandingItem> = cx.m.agenda.iter().filter_map(|a| a.standing).collect();
    for s in &c.standing_items {
        if !have.contains(s) {
            out.push(
                &STANDING_ITEM_MISSING,
                format!("{}/agenda", cx.base),
                "A standing item of the body's template is not on the agenda.",
            );
        }
    }
}

fn declarations_contradictory(cx: &Ctx<'_, '_>, out: &mut Report) {
    if let Some(d) = &cx.m.declarations {
        if d.none_declared && !d.entries.is_empty() {
            out.push(
                &DECLARATIONS_CONTRADICTORY,
                format!("{}/declarations/none_declared", cx.base),
                "None declared is set but declarations are listed.",
            );
        }
    }
}

fn declarations(cx: &Ctx<'_, '_>, out: &mut Report) {
    let Some(d) = &cx.m.declarations else { return };
    for (k, e) in d.entries.iter().enumerate() {
        let path = format!("{}/declarations/entries/{k}", cx.base);
        check_ref_in(cx.ix, cx.m, &e.person, &format!("{path}/person"), out);
        let known = item_number(&e.item).is_some_and(|n| cx.numbers.contains_key(&n));
        if !known {
            out.push(
                &DECLARATION_ITEM_UNKNOWN,
                format!("{path}/item"),
                "This meeting has no agenda item with this number.",
            );
        }
    }
}

fn inquorate(cx: &Ctx<'_, '_>, out: &mut Report) {
    // Only where the paper lists everyone who attended.
    if !cx.m.status.took_place() || !cx.m.attendance_complete() || cx.m.attendance.is_empty() {
        return;
    }
    let Some(q) = cx.body.and_then(|b| quorum_in(cx.ix, b, cx.m)) else {
        return;
    };
    if q.quorate {
        return;
    }
    let mut msg = format!(
        "{} of {} voting members were present in person or by deputy; {} needed.",
        q.voting_present, q.voting_members, q.required
    );
    if !q.missing_statutory_partners.is_empty() {
        msg.push_str(&format!(
            " {} statutory partner(s) not represented.",
            q.missing_statutory_partners.len()
        ));
    }
    out.push(&INQUORATE, format!("{}/attendance", cx.base), msg);
    for (k, item) in cx.m.agenda.iter().enumerate() {
        for (d, dec) in item.decisions.iter().enumerate() {
            if dec.kind != DecisionKind::Noted {
                out.push(
                    &DECISION_WHILE_INQUORATE,
                    format!("{}/agenda/{k}/decisions/{d}", cx.base),
                    "This decision was recorded at a meeting that was not quorate.",
                );
            }
        }
    }
}
