//! `action.reopened_without_note`: reopened with no note
use crate::action::timeline::Source;
use crate::pointer::Pointer;
use crate::premise::Premise;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// Reopened with no note.
pub const REOPENED_WITHOUT_NOTE: Rule = Rule {
    code: "action.reopened_without_note",
    severity: Severity::Warning,
    summary: "An action goes from completed, closed or superseded back to an open status without a note saying why.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: REOPENED_WITHOUT_NOTE,
    area: Area::Action,
    premise: Premise {
        code: "action.reopened_without_note",
        text: "An action's status history.",
        needs: &["/actions/*/history"],
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
        let Some((tl, facts)) = l.timeline else {
            continue;
        };
        for e in facts.reopened.iter().filter_map(|&k| tl.events.get(k)) {
            let path = match e.source {
                Source::ClosedOn => e.path.clone(),
                Source::History | Source::MattersArising => {
                    Pointer::at(&e.path).field("note").into()
                }
            };
            out.push(
                &REOPENED_WITHOUT_NOTE,
                path,
                "The action goes from done back to not done with no note.",
            );
        }
        if let (Some(current), Some(last)) = (l.action.status, tl.events.last()) {
            if current != last.status && last.status.is_done() && !current.is_done() {
                out.push(
                    &REOPENED_WITHOUT_NOTE,
                    l.at().field("status"),
                    "The action's status is not done after it was done, with no dated note.",
                );
            }
        }
    }
}
