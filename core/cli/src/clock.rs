//! `boardkit clock`: statutory clocks in a nation's calendar of working days.
//!
//! ```text
//! boardkit clock add-working-days FROM DAYS --nation N        prints the date
//! boardkit clock clear-days FROM TO --nation N                 {"clear_days", "clear_working_days"}
//! boardkit clock due-by EVENT DAYS --nation N --count working_days|calendar_days
//!                                                              {"due_by", "last_working_day"}
//! boardkit clock overdue FROM DAYS --as-of DATE --nation N     {"due", "overdue", "working_days_overdue"}
//! boardkit clock holidays YEAR --nation N                      one line a holiday: DATE KIND [substitute]
//! ```
//!
//! Each command builds the same JSON request the C and JS bindings take and reads it
//! with the core's strict reader, so a bad date or nation gets the same message.

use crate::args::{Args, Failure};
use boardkit::clock;
use serde::de::DeserializeOwned;
use serde_json::{json, Value};

const FLAGS: &[&str] = &["nation", "count", "as-of"];
const NATIONS: &str = "england-and-wales, scotland or northern-ireland";

/// Run `clock`.
pub fn run(argv: &[String]) -> Result<(), Failure> {
    let a = Args::parse(argv, FLAGS)?;
    let Some((what, words)) = a.words.split_first() else {
        return Err(Failure::Usage(
            "clock needs add-working-days, clear-days, due-by, overdue or holidays".into(),
        ));
    };
    let nation = a.get("nation").ok_or_else(|| {
        Failure::Usage(format!(
            "--nation is needed: whose bank holidays to skip ({NATIONS})"
        ))
    })?;
    let text = match (what.as_str(), words) {
        ("add-working-days", [from, days]) => {
            let req = json!({"nation": nation, "from": from, "working_days": count(days)?});
            read_and(req, clock::add_working_days)?.date.to_string()
        }
        ("clear-days", [from, to]) => {
            let req = json!({"nation": nation, "from": from, "to": to});
            to_json(&read_and(req, clock::clear_days)?)?
        }
        ("due-by", [event, days]) => {
            let kind = a.get("count").ok_or_else(|| {
                Failure::Usage("--count is needed: working_days or calendar_days".into())
            })?;
            let req = json!({"nation": nation, "event": event, "clear_days": count(days)?, "count": kind});
            to_json(&read_and(req, clock::due_by)?)?
        }
        ("overdue", [from, days]) => {
            let as_of = a.get("as-of").ok_or_else(|| {
                Failure::Usage("--as-of is needed: the day to judge as of, for example --as-of 2022-09-28".into())
            })?;
            let req = json!({"nation": nation, "from": from, "working_days": count(days)?, "as_of": as_of});
            to_json(&read_and(req, clock::overdue)?)?
        }
        ("holidays", [year]) => {
            let year: i32 = year.parse().map_err(|_| {
                Failure::Usage("holidays needs a year, for example 2023".into())
            })?;
            let req = json!({"nation": nation, "year": year});
            lines(&read_and(req, clock::bank_holidays)?)?
        }
        _ => {
            return Err(Failure::Usage(
                "clock add-working-days FROM DAYS | clear-days FROM TO | due-by EVENT DAYS | overdue FROM DAYS | holidays YEAR".into(),
            ))
        }
    };
    crate::args::print(format!("{text}\n").as_bytes())
}

/// A whole number of days from the command line.
fn count(word: &str) -> Result<u64, Failure> {
    word.parse().map_err(|_| {
        Failure::Usage(
            "the number of days must be a whole number of 0 or more, for example 5".into(),
        )
    })
}

/// Read `request` as the core reads a binding's request, then answer it.
fn read_and<Req: DeserializeOwned, Resp>(
    request: Value,
    verb: fn(&Req) -> Result<Resp, boardkit::Error>,
) -> Result<Resp, Failure> {
    boardkit::error::from_json::<Req>(&request.to_string())
        .and_then(|r| verb(&r))
        .map_err(|e| Failure::Failed(format!("{e} [{}] at {}", e.code(), e.path())))
}

fn to_json<T: serde::Serialize>(value: &T) -> Result<String, Failure> {
    serde_json::to_string(value)
        .map_err(|e| Failure::Failed(format!("the answer could not be written: {e}")))
}

/// One line a holiday: `2022-09-19 state_funeral`, `2022-12-27 christmas substitute`.
fn lines(response: &clock::HolidaysResponse) -> Result<String, Failure> {
    let mut out = Vec::new();
    for h in &response.holidays {
        let kind = serde_json::to_value(h.holiday)
            .ok()
            .and_then(|v| v.as_str().map(String::from))
            .unwrap_or_default();
        let sub = if h.substitute { " substitute" } else { "" };
        out.push(format!("{} {kind}{sub}", h.date));
    }
    Ok(out.join("\n"))
}
