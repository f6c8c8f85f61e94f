//! Meetings: attendance, deputies, quorum, agenda, minutes, decisions, declarations.

use crate::board::{Body, StandingItem, UNKNOWN_REFERENCE};
use crate::date::{Date, Time};
use crate::document::Index;
use crate::validate::{Report, Rule};
use crate::{BoardDocument, Extensions, Id};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

fn is_false(b: &bool) -> bool {
    !*b
}

/// Where a meeting is in its life.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MeetingStatus {
    /// In the diary.
    Scheduled,
    /// Took place; no minutes yet.
    Held,
    /// Minutes drafted, awaiting approval.
    MinutesDrafted,
    /// Minutes agreed as a correct record at a later meeting.
    MinutesApproved,
    /// Minutes published.
    Published,
    /// Did not take place.
    Cancelled,
}

impl MeetingStatus {
    /// True once the meeting has taken place (attendance and quorum then apply).
    pub fn took_place(self) -> bool {
        !matches!(self, MeetingStatus::Scheduled | MeetingStatus::Cancelled)
    }
}

/// How a person was at a meeting.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AttendanceStatus {
    /// A member present in person.
    Present,
    /// Sent apologies.
    Apologies,
    /// Attended as deputy for a member (`deputy_for`): "represented by", "on behalf of".
    Deputy,
    /// Attended but is not a member (officers, guests, presenters).
    InAttendance,
    /// Took the minutes (clerk).
    MinuteTaker,
    /// A member absent without apology.
    Absent,
}

impl AttendanceStatus {
    /// True when the person was in the room.
    pub fn in_room(self) -> bool {
        matches!(
            self,
            AttendanceStatus::Present
                | AttendanceStatus::Deputy
                | AttendanceStatus::InAttendance
                | AttendanceStatus::MinuteTaker
        )
    }
}

/// One person's attendance at one meeting.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Attendance {
    /// The person.
    pub person: Id,
    /// How they attended.
    pub status: AttendanceStatus,
    /// For a deputy: the member (person id) they deputised for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deputy_for: Option<Id>,
    /// Free-text note.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Host data kept through a round trip.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

/// A reference to a person as a record writes it.
///
/// JSON: `{"person": "<id>"}`, `{"initials": "JR"}` (resolved against the meeting's
/// attendance and the body's members) or `{"role": "chair"}`.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PersonRef {
    /// By id.
    Person(Id),
    /// By initials as written in the minutes.
    Initials(String),
    /// By role on the body.
    Role(BodyRole),
}

/// A role on a body that minutes use in place of a name ("The Chair").
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BodyRole {
    /// The chair (the member with the independent-chair role).
    Chair,
}

/// What a [`PersonRef`] resolves to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Resolved {
    /// Exactly one person, by id.
    Person(Id),
    /// Nobody in scope.
    Nobody,
    /// More than one person in scope has these initials.
    Ambiguous(usize),
}

/// A paper tabled for an item ("Paper 3, Appendix 1/2").
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Paper {
    /// Name or number of the paper.
    pub name: String,
    /// Appendices.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub appendices: Vec<String>,
}

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
}

/// A decision recorded under an agenda item.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Decision {
    /// Letter or numeral as minuted: "a", "iv".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub letter: Option<String>,
    /// Agreed, resolved or noted.
    pub kind: DecisionKind,
    /// The decision text.
    pub text: String,
    /// "Action by".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<PersonRef>,
}

/// An agenda item, numbered hierarchically (3, 3.1, 7.1.2) or continuously (253).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AgendaItem {
    /// Item number as minuted.
    pub number: String,
    /// Title.
    pub title: String,
    /// Presenters.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub presenters: Vec<PersonRef>,
    /// Papers.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub papers: Vec<Paper>,
    /// Time allocated, in minutes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minutes_allocated: Option<u32>,
    /// Exempt from the public version of the minutes.
    #[serde(default, skip_serializing_if = "is_false")]
    pub confidential: bool,
    /// Which standing item of the template this is, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub standing: Option<StandingItem>,
    /// Minute text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minutes: Option<String>,
    /// Decisions.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub decisions: Vec<Decision>,
    /// Host data kept through a round trip.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
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

