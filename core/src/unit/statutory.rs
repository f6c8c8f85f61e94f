//! The statutory records' and the challenge log's side of a unit's context: the record a
//! per-record stage is at, and the records those rules read, each with its JSON Pointer.
//! Look-ups go through the document's index, so a check stays linear in what it reads.

use super::{Scope, Source, UnitContext};
use crate::action::Action;
use crate::board::{Body, LawNation};
use crate::challenge::Challenge;
use crate::index::Index;
use crate::meeting::{resolve_in_meeting, Decision, Exemption, Meeting, PersonRef, Resolved};
use crate::pointer::Pointer;
use crate::statutory::records::{BodyStatutory, DecisionAccess, YearlyReport};
use crate::Id;

/// The record a statutory or challenge stage is at (indexes into the document's lists).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum StatutoryAt {
    /// Body `i`.
    Body(usize),
    /// Yearly report `j` of body `i`.
    YearlyReport(usize, usize),
    /// Meeting `i`.
    Meeting(usize),
    /// The exemption of meeting `i`'s closed part `k` (when true), else of its agenda item `k`.
    Exemption(usize, bool, usize),
    /// Decision `j` of agenda item `k` of meeting `i`.
    Decision(usize, usize, usize),
    /// Challenge `k` of the log.
    Challenge(usize),
}

/// A count with its unit, singular for one ("1 day", "4 clear working days").
pub(crate) fn days(n: i64, unit: &str) -> String {
    if n == 1 {
        format!("{n} {unit}")
    } else {
        format!("{n} {unit}s")
    }
}

/// The nation of a body, when its constitution records it.
pub(crate) fn nation(body: Option<&Body>) -> Option<LawNation> {
    body?.constitution.as_ref()?.nation
}

impl<'a> UnitContext<'a> {
    /// The index and the record of a statutory or challenge stage.
    fn statutory_at(&self) -> Option<(&'a Index<'a>, StatutoryAt)> {
        match self.source {
            Source::Statutory(ix, at) => Some((ix, at)),
            _ => None,
        }
    }

    /// The body of a body stage, its index and its statutory records; none unless the
    /// scope names [`Scope::Statutory`] and the body records them.
    pub(crate) fn statutory_body(&self) -> Option<(usize, &'a Body, &'a BodyStatutory)> {
        let (ix, StatutoryAt::Body(i)) = self.statutory_at()? else {
            return None;
        };
        let body = ix.document().bodies.get(i)?;
        let records = body.statutory.as_ref()?;
        self.reads(Scope::Statutory).then_some((i, body, records))
    }

    /// The yearly report of a report stage with its JSON Pointer
    /// (`/bodies/0/statutory/yearly_reports/1`) and its body; none unless the scope names
    /// [`Scope::Statutory`].
    pub(crate) fn yearly_report(&self) -> Option<(String, &'a Body, &'a YearlyReport)> {
        let (ix, StatutoryAt::YearlyReport(i, j)) = self.statutory_at()? else {
            return None;
        };
        let body = ix.document().bodies.get(i)?;
        let report = body.statutory.as_ref()?.yearly_reports.get(j)?;
        let at: String = Pointer::root()
            .item("bodies", i)
            .field("statutory")
            .item("yearly_reports", j)
            .into();
        self.reads(Scope::Statutory).then_some((at, body, report))
    }

    /// The meeting of a meeting, exemption or decision stage with its JSON Pointer
    /// (`/meetings/0`); none unless the scope names [`Scope::Meeting`].
    pub(crate) fn meeting(&self) -> Option<(String, &'a Meeting)> {
        let (ix, at) = self.statutory_at()?;
        let i = match at {
            StatutoryAt::Meeting(i)
            | StatutoryAt::Exemption(i, ..)
            | StatutoryAt::Decision(i, ..) => i,
            _ => return None,
        };
        let m = ix.document().meetings.get(i)?;
        self.reads(Scope::Meeting)
            .then(|| (Pointer::root().item("meetings", i).into(), m))
    }

