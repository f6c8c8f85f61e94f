//! Dates as boards write them: full dates, months ("January 2017"), times ("9:15am"),
//! and "when" references that may name a meeting instead of a day.
//!
//! JSON forms: a date is `"2016-12-08"`, a month `"2017-01"`, a time `"14:30"`. Each kind
//! has one strict reader ([`parse_date`], [`YearMonth::parse`], [`Time::parse`]) used by
//! every field of that kind; see the table in [`crate::read`].

use chrono::{Datelike, NaiveDate, NaiveTime, Timelike};
use serde::{de, Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A calendar date (re-exported from chrono). JSON `"YYYY-MM-DD"`.
pub type Date = NaiveDate;

/// A span of days (re-exported from chrono), for "as of" windows.
pub type Duration = chrono::Duration;

/// A time of day to the minute. JSON `"HH:MM"` (24-hour).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Time(pub NaiveTime);

impl Time {
    /// Build from hour and minute; `None` when out of range.
    pub fn hm(hour: u32, minute: u32) -> Option<Time> {
        NaiveTime::from_hms_opt(hour, minute, 0).map(Time)
    }

    /// Parse `"14:30"`: exactly two digits, a colon, two digits (24-hour clock).
    pub fn parse(s: &str) -> Option<Time> {
        let b = s.as_bytes();
        if b.len() != 5 || b.get(2) != Some(&b':') {
            return None;
        }
        Time::hm(digits(s.get(0..2)?)?, digits(s.get(3..5)?)?)
    }
}

impl fmt::Display for Time {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Written by hand rather than with chrono's `format("%H:%M")`: the same text, without
        // chrono's strftime machinery in the wasm module (wasm/README.md, "Module size").
        write!(f, "{:02}:{:02}", self.0.hour(), self.0.minute())
    }
}

impl Serialize for Time {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Time {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Time::parse(&s).ok_or_else(|| de::Error::custom(crate::words::TIME))
    }
}

/// A calendar month, for due dates written as "January 2017". JSON `"YYYY-MM"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct YearMonth {
    year: i32,
    month: u32,
}

impl YearMonth {
    /// Build a month; `None` when the month is not 1-12 or the year is out of range.
    pub fn new(year: i32, month: u32) -> Option<YearMonth> {
        NaiveDate::from_ymd_opt(year, month, 1).map(|_| YearMonth { year, month })
    }

    /// The month containing `date`.
    pub fn of(date: Date) -> YearMonth {
        YearMonth {
            year: date.year(),
            month: date.month(),
        }
    }

    /// The year.
    pub fn year(self) -> i32 {
        self.year
    }

    /// The month, 1-12.
    pub fn month(self) -> u32 {
        self.month
    }

    /// The first day of the month.
    pub fn first_day(self) -> Date {
        NaiveDate::from_ymd_opt(self.year, self.month, 1).unwrap_or(NaiveDate::MIN)
    }

    /// The last day of the month (a month due date falls due on its last day).
    pub fn last_day(self) -> Date {
        let (y, m) = if self.month == 12 {
            (self.year + 1, 1)
        } else {
            (self.year, self.month + 1)
        };
        NaiveDate::from_ymd_opt(y, m, 1)
            .and_then(|d| d.pred_opt())
            .unwrap_or(NaiveDate::MAX)
    }

    /// Parse `"2017-01"`: exactly four digits, a hyphen, two digits.
    pub fn parse(s: &str) -> Option<YearMonth> {
        if s.len() != 7 || s.as_bytes().get(4) != Some(&b'-') {
            return None;
        }
        let year = i32::try_from(digits(s.get(0..4)?)?).ok()?;
        YearMonth::new(year, digits(s.get(5..7)?)?)
    }
}

impl fmt::Display for YearMonth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

impl Serialize for YearMonth {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for YearMonth {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        YearMonth::parse(&s).ok_or_else(|| de::Error::custom(crate::words::MONTH))
    }
}

/// When something is due or to be revisited: a day, a month, a named meeting, or the
/// next meeting of the body.
///
/// JSON: `"2017-01-31"` (date), `"2017-01"` (month), `"next_meeting"`, or
/// `{"meeting": "<meeting id>"}`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum When {
    /// A calendar date.
    Date(Date),
    /// A month: due by its last day.
    Month(YearMonth),
    /// A meeting, by id (it may be a scheduled meeting not yet held).
    Meeting(crate::Id),
    /// The next meeting of the body after the one where it was raised.
    NextMeeting,
}

