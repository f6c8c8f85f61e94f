//! A risk on the register: what it is, who owns it, where the board decided it, its
//! lifecycle, its inherent / current / target assessments and its dated score history.

use crate::action::due::{Due, Quarter};
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
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Raised {
    /// The date the risk was raised, when the register records it (absent: on the
    /// register before any date the register speaks of).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
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

/// Direction of travel of a risk's score between two assessments: worked out from the
/// scores, or as the register states it (a "DOT" column).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
// The schema keeps the name it had before the area was added to the Rust name
// (wasm/codegen/generate.rs gives the TypeScript type the area's name).
#[cfg_attr(feature = "schema", schemars(rename = "Direction"))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RiskDirection {
    /// The score went up (the risk got worse).
    Up,
    /// The score went down (the risk got better).
    Down,
    /// The score is the same.
    Unchanged,
    /// Only one assessment so far.
    New,
}

/// The old name of [`RiskDirection`], kept so that host code written against it still compiles.
#[deprecated(
    note = "renamed `RiskDirection`: an indicator has a direction of travel of its own, `ScorecardDirection`"
)]
pub type Direction = RiskDirection;

impl RiskDirection {
    /// The snake_case name used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            RiskDirection::Up => "up",
            RiskDirection::Down => "down",
            RiskDirection::Unchanged => "unchanged",
            RiskDirection::New => "new",
        }
    }
}

/// One dated assessment in a risk's score history: a likelihood and an impact, or only
/// the score when that is all the register gives, with the register's own direction of
/// travel when it states one.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HistoryEntry {
    /// The date of the assessment (for a quarterly assessment, the quarter's last day).
    /// Absent when the register gives only a score under a period heading: the entry then
    /// keeps its place in the list, and the checks that need its date stay silent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// The period heading as printed, when the register gives one that is not a date
    /// ("Q3 16/17", "Autumn review").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period_label: Option<String>,
    /// The quarter the assessment is for, when the register reports by quarter
    /// ("Quarter 3 16/17" is `"2016/17-Q3"`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<Quarter>,
    /// Likelihood level.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub likelihood: Option<u32>,
    /// Impact level.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub impact: Option<u32>,
    /// The score as the register states it ("Overall"). Needed when the register gives no
    /// likelihood and impact; when it gives both, checked against them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub score: Option<u32>,
    /// The direction of travel as the register states it, checked against the scores.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub direction: Option<RiskDirection>,
    /// The meeting where it was reviewed, by id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meeting: Option<Id>,
    /// Why the score moved.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl Raised {
    /// True when nothing about the raising is recorded.
    pub fn is_empty(&self) -> bool {
        self.date.is_none() && self.meeting.is_none() && self.minute.is_none()
    }
}

impl HistoryEntry {
    /// An entry with a likelihood and an impact and nothing else.
    pub fn new(date: Date, likelihood: u32, impact: u32) -> HistoryEntry {
        HistoryEntry {
            date: Some(date),
            period_label: None,
            period: None,
            likelihood: Some(likelihood),
            impact: Some(impact),
            score: None,
            direction: None,
            meeting: None,
            note: None,
        }
    }

    /// The assessment this entry records, when it gives both likelihood and impact.
    pub fn assessment(&self) -> Option<Assessment> {
        Some(Assessment {
            likelihood: self.likelihood?,
            impact: self.impact?,
        })
    }
}

/// How well a control works, as the register judges it.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Effectiveness {
    /// Works as intended.
    Effective,
    /// Works in part.
    PartlyEffective,
    /// Does not work.
    Ineffective,
    /// Not yet tested or judged.
    NotAssessed,
}

/// A control in place: its text, or its text with how well it works.
///
/// JSON: `"Monthly budget monitoring"` or `{"description": "...", "effectiveness":
/// "partly_effective"}`.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
// Deserialize is written by hand below: serde's reader of untagged enums ignores keys
// a variant does not have (nothing the caller gives is silently dropped).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum Control {
    /// The control's text only.
    Text(String),
    /// The control with its effectiveness.
    Judged {
        /// What the control is.
        description: String,
        /// How well it works.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        effectiveness: Option<Effectiveness>,
    },
}

/// How a control given as a record is read: its fields, and no others.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct JudgedRead {
    description: String,
    #[serde(default)]
    effectiveness: Option<Effectiveness>,
}

impl<'de> Deserialize<'de> for Control {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = Control;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("Enter a control: its text, or a record like {\"description\": \"Monthly audit\", \"effectiveness\": \"effective\"}.")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Control, E> {
                Ok(Control::Text(v.to_string()))
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<Control, A::Error> {
                let read =
                    JudgedRead::deserialize(serde::de::value::MapAccessDeserializer::new(map))?;
                Ok(Control::Judged {
                    description: read.description,
                    effectiveness: read.effectiveness,
                })
            }
        }
        d.deserialize_any(V)
    }
}

impl Control {
    /// The control's text.
    pub fn description(&self) -> &str {
        match self {
            Control::Text(t) => t,
            Control::Judged { description, .. } => description,
        }
    }
}

/// Whether a register entry is a threat (a risk) or an opportunity.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IssueType {
    /// Something that could go wrong.
    Threat,
    /// Something that could go better than planned.
    Opportunity,
}

/// What the board has chosen to do about a risk.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Treatment {
    /// Reduce it with further action.
    Treat,
    /// Accept it as it is.
    Tolerate,
    /// Pass it to another party (insurance, a contract, another body).
    Transfer,
    /// Stop the activity that causes it.
    Terminate,
}

