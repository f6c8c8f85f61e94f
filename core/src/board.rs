//! Bodies (boards, executives, sub-groups), partner organisations, people, membership
//! and constitutions.

use crate::date::Date;
use crate::{Extensions, Id};

mod history;
mod membership;
mod membership_rules;
mod nation;
mod profile;
mod roll;
pub mod rules;
use crate::finding::Rule;
pub use history::*;
pub use membership::*;
pub use nation::LawNation;
pub use profile::*;
pub(crate) use roll::Headcount;
pub use roll::VotingRoll;
pub(crate) use rules::duplicate_id::duplicate_ids;

// The units' rules at their public paths.
/// Two records share one id.
pub const DUPLICATE_ID: Rule = rules::duplicate_id::DUPLICATE_ID;
/// A reference to an id that does not exist.
pub const UNKNOWN_REFERENCE: Rule = rules::unknown_reference::UNKNOWN_REFERENCE;
/// Reporting lines form a cycle.
pub const REPORTING_CYCLE: Rule = rules::reporting_cycle::REPORTING_CYCLE;
/// A body names the same body twice in its reporting lines.
pub const DUPLICATE_REPORTS_TO: Rule = rules::duplicate_reports_to::DUPLICATE_REPORTS_TO;
/// A person holds two memberships of one body at once.
pub const DUPLICATE_MEMBER: Rule = rules::duplicate_member::DUPLICATE_MEMBER;
/// A lead member recorded as voting.
pub const OBSERVER_VOTING: Rule = rules::observer_voting::OBSERVER_VOTING;
/// Initials shared by two people.
pub const AMBIGUOUS_INITIALS: Rule = rules::ambiguous_initials::AMBIGUOUS_INITIALS;
/// The unit's rule at its public path: two dated entries of a body's history cover the
/// same day, or one ends before it starts.
pub const HISTORY_DATES_CONFLICT: Rule = rules::history_dates_conflict::HISTORY_DATES_CONFLICT;
/// A membership ends before it starts.
pub const MEMBERSHIP_ENDS_BEFORE_START: Rule =
    rules::membership_ends_before_start::MEMBERSHIP_ENDS_BEFORE_START;
/// A seat held by more people than it allows.
pub const SEAT_OVERFILLED: Rule = rules::seat_overfilled::SEAT_OVERFILLED;
/// A rule setting or acknowledgement names a code that is not a rule.
pub const UNKNOWN_RULE_CODE: Rule = rules::unknown_rule_code::UNKNOWN_RULE_CODE;
/// An acknowledgement that matches no finding.
pub const ACKNOWLEDGEMENT_UNUSED: Rule = rules::acknowledgement_unused::ACKNOWLEDGEMENT_UNUSED;
/// Every rule of the area, in catalogue order (all units).
pub const RULES: &[&Rule] = rules::RULES;
use serde::{Deserialize, Serialize};

fn yes() -> bool {
    true
}
fn is_true(b: &bool) -> bool {
    *b
}
fn is_false(b: &bool) -> bool {
    !*b
}

/// The kind of a governance body.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BodyKind {
    /// A board (LSCB, SAB, improvement board).
    Board,
    /// An executive group.
    Executive,
    /// A standing sub-group of a board.
    SubGroup,
    /// A time-limited task-and-finish group.
    TaskAndFinishGroup,
    /// A joint board or group of two or more boards.
    JointBoard,
    /// A safeguarding children partnership (Children and Social Work Act 2017): the three
    /// statutory safeguarding partners, delegated partners and relevant agencies.
    SafeguardingChildrenPartnership,
    /// A safeguarding adults board (Care Act 2014).
    SafeguardingAdultsBoard,
    /// A community safety partnership (Crime and Disorder Act 1998).
    CommunitySafetyPartnership,
    /// A health and wellbeing board (a council committee, Health and Social Care Act 2012).
    HealthAndWellbeingBoard,
    /// A council committee (overview and scrutiny, a forum) that takes decisions about a
    /// board or owns a register.
    CouncilCommittee,
    /// A council's cabinet or executive.
    Cabinet,
    /// A council itself (the full council, or the council as the owner of its own
    /// strategic risk register or plan).
    Council,
}

