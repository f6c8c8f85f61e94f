//! `board.unknown_reference`: a field refers by id to a record the document does not
//! contain.
//!
//! The unit checks the references of the board's own records: people's organisations,
//! bodies' reporting lines, members (their people, organisations, seats and the meetings
//! that recorded them), seats and groups. The rule is reported at each other reference
//! by the area that reads it (meetings, actions, the risk register, budgets, scorecards,
//! and the acknowledgements of the bodies' rule profiles, `crate::profile`), with this
//! constant.
use crate::board::{Body, Seat};
use crate::pointer::Pointer;
use crate::premise::Premise;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};
use std::collections::HashMap;

/// A reference to an id that does not exist.
pub const UNKNOWN_REFERENCE: Rule = Rule {
    code: "board.unknown_reference",
    severity: Severity::Error,
    summary: "A field refers by id to a person, organisation, body or meeting that the document does not contain.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: UNKNOWN_REFERENCE,
    area: Area::Board,
    premise: Premise {
        code: "board.unknown_reference",
        text: "Always applies: every reference by id is checked.",
        needs: &[],
        approximate: false,
    },
    scope: &[
        Scope::Organisation,
        Scope::Person,
        Scope::Body,
        Scope::Meeting,
    ],
    citation: None,
    thresholds: &[],
    stage: Stage::Board,
    check,
};

fn check(cx: &UnitContext<'_>, out: &mut Report) {
    for (at, p) in cx.people() {
        if p.organisation
            .as_ref()
            .is_some_and(|o| cx.organisation(o).is_none())
        {
            out.push(
                &UNKNOWN_REFERENCE,
                Pointer::at(&at).field("organisation"),
                "This person's organisation is not in the document's organisations.",
            );
        }
    }
    for (at, body) in cx.bodies() {
        for (r, target) in body.reports_to.iter().enumerate() {
            if cx.body(target).is_none() {
                out.push(
                    &UNKNOWN_REFERENCE,
                    Pointer::at(&at).item("reports_to", r),
                    "This body reports to a body that is not in the document.",
                );
            }
        }
        memberships(cx, &at, body, out);
        members(cx, &at, body, out);
    }
}

/// A body's memberships over time (their seats and the meetings that recorded them), and
/// its named seats' organisations.
fn memberships(cx: &UnitContext<'_>, at: &str, body: &Body, out: &mut Report) {
    let seats: HashMap<&str, &Seat> = body
        .named_seats
        .iter()
        .map(|s| (s.id.as_str(), s))
        .collect();
    for (m, mem) in body.members.iter().enumerate() {
        // The pointer is written only for a finding.
        let base = || Pointer::at(at).item("members", m);
        if mem
            .seat
            .as_ref()
            .is_some_and(|s| !seats.contains_key(s.as_str()))
        {
            out.push(
                &UNKNOWN_REFERENCE,
                base().field("seat"),
                "This seat is not among the body's named seats.",
            );
        }
        if mem
            .recorded_at
            .as_ref()
            .is_some_and(|r| cx.board_meeting(r).is_none())
        {
            out.push(
                &UNKNOWN_REFERENCE,
                base().field("recorded_at"),
                "The meeting at which this membership was recorded is not in the document.",
            );
        }
    }
    for (s, seat) in body.named_seats.iter().enumerate() {
        if seat
            .organisation
            .as_ref()
            .is_some_and(|o| cx.organisation(o).is_none())
        {
            out.push(
                &UNKNOWN_REFERENCE,
                Pointer::at(at).item("named_seats", s).field("organisation"),
                "This seat's organisation is not in the document's organisations.",
            );
        }
    }
}

/// A body's members' people and organisations, its seat allocations' organisations and
/// its groups' people.
fn members(cx: &UnitContext<'_>, at: &str, body: &Body, out: &mut Report) {
    for (m, member) in body.members.iter().enumerate() {
        // The pointer is written only for a finding.
        let base = || Pointer::at(at).item("members", m);
        if cx.person(&member.person).is_none() {
            out.push(
                &UNKNOWN_REFERENCE,
                base().field("person"),
                "This member is not in the document's people.",
            );
        }
        if member
            .organisation
            .as_ref()
            .is_some_and(|o| cx.organisation(o).is_none())
        {
            out.push(
                &UNKNOWN_REFERENCE,
                base().field("organisation"),
                "This member's organisation is not in the document's organisations.",
            );
        }
    }
    for (s, seat) in body.seats.iter().enumerate() {
        if cx.organisation(&seat.organisation).is_none() {
            out.push(
                &UNKNOWN_REFERENCE,
                Pointer::at(at).item("seats", s).field("organisation"),
                "This seat allocation names an organisation that is not in the document.",
            );
        }
    }
    for (g, group) in body.groups.iter().enumerate() {
        for (k, p) in group.people.iter().enumerate() {
            if cx.person(p).is_none() {
                out.push(
                    &UNKNOWN_REFERENCE,
                    Pointer::at(at).item("groups", g).item("people", k),
                    "This group lists a person who is not in the document.",
                );
            }
        }
    }
}
