//! The records the statutory duties read, kept apart from the rules so that a record
//! type imports nothing but dates: a decision's access-to-information facts (executive
//! or key, the notice, call-in, the elements of its written record).

use crate::date::Date;
use serde::{Deserialize, Serialize};

fn is_false(b: &bool) -> bool {
    !*b
}

/// What the access-to-information rules for executive decisions ask a decision to
/// record (schema version 5): whether it is an executive or key decision, when its
/// decision notice was published and when it was implemented, whether it is exempt
/// from call-in, and the elements of its written record.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DecisionAccess {
    /// An executive decision: its written record must hold the elements below.
    #[serde(default, skip_serializing_if = "is_false")]
    pub executive: bool,
    /// A key decision (an executive decision of significant cost or effect): subject to
    /// call-in as well.
    #[serde(default, skip_serializing_if = "is_false")]
    pub key: bool,
    /// The day the decision was made, when the record states it (else the meeting's
    /// date stands for it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decided_on: Option<Date>,
    /// The day the decision notice was published (the call-in period runs from it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notice_published: Option<Date>,
    /// The day the decision was put into effect, where recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub implemented_on: Option<Date>,
    /// The decision is exempt from call-in (taken as urgent under the constitution).
    #[serde(default, skip_serializing_if = "is_false")]
    pub call_in_exempt: bool,
    /// The reasons for the decision, as recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reasons: Option<String>,
    /// The alternative options considered and rejected, as recorded ("None" is a record).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alternatives_rejected: Option<String>,
    /// Whether a member of the decision-making body declared a conflict of interest in
    /// the matter (absent: the record does not say).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conflict_declared: Option<bool>,
    /// For a declared conflict, whether a dispensation was granted (absent: the record
    /// does not say).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dispensation_granted: Option<bool>,
}

impl DecisionAccess {
    /// An executive or key decision: the premise of the access-to-information rules.
    pub fn is_executive(&self) -> bool {
        self.executive || self.key
    }
}

/// What a body keeps for the statutory duties (schema version 5): its register of
/// interests and its yearly reports, where the document holds them.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BodyStatutory {
    /// The body's register of members' interests; absent when the document does not
    /// hold it (an empty list is a register with no entries).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interests_register: Option<Vec<RegisteredInterest>>,
    /// The body's yearly (annual) reports, where the document lists them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub yearly_reports: Vec<YearlyReport>,
    /// A safeguarding children partnership's lead safeguarding partners (schema
    /// version 7): the local authority, the integrated care board and the chief officer
    /// of police, where the document records them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub lead_partners: Vec<LeadPartner>,
    /// The partnership's funding arrangements (its budget), each with the partners'
    /// sign-offs (schema version 7).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub funding_arrangements: Vec<PartnerArrangement>,
    /// The partnership's independent scrutiny arrangements, each with the partners'
    /// sign-offs (schema version 7).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub scrutiny_arrangements: Vec<PartnerArrangement>,
}

/// One of the three lead safeguarding partners of a safeguarding children partnership
/// (Children Act 2004, section 16E).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SafeguardingPartner {
    /// The local authority.
    LocalAuthority,
    /// The integrated care board.
    IntegratedCareBoard,
    /// The chief officer of police.
    ChiefOfficerOfPolice,
}

impl SafeguardingPartner {
    /// The three partners, in the order the law names them.
    pub const ALL: [SafeguardingPartner; 3] = [
        SafeguardingPartner::LocalAuthority,
        SafeguardingPartner::IntegratedCareBoard,
        SafeguardingPartner::ChiefOfficerOfPolice,
    ];

    /// The partner in plain English ("the integrated care board").
    pub fn label(self) -> &'static str {
        match self {
            SafeguardingPartner::LocalAuthority => "the local authority",
            SafeguardingPartner::IntegratedCareBoard => "the integrated care board",
            SafeguardingPartner::ChiefOfficerOfPolice => "the chief officer of police",
        }
    }

    /// The word the document writes for it (`integrated_care_board`).
    pub fn word(self) -> &'static str {
        match self {
            SafeguardingPartner::LocalAuthority => "local_authority",
            SafeguardingPartner::IntegratedCareBoard => "integrated_care_board",
            SafeguardingPartner::ChiefOfficerOfPolice => "chief_officer_of_police",
        }
    }
}

/// A lead safeguarding partner as the partnership records it.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LeadPartner {
    /// Which of the three partners this is.
    pub partner: SafeguardingPartner,
    /// The partner organisation (an organisation id), where recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organisation: Option<crate::Id>,
    /// The lead representative (a person id: the chief executive, the accountable
    /// officer, the chief officer of police), where recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lead: Option<crate::Id>,
    /// The delegated safeguarding partners the lead has named (person ids).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub delegates: Vec<crate::Id>,
}

/// A lead partner's sign-off of a yearly report or an arrangement.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PartnerSignOff {
    /// The partner who signed it off.
    pub partner: SafeguardingPartner,
    /// The day it was signed off, where recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub on: Option<Date>,
    /// Who signed it off for the partner (a person id), where recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by: Option<crate::Id>,
}

/// An arrangement the lead partners agree together (the funding of the partnership,
/// its independent scrutiny), for a period, with their sign-offs.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PartnerArrangement {
    /// The first day the arrangement covers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period_from: Option<Date>,
    /// The last day the arrangement covers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period_to: Option<Date>,
    /// The lead partners' sign-offs; empty when the paper does not record them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub partner_sign_offs: Vec<PartnerSignOff>,
}

