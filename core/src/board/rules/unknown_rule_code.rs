//! `board.unknown_rule_code`: a body's rule setting or acknowledgement names a code that
//! is not a rule.
use crate::pointer::Pointer;
use crate::premise::Premise;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// A rule setting or acknowledgement names a code that is not a rule.
pub const UNKNOWN_RULE_CODE: Rule = Rule {
    code: "board.unknown_rule_code",
    severity: Severity::Error,
    summary:
        "A body's rule setting or acknowledgement names a code that is not in the rule catalogue.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: UNKNOWN_RULE_CODE,
    area: Area::Board,
    premise: Premise {
        code: "board.unknown_rule_code",
        text: "A body's rule settings or acknowledgements.",
        needs: &["/bodies/*/constitution/rule_settings|/bodies/*/constitution/acknowledgements"],
        approximate: false,
    },
    scope: &[Scope::Profile],
    citation: None,
    thresholds: &[],
    stage: Stage::BoardProfile,
    check,
};

fn check(cx: &UnitContext<'_>, out: &mut Report) {
    for (at, c) in cx.profiles() {
        let settings = c.rule_settings.iter().map(|s| s.code.as_str());
        let acks = c.acknowledgements.iter().map(|a| a.code.as_str());
        let lists = [
            ("rule_settings", settings.collect::<Vec<_>>()),
            ("acknowledgements", acks.collect()),
        ];
        for (list, codes) in lists {
            for (k, code) in codes.into_iter().enumerate() {
                if !cx.is_rule_code(code) {
                    out.push(
                        &UNKNOWN_RULE_CODE,
                        Pointer::at(&at).item(list, k).field("code"),
                        "No rule has this code; see RULES.md for the codes.",
                    );
                }
            }
        }
    }
}
