//! Dates as boards write them: 30/01/2017, 30.1.17, 30 January 2017, Thursday 9th
//! February 2017, January 2017, Jan-17, "next meeting".

use boardkit::date::{Date, When, YearMonth};
use chrono::{Datelike, NaiveDate};

/// What a piece of text says about a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Read {
    /// A calendar date.
    Day(Date),
    /// A month.
    Month(YearMonth),
    /// A day and month with no year (the caller infers the year).
    NoYear(u32, u32),
    /// Day, month and year that do not exist together (31 April).
    Impossible,
}

/// A date found in text: where (char offsets of words) and what.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Found {
    /// Index of the first word.
    pub word: usize,
    /// Number of words it spans.
    pub words: usize,
    /// What it says.
    pub read: Read,
}

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

fn month_of(word: &str) -> Option<u32> {
    let w = word
        .trim_matches(|c: char| !c.is_alphabetic())
        .to_lowercase();
    if w.len() < 3 {
        return None;
    }
    MONTHS
        .iter()
        .position(|m| *m == w || (w.len() == 3 && m.starts_with(&w)) || (w == "sept"))
        .map(|i| i as u32 + 1)
}

fn year_of(word: &str) -> Option<i32> {
    let w = word.trim_matches(|c: char| !c.is_ascii_digit());
    if !w.chars().all(|c| c.is_ascii_digit()) || w.is_empty() {
        return None;
    }
    // Only a bare year ("2017", "2017." or "2017,") — not "2017/18".
    let trailing = word.trim_start_matches(|c: char| !c.is_ascii_digit());
    let after = trailing.trim_start_matches(|c: char| c.is_ascii_digit());
    if !(after.is_empty() || after == "." || after == "," || after == ")" || after == ";") {
        return None;
    }
    match w.len() {
        4 => w.parse().ok(),
        _ => None,
    }
}

fn day_of(word: &str) -> Option<u32> {
    let w = word.trim_end_matches(',');
    let digits: String = w.chars().take_while(|c| c.is_ascii_digit()).collect();
    let rest = w.get(digits.len()..).unwrap_or("").to_lowercase();
    if digits.is_empty() || digits.len() > 2 {
        return None;
    }
    if !(rest.is_empty() || ["st", "nd", "rd", "th"].contains(&rest.as_str())) {
        return None;
    }
    digits.parse().ok().filter(|d| (1..=31).contains(d))
}

fn make(y: i32, m: u32, d: u32) -> Read {
    match NaiveDate::from_ymd_opt(y, m, d) {
        Some(date) => Read::Day(date),
        None => Read::Impossible,
    }
}

/// A numeric date: 30/01/2017, 30.1.17, 8-12-2016, 30/04/18.
pub fn numeric(word: &str) -> Option<Read> {
    let w = word.trim_matches(|c: char| !c.is_ascii_digit());
    let sep = ['/', '.', '-'].into_iter().find(|s| w.contains(*s))?;
    let parts: Vec<&str> = w.split(sep).collect();
    let [d, m, y] = parts.as_slice() else {
        return None;
    };
    if d.is_empty() || d.len() > 2 || m.is_empty() || m.len() > 2 {
        return None;
    }
    let d: u32 = d.parse().ok()?;
    let m: u32 = m.parse().ok()?;
    let y: i32 = match y.len() {
        2 => 2000 + y.parse::<i32>().ok()?,
        4 => y.parse().ok()?,
        _ => return None,
    };
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return Some(Read::Impossible);
    }
    Some(make(y, m, d))
}

/// Month and two-digit year with a dash: Jan-17.
fn month_dash_year(word: &str) -> Option<Read> {
    let (m, y) = word.trim_end_matches(['.', ',']).split_once('-')?;
    let m = month_of(m)?;
    if y.len() != 2 || !y.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    YearMonth::new(2000 + y.parse::<i32>().ok()?, m).map(Read::Month)
}

/// Every date in a text, in order.
pub fn find_all(text: &str) -> Vec<Found> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(w) = words.get(i) {
        if let Some(read) = numeric(w).or_else(|| month_dash_year(w)) {
            out.push(Found {
                word: i,
                words: 1,
                read,
            });
            i += 1;
            continue;
        }
        if let Some(d) = day_of(w) {
            // "9th February 2017", "9th July, 2019", "12th of January".
            let mut j = i + 1;
            if words.get(j).is_some_and(|x| x.eq_ignore_ascii_case("of")) {
                j += 1;
            }
            if let Some(m) = words.get(j).and_then(|x| month_of(x)) {
                if words.get(j).is_some_and(|x| x.len() >= 3) {
                    if let Some(y) = words.get(j + 1).and_then(|x| year_of(x)) {
                        out.push(Found {
                            word: i,
                            words: j + 2 - i,
                            read: make(y, m, d),
                        });
                        i = j + 2;
                        continue;
                    }
                    out.push(Found {
                        word: i,
                        words: j + 1 - i,
                        read: Read::NoYear(d, m),
                    });
                    i = j + 1;
                    continue;
                }
            }
        }
        if let Some(m) = month_of(w) {
            // "January 2017" (a month) or "September 12th, 2017" (a day).
            if let Some(y) = words.get(i + 1).and_then(|x| year_of(x)) {
                if let Some(ym) = YearMonth::new(y, m) {
                    out.push(Found {
                        word: i,
                        words: 2,
                        read: Read::Month(ym),
                    });
                    i += 2;
                    continue;
                }
            }
        }
        i += 1;
    }
    out
}