    /// The body a meeting belongs to; none unless the scope names [`Scope::Body`].
    pub(crate) fn body_of(&self, m: &Meeting) -> Option<&'a Body> {
        let (ix, _) = self.statutory_at()?;
        self.reads(Scope::Body).then(|| ix.body(&m.body)).flatten()
    }

    /// A meeting by id; `None` when absent or outside the scope ([`Scope::Meeting`]).
    pub(crate) fn meeting_by_id(&self, id: &str) -> Option<&'a Meeting> {
        let (ix, _) = self.statutory_at()?;
        self.reads(Scope::Meeting).then(|| ix.meeting(id)).flatten()
    }

    /// An action by id with its place in the log; `None` when absent or outside the scope
    /// ([`Scope::Action`]).
    pub(crate) fn action(&self, id: &str) -> Option<(usize, &'a Action)> {
        let (ix, _) = self.statutory_at()?;
        if !self.reads(Scope::Action) {
            return None;
        }
        let i = ix.action_index(id)?;
        Some((i, ix.document().actions.get(i)?))
    }

    /// The one person a meeting's reference names (its attendance, its body's members,
    /// the people); `None` when it names nobody or several, or outside the scope
    /// ([`Scope::Person`]).
    pub(crate) fn person_in(&self, m: &Meeting, r: &PersonRef) -> Option<Id> {
        let (ix, _) = self.statutory_at()?;
        if !self.reads(Scope::Person) {
            return None;
        }
        match resolve_in_meeting(ix, m, r) {
            Resolved::Person(id) => Some(id),
            _ => None,
        }
    }

    /// The exemption of an exemption stage with its JSON Pointer
    /// (`/meetings/0/agenda/2/exemption`); none unless the scope names [`Scope::Meeting`].
    pub(crate) fn exemption(&self) -> Option<(String, &'a Exemption)> {
        let (ix, StatutoryAt::Exemption(i, part, k)) = self.statutory_at()? else {
            return None;
        };
        let m = ix.document().meetings.get(i)?;
        let (list, e) = if part {
            ("parts", m.parts.get(k)?.exemption.as_ref()?)
        } else {
            ("agenda", m.agenda.get(k)?.exemption.as_ref()?)
        };
        self.reads(Scope::Meeting).then(|| {
            (
                Pointer::root()
                    .item("meetings", i)
                    .field(list)
                    .index(k)
                    .field("exemption")
                    .into(),
                e,
            )
        })
    }

    /// The decision of a decision stage with its JSON Pointer
    /// (`/meetings/0/agenda/2/decisions/1`) and its access-to-information record; none
    /// unless the scope names [`Scope::Meeting`].
    pub(crate) fn decision(&self) -> Option<(String, &'a Decision, &'a DecisionAccess)> {
        let (ix, StatutoryAt::Decision(i, k, j)) = self.statutory_at()? else {
            return None;
        };
        let dec = ix
            .document()
            .meetings
            .get(i)?
            .agenda
            .get(k)?
            .decisions
            .get(j)?;
        let access = dec.access.as_ref()?;
        let at: String = Pointer::root()
            .item("meetings", i)
            .item("agenda", k)
            .item("decisions", j)
            .into();
        self.reads(Scope::Meeting).then_some((at, dec, access))
    }

    /// The challenge of a challenge stage with its JSON Pointer (`/challenges/0`); none
    /// unless the scope names [`Scope::Challenge`].
    pub(crate) fn challenge(&self) -> Option<(String, &'a Challenge)> {
        let (ix, StatutoryAt::Challenge(k)) = self.statutory_at()? else {
            return None;
        };
        let c = ix.document().challenges.get(k)?;
        self.reads(Scope::Challenge)
            .then(|| (Pointer::root().item("challenges", k).into(), c))
    }
}
