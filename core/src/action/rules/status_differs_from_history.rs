//! `action.status_differs_from_history`: a status the history does not date
use crate::premise::Premise;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// A recorded status that differs from the latest dated one.
pub const STATUS_DIFFERS_FROM_HISTORY: Rule = Rule {
    code: "action.status_differs_from_history",
    severity: Severity::Warning,
    summary: "An action's recorded status differs from its latest dated status, so the change is undated; record it in the history.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: STATUS_DIFFERS_FROM_HISTORY,
    area: Area::Action,
    premise: Premise {
        code: "action.status_differs_from_history",
        text: "An action's status and its status history.",
        needs: &["/actions/*/status", "/actions/*/history"],
        approximate: false,
    },
    scope: &[Scope::Action],
    citation: None,
    thresholds: &[],
    stage: Stage::ActionStatus,
    check,
};

fn check(cx: &UnitContext<'_>, out: &mut Report) {
    for l in cx.actions() {
        let Some((tl, _)) = l.timeline else { continue };
        if let (Some(current), Some(last)) = (l.action.status, tl.events.last()) {
            // Done back to not done is a reopening (`action.reopened_without_note`).
            let reopened = last.status.is_done() && !current.is_done();
            if current != last.status && !reopened {
                out.push(
                    &STATUS_DIFFERS_FROM_HISTORY,
                    l.at().field("status"),
                    "The status differs from the latest dated status in the action's history.",
                );
            }
        }
    }
}
