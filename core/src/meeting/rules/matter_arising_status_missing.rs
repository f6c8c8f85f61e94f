//! `meeting.matter_arising_status_missing`: a matter arising keyed to an action that
//! records no status.
use crate::pointer::Pointer;
use crate::premise::Premise;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// A matter arising keyed to an action that records no status.
pub const MATTER_ARISING_STATUS_MISSING: Rule = Rule {
    code: "meeting.matter_arising_status_missing",
    severity: Severity::Error,
    summary: "A matter arising keyed to an action (by its ref or id) records no status; silent for a matter keyed only to a minute, page or section, which reports progress on the minutes.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: MATTER_ARISING_STATUS_MISSING,
    area: Area::Meeting,
    premise: Premise {
        code: "meeting.matter_arising_status_missing",
        text: "Matters arising keyed to an action (by ref or id).",
        needs: &["/meetings/*/matters_arising/*/action_ref|/meetings/*/matters_arising/*/action"],
        approximate: false,
    },
    scope: &[Scope::Meeting],
    citation: None,
    thresholds: &[],
    stage: Stage::MeetingMattersArising,
    check,
};

fn check(cx: &UnitContext<'_>, out: &mut Report) {
    let Some((base, m)) = cx.meeting() else {
        return;
    };
    for (k, ma) in m.matters_arising.iter().enumerate() {
        let keyed_to_action = !ma.action_ref.trim().is_empty() || ma.action.is_some();
        if keyed_to_action && ma.status.is_none() {
            out.push(
                &MATTER_ARISING_STATUS_MISSING,
                Pointer::at(&base).item("matters_arising", k).field("status"),
                "A matter arising about an action needs the action's status, for example open or completed.",
            );
        }
    }
}
