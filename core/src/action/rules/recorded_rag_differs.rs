//! `action.recorded_rag_differs`: a recorded RAG rating the status contradicts
use crate::action::log::{ActionRag, DEFAULT_AMBER_DAYS};
use crate::premise::Premise;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// The board's own RAG rating beside the computed one.
pub const RECORDED_RAG_DIFFERS: Rule = Rule {
    code: "action.recorded_rag_differs",
    severity: Severity::Warning,
    summary: "As of the validation date, the RAG rating the board records for an action differs from the one worked out from its status and due date (amber within the body constitution's `action_amber_days`, else 14 days, of the due date). Silent when the board records no RAG.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: RECORDED_RAG_DIFFERS,
    area: Area::Action,
    premise: Premise {
        code: "action.recorded_rag_differs",
        text: "A RAG rating recorded for an action, and an as-of date.",
        needs: &["/actions/*/recorded_rag", "@as_of"],
        approximate: false,
    },
    scope: &[Scope::Action],
    citation: None,
    thresholds: &["action_amber_days"],
    stage: Stage::ActionOutcome,
    check,
};

fn check(cx: &UnitContext<'_>, out: &mut Report) {
    let Some(as_of) = cx.options().as_of else {
        return;
    };
    for l in cx.actions() {
        let (Some(recorded), Some((t, _))) = (l.action.recorded_rag, l.timeline) else {
            continue;
        };
        if let Some((computed, _)) = cx.rate(l.action, t, as_of, DEFAULT_AMBER_DAYS) {
            if computed != recorded {
                out.push(
                    &RECORDED_RAG_DIFFERS,
                    l.at().field("recorded_rag"),
                    format!(
                        "The board's own RAG rating differs: the action works out as {} on the as-of date.",
                        rag_word(computed)
                    ),
                );
            }
        }
    }
}

fn rag_word(r: ActionRag) -> &'static str {
    match r {
        ActionRag::Red => "red",
        ActionRag::Amber => "amber",
        ActionRag::Green => "green",
        ActionRag::Complete => "complete",
    }
}
