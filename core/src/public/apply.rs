//! Applying the decision: the public version, built through the classification table.

use super::fields::reduce;
use super::{people, Confidentiality, MeetingTies};
use super::{WITHHELD_ITEM_TITLE, WITHHELD_MEETING_TITLE, WITHHELD_PART_NAME};
use crate::action::Action;
use crate::board::{Acknowledgement, Body};
use crate::meeting::{AgendaItem, Meeting};
use crate::risk::{Risk, RiskRegister};
use crate::BoardDocument;
use serde_json::Value;

impl Confidentiality<'_> {
    /// The public version of `doc`, which must be the document this was computed from.
    /// Built field by field: a new field of the document does not compile here until it
    /// is decided whether it is withheld; a new field of a record that can be tied is
    /// withheld unless the classification table says it is public.
    pub fn apply(&self, doc: &BoardDocument) -> BoardDocument {
        let BoardDocument {
            schema_version,
            organisations,
            people: _,
            bodies,
            meetings,
            actions,
            risk_register,
            budgets,
            funding_decisions,
            scorecards,
            challenges: _,
            extensions,
        } = doc;
        let mut out = BoardDocument {
            schema_version: *schema_version,
            organisations: organisations.clone(),
            people: Vec::new(),
            bodies: bodies.iter().map(|b| self.public_body(doc, b)).collect(),
            meetings: sized(
                meetings.len(),
                meetings
                    .iter()
                    .zip(&self.meetings)
                    .zip(self.rows(doc))
                    .filter_map(|((m, ties), row)| {
                        let mut out = self.public_meeting(m, ties)?;
                        out.redactions = row.is_edited().then_some(row.withheld);
                        Some(out)
                    }),
            ),
            actions: sized(
                kept_count(&self.actions),
                actions
                    .iter()
                    .zip(&self.actions)
                    .filter(|(_, &t)| !t)
                    .map(|(a, _)| self.public_action(a)),
            ),
            risk_register: risk_register.as_ref().map(|r| self.public_register(r)),
            budgets: budgets.clone(),
            funding_decisions: kept(funding_decisions, &self.funding_decisions),
            scorecards: scorecards.clone(),
            // The challenge log is the board's own scrutiny of its partners: withheld.
            challenges: Vec::new(),
            extensions: extensions.clone(),
        };
        let before = people::references(doc);
        self.acknowledgements_naming_withheld(doc, &before, &mut out);
        out.people = people::kept(doc, &before, &out);
        out
    }

    /// Leave out the acknowledgements of `out` whose `by` or reason names a person left
    /// out of the public version (decided without the acknowledgements themselves) or a
    /// withheld record by id.
    fn acknowledgements_naming_withheld(
        &self,
        doc: &BoardDocument,
        before: &std::collections::HashSet<String>,
        out: &mut BoardDocument,
    ) {
        let taken: Vec<Vec<Acknowledgement>> = out
            .bodies
            .iter_mut()
            .filter_map(|b| b.constitution.as_mut())
            .map(|c| std::mem::take(&mut c.acknowledgements))
            .collect();
        let kept = people::kept(doc, before, out);
        let risks = doc.risk_register.iter().flat_map(|r| &r.risks);
        let records = risks
            .zip(&self.risks)
            .filter(|(_, &t)| t)
            .map(|(r, _)| r.id.as_str())
            .chain(self.withheld_actions.iter().copied())
            .chain(
                doc.funding_decisions
                    .iter()
                    .zip(&self.funding_decisions)
                    .filter(|(_, &t)| t)
                    .map(|(d, _)| d.id.as_str()),
            );
        let withheld = people::Withheld::new(doc, &kept, records);
        for (c, mut list) in out
            .bodies
            .iter_mut()
            .filter_map(|b| b.constitution.as_mut())
            .zip(taken)
        {
            list.retain(|a| !withheld.named_by(a));
            c.acknowledgements = list;
        }
    }

    fn public_body(&self, doc: &BoardDocument, b: &Body) -> Body {
        let mut b = b.clone();
        if let Some(c) = &mut b.constitution {
            c.acknowledgements
                .retain(|a| !self.acknowledgement_tied(doc, a));
        }
        b
    }

    /// An acknowledgement agreed at a wholly confidential meeting, or whose finding's path
    /// is inside withheld material.
    fn acknowledgement_tied(&self, doc: &BoardDocument, a: &Acknowledgement) -> bool {
        if self.recorded_at(a.meeting.as_deref()) {
            return true;
        }
        // The pointer's segments after the leading empty one: ["actions", "3", ...].
        let seg: Vec<&str> = a.path.split('/').skip(1).collect();
        let num = |k: usize| seg.get(k).and_then(|s| s.parse::<usize>().ok());
        match seg.first().copied() {
            Some("meetings") => self.meeting_path_tied(&a.path),
            Some("actions") => {
                num(1).is_some_and(|i| self.action(i) || self.action_entry_tied(doc, i, &a.path))
            }
            Some("risk_register") => num(2).is_some_and(|i| self.risk(i)),
            Some("funding_decisions") => num(1).is_some_and(|i| self.funding_decision(i)),
            _ => false,
        }
    }

    /// Whether a path under `/meetings/i` is inside withheld material.
    fn meeting_path_tied(&self, path: &str) -> bool {
        let s: Vec<&str> = path.split('/').skip(2).collect();
        let n = |k: usize| s.get(k).and_then(|x| x.parse::<usize>().ok());
        let Some(mi) = n(0) else { return false };
        let Some(t) = self.meetings.get(mi) else {
            return false;
        };
        if t.whole {
            return true;
        }
        match s.get(1).copied() {
            Some("agenda") => n(2).is_some_and(|j| self.item(mi, j)),
            Some("attendance") => n(2).is_some_and(|j| self.attendance(mi, j)),
            Some("declarations") => n(3).is_some_and(|j| self.declaration(mi, j)),
            Some("matters_arising") => n(2).is_some_and(|j| self.matter_arising(mi, j)),
            Some("previous_minutes") => t.previous_minutes,
            Some("next_meeting") => t.next_meeting_details,
            _ => false,
        }
    }

    /// Whether a path under a public action names an entry recorded at a wholly
    /// confidential meeting.
    fn action_entry_tied(&self, doc: &BoardDocument, i: usize, path: &str) -> bool {
        let s: Vec<&str> = path.split('/').skip(3).collect();
        let k = s.get(1).and_then(|x| x.parse::<usize>().ok());
        let Some((a, k)) = doc.actions.get(i).zip(k) else {
            return false;
        };
        let at = match s.first().copied() {
            Some("history") => a.history.get(k).and_then(|h| h.meeting.as_deref()),
            Some("revised_due") => a.revised_due.get(k).and_then(|r| r.meeting.as_deref()),
            Some("owner_changes") => a.owner_changes.get(k).and_then(|c| c.meeting.as_deref()),
            _ => None,
        };
        self.recorded_at(at)
    }

    fn public_meeting(&self, m: &Meeting, ties: &MeetingTies) -> Option<Meeting> {
        if ties.whole {
            return reduce(
                m,
                "Meeting",
                &[
                    ("title", Value::from(WITHHELD_MEETING_TITLE)),
                    ("confidential", Value::Bool(true)),
                ],
            );
        }
        let mut out = m.clone();
        out.agenda = m
            .agenda
            .iter()
            .zip(&ties.items)
            .filter_map(|(item, &t)| {
                if t {
                    withheld_item(item)
                } else {
                    Some(self.open_item(item))
                }
            })
            .collect();
        out.parts = m
            .parts
            .iter()
            .filter_map(|p| {
                if p.confidential {
                    reduce(
                        p,
                        "MeetingPart",
                        &[("name", Value::from(WITHHELD_PART_NAME))],
                    )
                    .map(|mut p| {
                        withhold_reason(&mut p.exemption);
                        p
                    })
                } else {
                    Some(p.clone())
                }
            })
            .collect();
        if let Some(d) = &mut out.declarations {
            d.entries = kept(&d.entries, &ties.declarations);
        }
        out.attendance = kept(&m.attendance, &ties.attendance);
        out.matters_arising = kept(&m.matters_arising, &ties.matters_arising);
        if ties.previous_minutes {
            out.previous_minutes = m
                .previous_minutes
                .as_ref()
                .and_then(|p| reduce(p, "MinutesApproval", &[]));
        }
        if ties.next_meeting_details {
            out.next_meeting = m
                .next_meeting
                .as_ref()
                .and_then(|n| reduce(n, "NextMeeting", &[]));
        }
        Some(out)
    }

    /// An open item, less its decisions' links to withheld actions.
    fn open_item(&self, item: &AgendaItem) -> AgendaItem {
        let mut item = item.clone();
        for d in &mut item.decisions {
            d.actions.retain(|id| !self.action_withheld(id));
        }
        item
    }

    fn public_register(&self, register: &RiskRegister) -> RiskRegister {
        let mut out = register.clone();
        out.risks = sized(
            kept_count(&self.risks),
            register
                .risks
                .iter()
                .zip(&self.risks)
                .filter(|(_, &t)| !t)
                .map(|(r, _)| self.public_risk(r)),
        );
        out
    }

    fn public_action(&self, a: &Action) -> Action {
        let mut a = a.clone();
        for link in [&mut a.superseded_by, &mut a.merged_into] {
            if link.as_deref().is_some_and(|id| self.action_withheld(id)) {
                *link = None;
            }
        }
        a.history = std::mem::take(&mut a.history)
            .into_iter()
            .filter_map(|h| {
                if self.recorded_at(h.meeting.as_deref()) {
                    reduce(&h, "StatusChange", &[])
                } else {
                    Some(h)
                }
            })
            .collect();
        a.revised_due
            .retain(|r| !self.recorded_at(r.meeting.as_deref()));
        a.owner_changes
            .retain(|c| !self.recorded_at(c.meeting.as_deref()));
        a
    }

    fn public_risk(&self, r: &Risk) -> Risk {
        let mut r = r.clone();
        r.linked_actions.retain(|id| !self.action_withheld(id));
        r.planned_actions.retain(|p| {
            !p.action
                .as_deref()
                .is_some_and(|id| self.action_withheld(id))
        });
        r.history = std::mem::take(&mut r.history)
            .into_iter()
            .filter_map(|h| {
                if self.recorded_at(h.meeting.as_deref()) {
                    reduce(&h, "HistoryEntry", &[])
                } else {
                    Some(h)
                }
            })
            .collect();
        r
    }
}

