//! Requests as the bindings send them (one JSON object in, one JSON object out), so the
//! C and JavaScript bindings only translate: `{"document", "what", "format", "as_of",
//! ...}` for the pack, `{"document", "as_of"}` for iCalendar, `{"document", "base"}` for
//! OParl. Errors point at the request's field (`/what`, `/format`, `/base`).

use crate::{csv_out, Error, Options, Pack, SectionKind, Templates};
use boardkit::date::Date;
use boardkit::{BoardDocument, Id};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Render the pack or one section.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RenderRequest {
    /// The board document.
    pub document: BoardDocument,
    /// `pack`, `actions`, `risks`, `attendance`, `budget`, `scorecard` or `minutes`.
    pub what: String,
    /// `html`, `md` or `csv`.
    pub format: String,
    /// The date the papers speak as of.
    pub as_of: Date,
    /// First day of the attendance period.
    #[serde(default)]
    pub from: Option<Date>,
    /// Last day of the attendance period.
    #[serde(default)]
    pub to: Option<Date>,
    /// The body.
    #[serde(default)]
    pub body: Option<Id>,
    /// The meeting whose minutes to print.
    #[serde(default)]
    pub meeting: Option<Id>,
    /// A host's own templates by name (`pack.html`...).
    #[serde(default)]
    pub templates: BTreeMap<String, String>,
}

/// One CSV file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CsvFile {
    /// File name (`actions.csv`).
    pub name: String,
    /// Its text, starting with the UTF-8 byte-order mark.
    pub text: String,
}

/// What [`render`] gives back.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum Rendered {
    /// HTML or Markdown.
    Text {
        /// `html` or `md`.
        format: String,
        /// The page.
        text: String,
    },
    /// CSV files, one per table.
    Files {
        /// `csv`.
        format: String,
        /// The files.
        files: Vec<CsvFile>,
    },
}

/// Render a request.
pub fn render(r: &RenderRequest) -> Result<Rendered, Error> {
    let kinds: Vec<SectionKind> = if r.what == "pack" {
        SectionKind::ALL.to_vec()
    } else {
        vec![SectionKind::from_key(&r.what).ok_or_else(|| Error::Option {
            option: "what",
            message:
                "what to render is pack, actions, risks, attendance, budget, scorecard or minutes"
                    .into(),
        })?]
    };
    let mut o = Options::as_of(r.as_of);
    o.from = r.from;
    o.to = r.to;
    o.body = r.body.clone();
    o.meeting = r.meeting.clone();
    let pack = Pack::build(&r.document, &o, &kinds)?;
    let mut t = Templates::default();
    for (i, (name, source)) in r.templates.iter().enumerate() {
        if !crate::templates::DEFAULTS.iter().any(|(d, _)| d == name) {
            return Err(Error::Option {
                option: "templates",
                message: format!(
                    "Template {} of {} (in name order) has a name that is not one of pack.html, pack.md, heatmap.svg, bars.svg, trend.svg, so it would not be used; name it after the template it replaces, for example \"pack.html\"",
                    i + 1,
                    r.templates.len()
                ),
            });
        }
        t = t.with(name, source);
    }
    match r.format.as_str() {
        "html" => Ok(Rendered::Text {
            format: r.format.clone(),
            text: t.html(&pack)?,
        }),
        "md" => Ok(Rendered::Text {
            format: r.format.clone(),
            text: t.markdown(&pack)?,
        }),
        "csv" => {
            let mut files = Vec::new();
            for s in &pack.sections {
                for (name, bytes) in csv_out::section(s)? {
                    let text = String::from_utf8(bytes)
                        .map_err(|_| Error::Csv("a table is not UTF-8".into()))?;
                    files.push(CsvFile { name, text });
                }
            }
            Ok(Rendered::Files {
                format: r.format.clone(),
                files,
            })
        }
        _ => Err(Error::Option {
            option: "format",
            message: "the format is html, md or csv".into(),
        }),
    }
}

/// iCalendar of a body's meetings and open actions' due dates.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IcalRequest {
    /// The board document.
    pub document: BoardDocument,
    /// Which actions are open.
    pub as_of: Date,
    /// The body.
    #[serde(default)]
    pub body: Option<Id>,
}

/// The calendar as `{"text": "BEGIN:VCALENDAR..."}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Calendar {
    /// The iCalendar text.
    pub text: String,
}

/// Export a calendar.
pub fn ical(r: &IcalRequest) -> Result<Calendar, Error> {
    let mut o = Options::as_of(r.as_of);
    o.body = r.body.clone();
    Ok(Calendar {
        text: crate::ical::calendar(&r.document, &o)?,
    })
}

/// OParl 1.1 objects under a base URL.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OparlRequest {
    /// The board document.
    pub document: BoardDocument,
    /// The base URL (`https://papers.example.org/oparl`).
    pub base: String,
    /// The body.
    #[serde(default)]
    pub body: Option<Id>,
}

/// Export OParl.
pub fn oparl(r: &OparlRequest) -> Result<crate::oparl::Export, Error> {
    let mut o = Options::as_of(Date::default());
    o.body = r.body.clone();
    crate::oparl::export(&r.document, &o, &r.base)
}
