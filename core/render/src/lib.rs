//! # boardkit-render
//!
//! Board papers out of a boardkit [`BoardDocument`]: the board pack as self-contained
//! HTML (prints on A4, accessible) and Markdown, the same tables as CSV (UTF-8 with a
//! byte-order mark, ISO dates, money in pounds with two decimals), SVG charts, an
//! iCalendar file of meetings and action due dates, and an OParl 1.1 export.
//!
//! Pure functions: a document and options in, text or bytes out; no I/O, no clock.
//!
//! **Confidentiality.** Every rendering and export starts from
//! [`BoardDocument::public_version`], the core's one function that decides what a public
//! paper may carry; nothing here filters records on its own.
#![forbid(unsafe_code)]
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing,
        clippy::unreachable,
        clippy::todo
    )
)]
#![warn(missing_docs)]

pub mod charts;
pub mod csv_out;
pub mod ical;
mod names;
pub mod oparl;
pub mod request;
pub mod table;
pub mod templates;
pub mod view;

use boardkit::date::Date;
use boardkit::{BoardDocument, Id};

pub use templates::Templates;
pub use view::{Pack, Section, SectionKind};

/// What can go wrong when rendering. Messages are plain English and never quote the
/// record's free text.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A calculation of the core refused the document (its message and JSON Pointer).
    #[error("{0}")]
    Core(#[from] boardkit::Error),
    /// The options do not fit the document (for example a body that is not in it).
    #[error("{message} (option {option})")]
    Option {
        /// The option at fault (`body`, `from`, `meeting`...).
        option: &'static str,
        /// What is wrong, with an example of what would do.
        message: String,
    },
    /// A template could not be rendered (a host's own template set with a mistake). The
    /// message names the template only by what it draws (the HTML pack, the heat map...),
    /// never by a name the host gave.
    #[error("{} could not be used: {detail}. Check the line named, for example for a loop without its endfor.", templates::describe(name))]
    Template {
        /// The template's name (`pack.html`).
        name: String,
        /// Where and why, as the template engine reports it.
        detail: String,
    },
    /// A CSV table could not be written.
    #[error("a CSV table could not be written: {0}")]
    Csv(String),
    /// A template ran past one of the [`templates::TemplateLimit`]s: too many steps for
    /// the size of the pack, or calls nested too deep.
    #[error("{}", .0.message())]
    TemplateLimit(templates::TemplateLimit),
}

impl Error {
    /// The JSON Pointer of the request field at fault (`/what`, `/templates`), or of the
    /// bad value in the document for a core error; empty when there is none.
    pub fn path(&self) -> String {
        match self {
            Error::Core(e) => e.path().to_string(),
            Error::Option { option, .. } => format!("/{option}"),
            Error::Template { .. } | Error::TemplateLimit(_) => "/templates".into(),
            Error::Csv(_) => String::new(),
        }
    }

    /// A stable code for hosts (`render.core`, `render.option`, `render.template`,
    /// `render.csv`, `render.template_too_long`, `render.template_too_deep`).
    pub fn code(&self) -> &'static str {
        match self {
            Error::Core(_) => "render.core",
            Error::Option { .. } => "render.option",
            Error::Template { .. } => "render.template",
            Error::Csv(_) => "render.csv",
            Error::TemplateLimit(l) => l.code(),
        }
    }
}

/// What to render: the date to judge the action log and register against, the
/// attendance period, the body and the meeting whose minutes to print.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    /// The date the papers speak as of (never the system clock).
    pub as_of: Date,
    /// First day of the attendance period (a year before `as_of` when absent).
    pub from: Option<Date>,
    /// Last day of the attendance period (`as_of` when absent).
    pub to: Option<Date>,
    /// The body the pack is for (the risk register's body, else the first body with
    /// members, when absent).
    pub body: Option<Id>,
    /// The meeting whose public minutes to print (the body's latest meeting held on or
    /// before `as_of` when absent).
    pub meeting: Option<Id>,
    /// The action log's "due soon" window in days (14 when absent).
    pub amber_days: Option<u32>,
}

impl Options {
    /// Options for a date, everything else by default.
    pub fn as_of(as_of: Date) -> Options {
        Options {
            as_of,
            from: None,
            to: None,
            body: None,
            meeting: None,
            amber_days: None,
        }
    }
}

/// The board pack (every section) as one self-contained HTML page, with the default
/// templates.
///
/// ```
/// use boardkit_render::{pack_html, Options};
/// let text = std::fs::read_to_string("../../examples/data/leicester-lscb.json").unwrap();
/// let doc = boardkit::BoardDocument::from_json(&text).unwrap();
/// let html = pack_html(&doc, &Options::as_of("2017-02-01".parse().unwrap())).unwrap();
/// assert!(html.starts_with("<!DOCTYPE html>") || html.starts_with("<!doctype html>"));
/// ```
pub fn pack_html(doc: &BoardDocument, options: &Options) -> Result<String, Error> {
    let pack = Pack::build(doc, options, &SectionKind::ALL)?;
    Templates::default().html(&pack)
}

/// The board pack (every section) as Markdown, with the default templates.
pub fn pack_markdown(doc: &BoardDocument, options: &Options) -> Result<String, Error> {
    let pack = Pack::build(doc, options, &SectionKind::ALL)?;
    Templates::default().markdown(&pack)
}
