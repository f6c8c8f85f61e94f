//! `meeting.decision_record_incomplete`: an executive decision's written record that lacks an element the law asks for
//!
//! An executive decision's written record must hold the date, the decision, its
//! reasons, the alternatives considered and rejected, any conflict of interest declared
//! and, for a conflict, any dispensation (Local Authorities (Executive Arrangements)
//! (Meetings and Access to Information) (England) Regulations 2012, regulations 12 and
//! 13). The rule runs only for a decision the paper marks as executive or key.
use crate::pointer::Pointer;
use crate::premise::Premise;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// An executive decision's written record that lacks an element the law asks for.
pub const DECISION_RECORD_INCOMPLETE: Rule = Rule {
    code: "meeting.decision_record_incomplete",
    severity: Severity::Warning,
    summary: "The written record of an executive or key decision lacks one of the elements the law asks for (the date, the decision, the reasons, the alternatives considered and rejected, whether a conflict of interest was declared, and for a conflict whether a dispensation was granted): a finding per element; silent unless the decision is marked executive or key.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: DECISION_RECORD_INCOMPLETE,
    area: Area::Statutory,
    premise: Premise {
        code: "meeting.decision_record_incomplete",
        text: "A decision marked executive or key.",
        needs: &["/meetings/*/agenda/*/decisions/*/access/executive|/meetings/*/agenda/*/decisions/*/access/key"],
        approximate: false,
    },
    scope: &[Scope::Meeting],
    citation: Some(
        "Local Authorities (Executive Arrangements) (Meetings and Access to Information) (England) Regulations 2012 (SI 2012/2089, made under the Local Government Act 2000), regs 12 and 13: the written record of an executive decision",
    ),
    thresholds: &[],
    stage: Stage::StatutoryDecision,
    check,
};

fn check(cx: &UnitContext<'_>, out: &mut Report) {
    let (Some((_, m)), Some((base, dec, a))) = (cx.meeting(), cx.decision()) else {
        return;
    };
    if !a.is_executive() {
        return;
    }
    let blank = |s: &Option<String>| s.as_deref().is_none_or(|t| t.trim().is_empty());
    // Each gap: the fields down from the decision to the one missing, and what it says.
    let mut gaps: Vec<(&[&'static str], &str)> = Vec::new();
    if a.decided_on.is_none() && m.known_date().is_none() {
        gaps.push((
            &["access", "decided_on"],
            "the date the decision was made (for example 2024-03-14)",
        ));
    }
    if dec.text.trim().is_empty() {
        gaps.push((&["text"], "the decision itself, in the words agreed (for example: to approve the revised threshold document)"));
    }
    if blank(&a.reasons) {
        gaps.push((&["access", "reasons"], "the reasons for the decision (for example: the review found the old threshold document out of date)"));
    }
    if blank(&a.alternatives_rejected) {
        gaps.push((&["access", "alternatives_rejected"], "the alternative options considered and rejected, or a note that there were none (for example: keeping the old document was rejected)"));
    }
    if a.conflict_declared.is_none() {
        gaps.push((
            &["access", "conflict_declared"],
            "whether any member declared a conflict of interest in the matter (true or false)",
        ));
    }
    if a.conflict_declared == Some(true) && a.dispensation_granted.is_none() {
        gaps.push((
            &["access", "dispensation_granted"],
            "for the conflict declared, whether a dispensation was granted (true or false)",
        ));
    }
    for (fields, need) in gaps {
        out.push(
            &DECISION_RECORD_INCOMPLETE,
            fields.iter().fold(Pointer::at(&base), |p, f| p.field(f)),
            format!("The record of this executive decision does not say {need}: add it to the decision record."),
        );
    }
}
