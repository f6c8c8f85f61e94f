//! `meeting.interest_not_registered`: an interest declared at a meeting and not on the body's register
//!
//! A member who declares a registrable interest at a meeting should have it on the
//! body's register of interests within 28 days (Localism Act 2011, sections 30 and 31).
//! The register is grouped per person once, each person's entries sorted by the day they
//! were registered with the latest end seen so far; a declaration is then a binary
//! search, so the check costs O(n log n) in entries and declarations.
use crate::date::Date;
use crate::meeting::InterestKind;
use crate::pointer::Pointer;
use crate::premise::Premise;
use crate::statutory::records::RegisteredInterest;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};
use std::collections::HashMap;

/// An interest declared at a meeting and not on the body's register.
pub const INTEREST_NOT_REGISTERED: Rule = Rule {
    code: "meeting.interest_not_registered",
    severity: Severity::Warning,
    summary: "A member declared an interest at a meeting, but the body's register of interests shows no entry of theirs registered within 28 days after the meeting and in force on its day; silent unless the document holds the body's register, and for an interest recorded as one the code does not ask to be registered.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: INTEREST_NOT_REGISTERED,
    area: Area::Statutory,
    premise: Premise {
        code: "meeting.interest_not_registered",
        text: "The body's register of interests and a declaration of interest at one of its meetings.",
        needs: &["/bodies/*/statutory/interests_register", "/meetings/*/declarations/entries"],
        approximate: false,
    },
    scope: &[Scope::Meeting, Scope::Body, Scope::Person],
    citation: Some(
        "Localism Act 2011, s.30 and s.31(2)-(3): an interest disclosed at a meeting and not yet registered is notified within 28 days (England); the body's code of conduct otherwise",
    ),
    thresholds: &[],
    stage: Stage::StatutoryRegister,
    check,
};

/// The days a member has to register an interest declared at a meeting.
const REGISTER_WITHIN_DAYS: u64 = 28;

/// Per person, (registered from, latest end among entries registered by then), sorted;
/// an entry with no start counts from the beginning, one with no end as never ending.
type Spans = HashMap<String, Vec<(Date, Date)>>;

fn spans(register: &[RegisteredInterest]) -> Spans {
    let mut by: Spans = HashMap::new();
    for e in register {
        let from = e.from.unwrap_or(Date::MIN);
        by.entry(e.person.to_string())
            .or_default()
            .push((from, e.until.unwrap_or(Date::MAX)));
    }
    for list in by.values_mut() {
        list.sort_unstable();
        let mut latest = Date::MIN;
        for slot in list.iter_mut() {
            latest = latest.max(slot.1);
            slot.1 = latest;
        }
    }
    by
}

/// True when an entry registered by `deadline` was still in force on `day`.
fn covered(list: &[(Date, Date)], day: Date, deadline: Date) -> bool {
    let n = list.partition_point(|(from, _)| *from <= deadline);
    n > 0 && list.get(n - 1).is_some_and(|(_, until)| *until >= day)
}

fn check(cx: &UnitContext<'_>, out: &mut Report) {
    let Some((base, m)) = cx.meeting() else {
        return;
    };
    let register = cx
        .body_of(m)
        .and_then(|b| b.statutory.as_ref())
        .and_then(|s| s.interests_register.as_deref());
    let (Some(register), Some(decls), Some(day)) = (register, &m.declarations, m.known_date())
    else {
        return;
    };
    let Some(deadline) = day.checked_add_days(chrono::Days::new(REGISTER_WITHIN_DAYS)) else {
        return;
    };
    if cx.options().as_of.is_some_and(|a| a < deadline) {
        return;
    }
    let by = spans(register);
    for (d, decl) in decls.entries.iter().enumerate() {
        if decl.kind == Some(InterestKind::NonRegistrable) {
            continue;
        }
        let Some(id) = cx.person_in(m, &decl.person) else {
            continue;
        };
        if by
            .get(id.as_str())
            .is_some_and(|l| covered(l, day, deadline))
        {
            continue;
        }
        out.push(
            &INTEREST_NOT_REGISTERED,
            Pointer::at(&base).field("declarations").item("entries", d),
            "This member declared an interest at the meeting, but the body's register of interests shows no entry of theirs registered within 28 days of it: add the interest to the register with the day it was registered (for example 2024-02-01), or record the interest as one the code does not ask to be registered.",
        );
    }
}
