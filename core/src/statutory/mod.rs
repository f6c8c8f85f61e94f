//! Statutory duties as rules: what the law asks of a meeting, checked against what its
//! papers record.
//!
//! Groups, one file each: exempt information (Schedule 12A to the Local
//! Government Act 1972: the paragraph, the public interest test, the review date),
//! interests meeting votes (a member with a disclosable pecuniary or prejudicial
//! interest who took part), the clocks (papers out so many clear days before a
//! meeting, minutes out so many working days after it), executive decisions (call-in
//! and the written record, `access`), the register of interests (`register`), yearly
//! reports (`reports`), a safeguarding children partnership's lead partners and their
//! sign-offs (`partners`) and a safeguarding adults board's annual report (`adults`);
//! their records are in `records`. Every rule is silent when the paper does not record
//! its premise: the body's nation, the paragraph, the kind of interest, the publication
//! date, the threshold, the kind of body and the list it checks. The codes of a
//! meeting's duties are in the meeting area (their findings are under `/meetings/`, but
//! for a yearly report, under `/bodies/`, and an action closed during call-in, under
//! `/actions/`); the duties of a partnership as a body are in the board area (under
//! `/bodies/`). The statute behind each is in [`crate::citation`].

use crate::board::{Body, LawNation};
use crate::index::Index;
use crate::meeting::Meeting;
use crate::validate::{rule, Report, Rule, ValidateOptions};

mod access;
mod adults;
mod clocks;
mod exempt;
mod interests;
mod partners;
mod records;
mod references;
mod register;
mod reports;

pub use exempt::{paragraph_status, ParagraphStatus};
pub use records::{
    BodyStatutory, DecisionAccess, LeadPartner, PartnerArrangement, PartnerSignOff,
    RegisteredInterest, ReportContent, ReportRecipient, SafeguardingPartner, YearlyReport,
};

rule!(EXEMPT_PARAGRAPH_UNKNOWN, "meeting.exempt_paragraph_unknown", Error,
    "The Schedule 12A paragraph recorded for an exempt item or closed part does not exist in the body's nation on the meeting's date (England numbers 1 to 7, Wales 12 to 18); silent unless the body's nation is recorded.");
rule!(EXEMPT_PARAGRAPH_OUTDATED, "meeting.exempt_paragraph_outdated", Warning,
    "An English meeting held on or after 1 March 2006 cites a Schedule 12A paragraph (8 to 15) of the list that was replaced that day; silent unless the body's nation is recorded.");
rule!(EXEMPT_PUBLIC_INTEREST_MISSING, "meeting.exempt_public_interest_missing", Warning,
    "Information is exempt only while the public interest in keeping it private outweighs the public interest in disclosing it, but no public-interest statement is recorded for the exempt item or closed part; silent unless the body's nation and the paragraph are recorded.");
rule!(
    EXEMPT_REVIEW_OVERDUE,
    "meeting.exempt_review_overdue",
    Warning,
    "The date by which an exemption was to be reviewed has passed (silent without an as-of date)."
);
rule!(INTEREST_TOOK_PART, "meeting.interest_took_part", Error,
    "A member who declared a disclosable pecuniary or prejudicial interest in an item took part in it (took part, proposed or seconded) without a recorded dispensation and without leaving the room; silent unless the kind of interest is recorded.");
rule!(PAPERS_PUBLISHED_LATE, "meeting.papers_published_late", Warning,
    "A meeting's papers were published fewer clear working days before it than the body's constitution asks (five for a council committee or health and wellbeing board that sets none); silent unless the publication date and the body's nation are recorded.");
rule!(MINUTES_PUBLISHED_LATE, "meeting.minutes_published_late", Warning,
    "A meeting's minutes were published more working days after it than the body's constitution allows; silent unless the constitution sets the number, and the publication date and the body's nation are recorded.");
rule!(IMPLEMENTED_DURING_CALL_IN, "meeting.implemented_during_call_in", Warning,
    "A key decision, or an action it created, was put into effect before its call-in period (the working days after the decision notice was published that the body's constitution sets, five where it sets none) had ended, and the decision is not recorded as exempt from call-in; silent unless the decision is marked key, and the notice's date, a date of implementation and the body's nation are recorded.");
rule!(DECISION_RECORD_INCOMPLETE, "meeting.decision_record_incomplete", Warning,
    "The written record of an executive or key decision lacks one of the elements the law asks for (the date, the decision, the reasons, the alternatives considered and rejected, whether a conflict of interest was declared, and for a conflict whether a dispensation was granted): a finding per element; silent unless the decision is marked executive or key.");
