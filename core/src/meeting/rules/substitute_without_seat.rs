//! `meeting.substitute_without_seat`: a substitute who names no vacant seat, or a seat a member held.
use crate::meeting::BodyClaim;
use crate::pointer::Pointer;
use crate::premise::Premise;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// A substitute who names no vacant seat, or a seat a member held.
pub const SUBSTITUTE_WITHOUT_SEAT: Rule = Rule {
    code: "meeting.substitute_without_seat",
    severity: Severity::Error,
    summary: "A substitute does not name the vacant seat they sat in, or names a seat that a member held on the meeting's date.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: SUBSTITUTE_WITHOUT_SEAT,
    area: Area::Meeting,
    premise: Premise {
        code: "meeting.substitute_without_seat",
        text:
            "A meeting's attendance and named seats (approximate for papers without substitutes).",
        needs: &["/meetings/*/attendance"],
        approximate: true,
    },
    scope: &[Scope::Meeting, Scope::Body],
    citation: None,
    thresholds: &[],
    stage: Stage::MeetingSubstituteSeat,
    check,
};

fn check(cx: &UnitContext<'_>, out: &mut Report) {
    let Some((at, claims)) = cx.body_claims() else {
        return;
    };
    for (j, claim) in claims {
        let BodyClaim::Seat(seat) = claim else {
            continue;
        };
        let path = || Pointer::at(at.base).item("attendance", j).field("seat");
        match seat {
            None => out.push(
                &SUBSTITUTE_WITHOUT_SEAT,
                path(),
                "A substitute must name the vacant seat they sat in.",
            ),
            Some(s) if cx.seat_held(s) => out.push(
                &SUBSTITUTE_WITHOUT_SEAT,
                path(),
                "A member held this seat on the meeting's date, so it was not vacant; record a deputy for that member instead.",
            ),
            Some(_) => {}
        }
    }
}