/// A matter arising: the status of an earlier meeting's action, by its ref.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MatterArising {
    /// The action's ref as minuted (3.1, 7.1.2).
    pub action_ref: String,
    /// The action's id, where the host knows it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action: Option<Id>,
    /// The status recorded.
    pub status: crate::action::Status,
    /// Note.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// Approval of an earlier meeting's minutes ("agreed as a correct record").
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MinutesApproval {
    /// The meeting whose minutes were considered.
    pub meeting: Id,
    /// Agreed as a correct record (false: amended or not agreed).
    #[serde(default = "yes", skip_serializing_if = "is_true")]
    pub approved: bool,
    /// Amendments or note.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

fn yes() -> bool {
    true
}
fn is_true(b: &bool) -> bool {
    *b
}

/// The next meeting as announced.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NextMeeting {
    /// Date.
    pub date: Date,
    /// Start time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<Time>,
    /// End time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<Time>,
    /// Venue.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub venue: Option<String>,
    /// The meeting record, if it exists.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meeting: Option<Id>,
}

/// A meeting of a body.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Meeting {
    /// Host id.
    pub id: Id,
    /// The body meeting.
    pub body: Id,
    /// Title.
    pub title: String,
    /// Date.
    pub date: Date,
    /// Start time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<Time>,
    /// End time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<Time>,
    /// Venue.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub venue: Option<String>,
    /// Status.
    pub status: MeetingStatus,
    /// Minutes marked CONFIDENTIAL.
    #[serde(default, skip_serializing_if = "is_false")]
    pub confidential: bool,
    /// Attendance: one entry per person.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attendance: Vec<Attendance>,
    /// Agenda items in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub agenda: Vec<AgendaItem>,
    /// Declarations of interest (absent: not recorded).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub declarations: Option<Declarations>,
    /// Matters arising from earlier meetings' actions.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub matters_arising: Vec<MatterArising>,
    /// Approval of the previous meeting's minutes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous_minutes: Option<MinutesApproval>,
    /// The next meeting.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_meeting: Option<NextMeeting>,
    /// Host data kept through a round trip.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

/// The quorum position of a meeting.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuorumCheck {
    /// Voting members of the body.
    pub voting_members: u32,
    /// Voting members present in person or by deputy.
    pub voting_present: u32,
    /// The number needed (the larger of the count and percentage rules).
    pub required: u32,
    /// Statutory partner organisations (ids) not represented, when the rule requires each.
    pub missing_statutory_partners: Vec<Id>,
    /// Whether the meeting was quorate.
    pub quorate: bool,
}

/// Work out whether a meeting was quorate under its body's constitution.
/// `None` when the body has no constitution.
pub fn quorum(doc: &BoardDocument, body: &Body, meeting: &Meeting) -> Option<QuorumCheck> {
    let constitution = body.constitution.as_ref()?;
    let q = &constitution.quorum;
    let voting: Vec<&crate::board::Member> = body
        .members
        .iter()
        .filter(|m| m.counts_for_quorum())
        .collect();
    let mut present: BTreeSet<&str> = BTreeSet::new();
    for a in &meeting.attendance {
        let principal = match a.status {
            AttendanceStatus::Present => Some(a.person.as_str()),
            AttendanceStatus::Deputy => a
                .deputy_for
                .as_deref()
                .filter(|p| body.member(p).map(|m| m.deputisable()).unwrap_or(false)),
            _ => None,
        };
        if let Some(p) = principal {
            if voting.iter().any(|m| m.person == p) {
                present.insert(p);
            }
        }
    }
    let voting_members = u32::try_from(voting.len()).unwrap_or(u32::MAX);
    let voting_present = u32::try_from(present.len()).unwrap_or(u32::MAX);
    let by_count = q.min_voting_members.unwrap_or(0);
    let by_percent = q
        .min_voting_percent
        .map(|p| {
            let need = u64::from(voting_members) * u64::from(p);
            u32::try_from(need.div_ceil(100)).unwrap_or(u32::MAX)
        })
        .unwrap_or(0);
    let required = by_count.max(by_percent);
    let mut missing = Vec::new();
    if q.each_statutory_partner {
        for org in doc.organisations.iter().filter(|o| o.statutory_partner) {
            let represented = voting.iter().any(|m| {
                m.organisation.as_deref() == Some(org.id.as_str())
                    && present.contains(m.person.as_str())
            });
            if !represented {
                missing.push(org.id.clone());
            }
        }
    }
    let quorate = voting_present >= required && missing.is_empty();
    Some(QuorumCheck {
        voting_members,
        voting_present,
        required,
        missing_statutory_partners: missing,
        quorate,
    })
}