rule!(INTEREST_NOT_REGISTERED, "meeting.interest_not_registered", Warning,
    "A member declared an interest at a meeting, but the body's register of interests shows no entry of theirs registered within 28 days after the meeting and in force on its day; silent unless the document holds the body's register, and for an interest recorded as one the code does not ask to be registered.");
rule!(YEARLY_REPORT_LATE, "meeting.yearly_report_late", Warning,
    "A body's yearly report was published more than twelve months after the one before it, or (as of the day asked) more than twelve months have passed since its latest; silent unless the document lists the body's yearly reports with the days they were published.");
rule!(LEAD_PARTNER_MISSING, "board.lead_partner_missing", Warning,
    "A safeguarding children partnership records its lead safeguarding partners but not one of the three the law names (the local authority, the integrated care board, the chief officer of police): a finding per partner missing; silent unless the body is a safeguarding children partnership that records its lead partners.");
rule!(PARTNER_SIGN_OFF_MISSING, "board.partner_sign_off_missing", Warning,
    "A safeguarding children partnership's yearly report, funding arrangement or independent scrutiny arrangement records the lead partners' sign-offs but lacks one partner's: a finding per partner missing; silent unless the body is a safeguarding children partnership and the item records sign-offs.");
rule!(ANNUAL_REPORT_CONTENT_MISSING, "board.annual_report_content_missing", Warning,
    "A safeguarding adults board's annual report records which of the seven contents the Care Act asks for it covers, and one is missing: a finding per content; silent unless the body is a safeguarding adults board and the report records its contents.");
rule!(ANNUAL_REPORT_RECIPIENT_MISSING, "board.annual_report_recipient_missing", Warning,
    "A safeguarding adults board's annual report records whom it was sent to, and one of those the Care Act names is missing (the local authority's chief executive and leader, the local policing body, the Local Healthwatch organisation, the health and wellbeing board's chair): a finding per recipient; silent unless the body is a safeguarding adults board and the report records its distribution.");

/// Rules of this module, for the catalogue (in the meeting area, and the body duties in
/// the board area).
pub const RULES: &[&Rule] = &[
    &EXEMPT_PARAGRAPH_UNKNOWN,
    &EXEMPT_PARAGRAPH_OUTDATED,
    &EXEMPT_PUBLIC_INTEREST_MISSING,
    &EXEMPT_REVIEW_OVERDUE,
    &INTEREST_TOOK_PART,
    &PAPERS_PUBLISHED_LATE,
    &MINUTES_PUBLISHED_LATE,
    &IMPLEMENTED_DURING_CALL_IN,
    &DECISION_RECORD_INCOMPLETE,
    &INTEREST_NOT_REGISTERED,
    &YEARLY_REPORT_LATE,
    &LEAD_PARTNER_MISSING,
    &PARTNER_SIGN_OFF_MISSING,
    &ANNUAL_REPORT_CONTENT_MISSING,
    &ANNUAL_REPORT_RECIPIENT_MISSING,
];

/// One meeting under check: the document's index, the meeting, its body and path.
struct Ctx<'a, 'b> {
    ix: &'b Index<'a>,
    m: &'a Meeting,
    body: Option<&'a Body>,
    base: String,
    options: &'b ValidateOptions,
}

impl Ctx<'_, '_> {
    /// The nation of the meeting's body, when its constitution records it.
    fn nation(&self) -> Option<LawNation> {
        self.body?.constitution.as_ref()?.nation
    }
}

/// Check every meeting of a document against the statutory rules: linear in its
/// meetings, items, parts, declarations and decisions.
pub(crate) fn check(ix: &Index<'_>, options: &ValidateOptions, out: &mut Report) {
    for (i, body) in ix.document().bodies.iter().enumerate() {
        reports::check(i, body, options, out);
        partners::check(i, body, out);
        adults::check(i, body, out);
        references::check(ix, i, body, out);
    }
    for (i, m) in ix.meetings.iter().enumerate() {
        let cx = Ctx {
            ix,
            m,
            body: ix.body(&m.body),
            base: format!("/meetings/{i}"),
            options,
        };
        exempt::check(&cx, out);
        interests::check(&cx, out);
        clocks::check(&cx, out);
        access::check(&cx, out);
        register::check(&cx, out);
    }
}

/// A count with its unit, singular for one ("1 day", "4 clear working days").
fn days(n: i64, unit: &str) -> String {
    if n == 1 {
        format!("{n} {unit}")
    } else {
        format!("{n} {unit}s")
    }
}
