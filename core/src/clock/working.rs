//! Working days and clear days, counted without walking day by day: weekdays between
//! two dates are a formula, and bank holidays are counted a year at a time (a year the
//! rules alone decide has the same number of weekday holidays every year), so counting
//! costs the same for a week as for a thousand years, and adding working days is a
//! binary search over that count.

use super::holidays::{self, rule_days_a_year, Nation, FIRST_YEAR, LAST_YEAR, SPECIAL_YEARS};
use crate::date::Date;
use chrono::{Datelike, Duration, Weekday};

/// Why a clock could not be read: a date or a count that takes it outside the calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutOfRange {
    /// A date before [`FIRST_YEAR`] or after [`LAST_YEAR`].
    Date,
    /// The answer would fall outside the calendar.
    Answer,
}

/// The first day the calendar covers.
pub fn first_day() -> Option<Date> {
    Date::from_ymd_opt(FIRST_YEAR, 1, 1)
}

/// The last day the calendar covers.
pub fn last_day() -> Option<Date> {
    Date::from_ymd_opt(LAST_YEAR, 12, 31)
}

fn covered(date: Date) -> bool {
    (FIRST_YEAR..=LAST_YEAR).contains(&date.year())
}

/// Weekdays (Monday to Friday) from the start of the calendar's era to `date`, counted
/// with a formula (days since a Monday, five in every seven).
fn weekdays_to(date: Date) -> i64 {
    // 1 January 0001 (day 1 from CE) was a Monday.
    let days = i64::from(date.num_days_from_ce()) - 1;
    let weeks = days.div_euclid(7);
    let rest = days.rem_euclid(7);
    weeks * 5 + rest.min(4) + 1
}

/// Weekday bank holidays of `nation` in `year` on or before `date` (all of them when
/// `date` is later in the year or beyond).
fn holidays_to(nation: Nation, year: i32, date: Date) -> Option<i64> {
    let days = holidays::holidays(nation, year)?;
    Some(days.iter().filter(|h| h.date <= date).count() as i64)
}

/// Weekday bank holidays of `nation` from 1 January of `FIRST_YEAR` to `date`.
fn holidays_until(nation: Nation, date: Date) -> Option<i64> {
    let year = date.year();
    let full_years = i64::from(year - FIRST_YEAR);
    let mut count = full_years * rule_days_a_year(nation);
    // Years with special days before `year` differ from the rule count: correct them.
    for &special in SPECIAL_YEARS.iter().filter(|y| **y < year) {
        count += holidays_to(nation, special, last_day()?)? - rule_days_a_year(nation);
    }
    Some(count + holidays_to(nation, year, date)?)
}

/// Working days up to and including `date`, from the start of the calendar.
fn working_until(nation: Nation, date: Date) -> Option<i64> {
    Some(weekdays_to(date) - holidays_until(nation, date)?)
}

/// The number of working days (weekdays that are not bank holidays in `nation`) after
/// `from` up to and including `to`; 0 when `to` is not after `from`.
pub fn working_days_between(nation: Nation, from: Date, to: Date) -> Result<i64, OutOfRange> {
    if !covered(from) || !covered(to) {
        return Err(OutOfRange::Date);
    }
    if to <= from {
        return Ok(0);
    }
    let end = working_until(nation, to).ok_or(OutOfRange::Date)?;
    let start = working_until(nation, from).ok_or(OutOfRange::Date)?;
    Ok(end - start)
}

/// True when `date` is a working day in `nation` (a weekday that is not a bank holiday).
pub fn is_working_day(nation: Nation, date: Date) -> Result<bool, OutOfRange> {
    if !covered(date) {
        return Err(OutOfRange::Date);
    }
    if matches!(date.weekday(), Weekday::Sat | Weekday::Sun) {
        return Ok(false);
    }
    let days = holidays::holidays(nation, date.year()).ok_or(OutOfRange::Date)?;
    Ok(!days.iter().any(|h| h.date == date))
}

/// The `days`-th working day after `from` (`from` itself when `days` is 0). Friday 16
/// September 2022 plus 5 working days in England and Wales is Monday 26 September 2022
/// (Monday 19th was the State Funeral).
pub fn add_working_days(nation: Nation, from: Date, days: u64) -> Result<Date, OutOfRange> {
    if !covered(from) {
        return Err(OutOfRange::Date);
    }
    let want = i64::try_from(days).map_err(|_| OutOfRange::Answer)?;
    // The answer is the first day whose count reaches `want`: at least `days` calendar
    // days on, and at most twice that plus a month (five working days in seven, at most
    // a dozen holidays a year).
    let low = offset(from, want)?;
    let high = offset(from, want.saturating_mul(2).saturating_add(31))
        .or_else(|_| last_day().ok_or(OutOfRange::Answer))?;
    let reached = |d: Date| working_days_between(nation, from, d).map(|n| n >= want);
    if !reached(high)? {
        return Err(OutOfRange::Answer);
    }
    first_reaching(low, high, reached)
}

/// The `days`-th working day before `to` (`to` itself when `days` is 0).
pub fn subtract_working_days(nation: Nation, to: Date, days: u64) -> Result<Date, OutOfRange> {
    if !covered(to) {
        return Err(OutOfRange::Date);
    }
    let want = i64::try_from(days).map_err(|_| OutOfRange::Answer)?;
    if want == 0 {
        return Ok(to);
    }
    let high = offset(to, -want)?;
    let low = offset(to, -(want.saturating_mul(2).saturating_add(31)))
        .or_else(|_| first_day().ok_or(OutOfRange::Answer))?;
    // The last day `d` with `want` working days in [d, to), i.e. after d - 1 up to to - 1.
    let enough = |d: Date| -> Result<bool, OutOfRange> {
        let before = d.pred_opt().ok_or(OutOfRange::Answer)?;
        let end = to.pred_opt().ok_or(OutOfRange::Answer)?;
        if !covered(before) {
            return Ok(false);
        }
        working_days_between(nation, before, end).map(|n| n >= want)
    };
    if !enough(low)? {
        return Err(OutOfRange::Answer);
    }
    last_reaching(low, high, enough)
}

