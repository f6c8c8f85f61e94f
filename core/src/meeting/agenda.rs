//! Agenda items and their numbering (3, 3.1, 7.1.2, 253).

use super::*;
use crate::board::StandingItem;
use crate::Extensions;
use serde::{Deserialize, Serialize};

/// An agenda item, numbered hierarchically (3, 3.1, 7.1.2) or continuously (253).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AgendaItem {
    /// Item number as minuted.
    pub number: String,
    /// Title.
    pub title: String,
    /// Presenters.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub presenters: Vec<PersonRef>,
    /// Papers.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub papers: Vec<Paper>,
    /// Time allocated, in minutes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minutes_allocated: Option<u32>,
    /// Exempt from the public version of the minutes.
    #[serde(default, skip_serializing_if = "is_false")]
    pub confidential: bool,
    /// The ground on which the item was taken with the press and public excluded, as the
    /// paper records it (schema version 4).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exemption: Option<Exemption>,
    /// The part of the meeting (`Meeting.parts`) the item was taken in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub part: Option<crate::Id>,
    /// An earlier minute this one refers back to ("46 (29)": minute 29), as numbered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refers_to: Option<String>,
    /// Deferred to a later item ("item 9") or meeting.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deferred_to: Option<crate::date::When>,
    /// Which standing item of the template this is, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub standing: Option<StandingItem>,
    /// Minute text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minutes: Option<String>,
    /// Decisions.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub decisions: Vec<Decision>,
    /// Host data kept through a round trip.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

/// The ground for excluding the press and public from an item or part, as minuted: the
/// paragraph of Schedule 12A to the Local Government Act 1972 ("exempt under paragraph
/// 2": information likely to reveal the identity of an individual) and the date by which
/// the exemption is to be reviewed. A public version prints both, never the content.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Exemption {
    /// The paragraph of Schedule 12A (1 to 7 for England; Wales numbers its own 12 to 18).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paragraph: Option<u8>,
    /// The date by which the exemption is to be reviewed, when given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review_by: Option<crate::date::Date>,
    /// Why the public interest in keeping the information exempt outweighs the public
    /// interest in disclosing it, as the report or minutes state it (schema version 5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_interest: Option<String>,
}

/// Parse an item number ("7.1.2", "253", "M3", "Item 5", "5/1") into its parts; `None`
/// if it is not numbers, optionally after one capital letter (M1-M4, which orders after
/// plain numbers of the same meeting). Read by [`super::number::segments`], the one
/// reading of item numbers the public version shares: `5/1`, `5-1` and `Item 5.1` are
/// `5.1`; `5a` and `2.a` are not numbers (they are beneath 5 and 2 all the same).
pub fn item_number(s: &str) -> Option<Vec<u32>> {
    use super::number::Segment;
    let segs = super::number::segments(s);
    let mut out = Vec::with_capacity(segs.len());
    for (i, seg) in segs.iter().enumerate() {
        match seg {
            Segment::Number(n) => out.push(*n),
            Segment::Series(c) if i == 0 => out.push(series_code(*c)),
            Segment::Letters(l) if i == 0 && l.len() == 1 => {
                let c = l.chars().next().filter(char::is_ascii_uppercase)?;
                out.push(series_code(c));
            }
            _ => return None,
        }
    }
    (!out.is_empty()).then_some(out)
}

/// The code of a capital letter heading a series: above every plain number.
fn series_code(c: char) -> u32 {
    u32::MAX - 26 + (u32::from(c).saturating_sub(u32::from('A')))
}
