//! The board pack as data: sections of headings, notes, tables and charts, built from
//! the public version of a document. HTML, Markdown and CSV are all printed from this.

mod actions;
mod attendance;
mod budget;
mod minutes;
mod records;
mod risks;
mod scorecard;

use crate::charts::Chart;
use crate::table::Table;
use crate::{Error, Options};
use boardkit::date::Date;
use boardkit::index::Index;
use boardkit::BoardDocument;
use serde::Serialize;

pub use minutes::{MinutesItem, MinutesView};

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
    fn new(kind: SectionKind, title: impl Into<String>) -> Section {
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

/// A board pack: a title and its sections.
#[derive(Debug, Clone, Serialize)]
pub struct Pack {
    /// The pack's title ("Leicester Safeguarding Children Board: board pack").
    pub title: String,
    /// The body's name.
    pub body: String,
    /// The date the pack speaks as of.
    pub as_of: String,
    /// The date, ISO.
    pub as_of_iso: String,
    /// Sections in order.
    pub sections: Vec<Section>,
}

impl Pack {
    /// Build the sections asked for from the public version of `doc`.
    pub fn build(
        doc: &BoardDocument,
        options: &Options,
        kinds: &[SectionKind],
    ) -> Result<Pack, Error> {
        let public = doc.public_version();
        let ix = Index::new(&public);
        let body = body_of(&ix, options)?;
        let mut sections = Vec::with_capacity(kinds.len());
        for kind in kinds {
            let s = match kind {
                SectionKind::Actions => actions::section(&ix, &body, options)?,
                SectionKind::Risks => risks::section(&ix, options)?,
                SectionKind::Attendance => attendance::section(&ix, &body, options)?,
                SectionKind::Budget => budget::section(&ix, &body)?,
                SectionKind::Scorecard => scorecard::section(&ix, &body)?,
                SectionKind::Minutes => minutes::section(&ix, &body, options)?,
            };
            sections.push(s);
        }
        // The name in force on the pack's date (a board that became a partnership).
        let body_name = ix
            .body(&body)
            .map(|b| b.name_on(options.as_of).to_string())
            .unwrap_or_default();
        Ok(Pack {
            title: format!("{body_name}: board papers"),
            body: body_name,
            as_of: long_date(options.as_of),
            as_of_iso: options.as_of.to_string(),
            sections,
        })
    }
}

/// The body the pack is for.
pub(crate) fn body_of(ix: &Index<'_>, options: &Options) -> Result<String, Error> {
    if let Some(b) = &options.body {
        return match ix.body(b) {
            Some(_) => Ok(b.clone()),
            None => Err(Error::Option {
                option: "body",
                message: "there is no body with this id in the document; give the id of a board or sub-group, for example b-lscb".into(),
            }),
        };
    }
    let from_register = ix
        .risk_register
        .as_ref()
        .and_then(|r| r.body.clone())
        .filter(|b| ix.body(b).is_some());
    from_register
        .or_else(|| ix.bodies.iter().find(|b| !b.members.is_empty()).map(|b| b.id.clone()))
        .or_else(|| ix.bodies.first().map(|b| b.id.clone()))
        .ok_or_else(|| Error::Option {
            option: "body",
            message: "the document has no body (board or sub-group) to make papers for; add one under bodies".into(),
        })
}

/// "8 December 2016".
pub fn long_date(d: Date) -> String {
    d.format("%-d %B %Y").to_string()
}
