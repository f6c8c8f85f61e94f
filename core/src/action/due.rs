//! When an action or a decision is due, in every form boards write it: a date, a month, a
//! quarter of the calendar or the financial year ("Q3 2017/18"), a run of months
//! ("June/July"), a whole financial year ("across 2012/13"), a number of days after the
//! meeting that raised it ("within two weeks"), "ongoing", "regularly", "at a future
//! meeting", a named meeting, the next meeting of this body, or the next meeting of
//! another named body. One vocabulary for actions and decisions, so a due date reads the same wherever it is written.
//!
//! JSON: `"2017-01-31"`, `"2017-01"`, `"2017-Q3"` (July to September 2017),
//! `"2017/18-Q3"` (the third quarter of the financial year that starts in April 2017:
//! October to December 2017), `{"months": ["2017-06", "2017-07"]}`,
//! `{"financial_year": "2012/13"}`, `{"within_days": 14}`, `"ongoing"`, `"regularly"`,
//! `"future_meeting"`, `"next_meeting"`, `{"meeting": id}`, `{"next_meeting_of": body id}`.
//! Every form of [`When`] reads the same way.

use crate::date::{Date, When, YearMonth};
use crate::Id;
use serde::de::{self, Deserializer};
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};
use std::fmt;

/// A quarter of a year: of the calendar year (January to March is quarter 1) or of the
/// UK financial year (April to June is quarter 1; "2017/18" starts in April 2017).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Quarter {
    year: i32,
    quarter: u8,
    financial: bool,
}

impl Quarter {
    /// Quarter `quarter` (1-4) of calendar year `year`, or of the financial year starting
    /// in April of `year` when `financial`.
    pub fn new(year: i32, quarter: u8, financial: bool) -> Option<Quarter> {
        if !(1..=4).contains(&quarter) || !(1000..=9998).contains(&year) {
            return None;
        }
        Some(Quarter {
            year,
            quarter,
            financial,
        })
    }

    /// The quarter's first month.
    pub fn first_month(self) -> YearMonth {
        let offset =
            u32::from(self.quarter.saturating_sub(1)) * 3 + if self.financial { 3 } else { 0 };
        let (year, month) = (self.year + (offset / 12) as i32, offset % 12 + 1);
        YearMonth::new(year, month).unwrap_or_else(|| YearMonth::of(Date::MIN))
    }

    /// The quarter's last day (a quarter due date falls due on it).
    pub fn last_day(self) -> Date {
        let first = self.first_month();
        let last = YearMonth::new(
            first.year() + ((first.month() + 1) / 12) as i32,
            (first.month() + 1) % 12 + 1,
        );
        last.map_or(Date::MAX, YearMonth::last_day)
    }

    /// True when this is a quarter of the financial year.
    pub fn financial(self) -> bool {
        self.financial
    }

    /// Parse `"2017-Q3"` (calendar) or `"2017/18-Q3"` (financial; the second year must
    /// follow the first).
    pub fn parse(s: &str) -> Option<Quarter> {
        let (year, q) = s.split_once("-Q")?;
        if q.len() != 1 {
            return None;
        }
        let quarter: u8 = q.parse().ok()?;
        match year.split_once('/') {
            None if year.len() == 4 => Quarter::new(year.parse().ok()?, quarter, false),
            Some((a, b)) if a.len() == 4 && b.len() == 2 => {
                let start: i32 = a.parse().ok()?;
                let end: i32 = b.parse().ok()?;
                ((start + 1) % 100 == end).then_some(())?;
                Quarter::new(start, quarter, true)
            }
            _ => None,
        }
    }
}

impl fmt::Display for Quarter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.financial {
            write!(
                f,
                "{:04}/{:02}-Q{}",
                self.year,
                (self.year + 1).rem_euclid(100),
                self.quarter
            )
        } else {
            write!(f, "{:04}-Q{}", self.year, self.quarter)
        }
    }
}

impl Serialize for Quarter {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Quarter {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Quarter::parse(&s).ok_or_else(|| {
            de::Error::custom(
                "not a quarter in the form 2017-Q3 (calendar) or 2017/18-Q3 (financial)",
            )
        })
    }
}

