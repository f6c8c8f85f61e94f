//! A risk on the register: what it is, who owns it, where the board decided it, its
//! lifecycle, its inherent / current / target assessments and its dated score history.

use crate::date::{Date, When};
use crate::{Extensions, Id};
use chrono::Months;
use serde::{Deserialize, Serialize};

/// Where a risk stands in its lifecycle.
///
/// The board proposes a risk, may defer it until there is evidence (with a revisit date
/// or meeting), opens it on the register, may escalate it, and closes it (with a date and
/// a reason).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RiskStatus {
    /// Raised but not yet accepted onto the register.
    Proposed,
    /// Not added for now; to be revisited (see [`Risk::revisit`]).
    Deferred,
    /// On the register and being managed.
    Open,
    /// On the register and escalated (to the board, or beyond it).
    Escalated,
    /// Taken off the register (see [`Risk::closed_on`] and [`Risk::closed_reason`]).
    Closed,
}

impl RiskStatus {
    /// True for risks on the live register (open or escalated).
    pub fn is_live(self) -> bool {
        matches!(self, RiskStatus::Open | RiskStatus::Escalated)
    }

    /// The lower-case name used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            RiskStatus::Proposed => "proposed",
            RiskStatus::Deferred => "deferred",
            RiskStatus::Open => "open",
            RiskStatus::Escalated => "escalated",
            RiskStatus::Closed => "closed",
        }
    }
}

/// A likelihood and an impact, each a level of the matrix's scales (1-based).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Assessment {
    /// Likelihood level.
    pub likelihood: u32,
    /// Impact level.
    pub impact: u32,
}

/// Where and when the board raised the risk.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Raised {
    /// The date the risk was raised.
    pub date: Date,
    /// The meeting where the board decided it, by id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meeting: Option<Id>,
    /// The minute reference of that decision ("5.1").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minute: Option<String>,
}

/// How often the risk is to be reviewed.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReviewFrequency {
    /// Every month.
    Monthly,
    /// Every two months (at each bi-monthly board meeting).
    BiMonthly,
    /// Every three months.
    Quarterly,
    /// Every six months.
    HalfYearly,
    /// Every year.
    Annually,
}

impl ReviewFrequency {
    /// The interval in months.
    pub fn months(self) -> u32 {
        match self {
            ReviewFrequency::Monthly => 1,
            ReviewFrequency::BiMonthly => 2,
            ReviewFrequency::Quarterly => 3,
            ReviewFrequency::HalfYearly => 6,
            ReviewFrequency::Annually => 12,
        }
    }
}

/// One dated assessment in a risk's score history.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HistoryEntry {
    /// The date of the assessment.
    pub date: Date,
    /// Likelihood level.
    pub likelihood: u32,
    /// Impact level.
    pub impact: u32,
    /// The meeting where it was reviewed, by id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meeting: Option<Id>,
    /// Why the score moved.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl HistoryEntry {
    /// The assessment this entry records.
    pub fn assessment(&self) -> Assessment {
        Assessment {
            likelihood: self.likelihood,
            impact: self.impact,
        }
    }
}

/// A risk on the board's register.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Risk {
    /// Host id.
    pub id: Id,
    /// Short title as the register shows it.
    pub title: String,
    /// What the risk is and why it matters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The council's category (safeguarding practice, finance, partnership...).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// The owner: a person id, or a group id defined on a body ("LSCB Office").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<Id>,
    /// When, and at which meeting and minute, the board raised it.
    pub raised: Raised,
    /// Lifecycle status.
    pub status: RiskStatus,
    /// For a deferred risk: when the board will revisit it (a date, a month, a meeting or
    /// the next meeting after the one that raised it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revisit: Option<When>,
    /// For a closed risk: the date it was closed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closed_on: Option<Date>,
    /// For a closed risk: why it was closed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closed_reason: Option<String>,
    /// Inherent assessment: before any controls.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inherent: Option<Assessment>,
    /// Current (residual) assessment: with the controls in place.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current: Option<Assessment>,
    /// Target assessment: where the board means to get it to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<Assessment>,
    /// Controls in place.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub controls: Vec<String>,
    /// Further actions, by id in the document's action log.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub linked_actions: Vec<Id>,
    /// How often the risk is reviewed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review_frequency: Option<ReviewFrequency>,
    /// The date of the next review.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_review: Option<Date>,
    /// Dated assessments, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub history: Vec<HistoryEntry>,
    /// Host data kept through a round trip (boardkit never reads it).
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

impl Risk {
    /// A new risk raised on `date` with the given status and nothing else.
    pub fn new(
        id: impl Into<Id>,
        title: impl Into<String>,
        date: Date,
        status: RiskStatus,
    ) -> Risk {
        Risk {
            id: id.into(),
            title: title.into(),
            description: None,
            category: None,
            owner: None,
            raised: Raised {
                date,
                meeting: None,
                minute: None,
            },
            status,
            revisit: None,
            closed_on: None,
            closed_reason: None,
            inherent: None,
            current: None,
            target: None,
            controls: Vec::new(),
            linked_actions: Vec::new(),
            review_frequency: None,
            next_review: None,
            history: Vec::new(),
            extensions: Extensions::new(),
        }
    }

    /// Whether the risk is on the live register as of `as_of`: raised by then, open or
    /// escalated, or closed after that date.
    pub fn live_on(&self, as_of: Date) -> bool {
        if self.raised.date > as_of {
            return false;
        }
        match self.status {
            RiskStatus::Open | RiskStatus::Escalated => true,
            RiskStatus::Closed => self.closed_on.is_some_and(|d| d > as_of),
            RiskStatus::Proposed | RiskStatus::Deferred => false,
        }
    }

    /// The assessment in force on `as_of`: the latest history entry dated on or before it,
    /// or the current assessment when there is no history.
    pub fn assessment_on(&self, as_of: Date) -> Option<Assessment> {
        if self.history.is_empty() {
            return self.current;
        }
        self.latest_two(as_of).0.map(HistoryEntry::assessment)
    }

    /// The latest and the one-before-latest history entries dated on or before `as_of`
    /// (by date; entries of one date keep their listed order).
    pub fn latest_two(&self, as_of: Date) -> (Option<&HistoryEntry>, Option<&HistoryEntry>) {
        let mut dated: Vec<&HistoryEntry> =
            self.history.iter().filter(|h| h.date <= as_of).collect();
        dated.sort_by_key(|h| h.date);
        let mut it = dated.into_iter().rev();
        let last = it.next();
        (last, it.next())
    }

    /// The date of the latest assessment on or before `as_of` (the raised date when there
    /// is no history).
    pub fn assessed_on(&self, as_of: Date) -> Date {
        self.latest_two(as_of)
            .0
            .map(|h| h.date)
            .unwrap_or(self.raised.date)
    }

    /// When the risk is next due for review, seen from `as_of`: `next_review` when given;
    /// otherwise the date of the latest assessment plus the review frequency.
    pub fn review_due(&self, as_of: Date) -> Option<Date> {
        if let Some(d) = self.next_review {
            return Some(d);
        }
        let f = self.review_frequency?;
        self.assessed_on(as_of)
            .checked_add_months(Months::new(f.months()))
    }
}
