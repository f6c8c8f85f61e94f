//! `board.seat_overfilled`: a named seat that is not shared is held by two members for
//! overlapping periods.
use crate::board::membership_rules::overlapping;
use crate::board::{Member, Seat};
use crate::pointer::Pointer;
use crate::premise::Premise;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};
use std::collections::HashMap;

/// A seat held by more people than it allows.
pub const SEAT_OVERFILLED: Rule = Rule {
    code: "board.seat_overfilled",
    severity: Severity::Error,
    summary: "A named seat that is not shared is held by two members for overlapping periods.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: SEAT_OVERFILLED,
    area: Area::Board,
    premise: Premise {
        code: "board.seat_overfilled",
        text: "Named seats held by members.",
        needs: &["/bodies/*/named_seats", "/bodies/*/members/*/seat"],
        approximate: false,
    },
    scope: &[Scope::Body],
    citation: None,
    thresholds: &[],
    stage: Stage::Board,
    check,
};

fn check(cx: &UnitContext<'_>, out: &mut Report) {
    for (at, body) in cx.bodies() {
        let seats: HashMap<&str, &Seat> = body
            .named_seats
            .iter()
            .map(|s| (s.id.as_str(), s))
            .collect();
        let mut by_seat: HashMap<&str, Vec<(usize, &Member)>> = HashMap::new();
        for (m, mem) in body.members.iter().enumerate() {
            let Some(s) = &mem.seat else { continue };
            if seats.get(s.as_str()).is_some_and(|seat| !seat.shared) {
                by_seat.entry(s.as_str()).or_default().push((m, mem));
            }
        }
        for (m, first) in overlapping(by_seat) {
            out.push(
                &SEAT_OVERFILLED,
                Pointer::at(&at).item("members", m).field("seat"),
                format!("Member {first} holds this seat for the same period; mark the seat shared if both hold it."),
            );
        }
    }
}