/// Every form a due accepts, with an example, for messages.
pub const DUE_FORMS: &str = crate::read::message::DUE;

/// When an action or a decision is due.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Due {
    /// A calendar date.
    Date(Date),
    /// A month: due by its last day.
    Month(YearMonth),
    /// A quarter: due by its last day.
    Quarter(Quarter),
    /// A run of months ("June/July"), first and last: due by the last one's last day.
    Months(YearMonth, YearMonth),
    /// A whole financial year ("across financial year 2012/13"), by the calendar year it
    /// starts in: due by 31 March at its end.
    FinancialYear(i32),
    /// A number of days after the meeting that raised it ("within two weeks" is 14):
    /// resolved only where that meeting's date is recorded.
    WithinDays(u32),
    /// Continuing work with no end date ("Ongoing"): never overdue.
    Ongoing,
    /// Done again and again ("regularly"): never overdue.
    Regularly,
    /// "At a future meeting", none named: never resolves to a date, never overdue.
    FutureMeeting,
    /// A meeting, by id.
    Meeting(Id),
    /// The next meeting of the body after the one that raised the action.
    NextMeeting,
    /// The next meeting of another named body (by id) after the action was raised.
    NextMeetingOf(Id),
}

impl Due {
    /// The day it falls due when that needs no meeting to resolve it: a date itself, or
    /// the last day of a month or quarter. `None` for "ongoing" and the meeting forms.
    pub fn fixed_date(&self) -> Option<Date> {
        match self {
            Due::Date(d) => Some(*d),
            Due::Month(m) => Some(m.last_day()),
            Due::Quarter(q) => Some(q.last_day()),
            Due::Months(_, last) => Some(last.last_day()),
            Due::FinancialYear(start) => Date::from_ymd_opt(start + 1, 3, 31),
            Due::Ongoing
            | Due::Regularly
            | Due::FutureMeeting
            | Due::WithinDays(_)
            | Due::Meeting(_)
            | Due::NextMeeting
            | Due::NextMeetingOf(_) => None,
        }
    }
}

impl From<When> for Due {
    fn from(w: When) -> Due {
        match w {
            When::Date(d) => Due::Date(d),
            When::Month(m) => Due::Month(m),
            When::Meeting(id) => Due::Meeting(id),
            When::NextMeeting => Due::NextMeeting,
        }
    }
}

impl Serialize for Due {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            // chrono's `Display` of a date is `%Y-%m-%d` (ISO 8601) without strftime.
            Due::Date(d) => s.collect_str(d),
            Due::Month(m) => s.collect_str(m),
            Due::Quarter(q) => s.collect_str(q),
            Due::Ongoing => s.serialize_str("ongoing"),
            Due::Regularly => s.serialize_str("regularly"),
            Due::FutureMeeting => s.serialize_str("future_meeting"),
            Due::NextMeeting => s.serialize_str("next_meeting"),
            Due::Months(first, last) => {
                let mut map = s.serialize_map(Some(1))?;
                map.serialize_entry("months", &[first, last])?;
                map.end()
            }
            Due::FinancialYear(start) => {
                let mut map = s.serialize_map(Some(1))?;
                let text = format!("{:04}/{:02}", start, (start + 1).rem_euclid(100));
                map.serialize_entry("financial_year", &text)?;
                map.end()
            }
            Due::WithinDays(n) => {
                let mut map = s.serialize_map(Some(1))?;
                map.serialize_entry("within_days", n)?;
                map.end()
            }
            Due::Meeting(id) => {
                let mut map = s.serialize_map(Some(1))?;
                map.serialize_entry("meeting", id)?;
                map.end()
            }
            Due::NextMeetingOf(id) => {
                let mut map = s.serialize_map(Some(1))?;
                map.serialize_entry("next_meeting_of", id)?;
                map.end()
            }
        }
    }
}

/// Parse a financial year `"2012/13"` to the calendar year it starts in.
fn financial_year(text: &str) -> Option<i32> {
    let (a, b) = text.split_once('/')?;
    if a.len() != 4 || b.len() != 2 || !a.bytes().chain(b.bytes()).all(|c| c.is_ascii_digit()) {
        return None;
    }
    let start: i32 = a.parse().ok()?;
    ((start + 1) % 100 == b.parse::<i32>().ok()?).then_some(start)
}

