//! The bank holidays of each nation: the days the rules give every year, the days moved
//! or added by proclamation (kept as data), and substitute days when a holiday falls at
//! a weekend.
//!
//! The rules (Banking and Financial Dealings Act 1971, Schedule 1, and the proclamations
//! made under it; St Andrew's Day Bank Holiday (Scotland) Act 2007):
//!
//! | holiday | England and Wales | Scotland | Northern Ireland |
//! |---|---|---|---|
//! | New Year's Day (1 January) | yes | yes | yes |
//! | 2 January | | yes | |
//! | St Patrick's Day (17 March) | | | yes |
//! | Good Friday | yes | yes | yes |
//! | Easter Monday | yes | | yes |
//! | Early May (first Monday of May) | yes | yes | yes |
//! | Spring (last Monday of May) | yes | yes | yes |
//! | Battle of the Boyne (12 July) | | | yes |
//! | Summer | last Monday of August | first Monday of August | last Monday of August |
//! | St Andrew's Day (30 November) | | yes | |
//! | Christmas Day, Boxing Day | yes | yes | yes |
//!
//! A holiday on a fixed date that falls on a Saturday or Sunday is taken on the next
//! weekday that is not already a holiday (Christmas on a Saturday: Monday 27 December,
//! Boxing Day: Tuesday 28 December).

use crate::date::Date;
use chrono::{Datelike, Duration, Weekday};
use serde::{Deserialize, Serialize};

/// The first year the calendar covers: St Andrew's Day became a Scottish bank holiday in
/// 2007, so earlier years would need rules this calendar does not hold.
pub const FIRST_YEAR: i32 = 2007;
/// The last year the calendar covers (dates are written with four-digit years).
pub const LAST_YEAR: i32 = 9999;

/// The jurisdiction whose bank holidays a clock counts: England and Wales share one
/// calendar; Scotland and Northern Ireland have their own. JSON `"england-and-wales"`,
/// `"scotland"`, `"northern-ireland"` (the names GOV.UK uses for its lists).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Nation {
    /// England and Wales.
    EnglandAndWales,
    /// Scotland.
    Scotland,
    /// Northern Ireland.
    NorthernIreland,
}

impl Nation {
    /// Every nation, in the order GOV.UK lists them.
    pub const ALL: [Nation; 3] = [
        Nation::EnglandAndWales,
        Nation::Scotland,
        Nation::NorthernIreland,
    ];

    /// The JSON name (`england-and-wales`...).
    pub fn as_str(self) -> &'static str {
        match self {
            Nation::EnglandAndWales => "england-and-wales",
            Nation::Scotland => "scotland",
            Nation::NorthernIreland => "northern-ireland",
        }
    }

    /// Read a JSON name (`england-and-wales`...).
    pub fn parse(text: &str) -> Option<Nation> {
        Nation::ALL.into_iter().find(|n| n.as_str() == text)
    }
}

/// Which bank holiday a day is. JSON snake_case (`good_friday`, `state_funeral`...).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HolidayKind {
    /// New Year's Day.
    NewYear,
    /// 2 January (Scotland).
    SecondJanuary,
    /// St Patrick's Day (Northern Ireland).
    StPatricksDay,
    /// Good Friday.
    GoodFriday,
    /// Easter Monday (not Scotland).
    EasterMonday,
    /// The early May bank holiday.
    EarlyMay,
    /// The spring bank holiday.
    Spring,
    /// Battle of the Boyne, Orangemen's Day (Northern Ireland).
    BattleOfTheBoyne,
    /// The summer bank holiday.
    Summer,
    /// St Andrew's Day (Scotland).
    StAndrewsDay,
    /// Christmas Day.
    Christmas,
    /// Boxing Day.
    BoxingDay,
    /// The wedding of Prince William and Catherine Middleton (29 April 2011).
    RoyalWedding,
    /// The Queen's Diamond Jubilee (5 June 2012).
    DiamondJubilee,
    /// The Queen's Platinum Jubilee (3 June 2022).
    PlatinumJubilee,
    /// The State Funeral of Queen Elizabeth II (19 September 2022).
    StateFuneral,
    /// The coronation of King Charles III (8 May 2023).
    Coronation,
    /// Scotland's first match of the 2026 football World Cup (15 June 2026, Scotland).
    WorldCup,
}

/// One bank holiday of a nation's calendar.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Holiday {
    /// The day off.
    pub date: Date,
    /// Which holiday it is.
    pub holiday: HolidayKind,
    /// True when the day is a substitute for a holiday that fell at a weekend.
    pub substitute: bool,
}

