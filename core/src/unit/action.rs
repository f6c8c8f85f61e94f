//! What the action log's units read: each action with its JSON Pointer and its timeline,
//! what it resolves to in its document (the meeting and body that raised it, its due
//! dates, its owners), and the meetings' matters arising. Every look-up goes through the
//! document's index; outside the scope a list is empty and a look-up gives `None`.

use super::{Scope, Source, UnitContext};
use crate::action::log::{rate, ActionRag, RagReason};
use crate::action::timeline::{ArisingIndex, Timeline};
use crate::action::{Action, Due, DueDate, Owner, OwnerResolved};
use crate::board::Body;
use crate::date::Date;
use crate::index::Index;
use crate::meeting::Meeting;
use crate::pointer::Pointer;
use std::collections::HashMap;
use std::rc::Rc;

/// What a timeline's events say, worked out once per timeline (actions of one ref group
/// share theirs, so this stays linear in the events).
pub(crate) struct Facts {
    /// Some dated status is done.
    pub(crate) dated_done: bool,
    /// The events (by position) where the action goes from done back to not done with no
    /// note, in event order.
    pub(crate) reopened: Vec<usize>,
    /// When it was done, as of the end of time (`Timeline::done_on(Date::MAX)`).
    pub(crate) done_on: Option<Date>,
}

fn blank(note: &Option<String>) -> bool {
    note.as_deref().is_none_or(|n| n.trim().is_empty())
}

fn facts_of(tl: &Timeline) -> Facts {
    let mut reopened = Vec::new();
    let mut before = crate::action::Status::Open;
    for (k, e) in tl.events.iter().enumerate() {
        if before.is_done() && !e.status.is_done() && blank(&e.note) {
            reopened.push(k);
        }
        before = e.status;
    }
    Facts {
        dated_done: tl.events.iter().any(|e| e.status.is_done()),
        reopened,
        done_on: tl.done_on(Date::MAX),
    }
}

/// An action's row of its meeting's table: the meeting that raised it, its ref, and its
/// description ignoring case and spacing.
type Row<'a> = (&'a str, String, String);

fn normalise(text: &str) -> String {
    text.split_whitespace()
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

fn row_of(a: &Action) -> Option<Row<'_>> {
    let raised_at = a.raised_at.as_deref()?;
    Some((
        raised_at,
        a.reference.trim().to_string(),
        normalise(&a.description),
    ))
}

/// The action log of a document, walked action by action: the timelines and what they
/// say, worked out once for the whole walk.
pub(crate) struct Walk<'a> {
    pub(super) ix: &'a Index<'a>,
    timelines: Vec<Rc<Timeline>>,
    facts: Vec<Rc<Facts>>,
    /// What each owner of each action resolves to, worked out once for the walk.
    owners: Vec<Vec<OwnerResolved>>,
    /// The first action of each row.
    rows: HashMap<Row<'a>, usize>,
}

impl<'a> Walk<'a> {
    /// The walk over the actions of the indexed document.
    pub(crate) fn new(ix: &'a Index<'a>) -> Self {
        let timelines = crate::action::timeline::timelines_shared(ix);
        let mut memo: HashMap<*const Timeline, Rc<Facts>> = HashMap::new();
        let facts = timelines
            .iter()
            .map(|t| {
                Rc::clone(
                    memo.entry(Rc::as_ptr(t))
                        .or_insert_with(|| Rc::new(facts_of(t))),
                )
            })
            .collect();
        let owners = ix
            .document()
            .actions
            .iter()
            .map(|a| {
                a.owners
                    .iter()
                    .map(|o| crate::action::resolve_owner_in(ix, a, o))
                    .collect()
            })
            .collect();
        let mut rows = HashMap::new();
        for (i, b) in ix.document().actions.iter().enumerate() {
            if let Some(row) = row_of(b) {
                rows.entry(row).or_insert(i);
            }
        }
        Walk {
            ix,
            timelines,
            facts,
            owners,
            rows,
        }
    }

    fn first_of_row(&self, a: &'a Action) -> Option<usize> {
        self.rows.get(&row_of(a)?).copied()
    }
}

/// One action of the log, as a unit reads it.
pub(crate) struct Logged<'a> {
    /// Its position in the log.
    pub(crate) index: usize,
    /// The action.
    pub(crate) action: &'a Action,
    /// Its timeline and what it says (in a walk of the log only).
    pub(crate) timeline: Option<(&'a Timeline, &'a Facts)>,
    /// What each of its owners resolves to, in the order of its owners (in a walk of the
    /// log only).
    pub(crate) owners: Option<&'a [OwnerResolved]>,
}

impl Logged<'_> {
    /// Its JSON Pointer (`/actions/3`), written only for a finding.
    pub(crate) fn at(&self) -> Pointer {
        Pointer::root().item("actions", self.index)
    }
}

impl<'a> UnitContext<'a> {
    /// The index, when the scope names the action log.
    fn action_index(&self) -> Option<&'a Index<'a>> {
        if !self.reads(Scope::Action) {
            return None;
        }
        match self.source {
            Source::Action(walk, _) => Some(walk.ix),
            other => other.index(),
        }
    }

