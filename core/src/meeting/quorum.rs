//! Quorum: was a meeting quorate under its body's constitution.

use super::*;
use crate::board::{Body, VotingRoll};
use crate::index::Index;
use crate::{BoardDocument, Id};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeSet, HashSet};

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
    quorum_in(&Index::new(doc), body, meeting)
}

/// [`quorum`] through an index of the document. Linear in the body's members and the
/// meeting's attendance.
///
/// Counted: voting members current on the meeting's date (all, when the date is
/// unknown) present in person, or stood in for by a deputy (never by themselves) when
/// they may send one. A deputy for an agency whose member is not named represents that
/// agency for the statutory-partner test but is not counted as a member.
pub fn quorum_in(ix: &Index<'_>, body: &Body, meeting: &Meeting) -> Option<QuorumCheck> {
    let constitution = body.constitution.as_ref()?;
    let q = &constitution.quorum;
    let day = meeting.known_date();
    // The body's roll from the index (built once per document), or built here for a
    // body that is not the document's own.
    let built;
    let roll = match ix.roll(body) {
        Some(r) => r,
        None => {
            built = VotingRoll::new(body);
            &built
        }
    };
    let voting = Voting { roll, day };
    let (present, agencies) = present_and_agencies(meeting, &voting);
    let voting_members = u32::try_from(roll.count_on(day)).unwrap_or(u32::MAX);
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
        for org in ix
            .document()
            .organisations
            .iter()
            .filter(|o| o.statutory_partner)
        {
            if !agencies.contains(org.id.as_str()) {
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
/// The voting members present (in person or by deputy) and the agencies represented.
fn present_and_agencies<'a>(
    meeting: &'a Meeting,
    voting: &Voting<'_, 'a>,
) -> (BTreeSet<&'a str>, HashSet<&'a str>) {
    let mut present: BTreeSet<&'a str> = BTreeSet::new();
    let mut agencies: HashSet<&'a str> = HashSet::new();
    for a in &meeting.attendance {
        let principal = match a.status {
            AttendanceStatus::Present => {
                // Present in their own right and representing an agency with no
                // principal named (a grid's "R"): the agency is represented.
                if let Some(o) = &a.organisation {
                    agencies.insert(o.as_str());
                }
                Some(a.person.as_str())
            }
            AttendanceStatus::Deputy => {
                if a.deputy_for.is_none() {
                    if let Some(o) = &a.organisation {
                        agencies.insert(o.as_str());
                    }
                }
                a.deputy_for
                    .as_deref()
                    .filter(|p| *p != a.person)
                    .filter(|p| voting.get(p).is_some_and(|m| m.deputisable()))
            }
            _ => None,
        };
        let also = a
            .also_deputy_for
            .as_deref()
            .filter(|p| a.status == AttendanceStatus::Present && *p != a.person)
            .filter(|p| voting.get(p).is_some_and(|m| m.deputisable()));
        for p in principal.into_iter().chain(also) {
            if let Some(m) = voting.get(p) {
                present.insert(m.person.as_str());
                if let Some(o) = &m.organisation {
                    agencies.insert(o.as_str());
                }
            }
        }
    }
    (present, agencies)
}

/// The members counting for the quorum on the meeting's day, looked up by person.
struct Voting<'r, 'a> {
    roll: &'r VotingRoll<'a>,
    day: Option<crate::date::Date>,
}

impl<'a> Voting<'_, 'a> {
    fn get(&self, person: &str) -> Option<&'a crate::board::Member> {
        self.roll.member_on(person, self.day)
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
    meeting_quorum_of(&request.document, request)
}

/// [`meeting_quorum`] of `doc` (a loaded board's own document; `request.document` is not
/// read).
pub(crate) fn meeting_quorum_of(
    doc: &BoardDocument,
    request: &QuorumRequest,
) -> Result<QuorumResponse, crate::Error> {
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
