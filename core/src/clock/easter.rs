//! Easter Sunday in the Gregorian calendar, from which Good Friday and Easter Monday
//! follow.

use crate::date::Date;

/// Easter Sunday of `year` (the anonymous Gregorian computus, also known as the
/// Meeus/Jones/Butcher algorithm). `None` only for a year chrono cannot hold.
pub fn easter_sunday(year: i32) -> Option<Date> {
    let a = year.rem_euclid(19);
    let b = year.div_euclid(100);
    let c = year.rem_euclid(100);
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    Date::from_ymd_opt(year, u32::try_from(month).ok()?, u32::try_from(day).ok()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(y: i32, m: u32, d: u32) -> Date {
        Date::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn known_easter_sundays() {
        // The earliest (22 March, 2285) and latest (25 April, 2038) possible dates, and
        // the Easters of the years the tests know from the published lists.
        assert_eq!(easter_sunday(2285), Some(ymd(2285, 3, 22)));
        assert_eq!(easter_sunday(2038), Some(ymd(2038, 4, 25)));
        assert_eq!(easter_sunday(2016), Some(ymd(2016, 3, 27)));
        assert_eq!(easter_sunday(2019), Some(ymd(2019, 4, 21)));
        assert_eq!(easter_sunday(2022), Some(ymd(2022, 4, 17)));
        assert_eq!(easter_sunday(2000), Some(ymd(2000, 4, 23)));
    }

    #[test]
    fn always_a_sunday_between_22_march_and_25_april() {
        use chrono::{Datelike, Weekday};
        for year in 1583..=9999 {
            let e = easter_sunday(year).unwrap();
            assert_eq!(e.weekday(), Weekday::Sun, "{year}");
            assert!(e >= ymd(year, 3, 22) && e <= ymd(year, 4, 25), "{year}");
        }
    }
}
