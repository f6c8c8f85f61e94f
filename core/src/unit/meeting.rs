//! What a meeting unit may read: the meeting of a per-meeting stage (the statutory
//! records' [`StatutoryAt::Meeting`], read with `meeting()`), and every meeting of a
//! document; and the walk's calls of the meeting stages.

use super::{RuleUnit, Scope, Source, Stage, StatutoryAt, UnitContext};
use crate::board::{Body, Member};
use crate::date::Date;
use crate::index::Index;
use crate::meeting::{
    Attendance, BodyClaim, DateBasis, Declaration, Meeting, Memberships, MinutesApproval,
    QuorumCheck, RefFinding, Resolved,
};
use crate::pointer::Pointer;
use crate::validate::{Report, Rule, ValidateOptions};
use std::cell::OnceCell;
use std::collections::HashMap;

impl<'a> UnitContext<'a> {
    /// Every meeting of a document, in order (meeting `i` is at `/meetings/i`); none
    /// outside a document stage or the scope ([`Scope::Meeting`]).
    pub(crate) fn meetings(&self) -> &'a [Meeting] {
        match self.source {
            Source::Document(ix) if self.reads(Scope::Meeting) => &ix.document().meetings,
            _ => &[],
        }
    }
}

/// Run the units of a per-meeting stage on meeting `i` of a document, in registry order.
pub(crate) fn run_meeting(
    ix: &Index<'_>,
    options: &ValidateOptions,
    i: usize,
    stage: Stage,
    out: &mut Report,
) {
    let source = Source::Statutory(ix, StatutoryAt::Meeting(i));
    super::run::run_stage(stage, source, options, out);
}

/// Run the units of the numbers stage on a document, after every meeting's own.
pub(crate) fn run_meeting_numbers(ix: &Index<'_>, options: &ValidateOptions, out: &mut Report) {
    super::run::run_stage(Stage::MeetingNumbers, Source::Document(ix), options, out);
}

// meeting agenda (umagenda): the agenda walk's context.

/// One meeting under the agenda walk: what its units read, worked out once per meeting.
pub(crate) struct MeetingAt<'a> {
    /// The meeting.
    pub(crate) m: &'a Meeting,
    /// Its JSON Pointer (`/meetings/0`).
    pub(crate) base: &'a str,
    /// Its body, when the document has it.
    pub(crate) body: Option<&'a Body>,
    /// Attendance entries by person (the first entry of each).
    pub(crate) entries: &'a HashMap<&'a str, &'a Attendance>,
    /// Agenda item numbers, parsed, to their first position.
    pub(crate) numbers: &'a HashMap<Vec<u32>, usize>,
    /// Each agenda item's number, parsed (none when it is not a number).
    pub(crate) parsed: &'a [Option<Vec<u32>>],
    /// The meeting's quorum, worked out on first use.
    pub(crate) quorum: OnceCell<Option<QuorumCheck>>,
    /// Every membership of the document, by (body id, person id).
    pub(crate) memberships: &'a Memberships<'a>,
    /// Every membership of the document that holds a named seat, by (body id, seat id).
    pub(crate) seat_holders: &'a Memberships<'a>,
}

impl<'a> MeetingAt<'a> {
    /// The membership of a person on the meeting's body, current on the meeting's date
    /// (any membership when the date is unknown).
    pub(crate) fn member(&self, person: &str) -> Option<&'a Member> {
        let all = self.memberships.get(&(self.body?.id.as_str(), person))?;
        match self.m.known_date() {
            Some(d) => all.iter().copied().find(|x| x.current_on(d)),
            None => all.first().copied(),
        }
    }

    /// Whether a member of the meeting's body held a named seat on the meeting's date
    /// (never when the date is unknown).
    pub(crate) fn seat_held(&self, seat: &str) -> bool {
        let Some(body) = self.body else { return false };
        self.m.known_date().is_some_and(|d| {
            self.seat_holders
                .get(&(body.id.as_str(), seat))
                .is_some_and(|v| v.iter().any(|mem| mem.current_on(d)))
        })
    }
}

/// Where in the meeting a stage of the agenda walk is called.
#[derive(Clone, Copy)]
pub(crate) enum At<'a> {
    /// The meeting as a whole.
    Meeting,
    /// One person reference, resolved.
    Ref(&'a PersonRefAt<'a>),
    /// Declaration `k` of the meeting's declarations.
    Declaration(usize),
}

