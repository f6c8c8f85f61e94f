//! `meeting.exempt_paragraph_outdated`: a Schedule 12A paragraph of the list England replaced
use crate::pointer::Pointer;
use crate::premise::Premise;
use crate::statutory::exempt::ParagraphStatus;
use crate::statutory::shared::paragraph_is;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// A Schedule 12A paragraph of the list England replaced.
pub const EXEMPT_PARAGRAPH_OUTDATED: Rule = Rule {
    code: "meeting.exempt_paragraph_outdated",
    severity: Severity::Warning,
    summary: "An English meeting held on or after 1 March 2006 cites a Schedule 12A paragraph (8 to 15) of the list that was replaced that day; silent unless the body's nation is recorded.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: EXEMPT_PARAGRAPH_OUTDATED,
    area: Area::Statutory,
    premise: Premise {
        code: "meeting.exempt_paragraph_outdated",
        text: "The body's nation and a Schedule 12A paragraph recorded for an exempt item or closed part.",
        needs: &["/bodies/*/nation", "/meetings/*/agenda/*/exemption/paragraph|/meetings/*/parts/*/exemption/paragraph"],
        approximate: false,
    },
    scope: &[Scope::Meeting, Scope::Body],
    citation: Some(
        "Local Government (Access to Information) (Variation) Order 2006 (SI 2006/88), article 3: a new Schedule 12A for England from 1 March 2006",
    ),
    thresholds: &[],
    stage: Stage::StatutoryExemption,
    check,
};

fn check(cx: &UnitContext<'_>, out: &mut Report) {
    if let Some((path, _, _)) = paragraph_is(cx, ParagraphStatus::Outdated) {
        out.push(
            &EXEMPT_PARAGRAPH_OUTDATED,
            Pointer::at(&path).field("paragraph"),
            "This paragraph number is from the list England replaced on 1 March 2006: cite the paragraph of today's list, 1 to 7 (for example 2 for information likely to reveal who someone is).",
        );
    }
}