/// One of the contents the Care Act 2014 (Schedule 2, paragraph 4(1)) asks of a
/// safeguarding adults board's annual report.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReportContent {
    /// (a) What the board did in the year to achieve its objective.
    Objective,
    /// (b) What it did to implement its strategy.
    Strategy,
    /// (c) What each member did to implement the strategy.
    MembersContribution,
    /// (d) The findings of the safeguarding adults reviews concluded in the year.
    ConcludedReviews,
    /// (e) The reviews ongoing at the end of the year.
    OngoingReviews,
    /// (f) What it did to implement the findings of reviews.
    FindingsImplemented,
    /// (g) The reasons for any decision not to implement a finding.
    FindingsNotImplemented,
}

impl ReportContent {
    /// The seven contents, in the order of the Schedule.
    pub const ALL: [ReportContent; 7] = [
        ReportContent::Objective,
        ReportContent::Strategy,
        ReportContent::MembersContribution,
        ReportContent::ConcludedReviews,
        ReportContent::OngoingReviews,
        ReportContent::FindingsImplemented,
        ReportContent::FindingsNotImplemented,
    ];

    /// The content in plain English, with its word in the document.
    pub fn label(self) -> (&'static str, &'static str) {
        match self {
            ReportContent::Objective => (
                "what the board did during the year to achieve its objective",
                "objective",
            ),
            ReportContent::Strategy => (
                "what the board did during the year to implement its strategy",
                "strategy",
            ),
            ReportContent::MembersContribution => (
                "what each member did during the year to implement the strategy",
                "members_contribution",
            ),
            ReportContent::ConcludedReviews => (
                "the findings of the safeguarding adults reviews concluded during the year",
                "concluded_reviews",
            ),
            ReportContent::OngoingReviews => (
                "the safeguarding adults reviews still ongoing at the end of the year",
                "ongoing_reviews",
            ),
            ReportContent::FindingsImplemented => (
                "what the board did to implement the findings of reviews",
                "findings_implemented",
            ),
            ReportContent::FindingsNotImplemented => (
                "the reasons for any decision not to implement a finding of a review",
                "findings_not_implemented",
            ),
        }
    }
}

/// One of those the Care Act 2014 (Schedule 2, paragraph 4(2)) asks a safeguarding
/// adults board to send its annual report to.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReportRecipient {
    /// The chief executive of the local authority that set up the board.
    LocalAuthorityChiefExecutive,
    /// The leader of that local authority.
    LocalAuthorityLeader,
    /// The local policing body (the police and crime commissioner) for the area.
    LocalPolicingBody,
    /// The Local Healthwatch organisation for the area.
    LocalHealthwatch,
    /// The chair of the area's health and wellbeing board.
    HealthAndWellbeingBoardChair,
}

impl ReportRecipient {
    /// The recipients, in the order of the Schedule.
    pub const ALL: [ReportRecipient; 5] = [
        ReportRecipient::LocalAuthorityChiefExecutive,
        ReportRecipient::LocalAuthorityLeader,
        ReportRecipient::LocalPolicingBody,
        ReportRecipient::LocalHealthwatch,
        ReportRecipient::HealthAndWellbeingBoardChair,
    ];

    /// The recipient in plain English, with its word in the document.
    pub fn label(self) -> (&'static str, &'static str) {
        match self {
            ReportRecipient::LocalAuthorityChiefExecutive => (
                "the chief executive of the local authority",
                "local_authority_chief_executive",
            ),
            ReportRecipient::LocalAuthorityLeader => (
                "the leader of the local authority",
                "local_authority_leader",
            ),
            ReportRecipient::LocalPolicingBody => {
                ("the local policing body", "local_policing_body")
            }
            ReportRecipient::LocalHealthwatch => {
                ("the Local Healthwatch organisation", "local_healthwatch")
            }
            ReportRecipient::HealthAndWellbeingBoardChair => (
                "the chair of the health and wellbeing board",
                "health_and_wellbeing_board_chair",
            ),
        }
    }
}

/// One entry of a register of interests.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegisteredInterest {
    /// Whose interest it is (a person id).
    pub person: crate::Id,
    /// The interest as registered (an employment, a property, a membership).
    pub interest: String,
    /// Its nature, where the register says it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nature: Option<String>,
    /// The day the entry was registered (from then the register shows it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<Date>,
    /// The day the interest ended, where it has.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<Date>,
}

/// One yearly (annual) report of a body.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct YearlyReport {
    /// The first day of the period it reports on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period_from: Option<Date>,
    /// The last day of the period it reports on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period_to: Option<Date>,
    /// The day it was published.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<Date>,
    /// Who signed it off (person ids).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub signed_off_by: Vec<crate::Id>,
    /// A safeguarding children partnership's report: the lead partners' sign-offs
    /// (schema version 7); empty when the paper does not record them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub partner_sign_offs: Vec<PartnerSignOff>,
    /// A safeguarding adults board's report: which of the contents the Care Act asks
    /// for it covers (schema version 7); empty when the paper does not record them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub contents: Vec<ReportContent>,
    /// A safeguarding adults board's report: whom it was sent to (schema version 7);
    /// empty when the paper does not record its distribution.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sent_to: Vec<ReportRecipient>,
}