/// The one-field object forms of a due, read from the key and its value.
fn due_of_entry<'de, A: de::MapAccess<'de>>(key: &str, map: &mut A) -> Result<Due, A::Error> {
    Ok(match key {
        "meeting" => Due::Meeting(map.next_value()?),
        "next_meeting_of" => Due::NextMeetingOf(map.next_value()?),
        "within_days" => Due::WithinDays(map.next_value()?),
        "financial_year" => {
            let text: String = map.next_value()?;
            Due::FinancialYear(
                financial_year(&text)
                    .ok_or_else(|| de::Error::custom(crate::read::message::FINANCIAL_YEAR))?,
            )
        }
        "months" => {
            let [first, last]: [YearMonth; 2] = map.next_value()?;
            if last < first {
                return Err(de::Error::custom(
                    "Give the months first to last, like 2017-06 then 2017-07.",
                ));
            }
            Due::Months(first, last)
        }
        _ => return Err(de::Error::custom(DUE_FORMS)),
    })
}

impl<'de> Deserialize<'de> for Due {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> de::Visitor<'de> for V {
            type Value = Due;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(DUE_FORMS)
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Due, E> {
                match v {
                    "ongoing" => return Ok(Due::Ongoing),
                    "regularly" => return Ok(Due::Regularly),
                    "future_meeting" => return Ok(Due::FutureMeeting),
                    _ => {}
                }
                if v.contains("-Q") {
                    return Quarter::parse(v)
                        .map(Due::Quarter)
                        .ok_or_else(|| E::custom(DUE_FORMS));
                }
                When::deserialize(de::value::StrDeserializer::<E>::new(v))
                    .map(Due::from)
                    .map_err(|_| E::custom(DUE_FORMS))
            }
            fn visit_map<A: de::MapAccess<'de>>(self, mut map: A) -> Result<Due, A::Error> {
                let mut out: Option<Due> = None;
                while let Some(key) = map.next_key::<String>()? {
                    if out.is_some() {
                        return Err(de::Error::custom(
                            "A due given as a record has exactly one field, such as a meeting (meeting) or days after the meeting (within_days).",
                        ));
                    }
                    out = Some(due_of_entry(&key, &mut map)?);
                }
                out.ok_or_else(|| de::Error::custom(DUE_FORMS))
            }
        }
        d.deserialize_any(V)
    }
}