/// Resolve a person reference in the scope of a meeting: its attendance list first,
/// then the members of its body.
pub fn resolve(doc: &BoardDocument, meeting: &Meeting, r: &PersonRef) -> Resolved {
    resolve_in_meeting(&Index::new(doc), meeting, r)
}

/// [`resolve`] through an index of the document.
pub fn resolve_in_meeting(ix: &Index<'_>, meeting: &Meeting, r: &PersonRef) -> Resolved {
    let body = ix.body(&meeting.body);
    resolve_indexed(ix, body, Some(meeting), r)
}

/// Resolve a person reference in the scope of a body (its members) and, when given, a
/// meeting (its attendance list). Initials are matched exactly (minutes tell "SC" from
/// "SCh"), against the attendance list first and the membership second.
pub fn resolve_in(
    doc: &BoardDocument,
    body: Option<&Body>,
    meeting: Option<&Meeting>,
    r: &PersonRef,
) -> Resolved {
    resolve_indexed(&Index::new(doc), body, meeting, r)
}

/// [`resolve_in`] through an index of the document (what the rule checks use for every
/// reference).
pub fn resolve_indexed(
    ix: &Index<'_>,
    body: Option<&Body>,
    meeting: Option<&Meeting>,
    r: &PersonRef,
) -> Resolved {
    match r {
        PersonRef::Person(id) => match ix.person(id) {
            Some(_) => Resolved::Person(id.clone()),
            None => Resolved::Nobody,
        },
        PersonRef::Role(BodyRole::Chair) => match body.and_then(|b| b.chair()) {
            Some(m) => Resolved::Person(m.person.clone()),
            None => Resolved::Nobody,
        },
        PersonRef::Initials(ini) => {
            // The attendance list maps initials to people first; the body's membership
            // is consulted only when nobody at the meeting has these initials.
            // The ids whose person (the first with that id) has these initials.
            let holders = ix.people_with_initials(ini);
            let matches = |ids: &mut dyn Iterator<Item = &str>| -> Vec<String> {
                let set: BTreeSet<&str> = ids.filter(|id| holders.contains(id)).collect();
                set.into_iter().map(str::to_string).collect()
            };
            let mut hits = match meeting {
                Some(m) => matches(&mut m.attendance.iter().map(|a| a.person.as_str())),
                None => Vec::new(),
            };
            if hits.is_empty() {
                if let Some(b) = body {
                    // The holders who are members of the body (few), rather than a scan
                    // of a membership that grows with the years.
                    let set: BTreeSet<&str> = holders
                        .iter()
                        .copied()
                        .filter(|h| ix.member(b, h).is_some())
                        .collect();
                    hits = set.into_iter().map(str::to_string).collect();
                }
            }
            match hits.len() {
                0 => Resolved::Nobody,
                1 => hits.pop().map(Resolved::Person).unwrap_or(Resolved::Nobody),
                n => Resolved::Ambiguous(n),
            }
        }
    }
}

/// Parse an item number ("7.1.2", "253") into its parts; `None` if it is not numbers
/// separated by dots.
pub fn item_number(s: &str) -> Option<Vec<u32>> {
    let s = s.trim().trim_end_matches('.');
    if s.is_empty() {
        return None;
    }
    s.split('.').map(|p| p.parse::<u32>().ok()).collect()
}