/// What kind of agency an organisation is.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Sector {
    /// A council.
    LocalAuthority,
    /// A police force.
    Police,
    /// A health body: CCG/ICB, hospital trust, partnership trust, NHS England.
    Health,
    /// The National Probation Service.
    Probation,
    /// A Community Rehabilitation Company.
    Crc,
    /// CAFCASS.
    Cafcass,
    /// A school or schools' representative.
    School,
    /// A further-education college.
    College,
    /// A voluntary or community sector organisation.
    Voluntary,
    /// Anything else (ambulance service, fire, housing...).
    Other,
}

/// A partner agency.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Organisation {
    /// Host id.
    pub id: Id,
    /// Name as the board writes it.
    pub name: String,
    /// Kind of agency.
    pub sector: Sector,
    /// One of the three statutory safeguarding partners (local authority, health, police).
    #[serde(default, skip_serializing_if = "is_false")]
    pub statutory_partner: bool,
    /// Host data kept through a round trip.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

/// A person who appears in the records (members, deputies, officers, guests).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Person {
    /// Host id.
    pub id: Id,
    /// Full name, where the paper gives it (a year grid gives initials only).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name: String,
    /// Initials as minutes write them (CT, ASp, SCh).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub initials: Option<String>,
    /// Other ways papers write this person: another spelling of the name ("Joanne
    /// Pellow" for "Joanne Pellowe"), a shortened name ("Joanne P."), other initials
    /// ("SGe"). A reference by name or by initials matches these exactly, as it matches
    /// `name` and `initials`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// Post or job title. A person the paper names only by office (a decision maker
    /// "the Director of Children's Services") is recorded by it, with no name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub post: Option<String>,
    /// Further offices the paper names the person by, each as written, when it names
    /// them by more than one ("Strategic Director for People, Director of Children's
    /// Services and Director of Adult Social Services"): the first in `post`, the rest here.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub offices: Vec<String>,
    /// The organisation the person works for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organisation: Option<Id>,
    /// Host data kept through a round trip.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

impl Person {
    /// The forms an initials reference matches: the initials, then the aliases.
    pub fn initial_forms(&self) -> impl Iterator<Item = &str> {
        self.initials
            .as_deref()
            .into_iter()
            .chain(self.aliases.iter().map(String::as_str))
    }

    /// The forms a name reference matches: the name (when given), the aliases, then the
    /// offices (`post` and `offices`), so a paper that names someone only by office ("the
    /// Strategic Director for Place") refers to them without an invented name.
    pub fn name_forms(&self) -> impl Iterator<Item = &str> {
        Some(self.name.as_str())
            .filter(|n| !n.is_empty())
            .into_iter()
            .chain(self.aliases.iter().map(String::as_str))
            .chain(self.post.as_deref().filter(|o| !o.trim().is_empty()))
            .chain(self.offices.iter().map(String::as_str))
    }
}

/// The category a member sits in.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MemberCategory {
    /// A statutory member.
    Statutory,
    /// A co-opted member.
    CoOpted,
    /// A participant or adviser (board manager, legal adviser, lead member).
    ParticipantAdviser,
}

/// A special role on the body. The independent chair, lay members, the lead member, the
/// independent scrutineer and observers attend in their own right: no deputies.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SpecialRole {
    /// The independent chair.
    IndependentChair,
    /// A lay member (a member of the public).
    LayMember,
    /// The lead member: a councillor who is a participating observer (speaks, does not decide).
    LeadMember,
    /// A chair who is not independent (elected by the body, or in rotation); see
    /// `Member.appointment`.
    Chair,
    /// One of two or more co-chairs.
    CoChair,
    /// The vice-chair.
    ViceChair,
    /// The independent scrutineer of safeguarding arrangements (Working Together 2018).
    IndependentScrutineer,
    /// An observer (speaks, does not decide).
    Observer,
    /// An adviser to the body (legal, medical, designated professional).
    Adviser,
    /// The board manager or business manager.
    BoardManager,
    /// The minute-taker or clerk.
    MinuteTaker,
}