/// The `n` kept records in a list sized for them at once: collecting a filtered iterator
/// grows its list by doubling, so the list held would be up to twice what it keeps, and
/// more so at one size than another (500 kept take 512 places, 5,000 take 8,192), and the
/// public version's peak memory would not be linear in the board.
fn sized<T>(n: usize, kept: impl Iterator<Item = T>) -> Vec<T> {
    let mut out = Vec::with_capacity(n);
    out.extend(kept);
    out
}

/// How many records a list of withheld flags keeps.
fn kept_count(withheld: &[bool]) -> usize {
    withheld.iter().filter(|&&t| !t).count()
}

/// A confidential item in a public version: its place in the agenda, nothing more.
fn withheld_item(item: &AgendaItem) -> Option<AgendaItem> {
    let mut kept = reduce(
        item,
        "AgendaItem",
        &[
            ("title", Value::from(WITHHELD_ITEM_TITLE)),
            ("confidential", Value::Bool(true)),
        ],
    )?;
    withhold_reason(&mut kept.exemption);
    Some(kept)
}

/// The ground of a withheld item or part keeps its paragraph and review date; its
/// public-interest statement, written in the terms of the withheld matter, is withheld.
fn withhold_reason(e: &mut Option<crate::meeting::Exemption>) {
    if let Some(e) = e {
        e.public_interest = None;
    }
}

/// Keep the entries of `list` whose flag is false.
fn kept<T: Clone>(list: &[T], flags: &[bool]) -> Vec<T> {
    list.iter()
        .zip(flags.iter().copied().chain(std::iter::repeat(false)))
        .filter(|(_, t)| !t)
        .map(|(x, _)| x.clone())
        .collect()
}