use crate::validate::rule;

rule!(
    DUPLICATE_ATTENDANCE,
    "meeting.duplicate_attendance",
    Error,
    "A person has more than one attendance entry at one meeting."
);
rule!(DEPUTY_WITHOUT_PRINCIPAL, "meeting.deputy_without_principal", Error,
    "An attendance entry says deputy but does not name the member deputised for (deputy_for), or names deputy_for on an entry that is not a deputy.");
rule!(
    DEPUTY_FOR_NON_MEMBER,
    "meeting.deputy_for_non_member",
    Error,
    "A deputy attended for someone who is not a member of the body."
);
rule!(DEPUTY_NOT_ALLOWED, "meeting.deputy_not_allowed", Error,
    "A deputy attended for a member who may not be deputised: the independent chair, lay members and the lead member attend in their own right.");
rule!(
    DEPUTY_AND_PRINCIPAL_PRESENT,
    "meeting.deputy_and_principal_present",
    Warning,
    "A deputy attended for a member who is also recorded as present."
);
rule!(INITIALS_UNRESOLVED, "meeting.initials_unresolved", Error,
    "Initials used in the record match nobody in the meeting's attendance or the body's membership.");
rule!(INITIALS_AMBIGUOUS, "meeting.initials_ambiguous", Error,
    "Initials used in the record match more than one person in the meeting's attendance or the body's membership.");
rule!(
    ROLE_UNRESOLVED,
    "meeting.role_unresolved",
    Error,
    "The record names a role (the chair) that no member of the body holds."
);
rule!(PRESENTER_NOT_RECORDED, "meeting.presenter_not_recorded", Warning,
    "Someone presents an item but is not recorded in the meeting's attendance (present, deputy, in attendance or minute-taker).");
rule!(INQUORATE, "meeting.inquorate", Warning,
    "The meeting was not quorate under the body's constitution (observers do not count; a deputy counts for the member).");
rule!(
    DECISION_WHILE_INQUORATE,
    "meeting.decision_while_inquorate",
    Error,
    "A decision was agreed or resolved at a meeting that was not quorate."
);
rule!(
    END_BEFORE_START,
    "meeting.end_before_start",
    Error,
    "The meeting (or the announced next meeting) ends before or when it starts."
);
rule!(
    PREVIOUS_MINUTES_NOT_EARLIER,
    "meeting.previous_minutes_not_earlier",
    Error,
    "The minutes approved at a meeting are of a meeting that is not earlier than it."
);
rule!(
    PREVIOUS_MINUTES_OTHER_BODY,
    "meeting.previous_minutes_other_body",
    Warning,
    "The minutes approved at a meeting are of a meeting of another body."
);
rule!(
    NEXT_MEETING_NOT_AFTER,
    "meeting.next_meeting_not_after",
    Error,
    "The next meeting is dated on or before this one."
);
rule!(
    AGENDA_NUMBER_INVALID,
    "meeting.agenda_number_invalid",
    Error,
    "An agenda item number is not numbers separated by dots (3, 3.1, 7.1.2, 253)."
);
rule!(
    AGENDA_NUMBER_DUPLICATE,
    "meeting.agenda_number_duplicate",
    Error,
    "Two agenda items of one meeting have the same number."
);
rule!(
    AGENDA_OUT_OF_ORDER,
    "meeting.agenda_out_of_order",
    Error,
    "An agenda item's number is lower than the item before it."
);
rule!(
    STANDING_ITEM_MISSING,
    "meeting.standing_item_missing",
    Warning,
    "A standing item of the body's agenda template is missing from a meeting that took place."
);
rule!(
    DECLARATIONS_CONTRADICTORY,
    "meeting.declarations_contradictory",
    Error,
    "Declarations say none were declared but list declarations."
);
rule!(
    DECLARATION_ITEM_UNKNOWN,
    "meeting.declaration_item_unknown",
    Error,
    "A declaration of interest names an agenda item the meeting does not have."
);
rule!(
    ATTENDANCE_OF_UNHELD_MEETING,
    "meeting.attendance_of_unheld_meeting",
    Warning,
    "A scheduled or cancelled meeting records people as present."
);

