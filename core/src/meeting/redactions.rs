//! What the public version of a meeting withholds, as the public version itself carries
//! it: counts by kind and the grounds the paper records, never the content.

use crate::date::Date;
use serde::{Deserialize, Serialize};

/// What was withheld from a meeting's public version (the redaction ledger's entry for
/// it), carried by the meeting in the public version (`redactions`). Counts and the
/// Schedule 12A paragraphs only: nothing of what was withheld.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Redactions {
    /// The whole meeting is confidential: only that it took place is published.
    #[serde(default)]
    pub whole: bool,
    /// Agenda items withheld (kept as numbered placeholders).
    #[serde(default)]
    pub items: u32,
    /// Decisions of those items.
    #[serde(default)]
    pub decisions: u32,
    /// Actions raised at the meeting that are withheld.
    #[serde(default)]
    pub actions: u32,
    /// Risks raised at the meeting that are withheld.
    #[serde(default)]
    pub risks: u32,
    /// Attendance entries withheld.
    #[serde(default)]
    pub attendees: u32,
    /// Declarations of interest withheld.
    #[serde(default)]
    pub declarations: u32,
    /// The paragraphs of Schedule 12A the paper gives for the confidential items and
    /// closed parts, in order; empty when it gives none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub paragraphs: Vec<u8>,
    /// The earliest date by which an exemption is to be reviewed, when given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review_by: Option<Date>,
}

impl Redactions {
    /// Whether anything of the meeting is withheld.
    pub fn is_edited(&self) -> bool {
        self.whole
            || [
                self.items,
                self.decisions,
                self.actions,
                self.risks,
                self.attendees,
                self.declarations,
            ]
            .iter()
            .any(|&n| n > 0)
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

    /// Two ledgers of the same meeting in one (a public version made again from a public
    /// version): the larger count of each kind, every paragraph, the earlier review date.
    pub fn merged(&self, other: &Redactions) -> Redactions {
        let mut paragraphs: Vec<u8> = self
            .paragraphs
            .iter()
            .chain(&other.paragraphs)
            .copied()
            .collect();
        paragraphs.sort_unstable();
        paragraphs.dedup();
        Redactions {
            whole: self.whole || other.whole,
            items: self.items.max(other.items),
            decisions: self.decisions.max(other.decisions),
            actions: self.actions.max(other.actions),
            risks: self.risks.max(other.risks),
            attendees: self.attendees.max(other.attendees),
            declarations: self.declarations.max(other.declarations),
            paragraphs,
            review_by: match (self.review_by, other.review_by) {
                (Some(a), Some(b)) => Some(a.min(b)),
                (a, b) => a.or(b),
            },
        }
    }
}
