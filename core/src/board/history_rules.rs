//! The rule on a body's history of names: its dates (the records are in `history.rs`).

use super::BodyStage;
use crate::date::Date;
use crate::validate::Report;

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