/// One person reference of a meeting, as the walk resolved it.
pub(crate) struct PersonRefAt<'a> {
    /// The reference's JSON Pointer.
    pub(crate) path: &'a str,
    /// What it resolved to.
    pub(crate) resolved: &'a Resolved,
    /// The finding it needs for not resolving to one person, if any.
    pub(crate) finding: Option<RefFinding>,
    /// Whether it names an agenda item's presenter.
    pub(crate) presenter: bool,
}

impl<'a> UnitContext<'a> {
    /// The meeting of an agenda-walk stage; none outside one or the scope
    /// ([`Scope::Meeting`]).
    pub(crate) fn agenda_meeting(&self) -> Option<&'a MeetingAt<'a>> {
        match self.source {
            Source::Meeting(_, at, _) if self.reads(Scope::Meeting) => Some(at),
            _ => None,
        }
    }

    /// The person reference of a reference stage, with its meeting; none outside one or
    /// the scope ([`Scope::Meeting`] and [`Scope::Person`]).
    pub(crate) fn person_ref(&self) -> Option<(&'a MeetingAt<'a>, &'a PersonRefAt<'a>)> {
        match self.source {
            Source::Meeting(_, _, At::Ref(r)) if self.reads(Scope::Person) => {
                Some((self.agenda_meeting()?, r))
            }
            _ => None,
        }
    }

    /// The declaration of a declaration stage with its JSON Pointer and its meeting; none
    /// outside one or the scope ([`Scope::Meeting`]).
    pub(crate) fn declaration(&self) -> Option<(String, &'a MeetingAt<'a>, &'a Declaration)> {
        let Source::Meeting(_, _, At::Declaration(k)) = self.source else {
            return None;
        };
        let at = self.agenda_meeting()?;
        let d = at.m.declarations.as_ref()?.entries.get(k)?;
        let path = Pointer::at(at.base)
            .field("declarations")
            .item("entries", k);
        Some((path.into(), at, d))
    }

    /// The quorum of the meeting of an agenda-walk stage under its body's constitution
    /// (worked out once per meeting); none without a body in the scope ([`Scope::Body`])
    /// or a constitution.
    pub(crate) fn quorum(&self) -> Option<&'a QuorumCheck> {
        let Source::Meeting(ix, at, _) = self.source else {
            return None;
        };
        if !self.reads(Scope::Body) || !self.reads(Scope::Meeting) {
            return None;
        }
        at.quorum
            .get_or_init(|| at.body.and_then(|b| crate::meeting::quorum_in(ix, b, at.m)))
            .as_ref()
    }

    /// A meeting of the document by id, from an agenda-walk stage; none outside one or
    /// the scope ([`Scope::Meeting`]).
    pub(crate) fn meeting_named(&self, id: &str) -> Option<&'a Meeting> {
        match self.source {
            Source::Meeting(ix, ..) if self.reads(Scope::Meeting) => ix.meeting(id),
            _ => None,
        }
    }

    /// The membership of a person on the body of the meeting of an agenda-walk stage,
    /// current on the meeting's date; none outside the scope ([`Scope::Body`]).
    pub(crate) fn member(&self, person: &str) -> Option<&'a Member> {
        self.agenda_meeting()?
            .member(person)
            .filter(|_| self.reads(Scope::Body))
    }

    /// Whether a member of the body of the meeting of an agenda-walk stage held a named
    /// seat on the meeting's date; never outside the scope ([`Scope::Body`]).
    pub(crate) fn seat_held(&self, seat: &str) -> bool {
        self.reads(Scope::Body) && self.agenda_meeting().is_some_and(|at| at.seat_held(seat))
    }

    /// The body of the meeting of an agenda-walk stage; none outside the scope
    /// ([`Scope::Body`]).
    pub(crate) fn agenda_body(&self) -> Option<&'a Body> {
        self.agenda_meeting()?
            .body
            .filter(|_| self.reads(Scope::Body))
    }
}

/// The approval of earlier minutes by the meeting of an agenda-walk stage: what the
/// rules on `previous_minutes` read.
pub(crate) struct PreviousAt<'a> {
    /// The approving meeting.
    pub(crate) at: &'a MeetingAt<'a>,
    /// Its record of the approval.
    pub(crate) pm: &'a MinutesApproval,
    /// The meeting whose minutes were approved, when the document has it.
    pub(crate) named: Option<&'a Meeting>,
}

impl PreviousAt<'_> {
    /// The date of the meeting whose minutes were approved: the named meeting's, else the
    /// date the approval gives.
    pub(crate) fn held(&self) -> Option<Date> {
        self.pm.recorded_date(self.named)
    }

    /// The pointer of a field of the approval (`…/previous_minutes/approved_on`).
    pub(crate) fn path(&self, field: &'static str) -> Pointer {
        Pointer::at(self.at.base)
            .field("previous_minutes")
            .field(field)
    }
}

