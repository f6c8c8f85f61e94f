//! An attendance table NAME | ROLE, ORGANISATION | PRESENT | APOLOGIES | DEPUTY ATTENDED
//! whose cells a PDF extraction ran together, splitting each name around the role text:
//! "Alison Independent Chair, WSCB Y (Chair) Rudge Graham Associate Director ...".
//!
//! Rows are found by their first name (the capitalised word before a word that starts a
//! role: Head, Service, Designated...), the status by its column value (Y, Y (Chair),
//! A, A _, A N/A, A Deputy Name), the surname after the status (or, when a deputy is
//! named, before the next row); a hyphenated surname is joined across the role text.
//! A row that does not fit is kept as text with an uncertainty.

use super::reader::{append_to, Reader};
use crate::codes::ImportCode;
use crate::people::is_organisation;
use crate::text::Line;
use crate::Location;
use boardkit::meeting::AttendanceStatus;
use serde_json::Value;

const ROLE_START: &[&str] = &[
    "Independent",
    "Associate",
    "Corporate",
    "Service",
    "Interim",
    "Group",
    "Consultant",
    "Deputy",
    "Designated",
    "Head",
    "Detective",
    "Assistant",
    "Lead",
    "Business",
    "Lay",
    "Director",
    "Manager",
    "Chief",
    "Senior",
    "Principal",
    "Strategic",
    "Executive",
];
const TITLES: &[&str] = &["Dr", "Cllr", "Mr", "Mrs", "Ms", "Prof"];

fn word(t: &str) -> bool {
    t.chars().next().is_some_and(char::is_uppercase)
        && t.chars()
            .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
        && t.chars().any(char::is_lowercase)
}

fn name_word(t: &str) -> bool {
    // "CCGs", "NHSE": an abbreviation, not a name.
    let caps = t.chars().filter(|c| c.is_uppercase()).count();
    (caps <= 2 || t.contains('-'))
        && word(t)
        && !ROLE_START.contains(&t)
        && !is_organisation(t)
        && !TITLES.contains(&t)
}

#[derive(Debug, Default)]
struct Row {
    name: String,
    surname: String,
    role: String,
    present: bool,
    observer: bool,
    deputy: Option<String>,
    full: bool,
    needs_tail: bool,
}

/// The name words (and a title before them) just before `end`, not before `floor`.
fn run_before<'a>(toks: &[&'a str], end: usize, floor: usize) -> Vec<&'a str> {
    let mut run = Vec::new();
    let mut e = end;
    while e > floor {
        let t = toks.get(e - 1).copied().unwrap_or("");
        if TITLES.contains(&t) {
            run.insert(0, t);
            break;
        }
        if name_word(t) || (t.ends_with('-') && word(t.trim_end_matches('-'))) {
            run.insert(0, t);
            e -= 1;
        } else {
            break;
        }
    }
    run
}

/// A line that carries on a run-together table after a page break: long, with status
/// values (Y or A) among its words.
fn continues_table(t: &str) -> bool {
    t.len() > 100
        && t.split_whitespace()
            .filter(|w| *w == "Y" || *w == "A")
            .count()
            >= 2
}

/// Read a run-together PRESENT / APOLOGIES / DEPUTY ATTENDED table; false when the line
/// is not one.
pub(crate) fn columns_line(r: &mut Reader<'_>, l: &Line) -> bool {
    const HEAD: &str = "PRESENT APOLOGIES DEPUTY ATTENDED";
    let body = match l.text.find(HEAD) {
        Some(pos) => l.text.get(pos + HEAD.len()..).unwrap_or(""),
        // The table continued on the next page, without its header row.
        None if r.columns_seen && continues_table(&l.text) => l.text.as_str(),
        None => return false,
    };
    r.columns_seen = true;
    let toks: Vec<&str> = body.split_whitespace().collect();
    let rows = read_rows(&toks);
    let unread = attend_rows(r, rows, l.no);
    if !unread.is_empty() {
        keep_unpaired(r, l.no, unread);
    }
    r.preamble.push(Value::String(l.text.clone()));
    true
}

/// The rows of the table's words.
fn read_rows(toks: &[&str]) -> Vec<Row> {
    let mut rows: Vec<Row> = Vec::new();
    let mut pos = 0usize;
    // Each row starts at the next role start with a name word before it, after `pos`.
    let next_role = |pos: usize| {
        (pos.max(1)..toks.len()).find(|&i| {
            ROLE_START.contains(&toks.get(i).copied().unwrap_or(""))
                && name_word(toks.get(i - 1).copied().unwrap_or(""))
                && i > pos
        })
    };
    while let Some(role) = next_role(pos) {
        let mut first = run_before(toks, role, pos);
        give_tail(&mut rows, &mut first);
        let mut row = Row {
            name: first.join(" "),
            ..Row::default()
        };
        let split_surname = first.last().is_some_and(|t| t.ends_with('-'));
        let full = first.iter().filter(|t| !TITLES.contains(t)).count() >= 2 && !split_surname;
        let Some(at) = (role..toks.len()).find(|&i| matches!(toks.get(i), Some(&"Y") | Some(&"A")))
        else {
            rows.push(row);
            break;
        };
        row.role = toks.get(role..at).unwrap_or(&[]).join(" ");
        row.present = toks.get(at) == Some(&"Y");
        let mut j = after_status(toks, at + 1, &mut row);
        if !full {
            j = surname_after(toks, j, &mut row);
        }
        row.full = full;
        rows.push(row);
        pos = j;
    }
    // The last row may take its surname from the end of the line.
    if let Some(prev) = rows.last_mut().filter(|r| r.needs_tail) {
        let run = run_before(toks, toks.len(), pos);
        prev.surname.push_str(&run.concat());
        prev.needs_tail = false;
    }
    rows
}

