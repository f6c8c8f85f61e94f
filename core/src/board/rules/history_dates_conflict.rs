//! `board.history_dates_conflict`: a body's history of names with dates that conflict
use crate::board::BodyStage;
use crate::date::Date;
use crate::pointer::Pointer;
use crate::premise::Premise;
use crate::unit::{Area, RuleUnit, Scope, Stage, UnitContext};
use crate::validate::{Report, Rule, Severity};

/// Two dated entries of a body's history cover the same day, or one ends before it
/// starts.
pub const HISTORY_DATES_CONFLICT: Rule = Rule {
    code: "board.history_dates_conflict",
    severity: Severity::Error,
    summary: "Two entries of a body's history (its earlier or later names and kinds) cover the same day, or an entry ends before it starts, so the name in force on a day is not clear. Silent for entries without dates.",
};

/// The rule as a unit of the registry.
pub const UNIT: RuleUnit = RuleUnit {
    rule: HISTORY_DATES_CONFLICT,
    area: Area::Board,
    premise: Premise {
        code: "board.history_dates_conflict",
        text: "A body's history of names and kinds, with dates.",
        needs: &["/bodies/*/history/*/from|/bodies/*/history/*/until"],
        approximate: false,
    },
    scope: &[Scope::Body],
    citation: None,
    thresholds: &[],
    stage: Stage::Board,
    check,
};

fn check(cx: &UnitContext<'_>, out: &mut Report) {
    for (at, body) in cx.bodies() {
        check_history(&at, &body.history, out);
    }
}

/// The history of the body at `at`: entries ending before they start, and dated entries
/// that overlap another (sorted by first day, so n log n in the entries).
fn check_history(at: &str, history: &[BodyStage], out: &mut Report) {
    let mut dated: Vec<(Date, Date, usize)> = Vec::new();
    for (k, s) in history.iter().enumerate() {
        if let (Some(f), Some(u)) = (s.from, s.until) {
            if u < f {
                out.push(
                    &HISTORY_DATES_CONFLICT,
                    Pointer::at(at).item("history", k).field("until"),
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
                &HISTORY_DATES_CONFLICT,
                Pointer::at(at).item("history", k),
                "This name's dates overlap another entry of the body's history, so the name in force on those days is not clear: set the last day of the earlier name to the day before the later name was first used.",
            );
        }
        reach = Some(reach.map_or(until, |r| r.max(until)));
    }
}
