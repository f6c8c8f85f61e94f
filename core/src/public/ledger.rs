//! The redaction ledger: per meeting, what its public version withholds, counted by
//! kind, with the grounds the paper records; never the content.

use super::Confidentiality;
use crate::date::Date;
use crate::meeting::{Exemption, Redactions};
use crate::{BoardDocument, Id};
use serde::Serialize;
use std::collections::{BTreeSet, HashMap};

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// What the public version of one meeting withholds: the meeting's id and the counts and
/// grounds the meeting carries in the public version (`redactions`).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct MeetingLedger {
    /// The meeting's id.
    pub meeting: Id,
    /// What was withheld, by kind, with the grounds.
    #[serde(flatten)]
    pub withheld: Redactions,
}

impl std::ops::Deref for MeetingLedger {
    type Target = Redactions;

    fn deref(&self) -> &Redactions {
        &self.withheld
    }
}

/// The ledger of a whole document: one entry per meeting with anything withheld.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Ledger {
    /// Per meeting, in the document's order.
    pub meetings: Vec<MeetingLedger>,
    /// Funding decisions withheld (not tied to a meeting).
    pub funding_decisions: usize,
}

impl Ledger {
    /// The entry of the meeting with this id, if anything of it is withheld.
    pub fn meeting(&self, id: &str) -> Option<&MeetingLedger> {
        self.meetings.iter().find(|m| m.meeting == id)
    }
}

impl Confidentiality<'_> {
    /// The redaction ledger of `doc`, which must be the document this was computed from.
    /// What a meeting already carries as withheld (a public version made again) is kept.
    pub fn ledger(&self, doc: &BoardDocument) -> Ledger {
        let mut rows = self.rows(doc);
        rows.retain(|r| r.is_edited());
        Ledger {
            meetings: rows,
            funding_decisions: self.funding_decisions.iter().filter(|&&x| x).count(),
        }
    }

    /// One ledger row per meeting of `doc`, by position, edited or not.
    pub(super) fn rows(&self, doc: &BoardDocument) -> Vec<MeetingLedger> {
        let mut by_id: HashMap<&str, usize> = HashMap::new();
        for (i, m) in doc.meetings.iter().enumerate() {
            by_id.entry(m.id.as_str()).or_insert(i);
        }
        let mut rows: Vec<MeetingLedger> = Vec::with_capacity(doc.meetings.len());
        for (mi, (m, t)) in doc.meetings.iter().zip(&self.meetings).enumerate() {
            let mut grounds: BTreeSet<u8> = BTreeSet::new();
            let mut review: Option<Date> = None;
            let mut note = |e: &Option<Exemption>| {
                if let Some(e) = e {
                    grounds.extend(e.paragraph);
                    review = match (review, e.review_by) {
                        (Some(a), Some(b)) => Some(a.min(b)),
                        (a, b) => a.or(b),
                    };
                }
            };
            let mut items = 0;
            let mut decisions = 0;
            for (k, item) in m.agenda.iter().enumerate() {
                if self.item(mi, k) {
                    items += 1;
                    decisions += item.decisions.len();
                    note(&item.exemption);
                }
            }
            for p in m.parts.iter().filter(|p| p.confidential) {
                note(&p.exemption);
            }
            rows.push(MeetingLedger {
                meeting: m.id.clone(),
                withheld: Redactions {
                    whole: t.whole,
                    items: count(items),
                    decisions: count(decisions),
                    attendees: count(t.attendance.iter().filter(|&&x| x).count()),
                    declarations: count(t.declarations.iter().filter(|&&x| x).count()),
                    paragraphs: grounds.into_iter().collect(),
                    review_by: review,
                    ..Redactions::default()
                },
            });
        }
        let at = |m: Option<&str>| m.and_then(|id| by_id.get(id).copied());
        for (a, _) in doc.actions.iter().zip(&self.actions).filter(|(_, &t)| t) {
            if let Some(row) = at(a.raised_at.as_deref()).and_then(|i| rows.get_mut(i)) {
                row.withheld.actions = row.withheld.actions.saturating_add(1);
            }
        }
        let risks = doc.risk_register.iter().flat_map(|r| &r.risks);
        for (r, _) in risks.zip(&self.risks).filter(|(_, &t)| t) {
            if let Some(row) = at(r.raised.meeting.as_deref()).and_then(|i| rows.get_mut(i)) {
                row.withheld.risks = row.withheld.risks.saturating_add(1);
            }
        }
        for (row, m) in rows.iter_mut().zip(&doc.meetings) {
            if let Some(carried) = &m.redactions {
                row.withheld = row.withheld.merged(carried);
            }
        }
        rows
    }
}