/// Rules of this module, for the catalogue.
pub const RULES: &[&Rule] = &[
    &DUPLICATE_ATTENDANCE,
    &DEPUTY_WITHOUT_PRINCIPAL,
    &DEPUTY_FOR_NON_MEMBER,
    &DEPUTY_NOT_ALLOWED,
    &DEPUTY_AND_PRINCIPAL_PRESENT,
    &INITIALS_UNRESOLVED,
    &INITIALS_AMBIGUOUS,
    &ROLE_UNRESOLVED,
    &PRESENTER_NOT_RECORDED,
    &INQUORATE,
    &DECISION_WHILE_INQUORATE,
    &END_BEFORE_START,
    &PREVIOUS_MINUTES_NOT_EARLIER,
    &PREVIOUS_MINUTES_OTHER_BODY,
    &NEXT_MEETING_NOT_AFTER,
    &AGENDA_NUMBER_INVALID,
    &AGENDA_NUMBER_DUPLICATE,
    &AGENDA_OUT_OF_ORDER,
    &STANDING_ITEM_MISSING,
    &DECLARATIONS_CONTRADICTORY,
    &DECLARATION_ITEM_UNKNOWN,
    &ATTENDANCE_OF_UNHELD_MEETING,
];

/// Check a person reference found at `path` in the scope of a meeting, reporting
/// unresolved or ambiguous initials and roles. Returns the person when resolved.
pub fn check_ref(
    doc: &BoardDocument,
    meeting: &Meeting,
    r: &PersonRef,
    path: &str,
    out: &mut Report,
) -> Option<Id> {
    check_ref_in(&Index::new(doc), meeting, r, path, out)
}

/// [`check_ref`] through an index of the document.
pub fn check_ref_in(
    ix: &Index<'_>,
    meeting: &Meeting,
    r: &PersonRef,
    path: &str,
    out: &mut Report,
) -> Option<Id> {
    match resolve_in_meeting(ix, meeting, r) {
        Resolved::Person(id) => Some(id),
        Resolved::Ambiguous(n) => {
            out.push(
                &INITIALS_AMBIGUOUS,
                format!("{path}/initials"),
                format!("These initials match {n} people in this meeting's attendance and the body's membership."),
            );
            None
        }
        Resolved::Nobody => {
            match r {
                PersonRef::Person(_) => out.push(
                    &UNKNOWN_REFERENCE,
                    format!("{path}/person"),
                    "This person is not in the document's people.",
                ),
                PersonRef::Initials(_) => out.push(
                    &INITIALS_UNRESOLVED,
                    format!("{path}/initials"),
                    "These initials match nobody in this meeting's attendance or the body's membership.",
                ),
                PersonRef::Role(_) => out.push(
                    &ROLE_UNRESOLVED,
                    format!("{path}/role"),
                    "No member of the body holds this role.",
                ),
            }
            None
        }
    }
}

/// Check every meeting of a document.
pub(crate) fn check(doc: &Index<'_>, out: &mut Report) {
    crate::board::duplicate_ids(doc.meetings.iter().map(|m| m.id.as_str()), "/meetings", out);
    // Matters arising name actions by id: one set, not a scan of the log per entry.
    let action_ids: std::collections::HashSet<&str> =
        doc.actions.iter().map(|a| a.id.as_str()).collect();
    for (i, m) in doc.meetings.iter().enumerate() {
        check_meeting(doc, i, m, &action_ids, out);
    }
}

