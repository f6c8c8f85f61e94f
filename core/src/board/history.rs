//! A body over time: the names and kinds it has borne, with their dates.
//!
//! Every local safeguarding children board became a safeguarding children partnership
//! in 2019; a council committee may be renamed; a board may become a joint board. One
//! body holds all of them: its `name` and `kind`, and a `history` of the other names
//! and kinds with the days each was in force, so the name on the date of a meeting or a
//! funding decision is worked out, never retyped as a second body.

use super::BodyKind;
use crate::date::Date;
use crate::validate::Report;
use crate::Extensions;
use serde::{Deserialize, Serialize};

/// A name (and kind) a body bore for a period.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BodyStage {
    /// The name in this period, as papers of the time write it ("Barnet LSCB").
    pub name: String,
    /// The kind in this period, where it differs from the body's `kind` (a board that
    /// became a partnership). Absent: the body's `kind`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<BodyKind>,
    /// The first day of the period, where the paper gives it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<Date>,
    /// The last day of the period, where the paper gives it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<Date>,
    /// Host data kept through a round trip.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

impl BodyStage {
    /// Whether the period covers a day. An entry with neither date covers no day (the
    /// paper names the other name without saying when).
    pub fn covers(&self, day: Date) -> bool {
        (self.from.is_some() || self.until.is_some())
            && self.from.is_none_or(|f| f <= day)
            && self.until.is_none_or(|u| day <= u)
    }
}

/// The history of body `b`: entries ending before they start, and dated entries that
/// overlap another (sorted by first day, so n log n in the entries).
pub(super) fn check(b: usize, history: &[BodyStage], out: &mut Report) {
    let mut dated: Vec<(Date, Date, usize)> = Vec::new();
    for (k, s) in history.iter().enumerate() {
        if let (Some(f), Some(u)) = (s.from, s.until) {
            if u < f {
                out.push(
                    &super::HISTORY_DATES_CONFLICT,
                    format!("/bodies/{b}/history/{k}/until"),
                    "This name's last day is before its first day: correct one of the two dates (the day it was first used, then the last day it was used).",
                );
                continue;
            }
        }
        if s.from.is_some() || s.until.is_some() {
            let from = s.from.unwrap_or(Date::MIN);
            let until = s.until.unwrap_or(Date::MAX);
            dated.push((from, until, k));
        }
    }
    dated.sort_unstable();
    let mut reach: Option<Date> = None;
    for (from, until, k) in dated {
        if reach.is_some_and(|r| from <= r) {
            out.push(
                &super::HISTORY_DATES_CONFLICT,
                format!("/bodies/{b}/history/{k}"),
                "This name's dates overlap another entry of the body's history, so the name in force on those days is not clear: set the last day of the earlier name to the day before the later name was first used.",
            );
        }
        reach = Some(reach.map_or(until, |r| r.max(until)));
    }
}
