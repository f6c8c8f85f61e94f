//! Bodies (boards, executives, sub-groups), partner organisations, people, membership
//! and constitutions.

use crate::date::Date;
use crate::validate::{Report, Rule, Severity};
use crate::{Extensions, Id};

mod membership;
mod nation;
mod profile;
mod roll;
pub use membership::*;
pub use nation::LawNation;
pub use profile::*;
pub(crate) use roll::Headcount;
pub use roll::VotingRoll;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

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
    /// Post or job title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub post: Option<String>,
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

    /// The forms a name reference matches: the name (when given), then the aliases.
    pub fn name_forms(&self) -> impl Iterator<Item = &str> {
        Some(self.name.as_str())
            .filter(|n| !n.is_empty())
            .into_iter()
            .chain(self.aliases.iter().map(String::as_str))
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
    /// Membership category.
    pub category: MemberCategory,
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
    /// What the body keeps for the statutory duties (its register of interests), where
    /// recorded (schema version 5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub statutory: Option<crate::statutory::BodyStatutory>,
    /// Host data kept through a round trip.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

impl Body {
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

/// Two records share one id.
pub const DUPLICATE_ID: Rule = Rule {
    code: "board.duplicate_id",
    severity: Severity::Error,
    summary: "Two records of the same kind (people, organisations, bodies, meetings...) share one id, so references to it are ambiguous.",
};
/// A reference to an id that does not exist.
pub const UNKNOWN_REFERENCE: Rule = Rule {
    code: "board.unknown_reference",
    severity: Severity::Error,
    summary: "A field refers by id to a person, organisation, body or meeting that the document does not contain.",
};
/// Reporting lines form a cycle.
pub const REPORTING_CYCLE: Rule = Rule {
    code: "board.reporting_cycle",
    severity: Severity::Error,
    summary: "Reporting lines between bodies form a cycle (a body reports, directly or through others, to itself).",
};
/// A person holds two memberships of one body at once.
pub const DUPLICATE_MEMBER: Rule = Rule {
    code: "board.duplicate_member",
    severity: Severity::Error,
    summary: "A person is listed twice in the membership of one body for overlapping periods (memberships with no dates overlap every other).",
};
/// A lead member recorded as voting.
pub const OBSERVER_VOTING: Rule = Rule {
    code: "board.observer_voting",
    severity: Severity::Warning,
    summary: "The lead member is a participating observer and does not take part in decisions, but is recorded as voting; boardkit treats them as non-voting.",
};
/// Initials shared by two people.
pub const AMBIGUOUS_INITIALS: Rule = Rule {
    code: "board.ambiguous_initials",
    severity: Severity::Warning,
    summary: "Two members of one body have the same initials, so minutes that use them cannot be read unambiguously.",
};

/// A body names the same body twice in its reporting lines.
pub const DUPLICATE_REPORTS_TO: Rule = Rule {
    code: "board.duplicate_reports_to",
    severity: Severity::Warning,
    summary: "A body lists the same body twice in `reports_to`; the second entry adds nothing and may hide a mistyped id.",
};

/// Rules of this module, for the catalogue.
pub const RULES: &[&Rule] = &[
    &DUPLICATE_ID,
    &UNKNOWN_REFERENCE,
    &REPORTING_CYCLE,
    &DUPLICATE_REPORTS_TO,
    &DUPLICATE_MEMBER,
    &OBSERVER_VOTING,
    &AMBIGUOUS_INITIALS,
    &MEMBERSHIP_ENDS_BEFORE_START,
    &SEAT_OVERFILLED,
    &UNKNOWN_RULE_CODE,
    &ACKNOWLEDGEMENT_UNUSED,
];

/// Check organisations, people and bodies of a document.
pub(crate) fn check(doc: &crate::index::Index<'_>, out: &mut Report) {
    // Ids are looked up in the index's hash maps (a sorted set of every id was n log n in
    // string comparisons: 13x per 10x bodies in the reporting-chain worst shape).
    let has_person = |id: &str| doc.person(id).is_some();
    let has_org = |id: &str| doc.organisation(id).is_some();

    duplicate_ids(
        doc.organisations.iter().map(|o| o.id.as_str()),
        "/organisations",
        out,
    );
    duplicate_ids(doc.people.iter().map(|p| p.id.as_str()), "/people", out);
    duplicate_ids(doc.bodies.iter().map(|b| b.id.as_str()), "/bodies", out);

    for (i, p) in doc.people.iter().enumerate() {
        if let Some(o) = &p.organisation {
            if !has_org(o) {
                out.push(
                    &UNKNOWN_REFERENCE,
                    format!("/people/{i}/organisation"),
                    "This person's organisation is not in the document's organisations.",
                );
            }
        }
    }

    for (b, body) in doc.bodies.iter().enumerate() {
        let mut named = BTreeSet::new();
        for (r, target) in body.reports_to.iter().enumerate() {
            if !named.insert(target.as_str()) {
                out.push(
                    &DUPLICATE_REPORTS_TO,
                    format!("/bodies/{b}/reports_to/{r}"),
                    "This body already reports to this body (it is listed earlier in reports_to).",
                );
            }
            if doc.body(target).is_none() {
                out.push(
                    &UNKNOWN_REFERENCE,
                    format!("/bodies/{b}/reports_to/{r}"),
                    "This body reports to a body that is not in the document.",
                );
            }
        }
        membership::check_body(doc, b, body, out);
        let mut initials: BTreeMap<String, usize> = BTreeMap::new();
        for (m, member) in body.members.iter().enumerate() {
            let base = format!("/bodies/{b}/members/{m}");
            if !has_person(&member.person) {
                out.push(
                    &UNKNOWN_REFERENCE,
                    format!("{base}/person"),
                    "This member is not in the document's people.",
                );
            }
            if let Some(o) = &member.organisation {
                if !has_org(o) {
                    out.push(
                        &UNKNOWN_REFERENCE,
                        format!("{base}/organisation"),
                        "This member's organisation is not in the document's organisations.",
                    );
                }
            }
            if member.role == Some(SpecialRole::LeadMember) && member.voting {
                out.push(
                    &OBSERVER_VOTING,
                    format!("{base}/voting"),
                    "A lead member is a participating observer; set voting to false.",
                );
            }
            if let Some(ini) = doc
                .person(&member.person)
                .and_then(|p| p.initials.as_deref())
            {
                let key = ini.to_string();
                let same_person = initials
                    .get(&key)
                    .and_then(|f| body.members.get(*f))
                    .is_some_and(|f| f.person == member.person);
                if same_person {
                    // The same person again (a later period of membership).
                } else if let Some(first) = initials.get(&key) {
                    out.push(
                        &AMBIGUOUS_INITIALS,
                        format!("{base}/person"),
                        format!(
                            "This member has the same initials as member {first} of this body."
                        ),
                    );
                } else {
                    initials.insert(key, m);
                }
            }
        }
        for (s, seat) in body.seats.iter().enumerate() {
            if !has_org(&seat.organisation) {
                out.push(
                    &UNKNOWN_REFERENCE,
                    format!("/bodies/{b}/seats/{s}/organisation"),
                    "This seat allocation names an organisation that is not in the document.",
                );
            }
        }
        for (g, group) in body.groups.iter().enumerate() {
            for (k, p) in group.people.iter().enumerate() {
                if !has_person(p) {
                    out.push(
                        &UNKNOWN_REFERENCE,
                        format!("/bodies/{b}/groups/{g}/people/{k}"),
                        "This group lists a person who is not in the document.",
                    );
                }
            }
        }
    }
    reporting_cycles(doc, out);
}

/// Report repeated ids in a list at `base`.
pub(crate) fn duplicate_ids<'a>(ids: impl Iterator<Item = &'a str>, base: &str, out: &mut Report) {
    let mut seen = HashSet::with_capacity(ids.size_hint().0);
    for (i, id) in ids.enumerate() {
        if !seen.insert(id) {
            out.push(
                &DUPLICATE_ID,
                format!("{base}/{i}/id"),
                "This id is already used by an earlier record in the same list.",
            );
        }
    }
}

/// Find cycles in reporting lines; one finding per body that is on a cycle, at its
/// first `reports_to` entry that leads back to it.
///
/// One pass: the strongly connected components of the graph of body ids (Tarjan's
/// algorithm, iterative so a chain of 30,000 bodies needs no deep stack). A body's
/// line leads back to it exactly when the line's target is in the body's component
/// (the body reaches the target, so the target reaches the body only on a cycle).
/// Bodies sharing an id (already an error) pool their lines.
fn reporting_cycles(doc: &crate::BoardDocument, out: &mut Report) {
    let mut node: HashMap<&str, usize> = HashMap::with_capacity(doc.bodies.len());
    for b in &doc.bodies {
        let next = node.len();
        node.entry(b.id.as_str()).or_insert(next);
    }
    let mut edges: Vec<Vec<usize>> = vec![Vec::new(); node.len()];
    for b in &doc.bodies {
        if let Some(&from) = node.get(b.id.as_str()) {
            for t in &b.reports_to {
                if let (Some(&to), Some(list)) = (node.get(t.as_str()), edges.get_mut(from)) {
                    list.push(to);
                }
            }
        }
    }
    let component = strongly_connected(&edges);
    let comp = |id: &str| node.get(id).and_then(|&n| component.get(n)).copied();
    for (b, body) in doc.bodies.iter().enumerate() {
        let Some(own) = comp(body.id.as_str()) else {
            continue;
        };
        let first = body
            .reports_to
            .iter()
            .position(|t| t == &body.id || comp(t.as_str()) == Some(own));
        if let Some(r) = first {
            out.push(
                &REPORTING_CYCLE,
                format!("/bodies/{b}/reports_to/{r}"),
                "Following this reporting line leads back to this body.",
            );
        }
    }
}

/// The strongly connected component of each node of a directed graph (Tarjan's
/// algorithm with an explicit stack), as a component number per node.
pub(crate) fn strongly_connected(edges: &[Vec<usize>]) -> Vec<usize> {
    const UNSEEN: usize = usize::MAX;
    let n = edges.len();
    let mut index = vec![UNSEEN; n];
    let mut low = vec![0usize; n];
    let mut on_stack = vec![false; n];
    let mut component = vec![UNSEEN; n];
    let mut stack: Vec<usize> = Vec::new();
    let (mut next_index, mut next_comp) = (0usize, 0usize);
    // (node, position of the next edge to follow)
    let mut work: Vec<(usize, usize)> = Vec::new();
    for root in 0..n {
        if index.get(root) != Some(&UNSEEN) {
            continue;
        }
        work.push((root, 0));
        while let Some((v, e)) = work.pop() {
            if e == 0 {
                if let (Some(iv), Some(lv), Some(sv)) =
                    (index.get_mut(v), low.get_mut(v), on_stack.get_mut(v))
                {
                    *iv = next_index;
                    *lv = next_index;
                    *sv = true;
                }
                next_index = next_index.saturating_add(1);
                stack.push(v);
            }
            let out = edges.get(v).map(Vec::as_slice).unwrap_or(&[]);
            if let Some(&w) = out.get(e) {
                work.push((v, e.saturating_add(1)));
                let iw = index.get(w).copied().unwrap_or(UNSEEN);
                if iw == UNSEEN {
                    work.push((w, 0));
                } else if on_stack.get(w).copied().unwrap_or(false) {
                    let lv = low.get(v).copied().unwrap_or(0).min(iw);
                    if let Some(x) = low.get_mut(v) {
                        *x = lv;
                    }
                }
                continue;
            }
            // All edges of v followed: close it.
            let (lv, iv) = (
                low.get(v).copied().unwrap_or(0),
                index.get(v).copied().unwrap_or(0),
            );
            if lv == iv {
                while let Some(w) = stack.pop() {
                    if let Some(x) = on_stack.get_mut(w) {
                        *x = false;
                    }
                    if let Some(x) = component.get_mut(w) {
                        *x = next_comp;
                    }
                    if w == v {
                        break;
                    }
                }
                next_comp = next_comp.saturating_add(1);
            }
            if let Some(&(parent, _)) = work.last() {
                let lp = low.get(parent).copied().unwrap_or(0).min(lv);
                if let Some(x) = low.get_mut(parent) {
                    *x = lp;
                }
            }
        }
    }
    component
}
