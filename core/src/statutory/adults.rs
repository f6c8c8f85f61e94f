//! A safeguarding adults board's annual report (Care Act 2014, Schedule 2,
//! paragraph 4): after each financial year the board publishes a report on what it did
//! (to achieve its objective, to implement its strategy, what each member did), on the
//! safeguarding adults reviews (section 44) concluded and ongoing, on what it did about
//! their findings and why it declined any; and it sends the report to the chief
//! executive and the leader of the local authority, the local policing body, the Local
//! Healthwatch organisation and the chair of the health and wellbeing board. Both rules
//! run only for a body whose kind is a safeguarding adults board, and only for a report
//! that records its contents, or its distribution, at all. Linear in the reports and
//! what they list (seven contents and five recipients at most are looked for).

use super::{ANNUAL_REPORT_CONTENT_MISSING, ANNUAL_REPORT_RECIPIENT_MISSING};
use crate::board::{Body, BodyKind};
use crate::statutory::records::{ReportContent, ReportRecipient};
use crate::validate::Report;

pub(super) fn check(i: usize, body: &Body, out: &mut Report) {
    let Some(st) = &body.statutory else {
        return;
    };
    if body.kind != BodyKind::SafeguardingAdultsBoard {
        return;
    }
    for (j, r) in st.yearly_reports.iter().enumerate() {
        let base = format!("/bodies/{i}/statutory/yearly_reports/{j}");
        if !r.contents.is_empty() {
            for content in ReportContent::ALL {
                if !r.contents.contains(&content) {
                    let (need, word) = content.label();
                    out.push(
                        &ANNUAL_REPORT_CONTENT_MISSING,
                        format!("{base}/contents"),
                        format!("This annual report does not cover {need}: add that section to the report and list it in the report's contents (\"{word}\")."),
                    );
                }
            }
        }
        if !r.sent_to.is_empty() {
            for recipient in ReportRecipient::ALL {
                if !r.sent_to.contains(&recipient) {
                    let (who, word) = recipient.label();
                    out.push(
                        &ANNUAL_REPORT_RECIPIENT_MISSING,
                        format!("{base}/sent_to"),
                        format!("This annual report is not recorded as sent to {who}: send it a copy and add it to the report's recipients (\"{word}\")."),
                    );
                }
            }
        }
    }
}
