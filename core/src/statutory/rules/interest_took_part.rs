//! `meeting.interest_took_part`: a member with a barring interest who took part
//!
//! The barring declarations of a meeting are indexed once by (item, person); each
//! decision's proposer and seconder is then one look-up, so a meeting costs linear time
//! in its declarations and decisions.
use crate::meeting::{item_number, Declaration, PersonRef};
use crate::pointer::Pointer;
use crate::premise::Premise;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};
use std::collections::HashMap;

/// A member with a barring interest who took part.
pub const INTEREST_TOOK_PART: Rule = Rule {
    code: "meeting.interest_took_part",
    severity: Severity::Error,
    summary: "A member who declared a disclosable pecuniary or prejudicial interest in an item took part in it (took part, proposed or seconded) without a recorded dispensation and without leaving the room; silent unless the kind of interest is recorded.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: INTEREST_TOOK_PART,
    area: Area::Statutory,
    premise: Premise {
        code: "meeting.interest_took_part",
        text: "The kind of a declared interest.",
        needs: &["/meetings/*/declarations/entries/*/kind"],
        approximate: false,
    },
    scope: &[Scope::Meeting, Scope::Person],
    citation: Some(
        "Localism Act 2011, s.31(4) and s.33 (England); Local Authorities (Model Code of Conduct) (Wales) Order 2008, para 14 (Wales)",
    ),
    thresholds: &[],
    stage: Stage::StatutoryMeeting,
    check,
};

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

fn check(cx: &UnitContext<'_>, out: &mut Report) {
    let Some((base, m)) = cx.meeting() else {
        return;
    };
    let Some(decls) = &m.declarations else {
        return;
    };
    let person = |r: &PersonRef| cx.person_in(m, r);
    // (item, person) of each barring declaration, to its first position.
    let mut barred: HashMap<(ItemKey, String), usize> = HashMap::new();
    for (d, decl) in decls.entries.iter().enumerate().filter(|(_, x)| bars(x)) {
        if decl.took_part {
            out.push(
                &INTEREST_TOOK_PART,
                Pointer::at(&base).field("declarations").item("entries", d).field("took_part"),
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
    for (k, item) in m.agenda.iter().enumerate() {
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
                        Pointer::at(&base).item("agenda", k).item("decisions", j).field(field),
                        format!("This member declared an interest that bars them from this item (declaration {d}) but is recorded as the decision's {field}: record a dispensation on the declaration, or correct the {field}."),
                    );
                }
            }
        }
    }
}