impl SpecialRole {
    /// Roles whose holders attend in their own right and never send a deputy.
    pub fn own_right(self) -> bool {
        matches!(
            self,
            SpecialRole::IndependentChair
                | SpecialRole::LayMember
                | SpecialRole::LeadMember
                | SpecialRole::IndependentScrutineer
                | SpecialRole::Observer
        )
    }

    /// Roles that never take part in decisions.
    pub fn observes(self) -> bool {
        matches!(
            self,
            SpecialRole::LeadMember | SpecialRole::Observer | SpecialRole::IndependentScrutineer
        )
    }

    /// Roles that chair the body.
    pub fn chairs(self) -> bool {
        matches!(
            self,
            SpecialRole::IndependentChair | SpecialRole::Chair | SpecialRole::CoChair
        )
    }
}

/// A seat on the body held by a person.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Member {
    /// The person.
    pub person: Id,
    /// The organisation the member sits for (none for lay members and the chair).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organisation: Option<Id>,
    /// Membership category (statutory, co-opted, participant or adviser); absent when
    /// the paper does not say. No rule needs it today; a rule that did would stay silent
    /// for a member without one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<MemberCategory>,
    /// A special role, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<SpecialRole>,
    /// Whether the member takes part in decisions (counts towards a decision quorum).
    /// Defaults to true, except that a lead member is always a non-voting observer.
    #[serde(default = "yes", skip_serializing_if = "is_true")]
    pub voting: bool,
    /// Whether the member may send a deputy. Ignored (always false) for the roles that
    /// attend in their own right.
    #[serde(default = "yes", skip_serializing_if = "is_true")]
    pub may_send_deputy: bool,
    /// How a chair or vice-chair came to the role (independent, elected, rotating).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub appointment: Option<Appointment>,
    /// First day of the membership, where recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<Date>,
    /// Last day of the membership, where recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<Date>,
    /// The named seat held (`Body.named_seats`), for a seat that changes hands or is shared.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seat: Option<Id>,
    /// The meeting at which the membership (or the change of hands) was recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recorded_at: Option<Id>,
    /// Host data kept through a round trip.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

impl Member {
    /// Whether the member counts towards a decision quorum.
    pub fn counts_for_quorum(&self) -> bool {
        self.voting && !self.role.is_some_and(SpecialRole::observes)
    }

    /// Whether a deputy may attend for this member.
    pub fn deputisable(&self) -> bool {
        self.may_send_deputy && !self.role.is_some_and(SpecialRole::own_right)
    }

    /// Whether the membership covers a day (no dates recorded: always).
    pub fn current_on(&self, day: Date) -> bool {
        self.from.is_none_or(|f| f <= day) && self.until.is_none_or(|u| day <= u)
    }
}

/// The number of seats an organisation has on the body.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeatAllocation {
    /// The organisation.
    pub organisation: Id,
    /// Number of seats.
    pub seats: u32,
}

/// A named group that can own actions ("All partners", "LSCB Office").
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Group {
    /// Id used in action owners.
    pub id: Id,
    /// Name as minutes write it.
    pub name: String,
    /// People in the group, where known.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub people: Vec<Id>,
}

/// A standing item of the agenda template.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StandingItem {
    /// Welcome, introductions and apologies.
    WelcomeAndApologies,
    /// Declarations of interest.
    DeclarationsOfInterest,
    /// Minutes of the last meeting.
    PreviousMinutes,
    /// Matters arising from the last meeting.
    MattersArising,
    /// Any other business.
    AnyOtherBusiness,
    /// Date of the next meeting.
    DateOfNextMeeting,
}

