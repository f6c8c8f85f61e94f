//! `meeting.declaration_item_unknown`: a declaration of interest naming an agenda item the meeting does not have.
use crate::meeting::item_number;
use crate::pointer::Pointer;
use crate::premise::Premise;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// A declaration of interest naming an agenda item the meeting does not have.
pub const DECLARATION_ITEM_UNKNOWN: Rule = Rule {
    code: "meeting.declaration_item_unknown",
    severity: Severity::Error,
    summary: "A declaration of interest names an agenda item the meeting does not have.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: DECLARATION_ITEM_UNKNOWN,
    area: Area::Meeting,
    premise: Premise {
        code: "meeting.declaration_item_unknown",
        text: "Declarations of interest that name agenda items.",
        needs: &["/meetings/*/declarations/entries"],
        approximate: false,
    },
    scope: &[Scope::Meeting],
    citation: None,
    thresholds: &[],
    stage: Stage::MeetingDeclarationItem,
    check,
};

fn check(cx: &UnitContext<'_>, out: &mut Report) {
    let Some((path, at, e)) = cx.declaration() else {
        return;
    };
    let known = item_number(&e.item).is_some_and(|n| at.numbers.contains_key(&n));
    if !known {
        out.push(
            &DECLARATION_ITEM_UNKNOWN,
            Pointer::at(&path).field("item"),
            "This meeting has no agenda item with this number.",
        );
    }
}
