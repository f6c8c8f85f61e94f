//! `board.annual_report_recipient_missing`: a safeguarding adults board's annual report not sent to one the Care Act names
//!
//! After each financial year a safeguarding adults board publishes a report (Care Act
//! 2014, Schedule 2, paragraph 4) on what it did (to achieve its objective, to implement
//! its strategy, what each member did), on the safeguarding adults reviews (section 44)
//! concluded and ongoing, and on what it did about their findings and why it declined
//! any; and it sends the report to the chief executive and the leader of the local
//! authority, the local policing body, the Local Healthwatch organisation and the chair
//! of the health and wellbeing board. Runs only for a safeguarding adults board's report that
//! records its distribution at all.
use crate::premise::Premise;
use crate::statutory::records::ReportRecipient;
use crate::statutory::shared::{annual_report_lacks, Listed};
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// A safeguarding adults board's annual report not sent to one the Care Act names.
pub const ANNUAL_REPORT_RECIPIENT_MISSING: Rule = Rule {
    code: "board.annual_report_recipient_missing",
    severity: Severity::Warning,
    summary: "A safeguarding adults board's annual report records whom it was sent to, and one of those the Care Act names is missing (the local authority's chief executive and leader, the local policing body, the Local Healthwatch organisation, the health and wellbeing board's chair): a finding per recipient; silent unless the body is a safeguarding adults board and the report records its distribution.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: ANNUAL_REPORT_RECIPIENT_MISSING,
    area: Area::Statutory,
    premise: Premise {
        code: "board.annual_report_recipient_missing",
        text: "Whom a safeguarding adults board's annual report was sent to (approximate: checks that some yearly report lists its recipients, not that its body is a safeguarding adults board).",
        needs: &["/bodies/*/statutory/yearly_reports/*/sent_to"],
        approximate: true,
    },
    scope: &[Scope::Statutory],
    citation: Some(
        "Care Act 2014, Schedule 2, para 4(2): those a safeguarding adults board must send its annual report to",
    ),
    thresholds: &[],
    stage: Stage::StatutoryReport,
    check,
};

/// The bodies the report is recorded as sent to.
const RECIPIENTS: Listed<ReportRecipient> = Listed {
    list: |r| &r.sent_to,
    field: "sent_to",
    all: &ReportRecipient::ALL,
    missing: |recipient| {
        let (who, word) = recipient.label();
        format!("This annual report is not recorded as sent to {who}: send it a copy and add it to the report's recipients (\"{word}\").")
    },
};

fn check(cx: &UnitContext<'_>, out: &mut Report) {
    annual_report_lacks(cx, out, &ANNUAL_REPORT_RECIPIENT_MISSING, &RECIPIENTS);
}
