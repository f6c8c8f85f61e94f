//! Interests meet votes: a member who declared a disclosable pecuniary interest (or, in
//! a code that keeps the term, a prejudicial one) in an item may not take part in it
//! unless they hold a dispensation (Localism Act 2011, sections 31 and 33).
//!
//! The barring declarations of a meeting are indexed once by (item, person); each
//! decision's proposer and seconder is then one look-up, so a meeting costs linear time
//! in its declarations and decisions.

use super::{Ctx, INTEREST_TOOK_PART};
use crate::meeting::{item_number, resolve_in_meeting, Declaration, PersonRef, Resolved};
use crate::validate::Report;
use std::collections::HashMap;

/// An agenda item as a declaration names it: its parsed number, else its text.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum ItemKey {
    Number(Vec<u32>),
    Text(String),
}

fn item_key(s: &str) -> ItemKey {
    match item_number(s) {
        Some(n) => ItemKey::Number(n),
        None => ItemKey::Text(s.trim().to_string()),
    }
}

/// A declaration that bars its member from taking part: a barring kind, no dispensation,
/// and the member did not leave the room.
fn bars(d: &Declaration) -> bool {
    d.kind.is_some_and(|k| k.bars_taking_part()) && !d.dispensation && !d.left_room
}

pub(super) fn check(cx: &Ctx<'_, '_>, out: &mut Report) {
    let Some(decls) = &cx.m.declarations else {
        return;
    };
    let person = |r: &PersonRef| match resolve_in_meeting(cx.ix, cx.m, r) {
        Resolved::Person(id) => Some(id),
        _ => None,
    };
    // (item, person) of each barring declaration, to its first position.
    let mut barred: HashMap<(ItemKey, String), usize> = HashMap::new();
    for (d, decl) in decls.entries.iter().enumerate().filter(|(_, x)| bars(x)) {
        if decl.took_part {
            out.push(
                &INTEREST_TOOK_PART,
                format!("{}/declarations/entries/{d}/took_part", cx.base),
                "This member declared an interest that bars them from the item but is recorded as taking part: record a dispensation, or that they left the room, or correct took_part to false.",
            );
        }
        if let Some(id) = person(&decl.person) {
            barred.entry((item_key(&decl.item), id)).or_insert(d);
        }
    }
    if barred.is_empty() {
        return;
    }
    for (k, item) in cx.m.agenda.iter().enumerate() {
        let key = item_key(&item.number);
        for (j, dec) in item.decisions.iter().enumerate() {
            let roles = [("proposer", &dec.proposer), ("seconder", &dec.seconder)];
            for (field, r) in roles {
                let Some(id) = r.as_ref().and_then(person) else {
                    continue;
                };
                if let Some(d) = barred.get(&(key.clone(), id)) {
                    out.push(
                        &INTEREST_TOOK_PART,
                        format!("{}/agenda/{k}/decisions/{j}/{field}", cx.base),
                        format!("This member declared an interest that bars them from this item (declaration {d}) but is recorded as the decision's {field}: record a dispensation on the declaration, or correct the {field}."),
                    );
                }
            }
        }
    }
}
