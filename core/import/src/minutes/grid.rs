//! A year attendance grid by agency, run together by a PDF extraction:
//! "Initials Agency 4.2.16 7.4.16 ... AB Adult Services D A Y KP CAFCASS Y D Y ...",
//! with its key (Y = attended, N = did not attend, A = apologies, D = deputy attended
//! in place), and "In attendance for specific items: Name (INI) – role (Item 3.1)".

use super::reader::{append_to, Grid, Reader};
use crate::codes::ImportCode;
use crate::dates::{numeric, Read};
use crate::people::is_initials;
use crate::text::Line;
use crate::Location;
use boardkit::date::Date;
use boardkit::meeting::AttendanceStatus;
use serde_json::{json, Value};

const CODES: [&str; 5] = ["Y", "N", "A", "D", "-"];

fn seat(token: &str) -> bool {
    token.split('/').all(is_initials) && !token.is_empty()
}

/// Read a grid line (header or rows) or an "in attendance for specific items" line.
pub(crate) fn grid_line(r: &mut Reader<'_>, l: &Line) -> bool {
    let lower = l.text.to_lowercase();
    if let Some(p) = lower.find("in attendance for specific items") {
        let rest = l
            .text
            .get(p + "in attendance for specific items".len()..)
            .unwrap_or("");
        let people = bracket_people(rest);
        if !people.is_empty() {
            for (name, ini) in people {
                let at = Location::line(l.no);
                if let Some(id) = r.person(&name, None, &at) {
                    r.book.set_initials(&id, &ini);
                    r.attend(id, AttendanceStatus::InAttendance, None, false);
                }
            }
            r.preamble.push(Value::String(l.text.clone()));
            return true;
        }
    }
    if lower.starts_with("key:") && lower.contains("= attended") {
        r.preamble.push(Value::String(l.text.clone()));
        return true;
    }
    let words: Vec<&str> = l.text.split_whitespace().collect();
    let start = match lower.find("initials agency") {
        Some(_) => {
            let pos = words
                .iter()
                .position(|w| w.eq_ignore_ascii_case("agency"))
                .unwrap_or(0);
            let mut dates = Vec::new();
            let mut i = pos + 1;
            while let Some(Some(Read::Day(d))) = words.get(i).map(|w| numeric(w)) {
                dates.push(d);
                i += 1;
            }
            if dates.is_empty() {
                return false;
            }
            r.grid = Some(Grid {
                dates,
                filled: None,
            });
            i
        }
        None => {
            if r.grid.is_none() {
                return false;
            }
            let first = words
                .iter()
                .position(|w| !w.chars().all(|c| c.is_ascii_digit()))
                .unwrap_or(0);
            if !words.get(first).is_some_and(|w| seat(w)) {
                r.grid = None;
                return false;
            }
            first
        }
    };
    rows(r, l.no, words.get(start..).unwrap_or(&[]));
    r.preamble.push(Value::String(l.text.clone()));
    true
}

fn rows(r: &mut Reader<'_>, line: usize, words: &[&str]) {
    let Some(grid) = r.grid.clone() else { return };
    let mut i = 0;
    let mut filled = grid.filled;
    while i < words.len() {
        let Some(w) = words.get(i) else { break };
        if w.chars().all(|c| c.is_ascii_digit()) {
            i += 1;
            continue;
        }
        if !seat(w) {
            i += 1;
            continue;
        }
        let ini = w.to_string();
        i += 1;
        let mut agency = Vec::new();
        while let Some(x) = words.get(i) {
            if CODES.contains(x) {
                break;
            }
            agency.push(*x);
            i += 1;
        }
        let mut codes = Vec::new();
        let max = filled.unwrap_or(grid.dates.len());
        while let Some(x) = words.get(i) {
            if !CODES.contains(x) || codes.len() >= max {
                break;
            }
            codes.push(x.to_string());
            i += 1;
        }
        if codes.is_empty() {
            continue;
        }
        if filled.is_none() {
            filled = Some(codes.len());
        }
        record(r, line, &ini, &agency.join(" "), &codes, &grid.dates);
    }
    if let Some(g) = r.grid.as_mut() {
        g.filled = filled;
    }
}