fn check_meeting(
    doc: &Index<'_>,
    i: usize,
    m: &Meeting,
    action_ids: &std::collections::HashSet<&str>,
    out: &mut Report,
) {
    let base = format!("/meetings/{i}");
    let body = doc.body(&m.body);
    if body.is_none() {
        out.push(
            &UNKNOWN_REFERENCE,
            format!("{base}/body"),
            "This meeting's body is not in the document's bodies.",
        );
    }

    if let (Some(s), Some(e)) = (m.start, m.end) {
        if e <= s {
            out.push(
                &END_BEFORE_START,
                format!("{base}/end"),
                "The meeting ends before or when it starts.",
            );
        }
    }

    // Attendance.
    let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
    let present: BTreeSet<&str> = m
        .attendance
        .iter()
        .filter(|a| a.status == AttendanceStatus::Present)
        .map(|a| a.person.as_str())
        .collect();
    for (j, a) in m.attendance.iter().enumerate() {
        let path = format!("{base}/attendance/{j}");
        if doc.person(&a.person).is_none() {
            out.push(
                &UNKNOWN_REFERENCE,
                format!("{path}/person"),
                "This person is not in the document's people.",
            );
        }
        if let Some(first) = seen.get(a.person.as_str()) {
            out.push(
                &DUPLICATE_ATTENDANCE,
                format!("{path}/person"),
                format!("This person already has attendance entry {first} at this meeting."),
            );
        } else {
            seen.insert(a.person.as_str(), j);
        }
        if !m.status.took_place() && a.status.in_room() {
            out.push(
                &ATTENDANCE_OF_UNHELD_MEETING,
                format!("{path}/status"),
                "The meeting has not taken place (scheduled or cancelled) but this person is recorded in the room.",
            );
        }
        match (a.status, &a.deputy_for) {
            (AttendanceStatus::Deputy, None) => out.push(
                &DEPUTY_WITHOUT_PRINCIPAL,
                format!("{path}/deputy_for"),
                "A deputy must name the member they deputise for.",
            ),
            (AttendanceStatus::Deputy, Some(principal)) => {
                let member = body.and_then(|b| doc.member(b, principal));
                match member {
                    None => out.push(
                        &DEPUTY_FOR_NON_MEMBER,
                        format!("{path}/deputy_for"),
                        "The person deputised for is not a member of this body.",
                    ),
                    Some(mem) if !mem.deputisable() => out.push(
                        &DEPUTY_NOT_ALLOWED,
                        format!("{path}/deputy_for"),
                        "This member attends in their own right and may not send a deputy.",
                    ),
                    Some(_) => {}
                }
                if present.contains(principal.as_str()) {
                    out.push(
                        &DEPUTY_AND_PRINCIPAL_PRESENT,
                        format!("{path}/deputy_for"),
                        "The member deputised for is also recorded as present.",
                    );
                }
            }
            (_, Some(_)) => out.push(
                &DEPUTY_WITHOUT_PRINCIPAL,
                format!("{path}/deputy_for"),
                "Only a deputy entry may name deputy_for.",
            ),
            (_, None) => {}
        }
    }
    let in_room: BTreeSet<&str> = m
        .attendance
        .iter()
        .filter(|a| a.status.in_room())
        .map(|a| a.person.as_str())
        .collect();

    // Agenda numbering and references.
    let mut numbers: BTreeMap<Vec<u32>, usize> = BTreeMap::new();
    let mut previous: Option<Vec<u32>> = None;
    for (k, item) in m.agenda.iter().enumerate() {
        let path = format!("{base}/agenda/{k}");
        match item_number(&item.number) {
            None => out.push(
                &AGENDA_NUMBER_INVALID,
                format!("{path}/number"),
                "An item number must be numbers separated by dots.",
            ),
            Some(n) => {
                if let Some(first) = numbers.get(&n) {
                    out.push(
                        &AGENDA_NUMBER_DUPLICATE,
                        format!("{path}/number"),
                        format!("Agenda item {first} of this meeting has the same number."),
                    );
                } else if previous.as_ref().is_some_and(|p| n < *p) {
                    out.push(
                        &AGENDA_OUT_OF_ORDER,
                        format!("{path}/number"),
                        "This item's number is lower than the item before it.",
                    );
                }
                numbers.entry(n.clone()).or_insert(k);
                previous = Some(n);
            }
        }
        for (p, r) in item.presenters.iter().enumerate() {
            let ppath = format!("{path}/presenters/{p}");
            if let Some(id) = check_ref_in(doc, m, r, &ppath, out) {
                if m.status.took_place() && !in_room.contains(id.as_str()) {
                    out.push(
                        &PRESENTER_NOT_RECORDED,
                        ppath,
                        "This presenter is not recorded in the meeting's attendance.",
                    );
                }
            }
        }
        for (d, dec) in item.decisions.iter().enumerate() {
            if let Some(owner) = &dec.owner {
                check_ref_in(doc, m, owner, &format!("{path}/decisions/{d}/owner"), out);
            }
        }
    }

    // Standing items (only where the agenda is recorded).
    if m.status.took_place() && !m.agenda.is_empty() {
        if let Some(c) = body.and_then(|b| b.constitution.as_ref()) {
            let have: BTreeSet<StandingItem> = m.agenda.iter().filter_map(|a| a.standing).collect();
            for s in &c.standing_items {
                if !have.contains(s) {
                    let name = serde_json::to_value(s)
                        .ok()
                        .and_then(|v| v.as_str().map(str::to_string))
                        .unwrap_or_default();
                    out.push(
                        &STANDING_ITEM_MISSING,
                        format!("{base}/agenda"),
                        format!(
                            "The standing item {name} of the body's template is not on the agenda."
                        ),
                    );
                }
            }
        }
    }

    // Declarations.
    if let Some(d) = &m.declarations {
        if d.none_declared && !d.entries.is_empty() {
            out.push(
                &DECLARATIONS_CONTRADICTORY,
                format!("{base}/declarations/none_declared"),
                "None declared is set but declarations are listed.",
            );
        }
        for (k, e) in d.entries.iter().enumerate() {
            let path = format!("{base}/declarations/entries/{k}");
            check_ref_in(doc, m, &e.person, &format!("{path}/person"), out);
            let known = item_number(&e.item).is_some_and(|n| numbers.contains_key(&n));
            if !known {
                out.push(
                    &DECLARATION_ITEM_UNKNOWN,
                    format!("{path}/item"),
                    "This meeting has no agenda item with this number.",
                );
            }
        }
    }

    // Quorum and decisions (only where attendance is recorded).
    if m.status.took_place() && !m.attendance.is_empty() {
        if let Some(q) = body.and_then(|b| quorum(doc, b, m)) {
            if !q.quorate {
                let mut msg = format!(
                    "{} of {} voting members were present in person or by deputy; {} needed.",
                    q.voting_present, q.voting_members, q.required
                );
                if !q.missing_statutory_partners.is_empty() {
                    msg.push_str(&format!(
                        " {} statutory partner(s) not represented.",
                        q.missing_statutory_partners.len()
                    ));
                }
                out.push(&INQUORATE, format!("{base}/attendance"), msg);
                for (k, item) in m.agenda.iter().enumerate() {
                    for (d, dec) in item.decisions.iter().enumerate() {
                        if dec.kind != DecisionKind::Noted {
                            out.push(
                                &DECISION_WHILE_INQUORATE,
                                format!("{base}/agenda/{k}/decisions/{d}"),
                                "This decision was recorded at a meeting that was not quorate.",
                            );
                        }
                    }
                }
            }
        }
    }

    // Previous minutes and next meeting.
    if let Some(pm) = &m.previous_minutes {
        match doc.meeting(&pm.meeting) {
            None => out.push(
                &UNKNOWN_REFERENCE,
                format!("{base}/previous_minutes/meeting"),
                "The meeting whose minutes were approved is not in the document.",
            ),
            Some(prev) => {
                if prev.date >= m.date {
                    out.push(
                        &PREVIOUS_MINUTES_NOT_EARLIER,
                        format!("{base}/previous_minutes/meeting"),
                        "Minutes can only be approved at a later meeting.",
                    );
                }
                if prev.body != m.body {
                    out.push(
                        &PREVIOUS_MINUTES_OTHER_BODY,
                        format!("{base}/previous_minutes/meeting"),
                        "These minutes are of a meeting of another body.",
                    );
                }
            }
        }
    }
    if let Some(next) = &m.next_meeting {
        if next.date <= m.date {
            out.push(
                &NEXT_MEETING_NOT_AFTER,
                format!("{base}/next_meeting/date"),
                "The next meeting must be after this one.",
            );
        }
        if let (Some(s), Some(e)) = (next.start, next.end) {
            if e <= s {
                out.push(
                    &END_BEFORE_START,
                    format!("{base}/next_meeting/end"),
                    "The next meeting ends before or when it starts.",
                );
            }
        }
        if let Some(id) = &next.meeting {
            if doc.meeting(id).is_none() {
                out.push(
                    &UNKNOWN_REFERENCE,
                    format!("{base}/next_meeting/meeting"),
                    "The next meeting's record is not in the document.",
                );
            }
        }
    }
    for (k, ma) in m.matters_arising.iter().enumerate() {
        if let Some(id) = &ma.action {
            if !action_ids.contains(id.as_str()) {
                out.push(
                    &UNKNOWN_REFERENCE,
                    format!("{base}/matters_arising/{k}/action"),
                    "This matter arising names an action that is not in the document.",
                );
            }
        }
    }
}