#[cfg(feature = "schema")]
mod schema {
    use super::{Due, Quarter};
    use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};
    use std::borrow::Cow;

    const QUARTER: &str = "^[0-9]{4}(/[0-9]{2})?-Q[1-4]$";

    impl JsonSchema for Quarter {
        fn schema_name() -> Cow<'static, str> {
            "Quarter".into()
        }
        fn json_schema(_: &mut SchemaGenerator) -> Schema {
            json_schema!({"type": "string", "pattern": QUARTER, "description": "A quarter: 2017-Q3 (calendar) or 2017/18-Q3 (financial year from April)"})
        }
    }

    impl JsonSchema for Due {
        fn schema_name() -> Cow<'static, str> {
            "Due".into()
        }
        fn json_schema(_: &mut SchemaGenerator) -> Schema {
            json_schema!({
                "description": "A date YYYY-MM-DD, a month YYYY-MM, a quarter 2017-Q3 or 2017/18-Q3, {\"months\": [first, last]}, {\"financial_year\": \"2012/13\"}, {\"within_days\": n}, \"ongoing\", \"regularly\", \"future_meeting\", \"next_meeting\", {\"meeting\": id} or {\"next_meeting_of\": body id}",
                "anyOf": [
                    {"type": "string", "format": "date"},
                    {"type": "string", "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])$"},
                    {"type": "string", "pattern": QUARTER},
                    {"enum": ["ongoing", "regularly", "future_meeting", "next_meeting"]},
                    {"type": "object", "properties": {"months": {"type": "array", "items": {"type": "string", "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])$"}, "minItems": 2, "maxItems": 2}}, "required": ["months"], "additionalProperties": false},
                    {"type": "object", "properties": {"financial_year": {"type": "string", "pattern": "^[0-9]{4}/[0-9]{2}$"}}, "required": ["financial_year"], "additionalProperties": false},
                    {"type": "object", "properties": {"within_days": {"type": "integer", "minimum": 0}}, "required": ["within_days"], "additionalProperties": false},
                    {"type": "object", "properties": {"meeting": {"type": "string"}}, "required": ["meeting"], "additionalProperties": false},
                    {"type": "object", "properties": {"next_meeting_of": {"type": "string"}}, "required": ["next_meeting_of"], "additionalProperties": false}
                ]
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> Date {
        Date::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn a_due_date_is_written_as_chrono_strftime_writes_it() {
        // Dates are written without chrono's strftime (module size): the text must stay
        // what `format("%Y-%m-%d")` gives, at the edges too.
        for (y, m, day) in [
            (2017, 1, 31),
            (0, 1, 1),
            (9999, 12, 31),
            (10000, 1, 1),
            (-1, 6, 9),
        ] {
            let date = d(y, m, day);
            let want = format!("\"{}\"", date.format("%Y-%m-%d"));
            assert_eq!(serde_json::to_string(&Due::Date(date)).unwrap(), want);
        }
    }

    #[test]
    fn quarters_end_where_boards_mean() {
        assert_eq!(
            Quarter::parse("2017-Q3").unwrap().last_day(),
            d(2017, 9, 30)
        );
        assert_eq!(
            Quarter::parse("2017/18-Q3").unwrap().last_day(),
            d(2017, 12, 31)
        );
        assert_eq!(
            Quarter::parse("2017/18-Q4").unwrap().last_day(),
            d(2018, 3, 31)
        );
        assert_eq!(
            Quarter::parse("2016/17-Q1").unwrap().last_day(),
            d(2016, 6, 30)
        );
        assert_eq!(
            Quarter::parse("2017-Q4").unwrap().last_day(),
            d(2017, 12, 31)
        );
        assert_eq!(
            Quarter::parse("1999/00-Q2").unwrap().last_day(),
            d(1999, 9, 30)
        );
        for bad in ["2017-Q5", "2017/19-Q1", "2017-Q", "17-Q1", "2017/18-Q0"] {
            assert!(Quarter::parse(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn every_form_round_trips() {
        for s in [
            "\"2017-01-31\"",
            "\"2017-01\"",
            "\"2017-Q3\"",
            "\"2017/18-Q3\"",
            "\"ongoing\"",
            "\"next_meeting\"",
            "{\"meeting\":\"m1\"}",
            "{\"next_meeting_of\":\"b-exec\"}",
            "\"regularly\"",
            "\"future_meeting\"",
            "{\"months\":[\"2017-06\",\"2017-07\"]}",
            "{\"financial_year\":\"2012/13\"}",
            "{\"within_days\":14}",
        ] {
            let w: Due = serde_json::from_str(s).unwrap();
            assert_eq!(serde_json::to_string(&w).unwrap(), s);
        }
        assert!(serde_json::from_str::<Due>("\"2017-02-31\"").is_err());
        assert!(
            serde_json::from_str::<Due>("{\"meeting\":\"a\",\"next_meeting_of\":\"b\"}").is_err()
        );
        for bad in [
            "{\"months\":[\"2017-07\",\"2017-06\"]}",
            "{\"financial_year\":\"2012/14\"}",
            "{\"within_days\":-1}",
            "\"soon\"",
        ] {
            assert!(serde_json::from_str::<Due>(bad).is_err(), "{bad}");
        }
        let fy: Due = serde_json::from_str("{\"financial_year\":\"2012/13\"}").unwrap();
        assert_eq!(fy.fixed_date(), Some(d(2013, 3, 31)));
        let run: Due = serde_json::from_str("{\"months\":[\"2017-06\",\"2017-07\"]}").unwrap();
        assert_eq!(run.fixed_date(), Some(d(2017, 7, 31)));
    }
}