    /// Each action: the one being walked in an action stage, every action of the document
    /// otherwise; none unless the scope names [`Scope::Action`]. No list is built and no
    /// pointer written: a rule writes [`Logged::at`] for a finding only.
    pub(crate) fn actions(&self) -> impl Iterator<Item = Logged<'a>> + 'a {
        let reads = self.reads(Scope::Action);
        let one = match self.source {
            Source::Action(walk, i) if reads => {
                walk.ix.document().actions.get(i).map(|action| Logged {
                    index: i,
                    action,
                    timeline: walk
                        .timelines
                        .get(i)
                        .map(|t| &**t)
                        .zip(walk.facts.get(i).map(|f| &**f)),
                    owners: walk.owners.get(i).map(Vec::as_slice),
                })
            }
            // Another area's per-record stage: no action of its own.
            _ => None,
        };
        let all: &'a [Action] = match self.source {
            Source::Document(ix) if reads => &ix.document().actions,
            _ => &[],
        };
        one.into_iter()
            .chain(all.iter().enumerate().map(|(i, action)| Logged {
                index: i,
                action,
                timeline: None,
                owners: None,
            }))
    }

    /// The position of the first action of the log raised at the same meeting with the
    /// same ref and description (ignoring case and spacing) as this one; `None` for an
    /// action not raised at a meeting, or outside an action stage.
    pub(crate) fn first_of_row(&self, a: &'a Action) -> Option<usize> {
        match self.source {
            Source::Action(walk, _) if self.reads(Scope::Action) => walk.first_of_row(a),
            _ => None,
        }
    }

    /// The meeting that raised an action, if it is in the document.
    pub(crate) fn raised_meeting(&self, a: &Action) -> Option<&'a Meeting> {
        crate::action::raised_meeting_in(self.action_index()?, a)
    }

    /// The date an action was raised (its meeting's, else its plan's).
    pub(crate) fn raised_on(&self, a: &Action) -> Option<Date> {
        crate::action::raised_on_in(self.action_index()?, a)
    }

    /// One due of an action (the original or a revision) as a calendar date.
    pub(crate) fn due_of(&self, a: &Action, due: Option<&Due>) -> Option<DueDate> {
        Some(crate::action::due_of(self.action_index()?, a, due))
    }

    /// The due in force of an action as a calendar date.
    pub(crate) fn due_date(&self, a: &Action) -> Option<DueDate> {
        Some(crate::action::due_date_in(self.action_index()?, a))
    }

    /// True when the document holds a meeting of the body with this id.
    pub(crate) fn has_meetings_of(&self, body: &str) -> bool {
        self.action_index()
            .is_some_and(|ix| !ix.meetings_of_slice(body).is_empty())
    }

    /// What an owner of an action resolves to at the meeting that raised it.
    pub(crate) fn resolve_owner(&self, a: &Action, o: &Owner) -> Option<OwnerResolved> {
        Some(crate::action::resolve_owner_in(self.action_index()?, a, o))
    }

    /// The body of an action: that of the meeting that raised it, else that of its plan.
    pub(crate) fn action_body(&self, a: &Action) -> Option<&'a Body> {
        let ix = self.action_index()?;
        crate::action::raised_meeting_in(ix, a)
            .and_then(|m| ix.body(&m.body))
            .or_else(|| a.plan_body().and_then(|b| ix.body(b)))
    }

    /// True when the person is a member of the body.
    pub(crate) fn is_member(&self, body: &Body, person: &str) -> bool {
        self.action_index()
            .is_some_and(|ix| ix.member(body, person).is_some())
    }

    /// True when the meeting's attendance records the person.
    pub(crate) fn attends(&self, meeting: &Meeting, person: &str) -> bool {
        self.action_index()
            .is_some_and(|ix| ix.attends(meeting, person))
    }

    /// The RAG rating of an action on a date (its body's amber window, else `amber_days`).
    pub(crate) fn rate(
        &self,
        a: &Action,
        tl: &Timeline,
        as_of: Date,
        amber_days: u32,
    ) -> Option<(ActionRag, RagReason)> {
        rate(self.action_index()?, a, tl, as_of, amber_days)
    }

    /// Each meeting with its pointer, and the matters arising matched to the actions;
    /// none unless the scope names [`Scope::MattersArising`].
    pub(crate) fn matters_arising(
        &self,
    ) -> Option<(Vec<(Pointer, &'a Meeting)>, ArisingIndex<'a>)> {
        let Source::Document(ix) = self.source else {
            return None;
        };
        if !self.reads(Scope::MattersArising) {
            return None;
        }
        let doc = ix.document();
        let meetings = doc
            .meetings
            .iter()
            .enumerate()
            .map(|(i, m)| (Pointer::root().item("meetings", i), m))
            .collect();
        Some((meetings, ArisingIndex::new(doc)))
    }
}

/// Order the findings of one action's stage by place: the original due, then each
/// revision; each owner; each history entry (its date before its meeting). Stable, so in
/// registry order within a place.
pub(crate) fn by_place(found: &mut [crate::validate::Finding], base: &str) {
    found.sort_by_key(|f| place(super::below(&f.path, base)));
}

fn place(rest: &str) -> (usize, bool) {
    let mut parts = rest.split('/');
    let list = parts.next().unwrap_or("");
    let n = parts.next().and_then(|k| k.parse::<usize>().ok());
    let k = match (list, n) {
        ("revised_due", Some(k)) => k.saturating_add(1),
        (_, Some(k)) => k,
        _ => 0,
    };
    (k, parts.next() == Some("meeting"))
}