/// The title a confidential item carries in a public version.
pub const WITHHELD_TITLE: &str = "Confidential item";

impl Meeting {
    /// The version of the minutes that may be published: every confidential item (all
    /// items when the whole meeting is marked confidential) keeps its number, its
    /// standing-item kind and its time allocation, but loses its title, minute text,
    /// decisions, papers, presenters and host extensions; declarations about such items
    /// lose their nature. Nothing else changes.
    pub fn public_version(&self) -> Meeting {
        let mut m = self.clone();
        let all = m.confidential;
        let mut withheld: BTreeSet<Vec<u32>> = BTreeSet::new();
        for item in &mut m.agenda {
            if all || item.confidential {
                if let Some(n) = item_number(&item.number) {
                    withheld.insert(n);
                }
                item.confidential = true;
                item.title = WITHHELD_TITLE.to_string();
                item.minutes = None;
                item.decisions.clear();
                item.papers.clear();
                item.presenters.clear();
                item.extensions.clear();
            }
        }
        if let Some(d) = &mut m.declarations {
            for e in &mut d.entries {
                let hidden = all || item_number(&e.item).is_some_and(|n| withheld.contains(&n));
                if hidden {
                    e.nature = "withheld".to_string();
                }
            }
        }
        if all {
            for ma in &mut m.matters_arising {
                ma.note = None;
            }
        }
        m
    }
}