/// The body's quorum rule. A meeting is quorate when every part that is set holds.
///
/// Counted: voting members present in person, plus deputies attending for a voting
/// member who may send one. Observers (the lead member, non-voting members) never count.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Quorum {
    /// At least this many voting members (or their deputies) present.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_voting_members: Option<u32>,
    /// At least this percentage of the body's voting members present (e.g. 50 for half).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_voting_percent: Option<u32>,
    /// Each statutory partner organisation represented by at least one member or deputy.
    #[serde(default, skip_serializing_if = "is_false")]
    pub each_statutory_partner: bool,
}

/// The constitution of a body: quorum, agenda template and rule profile.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Constitution {
    /// The quorum rule.
    #[serde(default)]
    pub quorum: Quorum,
    /// Standing items every meeting's agenda should have ("to prevent delay and drift").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub standing_items: Vec<StandingItem>,
    /// Thresholds the constitution sets in place of boardkit's defaults.
    #[serde(default, skip_serializing_if = "Thresholds::is_empty")]
    pub thresholds: Thresholds,
    /// Rules whose severity the body overrides or which it switches off, with a reason.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rule_settings: Vec<RuleSetting>,
    /// Findings the body has acknowledged (a known anomaly it has agreed to keep).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub acknowledgements: Vec<Acknowledgement>,
    /// The nation whose law governs the body's meetings, where recorded (schema
    /// version 5): it picks the Schedule 12A numbering and the bank holidays.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nation: Option<LawNation>,
}

/// A governance body: a board, executive, sub-group, task-and-finish group or joint board.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Body {
    /// Host id.
    pub id: Id,
    /// Name.
    pub name: String,
    /// Kind of body.
    pub kind: BodyKind,
    /// The bodies this one reports to (a joint group may report to two boards).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reports_to: Vec<Id>,
    /// Membership.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub members: Vec<Member>,
    /// Seats per organisation.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub seats: Vec<SeatAllocation>,
    /// Named seats: a seat that changes hands, is shared by two people, or is vacant.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub named_seats: Vec<Seat>,
    /// Named groups that may own actions.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub groups: Vec<Group>,
    /// Constitution, if recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub constitution: Option<Constitution>,
    /// Other names and kinds the body has borne, each with the dates it was in force
    /// where the paper gives them: a board that became a partnership ("Barnet LSCB"
    /// until 28 September 2019, a safeguarding children partnership from the next
    /// day). `name` and `kind` hold on every day no dated entry covers; see
    /// [`Body::name_on`] and [`Body::kind_on`].
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub history: Vec<BodyStage>,
    /// What the body keeps for the statutory duties (its register of interests), where
    /// recorded (schema version 5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub statutory: Option<crate::statutory::BodyStatutory>,
    /// Host data kept through a round trip.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

impl Body {
    /// The entry of `history` in force on a day: the first whose dates cover it (an
    /// entry with no dates covers no day). `None`: `name` and `kind` are in force.
    pub fn stage_on(&self, day: Date) -> Option<&BodyStage> {
        self.history.iter().find(|s| s.covers(day))
    }

    /// The name in force on a day (the name papers of that day use).
    pub fn name_on(&self, day: Date) -> &str {
        self.stage_on(day)
            .map_or(self.name.as_str(), |s| s.name.as_str())
    }

    /// The kind in force on a day (an entry without a kind keeps the body's `kind`).
    pub fn kind_on(&self, day: Date) -> BodyKind {
        self.stage_on(day).and_then(|s| s.kind).unwrap_or(self.kind)
    }

    /// The membership entry of a person, if they are a member.
    pub fn member(&self, person: &str) -> Option<&Member> {
        self.members.iter().find(|m| m.person == person)
    }

    /// The chair: the independent chair if the body has one, else the (elected or
    /// rotating) chair, else the first co-chair.
    pub fn chair(&self) -> Option<&Member> {
        [
            SpecialRole::IndependentChair,
            SpecialRole::Chair,
            SpecialRole::CoChair,
        ]
        .iter()
        .find_map(|r| self.members.iter().find(|m| m.role == Some(*r)))
    }
}