/// A row waiting for its surname (after a named deputy or a hyphen) takes all but the
/// last name word of the run before the next row's role; the last is that row's first
/// name.
fn give_tail(rows: &mut [Row], first: &mut Vec<&str>) {
    if let Some(prev) = rows.last_mut().filter(|r| r.needs_tail) {
        let titled = first.first().is_some_and(|t| TITLES.contains(t));
        let keep = if titled { 2 } else { 1 };
        if first.len() > keep {
            let tail: Vec<&str> = first.drain(..first.len() - keep).collect();
            prev.surname.push_str(&tail.concat());
        }
        prev.needs_tail = false;
    }
}

/// What follows a row's status from word `j`: (Chair) or (Observer) after Y; `_`,
/// `N/A` or a deputy's name after A. Returns the next word.
fn after_status(toks: &[&str], mut j: usize, row: &mut Row) -> usize {
    if row.present {
        if toks.get(j).is_some_and(|t| t.starts_with('(')) {
            while let Some(t) = toks.get(j) {
                row.observer |= t.contains("Observer");
                j += 1;
                if t.ends_with(')') {
                    break;
                }
            }
        }
    } else if matches!(toks.get(j), Some(&"_") | Some(&"N/A")) {
        j += 1;
    } else if let (Some(a), Some(b)) = (toks.get(j), toks.get(j + 1)) {
        if name_word(a) && name_word(b) {
            row.deputy = Some(format!("{a} {b}"));
            j += 2;
        } else if name_word(a) {
            // "A Nicole Commissioning ... Chavadura": the deputy's surname follows
            // the rest of the role text; it is the next name word.
            let tail = (j + 1..toks.len().min(j + 16))
                .find(|&k| toks.get(k).is_some_and(|t| name_word(t)));
            if let Some(t) = tail.and_then(|k| toks.get(k)) {
                row.deputy = Some(format!("{a} {t}"));
            }
            j += 1;
        }
    }
    j
}

/// The surname of a row without a full name, at word `j` (or waited for, after a named
/// deputy or a hyphen). Returns the next word.
fn surname_after(toks: &[&str], mut j: usize, row: &mut Row) -> usize {
    if row.deputy.is_some() {
        row.needs_tail = true;
        return j;
    }
    match toks.get(j) {
        Some(t) if t.ends_with('-') => {
            row.surname = t.to_string();
            row.needs_tail = true;
            j += 1;
        }
        Some(t) if name_word(t) => {
            row.surname = t.to_string();
            j += 1;
        }
        _ => {}
    }
    j
}

/// Attend each row's person (and deputy); returns the rows that could not be paired.
fn attend_rows(r: &mut Reader<'_>, rows: Vec<Row>, no: usize) -> Vec<Value> {
    let mut unread = Vec::new();
    let loc = Location::line(no);
    for row in rows {
        let name = if row.full {
            row.name.clone()
        } else if row.name.ends_with('-') {
            format!("{}{}", row.name, row.surname)
        } else {
            format!("{} {}", row.name, row.surname)
        };
        if !row.full && (row.surname.is_empty() || row.surname.ends_with('-')) {
            unread.push(Value::String(row.name));
            continue;
        }
        let Some(id) = r.person(&name, Some(&row.role), &loc) else {
            continue;
        };
        let status = if row.role.contains("(minutes)") {
            AttendanceStatus::MinuteTaker
        } else if row.observer {
            AttendanceStatus::InAttendance
        } else if row.present {
            AttendanceStatus::Present
        } else {
            AttendanceStatus::Apologies
        };
        r.attend(id.clone(), status, None, false);
        if let Some(d) = row.deputy {
            if let Some(did) = r.person(&d, None, &loc) {
                r.attend(did, AttendanceStatus::Deputy, Some(id), false);
            }
        }
    }
    unread
}

/// Rows that could not be re-paired, kept in the meeting's extensions.
fn keep_unpaired(r: &mut Reader<'_>, no: usize, unread: Vec<Value>) {
    r.note(no, ImportCode::TableUnpaired, "Rows of an attendance table whose columns were run together could not be re-paired; what was read of them is kept in the meeting's extensions (attendance_unpaired). Check the names and statuses.");
    append_to(&mut r.meeting.extensions, "attendance_unpaired", unread);
}
