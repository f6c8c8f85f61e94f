//! `meeting.exempt_public_interest_missing`: an exemption without its public interest statement
use crate::pointer::Pointer;
use crate::premise::Premise;
use crate::statutory::exempt::ParagraphStatus;
use crate::statutory::shared::paragraph_is;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// An exemption without its public interest statement.
pub const EXEMPT_PUBLIC_INTEREST_MISSING: Rule = Rule {
    code: "meeting.exempt_public_interest_missing",
    severity: Severity::Warning,
    summary: "Information is exempt only while the public interest in keeping it private outweighs the public interest in disclosing it, but no public-interest statement is recorded for the exempt item or closed part; silent unless the body's nation and the paragraph are recorded.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: EXEMPT_PUBLIC_INTEREST_MISSING,
    area: Area::Statutory,
    premise: Premise {
        code: "meeting.exempt_public_interest_missing",
        text: "The body's nation and a Schedule 12A paragraph recorded for an exempt item or closed part.",
        needs: &["/bodies/*/nation", "/meetings/*/agenda/*/exemption/paragraph|/meetings/*/parts/*/exemption/paragraph"],
        approximate: false,
    },
    scope: &[Scope::Meeting, Scope::Body],
    citation: Some(
        "Local Government Act 1972, Schedule 12A, para 10 (England) and para 21 (Wales): the public interest test",
    ),
    thresholds: &[],
    stage: Stage::StatutoryExemption,
    check,
};

fn check(cx: &UnitContext<'_>, out: &mut Report) {
    let Some((path, e, _)) = paragraph_is(cx, ParagraphStatus::Current) else {
        return;
    };
    let stated = e
        .public_interest
        .as_deref()
        .is_some_and(|s| !s.trim().is_empty());
    if !stated {
        out.push(
            &EXEMPT_PUBLIC_INTEREST_MISSING,
            Pointer::at(&path).field("public_interest"),
            "Record why keeping this information private is in the public interest, as the report states it (for example: disclosure would identify a child and their family).",
        );
    }
}