/// A further action planned to reduce the risk, as the register words it, with its date.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlannedAction {
    /// What is planned.
    pub description: String,
    /// When ("May 2017", "Ongoing").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<Due>,
    /// The action in the document's action log that tracks it, by id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action: Option<Id>,
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
    /// Whether the register records it as a threat or an opportunity ("Issue type").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issue_type: Option<IssueType>,
    /// How well the controls work taken together, as the register judges the whole risk
    /// ("Effectiveness of control: Partly effective").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub control_effectiveness: Option<Effectiveness>,
    /// The owner: a person id, or a group id defined on a body ("LSCB Office").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<Id>,
    /// The body or committee that owns the risk, by id, when it is not the register's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owning_body: Option<Id>,
    /// The partner organisations the risk applies to, by id (a tick per partner).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub applies_to: Vec<Id>,
    /// What causes the risk.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub causes: Vec<String>,
    /// What would follow if it happened.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub consequences: Vec<String>,
    /// When, and at which meeting and minute, the board raised it, as far as the register
    /// records it.
    #[serde(default, skip_serializing_if = "Raised::is_empty")]
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
    /// The date by which the board means to reach the target ("Ongoing" when it says so).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_date: Option<Due>,
    /// Controls in place.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub controls: Vec<Control>,
    /// Comments on the measures, as the register words them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comments: Option<String>,
    /// Further actions planned, as the register words them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub planned_actions: Vec<PlannedAction>,
    /// What the board has chosen to do about the risk.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub treatment: Option<Treatment>,
    /// Further actions, by id in the document's action log.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub linked_actions: Vec<Id>,
    /// How often the risk is reviewed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review_frequency: Option<ReviewFrequency>,
    /// The date of the next review.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_review: Option<Date>,
    /// The date the risk was last reviewed (with `review_frequency`, gives the next
    /// review when the register has no "next review" column).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_reviewed: Option<Date>,
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
            issue_type: None,
            control_effectiveness: None,
            owner: None,
            owning_body: None,
            applies_to: Vec::new(),
            causes: Vec::new(),
            consequences: Vec::new(),
            raised: Raised {
                date: Some(date),
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
            target_date: None,
            controls: Vec::new(),
            comments: None,
            planned_actions: Vec::new(),
            treatment: None,
            linked_actions: Vec::new(),
            review_frequency: None,
            next_review: None,
            last_reviewed: None,
            history: Vec::new(),
            extensions: Extensions::new(),
        }
    }

    /// Whether the risk is on the live register as of `as_of`: raised by then, open or
    /// escalated, or closed after that date.
    pub fn live_on(&self, as_of: Date) -> bool {
        if self.raised.date.is_some_and(|d| d > as_of) {
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
        self.latest_two(as_of).0.and_then(HistoryEntry::assessment)
    }

    /// The latest and the one-before-latest history entries dated on or before `as_of`
    /// (by date; entries of one date keep their listed order).
    pub fn latest_two(&self, as_of: Date) -> (Option<&HistoryEntry>, Option<&HistoryEntry>) {
        // The two greatest by (date, position), in one pass (not a sort per call: a
        // register is asked this for every risk, and histories can be long).
        // An undated entry keeps its place in the list: it is ordered as of the latest
        // date listed before it (before any date when none is).
        let mut last: Option<(Date, &HistoryEntry)> = None;
        let mut before: Option<(Date, &HistoryEntry)> = None;
        let mut carried = Date::MIN;
        for h in &self.history {
            let key = h.date.unwrap_or(carried);
            carried = key;
            if key > as_of {
                continue;
            }
            if last.is_none_or(|(l, _)| key >= l) {
                before = last;
                last = Some((key, h));
            } else if before.is_none_or(|(b, _)| key >= b) {
                before = Some((key, h));
            }
        }
        (last.map(|(_, h)| h), before.map(|(_, h)| h))
    }

    /// True when the risk was raised on or before `as_of` (or its raising is not dated).
    pub fn raised_by(&self, as_of: Date) -> bool {
        self.raised.date.is_none_or(|d| d <= as_of)
    }

    /// The date of the latest assessment on or before `as_of` (the raised date when there
    /// is no history; none when that is not recorded either).
    pub fn assessed_on(&self, as_of: Date) -> Option<Date> {
        self.history
            .iter()
            .filter_map(|h| h.date)
            .filter(|d| *d <= as_of)
            .max()
            .or(self.raised.date)
    }

    /// When the risk is next due for review, seen from `as_of`: `next_review` when given;
    /// otherwise the date it was last reviewed (or of its latest assessment, whichever is
    /// later) plus the review frequency.
    pub fn review_due(&self, as_of: Date) -> Option<Date> {
        self.review_due_with(as_of, None)
    }

    /// [`Risk::review_due`], with a review interval in days (a body's constitution's
    /// `risk_review_days`) used when the risk gives neither a next review nor a review
    /// frequency.
    pub fn review_due_with(&self, as_of: Date, interval_days: Option<u32>) -> Option<Date> {
        if let Some(d) = self.next_review {
            return Some(d);
        }
        if self.review_frequency.is_none() && interval_days.is_none() {
            return None;
        }
        let assessed = self.assessed_on(as_of);
        let reviewed = self.last_reviewed.filter(|d| *d <= as_of);
        let from = match (assessed, reviewed) {
            (Some(a), Some(r)) => a.max(r),
            (a, r) => a.or(r)?,
        };
        match (self.review_frequency, interval_days) {
            (Some(f), _) => from.checked_add_months(Months::new(f.months())),
            (None, Some(days)) => from.checked_add_days(chrono::Days::new(u64::from(days))),
            (None, None) => None,
        }
    }
}
