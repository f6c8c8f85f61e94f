//! `board.annual_report_content_missing`: a safeguarding adults board's annual report that lacks a content the Care Act asks for
//!
//! After each financial year a safeguarding adults board publishes a report (Care Act
//! 2014, Schedule 2, paragraph 4) on what it did (to achieve its objective, to implement
//! its strategy, what each member did), on the safeguarding adults reviews (section 44)
//! concluded and ongoing, and on what it did about their findings and why it declined
//! any; and it sends the report to the chief executive and the leader of the local
//! authority, the local policing body, the Local Healthwatch organisation and the chair
//! of the health and wellbeing board. Runs only for a safeguarding adults board's report that
//! records its contents at all.
use crate::premise::Premise;
use crate::statutory::records::ReportContent;
use crate::statutory::shared::{annual_report_lacks, Listed};
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// A safeguarding adults board's annual report that lacks a content the Care Act asks for.
pub const ANNUAL_REPORT_CONTENT_MISSING: Rule = Rule {
    code: "board.annual_report_content_missing",
    severity: Severity::Warning,
    summary: "A safeguarding adults board's annual report records which of the seven contents the Care Act asks for it covers, and one is missing: a finding per content; silent unless the body is a safeguarding adults board and the report records its contents.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: ANNUAL_REPORT_CONTENT_MISSING,
    area: Area::Statutory,
    premise: Premise {
        code: "board.annual_report_content_missing",
        text: "The contents a safeguarding adults board's annual report covers (approximate: checks that some yearly report lists its contents, not that its body is a safeguarding adults board).",
        needs: &["/bodies/*/statutory/yearly_reports/*/contents"],
        approximate: true,
    },
    scope: &[Scope::Statutory],
    citation: Some(
        "Care Act 2014, Schedule 2, para 4(1): what a safeguarding adults board's annual report must cover, including the safeguarding adults reviews under s.44",
    ),
    thresholds: &[],
    stage: Stage::StatutoryReport,
    check,
};

/// The sections the report lists.
const CONTENTS: Listed<ReportContent> = Listed {
    list: |r| &r.contents,
    field: "contents",
    all: &ReportContent::ALL,
    missing: |content| {
        let (need, word) = content.label();
        format!("This annual report does not cover {need}: add that section to the report and list it in the report's contents (\"{word}\").")
    },
};

fn check(cx: &UnitContext<'_>, out: &mut Report) {
    annual_report_lacks(cx, out, &ANNUAL_REPORT_CONTENT_MISSING, &CONTENTS);
}
