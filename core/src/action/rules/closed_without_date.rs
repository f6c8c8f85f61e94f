//! `action.closed_without_date`: done with no date
use crate::premise::Premise;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// Done with no date.
pub const CLOSED_WITHOUT_DATE: Rule = Rule {
    code: "action.closed_without_date",
    severity: Severity::Error,
    summary: "An action is completed, closed or superseded but no date records when (neither closed_on nor a dated status). Silent when the status is known only from the board's own words in the minutes (\"Actioned by X\"), which such minutes give without a date.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: CLOSED_WITHOUT_DATE,
    area: Area::Action,
    premise: Premise {
        code: "action.closed_without_date",
        text: "An action's status.",
        needs: &["/actions/*/status|/actions/*/history"],
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
        let a = l.action;
        let Some((tl, facts)) = l.timeline else {
            continue;
        };
        let words_only = a.status.is_none() && a.history.is_empty();
        if tl.latest().is_done() && a.closed_on.is_none() && !facts.dated_done && !words_only {
            out.push(
                &CLOSED_WITHOUT_DATE,
                l.at().field("closed_on"),
                "The action is done but no date records when.",
            );
        }
    }
}