impl<'a> UnitContext<'a> {
    /// The approval of earlier minutes by the meeting of an agenda-walk stage, with the
    /// meeting it names; none when the meeting records none, or outside one or the scope
    /// ([`Scope::Meeting`]).
    pub(crate) fn previous_minutes(&self) -> Option<PreviousAt<'a>> {
        let at = self.agenda_meeting()?;
        let pm = at.m.previous_minutes.as_ref()?;
        let named = self.meeting_named(&pm.meeting);
        Some(PreviousAt { at, pm, named })
    }

    /// The meeting of an agenda-walk stage with its attendance's claims on its body's
    /// members and seats (`meeting::body_claims`); none without its body in the scope
    /// ([`Scope::Body`]).
    pub(crate) fn body_claims(
        &self,
    ) -> Option<(
        &'a MeetingAt<'a>,
        impl Iterator<Item = (usize, BodyClaim<'a>)> + 'a,
    )> {
        let at = self.agenda_meeting()?;
        self.agenda_body()?;
        Some((at, crate::meeting::body_claims(&at.m.attendance)))
    }

    /// The check of the rules on how the paper gives a meeting's date: a finding of
    /// `rule` on the meeting's `date_basis` when it is `basis`, with the message
    /// `message` gives for the meeting; none outside an agenda-walk stage.
    pub(crate) fn check_date_basis(
        &self,
        (rule, basis): (&Rule, DateBasis),
        message: fn(&Meeting) -> &'static str,
        out: &mut Report,
    ) {
        let Some(at) = self.agenda_meeting() else {
            return;
        };
        if at.m.date_basis == basis {
            out.push(
                rule,
                Pointer::at(at.base).field("date_basis"),
                message(at.m),
            );
        }
    }
}

/// The agenda walk of one meeting: the stages' calls, each with the meeting's context;
/// the reference and declaration stages' units picked from the registry once.
pub(crate) struct MeetingWalk<'a> {
    ix: &'a Index<'a>,
    options: &'a ValidateOptions,
    at: &'a MeetingAt<'a>,
    refs: Vec<&'static RuleUnit>,
    declarations: Vec<&'static RuleUnit>,
}

impl<'a> MeetingWalk<'a> {
    /// The walk of the meeting `at` of a document.
    pub(crate) fn new(
        ix: &'a Index<'a>,
        options: &'a ValidateOptions,
        at: &'a MeetingAt<'a>,
    ) -> Self {
        let of = |stage: Stage| -> Vec<&'static RuleUnit> {
            crate::registry::UNITS
                .iter()
                .copied()
                .filter(|u| u.stage == stage)
                .collect()
        };
        MeetingWalk {
            ix,
            options,
            at,
            refs: of(Stage::MeetingPersonRef),
            declarations: of(Stage::MeetingDeclarationItem),
        }
    }

    fn run(&self, units: &[&'static RuleUnit], at: At<'_>, out: &mut Report) {
        for unit in units {
            let cx = UnitContext {
                source: Source::Meeting(self.ix, self.at, at),
                options: self.options,
                scope: unit.scope,
            };
            (unit.check)(&cx, out);
        }
    }

    /// Run the units of a stage on the meeting as a whole; the item numbers' findings
    /// ordered by item (stable, so in registry order within one item).
    pub(crate) fn stage(&self, stage: Stage, out: &mut Report) {
        let from = out.findings.len();
        let source = Source::Meeting(self.ix, self.at, At::Meeting);
        super::run::run_stage(stage, source, self.options, out);
        if stage != Stage::MeetingAgendaNumbers {
            return;
        }
        let agenda = Pointer::at(self.at.base).field("agenda");
        if let Some(found) = out.findings.get_mut(from..) {
            found.sort_by_key(|f| {
                let rest = f
                    .path
                    .strip_prefix(agenda.as_str())
                    .and_then(|r| r.strip_prefix('/'));
                let rest = rest.unwrap_or("");
                let k = rest.split('/').next().and_then(|k| k.parse::<usize>().ok());
                k.unwrap_or(usize::MAX)
            });
        }
    }

    /// Run the reference units on one person reference, resolved once by the walk.
    pub(crate) fn person_ref(&self, r: &PersonRefAt<'_>, out: &mut Report) {
        self.run(&self.refs, At::Ref(r), out);
    }

    /// Run the declaration units on declaration `k` of the meeting.
    pub(crate) fn declaration(&self, k: usize, out: &mut Report) {
        self.run(&self.declarations, At::Declaration(k), out);
    }
}
