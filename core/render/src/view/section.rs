//! A section of the board pack: which it is, its heading, notes, charts and tables, and
//! the minutes for the minutes section. Each section's builder fills one.

use super::minutes::MinutesView;
use crate::charts::Chart;
use crate::table::Table;
use serde::Serialize;

/// The sections of a board pack.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SectionKind {
    /// The action log as of a date.
    Actions,
    /// The risk register summary with its heat map.
    Risks,
    /// Attendance by agency and member for a period.
    Attendance,
    /// The budget statement.
    Budget,
    /// The performance scorecard.
    Scorecard,
    /// The public minutes of a meeting.
    Minutes,
}

impl SectionKind {
    /// Every section, in the order a pack prints them.
    pub const ALL: [SectionKind; 6] = [
        SectionKind::Minutes,
        SectionKind::Actions,
        SectionKind::Risks,
        SectionKind::Scorecard,
        SectionKind::Attendance,
        SectionKind::Budget,
    ];

    /// The word used on the command line and as an anchor (`actions`).
    pub fn key(self) -> &'static str {
        match self {
            SectionKind::Actions => "actions",
            SectionKind::Risks => "risks",
            SectionKind::Attendance => "attendance",
            SectionKind::Budget => "budget",
            SectionKind::Scorecard => "scorecard",
            SectionKind::Minutes => "minutes",
        }
    }

    /// The section for a word of [`SectionKind::key`].
    pub fn from_key(s: &str) -> Option<SectionKind> {
        SectionKind::ALL.into_iter().find(|k| k.key() == s)
    }
}

/// One section of the pack.
#[derive(Debug, Clone, Serialize)]
pub struct Section {
    /// Which section.
    pub kind: SectionKind,
    /// Anchor id (`actions`).
    pub key: String,
    /// Heading.
    pub title: String,
    /// Sentences before the tables (figures and ratings only).
    pub notes: Vec<String>,
    /// Charts, each with a title and a text alternative.
    pub charts: Vec<Chart>,
    /// Tables.
    pub tables: Vec<Table>,
    /// The minutes, for the minutes section.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub minutes: Option<MinutesView>,
}

impl Section {
    pub(super) fn new(kind: SectionKind, title: impl Into<String>) -> Section {
        Section {
            kind,
            key: kind.key().to_string(),
            title: title.into(),
            notes: Vec::new(),
            charts: Vec::new(),
            tables: Vec::new(),
            minutes: None,
        }
    }
}
