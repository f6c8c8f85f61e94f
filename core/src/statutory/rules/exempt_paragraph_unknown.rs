//! `meeting.exempt_paragraph_unknown`: a Schedule 12A paragraph that does not exist
use crate::board::LawNation;
use crate::pointer::Pointer;
use crate::premise::Premise;
use crate::statutory::exempt::ParagraphStatus;
use crate::statutory::shared::paragraph_is;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// A Schedule 12A paragraph that does not exist.
pub const EXEMPT_PARAGRAPH_UNKNOWN: Rule = Rule {
    code: "meeting.exempt_paragraph_unknown",
    severity: Severity::Error,
    summary: "The Schedule 12A paragraph recorded for an exempt item or closed part does not exist in the body's nation on the meeting's date (England numbers 1 to 7, Wales 12 to 18); silent unless the body's nation is recorded.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: EXEMPT_PARAGRAPH_UNKNOWN,
    area: Area::Statutory,
    premise: Premise {
        code: "meeting.exempt_paragraph_unknown",
        text: "The body's nation and a Schedule 12A paragraph recorded for an exempt item or closed part.",
        needs: &["/bodies/*/nation", "/meetings/*/agenda/*/exemption/paragraph|/meetings/*/parts/*/exemption/paragraph"],
        approximate: false,
    },
    scope: &[Scope::Meeting, Scope::Body],
    citation: Some(
        "Local Government Act 1972, s.100I and Schedule 12A: Part 1, paras 1-7 (England); Part 4, paras 12-18 (Wales, SI 2007/969, from 21 April 2007)",
    ),
    thresholds: &[],
    stage: Stage::StatutoryExemption,
    check,
};

fn check(cx: &UnitContext<'_>, out: &mut Report) {
    if let Some((path, _, nation)) = paragraph_is(cx, ParagraphStatus::Unknown) {
        let at: String = Pointer::at(&path).field("paragraph").into();
        out.push(&EXEMPT_PARAGRAPH_UNKNOWN, at, unknown_message(nation));
    }
}

fn unknown_message(nation: LawNation) -> &'static str {
    match nation {
        LawNation::Wales => "Wales numbers its exempt information paragraphs 12 to 18: enter one of those (for example 13 for information likely to reveal who someone is; England calls it 2).",
        _ => "England numbers its exempt information paragraphs 1 to 7: enter one of those (for example 1 for information about a particular person).",
    }
}
