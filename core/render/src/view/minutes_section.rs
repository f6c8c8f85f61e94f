//! The minutes section: a meeting's public minutes (see `minutes`), the notices of what
//! the public version withholds, and its decisions as a table for the CSV.

use super::dates::long_date;
use super::minutes::view;
use super::section::{Section, SectionKind};
use crate::table::{Cell, Table};
use crate::{Error, Options};
use boardkit::index::Index;

/// The minutes section: the meeting of the options, else the body's latest meeting
/// held on or before the date.
/// The edited version's notice is read from the ledger the public meeting carries
/// (`redactions`).
pub fn section(ix: &Index<'_>, body: &str, options: &Options) -> Result<Section, Error> {
    let meeting = match &options.meeting {
        Some(id) => Some(ix.meeting(id).ok_or_else(|| Error::Option {
            option: "meeting",
            message: "there is no meeting with this id in the document; give a meeting id, for example m-2016-12-08".into(),
        })?),
        None => ix
            .meetings_of_slice(body)
            .iter()
            .rev()
            .find(|m| m.date <= options.as_of && m.status.took_place() && !m.agenda.is_empty())
            .copied(),
    };
    let Some(m) = meeting else {
        let mut s = Section::new(SectionKind::Minutes, "Minutes");
        s.notes
            .push("No meeting with an agenda was held by this date.".into());
        return Ok(s);
    };
    let mut s = Section::new(
        SectionKind::Minutes,
        format!(
            "Minutes of the meeting of {} (public version)",
            long_date(m.date)
        ),
    );
    let v = view(ix, m);
    if let Some(notice) = m.redactions.as_ref().and_then(|l| l.notice()) {
        s.notes.push(notice);
    }
    if m.confidential {
        s.notes.push("The minutes of this meeting are marked confidential: this version shows only that the meeting took place.".into());
    } else if m.agenda.iter().any(|i| i.confidential) {
        s.notes.push(
            "Confidential items are withheld from this version: only their numbers are shown."
                .into(),
        );
    }
    // The decisions as a table too, for the CSV.
    let decisions = v
        .items
        .iter()
        .flat_map(|i| {
            i.decisions.iter().map(move |d| {
                vec![
                    Cell::text(i.number.clone()),
                    Cell::text(i.title.clone()),
                    Cell::text(d.clone()),
                ]
            })
        })
        .collect();
    s.tables.push(
        Table::new(
            "minutes-decisions",
            "Decisions",
            &["Item", "Title", "Decision"],
            decisions,
        )
        .when_empty("No decisions recorded."),
    );
    s.minutes = Some(v);
    Ok(s)
}
