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
}
