//! `meeting.number_relation_undecided`: a ref or item number whose relation to a
//! confidential item cannot be decided (see [`crate::meeting::number`]): the public
//! version withholds what it numbers.
use crate::meeting::number::{Numbering, Relation};
use crate::pointer::Pointer;
use crate::premise::Premise;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// A number that may be beneath a confidential item.
pub const NUMBER_RELATION_UNDECIDED: Rule = Rule {
    code: "meeting.number_relation_undecided",
    severity: Severity::Warning,
    summary: "A ref or item number (an action's ref, a risk's minute, a declaration's or attendee's item) has a capital letter before a number the meeting does not use as a series (A5) and the item with that number is confidential, or is blank or missing at a meeting with confidential items: it cannot be told whether it is beneath a confidential item, so the public version withholds it. Silent when the meeting has no confidential item.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: NUMBER_RELATION_UNDECIDED,
    area: Area::Meeting,
    premise: Premise {
        code: "meeting.number_relation_undecided",
        text: "Refs or item numbers with a capital letter before a number (approximate: checks that agenda items or actions are recorded).",
        needs: &["/meetings/*/agenda|/actions"],
        approximate: true,
    },
    scope: &[Scope::Meeting, Scope::Action, Scope::Risk],
    citation: None,
    thresholds: &[],
    stage: Stage::MeetingNumbers,
    check,
};

const MESSAGE: &str = "This number may be beneath a confidential item (or is blank at a meeting with confidential items), so the public version leaves out what it numbers. Write it as the meeting numbers its items, for example 5.1, or M1 where the meeting uses an M series.";

/// Check every number that names an item of a meeting with confidential material.
fn check(cx: &UnitContext<'_>, out: &mut Report) {
    let meetings = cx.meetings();
    let n = Numbering::of(meetings);
    // The pointer is written only for a finding.
    let undecided =
        |meeting: &str, number: &str| n.relation(meeting, number) == Relation::Undecided;
    let mut report = |path: Pointer| out.push(&NUMBER_RELATION_UNDECIDED, path, MESSAGE);
    for a in cx.actions() {
        if let Some(m) = a.action.raised_at.as_deref() {
            if undecided(m, &a.action.reference) {
                report(a.at().field("ref"));
            }
        }
    }
    for (at, r) in cx.risks() {
        if let Some(m) = &r.raised.meeting {
            let minute = r.raised.minute.as_deref().unwrap_or("");
            if undecided(m, minute) {
                report(Pointer::at(&at).field("raised").field("minute"));
            }
        }
    }
    for (i, m) in meetings.iter().enumerate() {
        if !n.any_marked(&m.id) {
            continue;
        }
        let base = || Pointer::root().item("meetings", i);
        for (k, e) in m.declarations.iter().flat_map(|d| &d.entries).enumerate() {
            if undecided(&m.id, &e.item) {
                report(
                    base()
                        .field("declarations")
                        .item("entries", k)
                        .field("item"),
                );
            }
        }
        for (k, a) in m.attendance.iter().enumerate() {
            for (j, item) in a.items.iter().enumerate() {
                if undecided(&m.id, item) {
                    report(base().item("attendance", k).item("items", j));
                }
            }
        }
    }
}