/// A holiday moved from its usual day by proclamation: `(kind, year, month, day)`.
/// Every move so far applied in all three nations.
const MOVED: &[(HolidayKind, i32, u32, u32)] = &[
    (HolidayKind::Spring, 2012, 6, 4),
    (HolidayKind::EarlyMay, 2020, 5, 8),
    (HolidayKind::Spring, 2022, 6, 2),
];

/// A one-off holiday: `(kind, year, month, day, nations)`.
const ONE_OFF: &[(HolidayKind, i32, u32, u32, &[Nation])] = &[
    (HolidayKind::RoyalWedding, 2011, 4, 29, &Nation::ALL),
    (HolidayKind::DiamondJubilee, 2012, 6, 5, &Nation::ALL),
    (HolidayKind::PlatinumJubilee, 2022, 6, 3, &Nation::ALL),
    (HolidayKind::StateFuneral, 2022, 9, 19, &Nation::ALL),
    (HolidayKind::Coronation, 2023, 5, 8, &Nation::ALL),
    (HolidayKind::WorldCup, 2026, 6, 15, &[Nation::Scotland]),
];

/// The years whose calendar differs from what the rules alone give (a moved or one-off
/// holiday) in any nation, in order. A test checks it against the two tables.
pub(crate) const SPECIAL_YEARS: &[i32] = &[2011, 2012, 2020, 2022, 2023, 2026];

/// The holidays on fixed dates, in the order their substitutes are given.
fn fixed(nation: Nation) -> &'static [(HolidayKind, u32, u32)] {
    use HolidayKind::*;
    match nation {
        Nation::EnglandAndWales => &[(NewYear, 1, 1), (Christmas, 12, 25), (BoxingDay, 12, 26)],
        Nation::Scotland => &[
            (NewYear, 1, 1),
            (SecondJanuary, 1, 2),
            (StAndrewsDay, 11, 30),
            (Christmas, 12, 25),
            (BoxingDay, 12, 26),
        ],
        Nation::NorthernIreland => &[
            (NewYear, 1, 1),
            (StPatricksDay, 3, 17),
            (BattleOfTheBoyne, 7, 12),
            (Christmas, 12, 25),
            (BoxingDay, 12, 26),
        ],
    }
}

/// The `nth` (1-based) Monday of a month, or the last when `nth` is 0.
fn monday(year: i32, month: u32, nth: u32) -> Option<Date> {
    if nth == 0 {
        let next = if month == 12 {
            Date::from_ymd_opt(year + 1, 1, 1)
        } else {
            Date::from_ymd_opt(year, month + 1, 1)
        }?;
        let last = next.pred_opt()?;
        let back = last.weekday().num_days_from_monday();
        return last.checked_sub_signed(Duration::days(i64::from(back)));
    }
    Date::from_weekday_of_month_opt(year, month, Weekday::Mon, u8::try_from(nth).ok()?)
}

/// The holidays on movable dates (Easter and the Monday holidays), before any move.
fn movable(nation: Nation, year: i32) -> Option<Vec<(HolidayKind, Date)>> {
    let easter = super::easter::easter_sunday(year)?;
    let mut days = vec![(
        HolidayKind::GoodFriday,
        easter.checked_sub_signed(Duration::days(2))?,
    )];
    if nation != Nation::Scotland {
        days.push((HolidayKind::EasterMonday, easter.succ_opt()?));
    }
    days.push((HolidayKind::EarlyMay, monday(year, 5, 1)?));
    days.push((HolidayKind::Spring, monday(year, 5, 0)?));
    let summer = match nation {
        Nation::Scotland => monday(year, 8, 1)?,
        _ => monday(year, 8, 0)?,
    };
    days.push((HolidayKind::Summer, summer));
    Some(days)
}

fn is_weekend(date: Date) -> bool {
    matches!(date.weekday(), Weekday::Sat | Weekday::Sun)
}