/// `date` moved by `days` calendar days, inside the calendar.
fn offset(date: Date, days: i64) -> Result<Date, OutOfRange> {
    let moved = Duration::try_days(days)
        .and_then(|d| date.checked_add_signed(d))
        .ok_or(OutOfRange::Answer)?;
    if covered(moved) {
        Ok(moved)
    } else {
        Err(OutOfRange::Answer)
    }
}

/// The first day in `low..=high` for which `test` holds (it holds at `high`, and once it
/// holds it holds for every later day).
fn first_reaching(
    mut low: Date,
    mut high: Date,
    test: impl Fn(Date) -> Result<bool, OutOfRange>,
) -> Result<Date, OutOfRange> {
    while low < high {
        let mid = midpoint(low, high)?;
        if test(mid)? {
            high = mid;
        } else {
            low = mid.succ_opt().ok_or(OutOfRange::Answer)?;
        }
    }
    Ok(high)
}

/// The last day in `low..=high` for which `test` holds (it holds at `low`, and once it
/// fails it fails for every later day).
fn last_reaching(
    mut low: Date,
    mut high: Date,
    test: impl Fn(Date) -> Result<bool, OutOfRange>,
) -> Result<Date, OutOfRange> {
    while low < high {
        let mid = midpoint(low, high)?.succ_opt().ok_or(OutOfRange::Answer)?;
        if test(mid)? {
            low = mid;
        } else {
            high = mid.pred_opt().ok_or(OutOfRange::Answer)?;
        }
    }
    Ok(low)
}

/// The day halfway from `low` to `high` (rounded down).
fn midpoint(low: Date, high: Date) -> Result<Date, OutOfRange> {
    let half = (high - low).num_days() / 2;
    offset(low, half)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(y: i32, m: u32, d: u32) -> Date {
        Date::from_ymd_opt(y, m, d).unwrap()
    }

    /// The same count, walked day by day (the slow definition the formula replaces).
    fn walked(nation: Nation, from: Date, to: Date) -> i64 {
        let mut n = 0;
        let mut d = from;
        while d < to {
            d = d.succ_opt().unwrap();
            if is_working_day(nation, d).unwrap() {
                n += 1;
            }
        }
        n
    }

    #[test]
    fn the_count_agrees_with_walking_day_by_day() {
        let pairs = [
            (ymd(2007, 1, 1), ymd(2031, 1, 1)),
            (ymd(2022, 9, 16), ymd(2022, 9, 26)),
            (ymd(2011, 12, 31), ymd(2012, 6, 30)),
            (ymd(2019, 3, 3), ymd(2027, 7, 14)),
        ];
        for nation in Nation::ALL {
            for (a, b) in pairs {
                assert_eq!(working_days_between(nation, a, b), Ok(walked(nation, a, b)));
            }
        }
    }

    #[test]
    fn adding_lands_on_a_working_day_with_the_right_count() {
        for nation in Nation::ALL {
            for start in [ymd(2022, 9, 16), ymd(2016, 12, 23), ymd(2020, 5, 7)] {
                for n in [0u64, 1, 2, 5, 10, 28, 260, 1000] {
                    let d = add_working_days(nation, start, n).unwrap();
                    assert_eq!(working_days_between(nation, start, d).unwrap(), n as i64);
                    if n > 0 {
                        assert!(is_working_day(nation, d).unwrap(), "{nation:?} {start} {n}");
                        let back = subtract_working_days(nation, d, n).unwrap();
                        if is_working_day(nation, start).unwrap() {
                            assert_eq!(back, start, "{nation:?} {start} {n}");
                        } else {
                            assert!(back < start, "{nation:?} {start} {n}");
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn the_examples_of_the_issue() {
        let ew = Nation::EnglandAndWales;
        assert_eq!(
            add_working_days(ew, ymd(2022, 9, 16), 5),
            Ok(ymd(2022, 9, 26))
        );
        assert_eq!(
            add_working_days(ew, ymd(2023, 11, 29), 1),
            Ok(ymd(2023, 11, 30))
        );
        assert_eq!(
            add_working_days(Nation::Scotland, ymd(2023, 11, 29), 1),
            Ok(ymd(2023, 12, 1))
        );
        // Back again: Monday 19th is skipped, so five working days before is Friday 16th.
        assert_eq!(
            subtract_working_days(ew, ymd(2022, 9, 26), 5),
            Ok(ymd(2022, 9, 16))
        );
    }

    #[test]
    fn a_million_working_days_is_answered_and_too_many_is_refused() {
        let ew = Nation::EnglandAndWales;
        let d = add_working_days(ew, ymd(2022, 9, 16), 1_000_000).unwrap();
        assert_eq!(working_days_between(ew, ymd(2022, 9, 16), d), Ok(1_000_000));
        assert_eq!(
            add_working_days(ew, ymd(2022, 9, 16), 10_000_000),
            Err(OutOfRange::Answer)
        );
        assert_eq!(
            add_working_days(ew, ymd(2022, 9, 16), u64::MAX),
            Err(OutOfRange::Answer)
        );
        assert_eq!(
            subtract_working_days(ew, ymd(2022, 9, 16), 10_000),
            Err(OutOfRange::Answer)
        );
        assert_eq!(
            add_working_days(ew, ymd(2006, 12, 31), 1),
            Err(OutOfRange::Date)
        );
    }
}
