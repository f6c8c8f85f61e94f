//! Statutory clocks: working days and clear days in each nation's calendar of bank
//! holidays (England and Wales, Scotland, Northern Ireland).
//!
//! The law sets many of a board's deadlines in days: papers open to inspection five clear
//! days before a meeting, a decision that cannot be implemented until a call-in period of
//! working days has passed, minutes published within a number of working days. A
//! *working day* is a Monday to Friday that is not a bank holiday where the body sits; a
//! *clear day* is a whole day between two events, not counting the day of either.
//!
//! The nation is a parameter of every query (`"nation": "england-and-wales"`,
//! `"scotland"`, `"northern-ireland"`). The calendar covers 2007 to 9999: its rules (see
//! [`holidays`]) are those in force since St Andrew's Day became a Scottish bank holiday,
//! and the days moved or added by proclamation are data; it matches GOV.UK's published
//! lists for 2010 to 2030 (`core/tests/clock_published.rs`).
//!
//! Every query counts without walking day by day (see [`working`]): adding a million
//! working days costs about as much as adding five.
//!
//! ```
//! use boardkit::clock::{add_working_days, AddWorkingDaysRequest, Nation};
//! let request = AddWorkingDaysRequest {
//!     nation: Nation::EnglandAndWales,
//!     from: "2022-09-16".parse().unwrap(),
//!     working_days: 5,
//! };
//! // Monday 19 September 2022 was the State Funeral, a bank holiday.
//! assert_eq!(add_working_days(&request).unwrap().date.to_string(), "2022-09-26");
//! ```

pub mod easter;
pub mod holidays;
pub mod working;

pub use holidays::{Holiday, HolidayKind, Nation, FIRST_YEAR, LAST_YEAR};
use working::OutOfRange;

use crate::date::Date;
use crate::error::Error;
use serde::{Deserialize, Serialize};

const DATE_RANGE: &str =
    "The calendar covers the years 2007 to 9999: enter a date in those years, like 2022-09-16.";
const TOO_FAR: &str = "This number of days takes the answer outside the calendar (the years 2007 to 9999): enter a smaller number, like 5.";

/// The error for a date outside the calendar at `date_path`, or an answer outside it
/// because of the count at `count_path`.
fn range_error(e: OutOfRange, date_path: &str, count_path: &str) -> Error {
    match e {
        OutOfRange::Date => Error::invalid(date_path, DATE_RANGE),
        OutOfRange::Answer => Error::invalid(count_path, TOO_FAR),
    }
}

/// Refuse a date outside the calendar, at `path`.
fn check_date(date: Date, path: &str) -> Result<(), Error> {
    working::is_working_day(Nation::EnglandAndWales, date)
        .map(|_| ())
        .map_err(|e| range_error(e, path, path))
}

/// Request for [`add_working_days`].
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AddWorkingDaysRequest {
    /// Whose bank holidays to skip.
    pub nation: Nation,
    /// The day the clock starts (the day of the meeting, of publication...); it is not
    /// counted.
    pub from: Date,
    /// How many working days to add (0 gives `from`).
    pub working_days: u64,
}

/// A date a clock gives.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AddWorkingDaysResponse {
    /// The date.
    pub date: Date,
}

/// The working day that many working days after `from` (5 working days after Friday 16
/// September 2022 in England and Wales is Monday 26 September 2022).
///
/// Errors at `/from` (outside the calendar) or `/working_days` (the answer would be).
pub fn add_working_days(request: &AddWorkingDaysRequest) -> Result<AddWorkingDaysResponse, Error> {
    working::add_working_days(request.nation, request.from, request.working_days)
        .map(|date| AddWorkingDaysResponse { date })
        .map_err(|e| range_error(e, "/from", "/working_days"))
}

/// Request for [`clear_days`].
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClearDaysRequest {
    /// Whose bank holidays to skip for the working-day count.
    pub nation: Nation,
    /// The first event (papers sent out, a notice published).
    pub from: Date,
    /// The second event (the meeting), on or after `from`.
    pub to: Date,
}

/// The whole days between two events.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClearDaysResponse {
    /// Days strictly between the two dates (neither event's day counts).
    pub clear_days: i64,
    /// Of those, the working days.
    pub clear_working_days: i64,
}

/// The clear days between two events: papers sent on Monday 5 for a meeting on Monday
/// 12 leave 6 clear days, 4 of them working days.
///
/// Errors at `/from` or `/to` (outside the calendar, or `to` before `from`).
pub fn clear_days(request: &ClearDaysRequest) -> Result<ClearDaysResponse, Error> {
    check_date(request.from, "/from")?;
    check_date(request.to, "/to")?;
    if request.to < request.from {
        return Err(Error::invalid(
            "/to",
            "This date must be on or after the first date (from): enter the later event, like 2022-09-26.",
        ));
    }
    let clear = ((request.to - request.from).num_days() - 1).max(0);
    let working = match request.to.pred_opt() {
        Some(end) => working::working_days_between(request.nation, request.from, end)
            .map_err(|e| range_error(e, "/to", "/to"))?,
        None => 0,
    };
    Ok(ClearDaysResponse {
        clear_days: clear,
        clear_working_days: working,
    })
}