/// Every bank holiday of `nation` in `year`, in date order: the days off, with
/// substitute days in place of fixed-date holidays that fall at a weekend. `None` when
/// the year is outside [`FIRST_YEAR`]..=[`LAST_YEAR`].
pub fn holidays(nation: Nation, year: i32) -> Option<Vec<Holiday>> {
    if !(FIRST_YEAR..=LAST_YEAR).contains(&year) {
        return None;
    }
    let mut days: Vec<Holiday> = Vec::with_capacity(12);
    for (kind, mut date) in movable(nation, year)? {
        if let Some(m) = MOVED.iter().find(|m| m.0 == kind && m.1 == year) {
            date = Date::from_ymd_opt(year, m.2, m.3)?;
        }
        days.push(Holiday {
            date,
            holiday: kind,
            substitute: false,
        });
    }
    for o in ONE_OFF
        .iter()
        .filter(|o| o.1 == year && o.4.contains(&nation))
    {
        let date = Date::from_ymd_opt(year, o.2, o.3)?;
        days.push(Holiday {
            date,
            holiday: o.0,
            substitute: false,
        });
    }
    let fixed: Vec<(HolidayKind, Date)> = fixed(nation)
        .iter()
        .map(|&(k, m, d)| Date::from_ymd_opt(year, m, d).map(|date| (k, date)))
        .collect::<Option<_>>()?;
    // Weekday holidays keep their day; weekend ones then take the next free weekday.
    for &(kind, date) in fixed.iter().filter(|f| !is_weekend(f.1)) {
        days.push(Holiday {
            date,
            holiday: kind,
            substitute: false,
        });
    }
    for &(kind, date) in fixed.iter().filter(|f| is_weekend(f.1)) {
        let mut day = date;
        while is_weekend(day) || days.iter().any(|h| h.date == day) {
            day = day.succ_opt()?;
        }
        days.push(Holiday {
            date: day,
            holiday: kind,
            substitute: true,
        });
    }
    days.sort_by_key(|h| h.date);
    Some(days)
}

/// How many weekday bank holidays the rules alone give `nation` in a year. Every rule
/// gives exactly one weekday a year (the Monday holidays and Good Friday are weekdays; a
/// fixed-date holiday at a weekend gets a substitute weekday in the same year, never
/// one another holiday holds), so the number is the same every year without special
/// days; a test checks it for every year of the calendar.
pub(crate) fn rule_days_a_year(nation: Nation) -> i64 {
    match nation {
        Nation::EnglandAndWales => 8,
        Nation::Scotland => 9,
        Nation::NorthernIreland => 10,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_year_has_the_same_number_of_weekday_holidays() {
        for nation in Nation::ALL {
            for year in FIRST_YEAR..=LAST_YEAR {
                let days = holidays(nation, year).unwrap();
                assert!(
                    days.iter().all(|h| !is_weekend(h.date)),
                    "{nation:?} {year}"
                );
                let mut dates: Vec<Date> = days.iter().map(|h| h.date).collect();
                dates.dedup();
                assert_eq!(dates.len(), days.len(), "{nation:?} {year}: two on one day");
                if !SPECIAL_YEARS.contains(&year) {
                    assert_eq!(
                        days.len() as i64,
                        rule_days_a_year(nation),
                        "{nation:?} {year}"
                    );
                }
            }
        }
    }

    #[test]
    fn the_special_years_are_those_of_the_tables() {
        let mut years: Vec<i32> = MOVED.iter().map(|m| m.1).collect();
        years.extend(ONE_OFF.iter().map(|o| o.1));
        years.sort();
        years.dedup();
        assert_eq!(years, SPECIAL_YEARS);
    }

    #[test]
    fn outside_the_calendar_there_is_no_answer() {
        assert!(holidays(Nation::Scotland, FIRST_YEAR - 1).is_none());
        assert!(holidays(Nation::Scotland, LAST_YEAR + 1).is_none());
    }

    #[test]
    fn substitutes_are_marked_and_named() {
        // 2016: Christmas Day on a Sunday; Boxing Day keeps Monday 26th, Christmas is
        // taken on Tuesday 27th, as GOV.UK lists it.
        let days = holidays(Nation::EnglandAndWales, 2016).unwrap();
        let last: Vec<_> = days.iter().rev().take(2).collect();
        assert_eq!(last[0].holiday, HolidayKind::Christmas);
        assert!(last[0].substitute);
        assert_eq!(last[0].date, Date::from_ymd_opt(2016, 12, 27).unwrap());
        assert_eq!(last[1].holiday, HolidayKind::BoxingDay);
        assert!(!last[1].substitute);
    }

    #[test]
    fn nation_names_round_trip() {
        for n in Nation::ALL {
            assert_eq!(Nation::parse(n.as_str()), Some(n));
            assert_eq!(serde_json::to_value(n).unwrap(), n.as_str());
        }
        assert_eq!(Nation::parse("wales"), None);
    }
}
