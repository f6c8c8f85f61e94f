//! The redaction ledger: per meeting, what its public version withholds, counted by
//! kind, with the grounds the paper records; never the content.

use super::Confidentiality;
use crate::date::Date;
use crate::meeting::Exemption;
use crate::{BoardDocument, Id};
use serde::Serialize;
use std::collections::{BTreeSet, HashMap};

/// What the public version of one meeting withholds.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct MeetingLedger {
    /// The meeting's id.
    pub meeting: Id,
    /// The whole meeting is confidential: only that it took place is published.
    pub whole: bool,
    /// Agenda items withheld (kept as numbered placeholders).
    pub items: usize,
    /// Decisions of those items.
    pub decisions: usize,
    /// Actions raised at the meeting that are withheld.
    pub actions: usize,
    /// Risks raised at the meeting that are withheld.
    pub risks: usize,
    /// Attendance entries withheld.
    pub attendees: usize,
    /// Declarations of interest withheld.
    pub declarations: usize,
    /// The paragraphs of Schedule 12A the paper gives for the confidential items and
    /// closed parts, in order; empty when it gives none.
    pub paragraphs: Vec<u8>,
    /// The earliest date by which an exemption is to be reviewed, when given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub review_by: Option<Date>,
}

impl MeetingLedger {
    /// Whether anything of the meeting is withheld.
    pub fn is_edited(&self) -> bool {
        self.whole
            || self.items
                + self.decisions
                + self.actions
                + self.risks
                + self.attendees
                + self.declarations
                > 0
    }

    /// The notice an edited record carries (ICO guidance: an edited record says it is
    /// edited): "This is an edited version: 2 items were withheld under paragraph 2 of
    /// Schedule 12A." `None` when nothing is withheld. Counts and paragraph numbers only.
    pub fn notice(&self) -> Option<String> {
        if !self.is_edited() {
            return None;
        }
        let what = if self.whole {
            "the minutes of this meeting were withheld".to_string()
        } else if self.items == 0 {
            "records tied to confidential material were withheld".to_string()
        } else if self.items == 1 {
            "1 item was withheld".to_string()
        } else {
            format!("{} items were withheld", self.items)
        };
        let ground = match self.paragraphs.as_slice() {
            [] => String::new(),
            [p] => format!(" under paragraph {p} of Schedule 12A"),
            ps => {
                let list: Vec<String> = ps.iter().map(u8::to_string).collect();
                format!(" under paragraphs {} of Schedule 12A", list.join(", "))
            }
        };
        let review = self
            .review_by
            .map(|d| format!(" The exemption is to be reviewed by {d}."))
            .unwrap_or_default();
        Some(format!(
            "This is an edited version: {what}{ground}.{review}"
        ))
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
    pub fn ledger(&self, doc: &BoardDocument) -> Ledger {
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
                whole: t.whole,
                items,
                decisions,
                attendees: t.attendance.iter().filter(|&&x| x).count(),
                declarations: t.declarations.iter().filter(|&&x| x).count(),
                paragraphs: grounds.into_iter().collect(),
                review_by: review,
                ..MeetingLedger::default()
            });
        }
        let at = |m: Option<&str>| m.and_then(|id| by_id.get(id).copied());
        for (a, _) in doc.actions.iter().zip(&self.actions).filter(|(_, &t)| t) {
            if let Some(row) = at(a.raised_at.as_deref()).and_then(|i| rows.get_mut(i)) {
                row.actions += 1;
            }
        }
        let risks = doc.risk_register.iter().flat_map(|r| &r.risks);
        for (r, _) in risks.zip(&self.risks).filter(|(_, &t)| t) {
            if let Some(row) = at(r.raised.meeting.as_deref()).and_then(|i| rows.get_mut(i)) {
                row.risks += 1;
            }
        }
        rows.retain(MeetingLedger::is_edited);
        Ledger {
            meetings: rows,
            funding_decisions: self.funding_decisions.iter().filter(|&&x| x).count(),
        }
    }
}
