//! Dates as boards write them: full dates, months ("January 2017"), times ("9:15am"),
//! and "when" references that may name a meeting instead of a day.
//!
//! JSON forms: a date is `"2016-12-08"`, a month `"2017-01"`, a time `"14:30"`.

use chrono::{Datelike, NaiveDate, NaiveTime};
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

    /// Parse `"14:30"`.
    pub fn parse(s: &str) -> Option<Time> {
        NaiveTime::parse_from_str(s, "%H:%M").ok().map(Time)
    }
}

impl fmt::Display for Time {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0.format("%H:%M"))
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
        Time::parse(&s).ok_or_else(|| de::Error::custom("not a time of day in the form HH:MM"))
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

    /// Parse `"2017-01"`.
    pub fn parse(s: &str) -> Option<YearMonth> {
        let (y, m) = s.split_once('-')?;
        if y.len() != 4 || m.len() != 2 {
            return None;
        }
        YearMonth::new(y.parse().ok()?, m.parse().ok()?)
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
        YearMonth::parse(&s).ok_or_else(|| de::Error::custom("not a month in the form YYYY-MM"))
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
            When::Date(d) => s.collect_str(&d.format("%Y-%m-%d")),
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
                f.write_str(
                    "a date YYYY-MM-DD, a month YYYY-MM, \"next_meeting\" or {\"meeting\": id}",
                )
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<When, E> {
                if v == "next_meeting" {
                    return Ok(When::NextMeeting);
                }
                if v.len() == 10 {
                    return NaiveDate::parse_from_str(v, "%Y-%m-%d")
                        .map(When::Date)
                        .map_err(|_| E::custom("not a calendar date in the form YYYY-MM-DD"));
                }
                YearMonth::parse(v).map(When::Month).ok_or_else(|| {
                    E::custom("expected a date YYYY-MM-DD, a month YYYY-MM or \"next_meeting\"")
                })
            }
            fn visit_map<A: de::MapAccess<'de>>(self, mut map: A) -> Result<When, A::Error> {
                let mut meeting: Option<String> = None;
                while let Some(key) = map.next_key::<String>()? {
                    if key == "meeting" && meeting.is_none() {
                        meeting = Some(map.next_value()?);
                    } else {
                        return Err(de::Error::custom(
                            "a meeting reference has exactly one field, `meeting`",
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