/// Which days a clear-day period counts.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DayCount {
    /// Every day counts.
    CalendarDays,
    /// Only working days count (weekends and bank holidays do not).
    WorkingDays,
}

/// Request for [`due_by`].
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DueByRequest {
    /// Whose bank holidays to skip.
    pub nation: Nation,
    /// The event the period runs up to (the meeting).
    pub event: Date,
    /// How many clear days must be left before it.
    pub clear_days: u64,
    /// Whether every day counts or only working days.
    pub count: DayCount,
}

/// The latest day something can be done and still leave the clear days asked for.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DueByResponse {
    /// The latest day that leaves the clear days (it may fall at a weekend).
    pub due_by: Date,
    /// The last working day on or before `due_by` (when the office is open).
    pub last_working_day: Date,
}

/// The latest day papers can go out and still leave `clear_days` clear days before the
/// event: 5 clear days before a meeting on Thursday 15 December 2016 is Friday 9
/// December (calendar days) or Thursday 8 December (working days).
///
/// Errors at `/event` (outside the calendar) or `/clear_days` (the answer would be).
pub fn due_by(request: &DueByRequest) -> Result<DueByResponse, Error> {
    let fail = |e| range_error(e, "/event", "/clear_days");
    check_date(request.event, "/event")?;
    let due_by = match request.count {
        DayCount::CalendarDays => i64::try_from(request.clear_days)
            .ok()
            .and_then(|n| n.checked_add(1))
            .and_then(chrono::Duration::try_days)
            .and_then(|d| request.event.checked_sub_signed(d))
            .ok_or(OutOfRange::Answer),
        DayCount::WorkingDays => {
            working::subtract_working_days(request.nation, request.event, request.clear_days)
                .and_then(|d| d.pred_opt().ok_or(OutOfRange::Answer))
        }
    }
    .map_err(fail)?;
    check_date(due_by, "/clear_days").map_err(|_| fail(OutOfRange::Answer))?;
    let next = due_by.succ_opt().ok_or(OutOfRange::Answer).map_err(fail)?;
    let last_working_day = working::subtract_working_days(request.nation, next, 1)
        .map_err(|_| fail(OutOfRange::Answer))?;
    Ok(DueByResponse {
        due_by,
        last_working_day,
    })
}

/// Request for [`overdue`].
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OverdueRequest {
    /// Whose bank holidays to skip.
    pub nation: Nation,
    /// The day the clock starts (not counted).
    pub from: Date,
    /// The working days allowed.
    pub working_days: u64,
    /// The day to judge as of.
    pub as_of: Date,
}

/// Whether a working-day clock has run out as of a date.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OverdueResponse {
    /// The last day allowed (`from` plus the working days).
    pub due: Date,
    /// True when `as_of` is after `due`.
    pub overdue: bool,
    /// Working days after `due` up to and including `as_of` (0 when not overdue).
    pub working_days_overdue: i64,
}

/// Whether something due a number of working days after `from` is overdue as of a date,
/// and by how many working days.
///
/// Errors at `/from` or `/as_of` (outside the calendar) or `/working_days`.
pub fn overdue(request: &OverdueRequest) -> Result<OverdueResponse, Error> {
    check_date(request.as_of, "/as_of")?;
    let due = add_working_days(&AddWorkingDaysRequest {
        nation: request.nation,
        from: request.from,
        working_days: request.working_days,
    })?
    .date;
    let late = working::working_days_between(request.nation, due, request.as_of)
        .map_err(|e| range_error(e, "/as_of", "/working_days"))?;
    Ok(OverdueResponse {
        due,
        overdue: request.as_of > due,
        working_days_overdue: late,
    })
}

/// Request for [`bank_holidays`].
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HolidaysRequest {
    /// Whose bank holidays.
    pub nation: Nation,
    /// The calendar year (2007 to 9999).
    pub year: i32,
}

/// A nation's bank holidays in a year.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HolidaysResponse {
    /// The days off, in date order (substitute days in place of weekend holidays).
    pub holidays: Vec<Holiday>,
}

/// A nation's bank holidays in a year, as GOV.UK lists them (the days off).
///
/// Errors at `/year` when it is outside 2007 to 9999.
pub fn bank_holidays(request: &HolidaysRequest) -> Result<HolidaysResponse, Error> {
    holidays::holidays(request.nation, request.year)
        .map(|holidays| HolidaysResponse { holidays })
        .ok_or_else(|| Error::invalid("/year", "Enter a year from 2007 to 9999, like 2023."))
}
