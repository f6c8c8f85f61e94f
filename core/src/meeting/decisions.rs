//! Decisions under an agenda item, and declarations of interest.

use super::*;
use serde::{Deserialize, Serialize};

/// The kind of a decision.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DecisionKind {
    /// AGREED.
    Agreed,
    /// RESOLVED.
    Resolved,
    /// NOTED (not a decision that needs a quorum).
    Noted,
    /// A "Decision" block or "DECISION 1-3" of a decision-maker.
    Decision,
}

/// A vote where the minutes record one.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Vote {
    /// Votes for.
    #[serde(default)]
    pub r#for: u32,
    /// Votes against.
    #[serde(default)]
    pub against: u32,
    /// Abstentions.
    #[serde(default)]
    pub abstained: u32,
}

/// A decision recorded under an agenda item.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Decision {
    /// Its label as minuted, without brackets: "a", "iv", "3".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub letter: Option<String>,
    /// Minuted in a separate block of its own (a "Decision:" block after the minute
    /// text), numbered apart from the item's other decisions.
    #[serde(default, skip_serializing_if = "is_false")]
    pub separate_block: bool,
    /// Agreed, resolved or noted.
    pub kind: DecisionKind,
    /// The decision text.
    pub text: String,
    /// "Action by" (one person; see `owners` for any other kind or several).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<PersonRef>,
    /// Owners of every kind an action owner has (person, initials, role, group), the lead
    /// first ("Action by: ROLE (I. SURNAME)" then a supporting owner).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub owners: Vec<crate::action::Owner>,
    /// When it is due, in the same forms as an action's due (a date, a month, a quarter,
    /// a run of months, a financial year, days after the meeting, ongoing, regularly, a
    /// future meeting, a meeting, the next meeting, the next meeting of another body).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<crate::action::Due>,
    /// Who proposed it, where minuted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proposer: Option<PersonRef>,
    /// Who seconded it, where minuted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seconder: Option<PersonRef>,
    /// The vote, where minuted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vote: Option<Vote>,
    /// The actions (ids in the action log) the decision created.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub actions: Vec<crate::Id>,
    /// Executive or key decision, call-in and the elements of its written record, where
    /// recorded (schema version 5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access: Option<crate::statutory::DecisionAccess>,
    /// Host data kept through a round trip.
    #[serde(default, skip_serializing_if = "crate::Extensions::is_empty")]
    pub extensions: crate::Extensions,
}

/// A declaration of interest.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Declaration {
    /// Who declared.
    pub person: PersonRef,
    /// The agenda item number it concerns.
    pub item: String,
    /// The nature of the interest.
    pub nature: String,
    /// Whether they left the room for the item.
    #[serde(default)]
    pub left_room: bool,
    /// Whether they took part in the item's decision.
    #[serde(default)]
    pub took_part: bool,
    /// The kind of interest, where the record says it (schema version 5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<InterestKind>,
    /// The member holds a dispensation to take part despite the interest (schema
    /// version 5).
    #[serde(default, skip_serializing_if = "is_false")]
    pub dispensation: bool,
}

/// The kind of a declared interest, in the terms of a members' code of conduct.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InterestKind {
    /// A disclosable pecuniary interest (Localism Act 2011, section 30 and the
    /// regulations under it): the member may not take part without a dispensation.
    DisclosablePecuniary,
    /// Another interest the code asks members to register.
    OtherRegistrable,
    /// An interest the code asks members to declare but not to register.
    NonRegistrable,
    /// A prejudicial interest (a code that keeps the older term, as the Welsh code does):
    /// the member withdraws unless a dispensation is held.
    Prejudicial,
}

impl InterestKind {
    /// True for the kinds that bar the member from taking part without a dispensation.
    pub fn bars_taking_part(self) -> bool {
        matches!(
            self,
            InterestKind::DisclosablePecuniary | InterestKind::Prejudicial
        )
    }
}

/// Declarations of interest at a meeting. `none_declared: true` with no entries is the
/// record "None declared".
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Declarations {
    /// "None declared".
    #[serde(default, skip_serializing_if = "is_false")]
    pub none_declared: bool,
    /// The declarations.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub entries: Vec<Declaration>,
}