impl Serialize for When {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        match self {
            // chrono's `Display` of a date is `%Y-%m-%d` (ISO 8601) without strftime.
            When::Date(d) => s.collect_str(d),
            When::Month(m) => s.collect_str(m),
            When::NextMeeting => s.serialize_str("next_meeting"),
            When::Meeting(id) => {
                let mut map = s.serialize_map(Some(1))?;
                map.serialize_entry("meeting", id)?;
                map.end()
            }
        }
    }
}

impl<'de> Deserialize<'de> for When {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> de::Visitor<'de> for V {
            type Value = When;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(crate::words::WHEN)
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<When, E> {
                if v == "next_meeting" {
                    return Ok(When::NextMeeting);
                }
                if let Some(d) = parse_date(v) {
                    return Ok(When::Date(d));
                }
                YearMonth::parse(v)
                    .map(When::Month)
                    .ok_or_else(|| E::custom(crate::words::WHEN))
            }
            fn visit_map<A: de::MapAccess<'de>>(self, mut map: A) -> Result<When, A::Error> {
                let mut meeting: Option<String> = None;
                while let Some(key) = map.next_key::<String>()? {
                    if key == "meeting" && meeting.is_none() {
                        meeting = Some(map.next_value()?);
                    } else {
                        return Err(de::Error::custom(
                            "A meeting reference has one field, meeting, holding the meeting's id.",
                        ));
                    }
                }
                meeting
                    .map(When::Meeting)
                    .ok_or_else(|| de::Error::missing_field("meeting"))
            }
        }
        d.deserialize_any(V)
    }
}

/// The one strict reader of dates: exactly `YYYY-MM-DD` (four-digit year, two-digit
/// month and day, hyphens, nothing around it) and a real day. Every date field in every
/// record is read with it: `2017-2-1`, `" 2017-02-01"`, `2016-10-20 `, `+2017-01-01` and
/// `2017-02-31` are all refused.
pub fn parse_date(s: &str) -> Option<Date> {
    let b = s.as_bytes();
    if b.len() != 10 || b.get(4) != Some(&b'-') || b.get(7) != Some(&b'-') {
        return None;
    }
    let year = i32::try_from(digits(s.get(0..4)?)?).ok()?;
    NaiveDate::from_ymd_opt(year, digits(s.get(5..7)?)?, digits(s.get(8..10)?)?)
}

/// A run of ASCII digits as a number (no sign, no spaces); `None` otherwise.
fn digits(s: &str) -> Option<u32> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// Parse a date as UK minutes write it: `31/01/2017`, `8/12/2016`.
pub fn parse_uk_date(s: &str) -> Option<Date> {
    NaiveDate::parse_from_str(s.trim(), "%d/%m/%Y").ok()
}

