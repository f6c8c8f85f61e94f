//! `meeting.standing_item_missing`: a standing item of the body's template missing from a meeting that took place.
use crate::board::StandingItem;
use crate::pointer::Pointer;
use crate::premise::Premise;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};
use std::collections::BTreeSet;

/// A standing item of the body's template missing from a meeting that took place.
pub const STANDING_ITEM_MISSING: Rule = Rule {
    code: "meeting.standing_item_missing",
    severity: Severity::Warning,
    summary:
        "A standing item of the body's agenda template is missing from a meeting that took place.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: STANDING_ITEM_MISSING,
    area: Area::Meeting,
    premise: Premise {
        code: "meeting.standing_item_missing",
        text: "Standing items in the body's constitution and a meeting that took place (approximate: checks that standing items and meetings are recorded).",
        needs: &["/bodies/*/constitution/standing_items", "/meetings"],
        approximate: true,
    },
    scope: &[Scope::Meeting, Scope::Body],
    citation: None,
    thresholds: &[],
    stage: Stage::MeetingStandingItems,
    check,
};

fn check(cx: &UnitContext<'_>, out: &mut Report) {
    let Some(at) = cx.agenda_meeting() else {
        return;
    };
    // Only where the agenda is recorded.
    if !at.m.status.took_place() || at.m.agenda.is_empty() {
        return;
    }
    let Some(c) = cx.agenda_body().and_then(|b| b.constitution.as_ref()) else {
        return;
    };
    let have: BTreeSet<StandingItem> = at.m.agenda.iter().filter_map(|a| a.standing).collect();
    for s in &c.standing_items {
        if !have.contains(s) {
            out.push(
                &STANDING_ITEM_MISSING,
                Pointer::at(at.base).field("agenda"),
                "A standing item of the body's template is not on the agenda.",
            );
        }
    }
}
