//! The rule on numbers whose relation to a confidential item cannot be decided
//! (see [`crate::meeting::number`]): the public version withholds what they number.

use super::*;
use crate::meeting::number::{Numbering, Relation};

rule!(
    NUMBER_RELATION_UNDECIDED,
    "meeting.number_relation_undecided",
    Warning,
    "A ref or item number (an action's ref, a risk's minute, a declaration's or attendee's item) has a capital letter before a number the meeting does not use as a series (A5) and the item with that number is confidential, or is blank or missing at a meeting with confidential items: it cannot be told whether it is beneath a confidential item, so the public version withholds it. Silent when the meeting has no confidential item."
);

const MESSAGE: &str = "This number may be beneath a confidential item (or is blank at a meeting with confidential items), so the public version leaves out what it numbers. Write it as the meeting numbers its items, for example 5.1, or M1 where the meeting uses an M series.";

/// Check every number that names an item of a meeting with confidential material.
pub(super) fn check(doc: &BoardDocument, out: &mut Report) {
    let n = Numbering::of(&doc.meetings);
    let mut check = |meeting: &str, number: &str, path: String| {
        if n.relation(meeting, number) == Relation::Undecided {
            out.push(&NUMBER_RELATION_UNDECIDED, path, MESSAGE);
        }
    };
    for (i, a) in doc.actions.iter().enumerate() {
        if let Some(m) = a.raised_at.as_deref() {
            check(m, &a.reference, format!("/actions/{i}/ref"));
        }
    }
    if let Some(reg) = &doc.risk_register {
        for (i, r) in reg.risks.iter().enumerate() {
            if let Some(m) = &r.raised.meeting {
                let minute = r.raised.minute.as_deref().unwrap_or("");
                check(m, minute, format!("/risk_register/risks/{i}/raised/minute"));
            }
        }
    }
    for (i, m) in doc.meetings.iter().enumerate() {
        if !n.any_marked(&m.id) {
            continue;
        }
        for (k, e) in m.declarations.iter().flat_map(|d| &d.entries).enumerate() {
            check(
                &m.id,
                &e.item,
                format!("/meetings/{i}/declarations/entries/{k}/item"),
            );
        }
        for (k, a) in m.attendance.iter().enumerate() {
            for (j, item) in a.items.iter().enumerate() {
                check(
                    &m.id,
                    item,
                    format!("/meetings/{i}/attendance/{k}/items/{j}"),
                );
            }
        }
    }
}
