//! Statutory duties as rules: what the law asks of a meeting, checked against what its
//! papers record.
//!
//! The rules are units, one file each under `rules/` (their constants are re-exported
//! here). They cover exempt information (Schedule 12A to the Local
//! Government Act 1972: the paragraph, the public interest test, the review date),
//! interests meeting votes (a member with a disclosable pecuniary or prejudicial
//! interest who took part), the clocks (papers out so many clear days before a
//! meeting, minutes out so many working days after it), executive decisions (call-in
//! and the written record), the register of interests, yearly reports, a safeguarding
//! children partnership's lead partners and their sign-offs and a safeguarding adults
//! board's annual report; their records are in `records`, and the people and
//! organisations those records name are checked in `references`. Every rule is silent when the paper does not record
//! its premise: the body's nation, the paragraph, the kind of interest, the publication
//! date, the threshold, the kind of body and the list it checks. The codes of a
//! meeting's duties are in the meeting area (their findings are under `/meetings/`, but
//! for a yearly report, under `/bodies/`, and an action closed during call-in, under
//! `/actions/`); the duties of a partnership as a body are in the board area (under
//! `/bodies/`). The statute behind each is in [`crate::citation`].

use crate::index::Index;
use crate::unit::{run_statutory, Stage, StatutoryAt};
use crate::validate::{Report, ValidateOptions};

mod exempt;
pub(crate) mod records;
mod references;
pub(crate) mod rules;
mod shared;

pub use exempt::{paragraph_status, ParagraphStatus};
pub use records::{
    BodyStatutory, DecisionAccess, LeadPartner, PartnerArrangement, PartnerSignOff,
    RegisteredInterest, ReportContent, ReportRecipient, SafeguardingPartner, YearlyReport,
};
pub use rules::ANNUAL_REPORT_CONTENT_MISSING;
pub use rules::ANNUAL_REPORT_RECIPIENT_MISSING;
pub use rules::DECISION_RECORD_INCOMPLETE;
pub use rules::EXEMPT_PARAGRAPH_OUTDATED;
pub use rules::EXEMPT_PARAGRAPH_UNKNOWN;
pub use rules::EXEMPT_PUBLIC_INTEREST_MISSING;
pub use rules::EXEMPT_REVIEW_OVERDUE;
pub use rules::IMPLEMENTED_DURING_CALL_IN;
pub use rules::INTEREST_NOT_REGISTERED;
pub use rules::INTEREST_TOOK_PART;
pub use rules::LEAD_PARTNER_MISSING;
pub use rules::MINUTES_PUBLISHED_LATE;
pub use rules::PAPERS_PUBLISHED_LATE;
pub use rules::PARTNER_SIGN_OFF_MISSING;
pub use rules::YEARLY_REPORT_LATE;
/// Rules of this module, for the catalogue (in the meeting area, and the body duties in
/// the board area), in registry order, and their units.
pub use rules::{RULES, UNITS};

/// Check every body and meeting of a document against the statutory rules, each unit at
/// its stage: per body, its own stage, then each yearly report's, then the references of
/// its records; per meeting, each exemption's stage, the meeting's, each executive or key
/// decision's, then the register's. Linear in the meetings, items, parts, declarations
/// and decisions.
pub(crate) fn check(ix: &Index<'_>, options: &ValidateOptions, out: &mut Report) {
    let run = |at, stage, out: &mut Report| run_statutory(ix, options, at, stage, out);
    for (i, body) in ix.document().bodies.iter().enumerate() {
        run(StatutoryAt::Body(i), Stage::StatutoryBody, out);
        let reports = body
            .statutory
            .as_ref()
            .map_or(0, |s| s.yearly_reports.len());
        for j in 0..reports {
            run(StatutoryAt::YearlyReport(i, j), Stage::StatutoryReport, out);
        }
        references::check(ix, i, body, out);
    }
    for (i, m) in ix.document().meetings.iter().enumerate() {
        let exempt = |(k, e): (usize, bool)| e.then_some(k);
        let items = m.agenda.iter().map(|x| x.exemption.is_some()).enumerate();
        for k in items.filter_map(exempt) {
            run(
                StatutoryAt::Exemption(i, false, k),
                Stage::StatutoryExemption,
                out,
            );
        }
        let parts = m.parts.iter().map(|x| x.exemption.is_some()).enumerate();
        for k in parts.filter_map(exempt) {
            run(
                StatutoryAt::Exemption(i, true, k),
                Stage::StatutoryExemption,
                out,
            );
        }
        run(StatutoryAt::Meeting(i), Stage::StatutoryMeeting, out);
        for (k, item) in m.agenda.iter().enumerate() {
            for (j, dec) in item.decisions.iter().enumerate() {
                if dec.access.as_ref().is_some_and(|a| a.is_executive()) {
                    run(
                        StatutoryAt::Decision(i, k, j),
                        Stage::StatutoryDecision,
                        out,
                    );
                }
            }
        }
        run(StatutoryAt::Meeting(i), Stage::StatutoryRegister, out);
    }
}
