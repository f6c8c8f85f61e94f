//! The board pack: the body it is for and its sections, each built by its own module.

use super::dates::long_date;
use super::section::{Section, SectionKind};
use super::{actions, attendance, budget, minutes_section, risks, scorecard};
use crate::{Error, Options};
use boardkit::index::Index;
use boardkit::BoardDocument;
use serde::Serialize;

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
                SectionKind::Minutes => minutes_section::section(&ix, &body, options)?,
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
        .document()
        .risk_register
        .as_ref()
        .and_then(|r| r.body.clone())
        .filter(|b| ix.body(b).is_some());
    from_register
        .or_else(|| ix.document().bodies.iter().find(|b| !b.members.is_empty()).map(|b| b.id.clone()))
        .or_else(|| ix.document().bodies.first().map(|b| b.id.clone()))
        .ok_or_else(|| Error::Option {
            option: "body",
            message: "the document has no body (board or sub-group) to make papers for; add one under bodies".into(),
        })
}
