//! `action.status_words_unknown`: status words not in the mapping
use crate::action::status_from_words;
use crate::premise::Premise;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// Status words the mapping does not know.
pub const STATUS_WORDS_UNKNOWN: Rule = Rule {
    code: "action.status_words_unknown",
    severity: Severity::Info,
    summary: "An action's status is given only in the board's own words, and they are not in the documented mapping (Actioned, Outstanding, On-going, COMPLETE, Closed...), so the action is treated as open.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: STATUS_WORDS_UNKNOWN,
    area: Area::Action,
    premise: Premise {
        code: "action.status_words_unknown",
        text: "An action's status in the board's own words (status_text).",
        needs: &["/actions/*/status_text"],
        approximate: false,
    },
    scope: &[Scope::Action],
    citation: None,
    thresholds: &[],
    stage: Stage::ActionRecord,
    check,
};

fn check(cx: &UnitContext<'_>, out: &mut Report) {
    for l in cx.actions() {
        if l.action.status.is_some() {
            continue;
        }
        if let Some(text) = &l.action.status_text {
            if status_from_words(text).is_none() {
                out.push(
                    &STATUS_WORDS_UNKNOWN,
                    l.at().field("status_text"),
                    "These status words are not in the mapping (for example \"Actioned\" or \"On-going\"), so the action is read as open.",
                );
            }
        }
    }
}
