//! `board.acknowledgement_unused`: a body acknowledged a finding that validation no
//! longer raises.
use crate::pointer::Pointer;
use crate::premise::Premise;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};
use std::collections::{HashMap, HashSet};

/// An acknowledgement that matches no finding.
pub const ACKNOWLEDGEMENT_UNUSED: Rule = Rule {
    code: "board.acknowledgement_unused",
    severity: Severity::Info,
    summary: "A body acknowledged a finding that validation no longer raises (the record was corrected, or the path moved); the acknowledgement can be removed.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: ACKNOWLEDGEMENT_UNUSED,
    area: Area::Board,
    premise: Premise {
        code: "board.acknowledgement_unused",
        text: "A body's acknowledgements of findings.",
        needs: &["/bodies/*/constitution/acknowledgements"],
        approximate: false,
    },
    scope: &[Scope::Profile],
    citation: None,
    thresholds: &[],
    stage: Stage::BoardAcknowledgements,
    check,
};

/// Run on the report the profiles were applied to: each acknowledgement (the first of
/// those naming one code and path) that no finding of the report carries, in order of
/// its pointer.
fn check(cx: &UnitContext<'_>, out: &mut Report) {
    let mut acks: HashMap<(&str, &str), String> = HashMap::new();
    for (at, c) in cx.profiles() {
        for (k, a) in c.acknowledgements.iter().enumerate() {
            acks.entry((a.code.as_str(), a.path.as_str()))
                .or_insert_with(|| Pointer::at(&at).item("acknowledgements", k).into());
        }
    }
    let used: HashSet<&str> = out
        .findings
        .iter()
        .filter_map(|f| f.acknowledged.as_deref())
        .collect();
    let mut unused: Vec<&String> = acks
        .values()
        .filter(|at| !used.contains(at.as_str()))
        .collect();
    unused.sort();
    let unused: Vec<String> = unused.into_iter().cloned().collect();
    for at in unused {
        out.push(
            &ACKNOWLEDGEMENT_UNUSED,
            at,
            "Validation no longer raises the finding this acknowledges.",
        );
    }
}