/// Parse a month as minutes write it: `January 2017`, `Jan 2017`.
pub fn parse_uk_month(s: &str) -> Option<YearMonth> {
    let d = NaiveDate::parse_from_str(&format!("1 {}", s.trim()), "%d %B %Y")
        .or_else(|_| NaiveDate::parse_from_str(&format!("1 {}", s.trim()), "%d %b %Y"))
        .ok()?;
    Some(YearMonth::of(d))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn month_last_day() {
        assert_eq!(
            YearMonth::new(2017, 2).unwrap().last_day(),
            NaiveDate::from_ymd_opt(2017, 2, 28).unwrap()
        );
        assert_eq!(
            YearMonth::new(2016, 12).unwrap().last_day(),
            NaiveDate::from_ymd_opt(2016, 12, 31).unwrap()
        );
    }

    #[test]
    fn when_forms_round_trip() {
        for s in [
            "\"2017-01-31\"",
            "\"2017-01\"",
            "\"next_meeting\"",
            "{\"meeting\":\"m1\"}",
        ] {
            let w: When = serde_json::from_str(s).unwrap();
            assert_eq!(serde_json::to_string(&w).unwrap(), s);
        }
        assert!(serde_json::from_str::<When>("\"2017-02-31\"").is_err());
        assert!(serde_json::from_str::<When>("\"2017-13\"").is_err());
    }

    #[test]
    fn written_as_chrono_strftime_writes_them() {
        // Dates and times are written without chrono's strftime (module size): the text
        // must stay what `format("%Y-%m-%d")` and `format("%H:%M")` give, at the edges too.
        for (y, m, d) in [
            (2017, 1, 31),
            (0, 1, 1),
            (9999, 12, 31),
            (10000, 1, 1),
            (-1, 6, 9),
        ] {
            let date = NaiveDate::from_ymd_opt(y, m, d).unwrap();
            let want = format!("\"{}\"", date.format("%Y-%m-%d"));
            assert_eq!(serde_json::to_string(&When::Date(date)).unwrap(), want);
        }
        for (h, m) in [(0, 0), (9, 5), (14, 30), (23, 59)] {
            let t = Time::hm(h, m).unwrap();
            assert_eq!(t.to_string(), t.0.format("%H:%M").to_string());
        }
    }

    #[test]
    fn one_strict_reader_per_kind() {
        assert_eq!(
            parse_date("2017-02-01"),
            NaiveDate::from_ymd_opt(2017, 2, 1)
        );
        for bad in [
            "2017-2-1",
            " 2017-02-01",
            "2016-10-20 ",
            "+2017-01-01",
            "2017-02-31",
            "2017/02/01",
            "20170201",
            "2017-02-1x",
            "",
        ] {
            assert_eq!(parse_date(bad), None, "{bad:?}");
        }
        assert_eq!(YearMonth::parse("2017-01"), YearMonth::new(2017, 1));
        for bad in [
            "+017-01", "2017-1", "2017-13", "2017-00", " 2017-01", "2017-01 ",
        ] {
            assert_eq!(YearMonth::parse(bad), None, "{bad:?}");
        }
        assert_eq!(Time::parse("09:15"), Time::hm(9, 15));
        for bad in ["9:15", "09:15:00", "24:00", " 09:15", "+9:15", "09-15"] {
            assert_eq!(Time::parse(bad), None, "{bad:?}");
        }
        for bad in [
            "2017-2-1",
            " 2017-02-01",
            "2016-10-20 ",
            "+017-01",
            "2016-1-2",
        ] {
            assert!(
                serde_json::from_str::<When>(&format!("{bad:?}")).is_err(),
                "{bad:?}"
            );
        }
    }

    #[test]
    fn uk_forms() {
        assert_eq!(
            parse_uk_date("31/01/2017"),
            NaiveDate::from_ymd_opt(2017, 1, 31)
        );
        assert_eq!(parse_uk_date("31/02/2017"), None);
        assert_eq!(parse_uk_month("January 2017"), YearMonth::new(2017, 1));
        assert!(Time::parse("09:15").is_some());
        assert!(Time::parse("25:00").is_none());
    }
}

#[cfg(feature = "schema")]
mod schema {
    use super::{Time, When, YearMonth};
    use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};
    use std::borrow::Cow;

    impl JsonSchema for Time {
        fn schema_name() -> Cow<'static, str> {
            "Time".into()
        }
        fn json_schema(_: &mut SchemaGenerator) -> Schema {
            json_schema!({"type": "string", "pattern": "^([01][0-9]|2[0-3]):[0-5][0-9]$", "description": "Time of day HH:MM"})
        }
    }

    impl JsonSchema for YearMonth {
        fn schema_name() -> Cow<'static, str> {
            "YearMonth".into()
        }
        fn json_schema(_: &mut SchemaGenerator) -> Schema {
            json_schema!({"type": "string", "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])$", "description": "A month YYYY-MM"})
        }
    }

    impl JsonSchema for When {
        fn schema_name() -> Cow<'static, str> {
            "When".into()
        }
        fn json_schema(_: &mut SchemaGenerator) -> Schema {
            json_schema!({
                "description": "A date YYYY-MM-DD, a month YYYY-MM, \"next_meeting\", or {\"meeting\": id}",
                "anyOf": [
                    {"type": "string", "format": "date"},
                    {"type": "string", "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])$"},
                    {"const": "next_meeting"},
                    {"type": "object", "properties": {"meeting": {"type": "string"}}, "required": ["meeting"], "additionalProperties": false}
                ]
            })
        }
    }
}