/// The first date in a text.
pub fn first(text: &str) -> Option<Found> {
    find_all(text).into_iter().next()
}

/// A due ("By") as a board writes it in a cell: a date, a month, or the next meeting.
pub fn due(text: &str) -> Option<Read> {
    let t = text.trim();
    if let Some(r) = iso(t) {
        return Some(r);
    }
    let first = first(t)?;
    Some(first.read)
}

/// A whole cell in ISO form, as boardkit's CSV writes it: "2016-12-08" (a day) or
/// "2017-01" (a month). Only a whole cell: "2016-17" in running text is a year span.
pub fn iso(cell: &str) -> Option<Read> {
    let parts: Vec<&str> = cell.split('-').collect();
    let num = |p: &&str, n: usize| p.len() == n && p.chars().all(|c| c.is_ascii_digit());
    match parts.as_slice() {
        [y, m, d] if num(y, 4) && num(m, 2) && num(d, 2) => {
            let (y, m, d) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
            if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
                return Some(Read::Impossible);
            }
            Some(make(y, m, d))
        }
        [y, m] if num(y, 4) && num(m, 2) => {
            YearMonth::new(y.parse().ok()?, m.parse().ok()?).map(Read::Month)
        }
        _ => None,
    }
}

/// Whether a cell says "next meeting" ("Next Board meeting", "next LSCB").
pub fn says_next_meeting(text: &str) -> bool {
    let t = text.to_lowercase();
    t.contains("next meeting") || t.contains("next board") || t.contains("next lscb")
}

/// Whether a date is suspicious against a reference date: more than five years away.
pub fn suspicious(date: Date, reference: Option<Date>) -> bool {
    match reference {
        Some(r) => (date.year() - r.year()).abs() > 5,
        None => !(1990..=2060).contains(&date.year()),
    }
}

/// The first date on or after `after` with this day and month.
pub fn infer_year(day: u32, month: u32, after: Date) -> Option<Date> {
    (0..=1)
        .filter_map(|k| NaiveDate::from_ymd_opt(after.year() + k, month, day))
        .find(|d| *d >= after)
}

/// A read as a [`When`] (no year and impossible give none).
pub fn when_of(read: Read) -> Option<When> {
    match read {
        Read::Day(d) => Some(When::Date(d)),
        Read::Month(m) => Some(When::Month(m)),
        Read::NoYear(..) | Read::Impossible => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> Read {
        Read::Day(NaiveDate::from_ymd_opt(y, m, d).unwrap())
    }

    #[test]
    fn board_forms() {
        assert_eq!(due("30/01/2017"), Some(day(2017, 1, 30)));
        assert_eq!(due("30.1.17"), Some(day(2017, 1, 30)));
        assert_eq!(due("30 January 2017"), Some(day(2017, 1, 30)));
        assert_eq!(
            due("Thursday 9th February 2017 – 9:15am"),
            Some(day(2017, 2, 9))
        );
        assert_eq!(
            due("Tuesday, 12th September, 2017 at"),
            Some(day(2017, 9, 12))
        );
        assert_eq!(
            due("January 2017"),
            Some(Read::Month(YearMonth::new(2017, 1).unwrap()))
        );
        assert_eq!(
            due("Jan-17"),
            Some(Read::Month(YearMonth::new(2017, 1).unwrap()))
        );
        assert_eq!(due("31 April 2019"), Some(Read::Impossible));
        assert_eq!(due("31/09/2017"), Some(Read::Impossible));
        assert_eq!(due("Friday 13 February at 2pm"), Some(Read::NoYear(13, 2)));
        assert_eq!(due("2016/17 budget"), None);
        assert!(says_next_meeting("Next Board meeting"));
    }

    #[test]
    fn suspicious_years() {
        let m = NaiveDate::from_ymd_opt(2016, 6, 2).unwrap();
        let Some(Read::Day(d)) = due("31.7.2106") else {
            panic!()
        };
        assert!(suspicious(d, Some(m)));
        let Some(Read::Day(d)) = due("30.7.16") else {
            panic!()
        };
        assert!(!suspicious(d, Some(m)));
    }
}