fn record(
    r: &mut Reader<'_>,
    line: usize,
    ini: &str,
    agency: &str,
    codes: &[String],
    dates: &[Date],
) {
    let at = Location::line(line);
    let n = codes.len();
    if let Some(d) = n.checked_sub(1).and_then(|k| dates.get(k)) {
        if !r.grid_dated {
            r.meeting.date = *d;
            r.date_found = true;
            r.grid_dated = true;
            r.note(line, ImportCode::NoField, "An attendance grid covers several meetings; this meeting was taken to be the last one with entries, and the other columns are kept under each attendance entry's extensions (year_grid).");
        }
    }
    let history: Vec<Value> = codes
        .iter()
        .zip(dates)
        .map(|(c, d)| json!({"date": d.to_string(), "code": c}))
        .collect();
    let code = codes.last().map(String::as_str).unwrap_or("");
    if ini.contains('/') {
        r.note(line, ImportCode::NoField, "A seat shared by two people, for example \"AB/CD\", cannot say which of them attended; the seat is kept under the meeting's extensions (shared_seats).");
        push(
            r,
            "shared_seats",
            json!({"initials": ini, "year_grid": history}),
        );
        return;
    }
    let Some(id) = r.book.by_initials(ini, Some(agency), &at, &mut r.out) else {
        return;
    };
    let status = match code {
        "Y" => AttendanceStatus::Present,
        "N" => AttendanceStatus::Absent,
        "A" => AttendanceStatus::Apologies,
        "D" => {
            r.note(line, ImportCode::DeputyUnnamed, "A deputy attended in a member's place but is not named; the member is kept under the meeting's extensions (unnamed_deputies).");
            push(
                r,
                "unnamed_deputies",
                json!({"person": id, "year_grid": history}),
            );
            return;
        }
        _ => {
            r.note(line, ImportCode::AttendanceCode, "An attendance grid cell holds a code the key does not define, for example \"-\"; it is kept under the meeting's extensions (attendance_codes_unknown).");
            push(
                r,
                "attendance_codes_unknown",
                json!({"person": id, "year_grid": history}),
            );
            return;
        }
    };
    let i = r.attend(id, status, None, false);
    if let Some(a) = r.meeting.attendance.get_mut(i) {
        a.extensions
            .insert("year_grid".into(), Value::Array(history));
    }
}

fn push(r: &mut Reader<'_>, key: &str, v: Value) {
    append_to(&mut r.meeting.extensions, key, [v]);
}

/// "Sam Kaur (SK) – Officer – KSCB (Item 3.1) Rina Joshi (RJ) - ..." → names with initials.
pub(crate) fn bracket_people(t: &str) -> Vec<(String, String)> {
    let words: Vec<&str> = t.split_whitespace().collect();
    let mut out = Vec::new();
    for (i, w) in words.iter().enumerate() {
        let inner = w.strip_prefix('(').and_then(|x| x.strip_suffix(')'));
        let Some(ini) = inner.filter(|x| is_initials(x)) else {
            continue;
        };
        let mut name = Vec::new();
        let mut j = i;
        while j > 0 && name.len() < 3 {
            j -= 1;
            let Some(prev) = words.get(j) else { break };
            if prev.chars().next().is_some_and(char::is_uppercase)
                && prev
                    .chars()
                    .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
            {
                name.insert(0, *prev);
            } else {
                break;
            }
        }
        if name.len() >= 2 {
            // Keep the last two capitalised words ("... KSCB (Item 3.1) Rina Joshi").
            let take = name.len().min(2);
            let n = name.get(name.len() - take..).unwrap_or(&[]).join(" ");
            out.push((n, ini.to_string()));
        }
    }
    out
}