impl BoardDocument {
    /// The document with every meeting replaced by its [`Meeting::public_version`].
    pub fn public_version(&self) -> BoardDocument {
        let mut d = self.clone();
        d.meetings = self.meetings.iter().map(Meeting::public_version).collect();
        d
    }
}

/// Request of [`meeting_quorum`]: a board document and one of its meetings.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuorumRequest {
    /// The board document.
    pub document: BoardDocument,
    /// The meeting's id.
    pub meeting: Id,
}

/// Response of [`meeting_quorum`].
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuorumResponse {
    /// The meeting's id.
    pub meeting: Id,
    /// The body that met.
    pub body: Id,
    /// The quorum position; `None` (JSON null) when the body has no constitution.
    pub quorum: Option<QuorumCheck>,
}

/// Capability: was a meeting quorate under its body's constitution? A meeting not in the
/// document, or whose body is not, is an error at `/meeting`.
pub fn meeting_quorum(request: &QuorumRequest) -> Result<QuorumResponse, crate::Error> {
    let doc = &request.document;
    let meeting = doc.meeting(&request.meeting).ok_or_else(|| {
        crate::Error::invalid("/meeting", "no meeting with this id in the document")
    })?;
    let body = doc.body(&meeting.body).ok_or_else(|| {
        crate::Error::invalid("/meeting", "the meeting's body is not in the document")
    })?;
    Ok(QuorumResponse {
        meeting: meeting.id.clone(),
        body: body.id.clone(),
        quorum: quorum(doc, body, meeting),
    })
}
