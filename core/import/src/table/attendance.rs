//! An attendance grid: one row per member, one column per meeting (a date header) with
//! codes Y / N / A / D (or Present / Apologies / Absent / Deputy), or a single meeting's
//! list with a status column and a named-deputy column.

use super::{body_of, Marks, Meetings, Table};
use crate::dates::{self, Read};
use crate::people::Book;
use crate::rows::Row;
use crate::Location;
use boardkit::extension::ExtensionValue;
use boardkit::meeting::AttendanceStatus;
use boardkit::{BoardDocument, Extensions};
use serde_json::{json, Value};

pub(super) const FIELDS: &[(&str, &[&str])] = &[
    (
        "name",
        &["name", "member", "attendee", "person", "representative"],
    ),
    ("initials", &["initials", "initial"]),
    (
        "organisation",
        &[
            "agency",
            "organisation",
            "organization",
            "role",
            "role, organisation",
            "post",
            "partner",
        ],
    ),
    ("status", &["status", "attendance", "attended"]),
    (
        "deputy",
        &["deputy", "deputy attended", "substitute", "represented by"],
    ),
    ("date", &["date", "meeting", "meeting date"]),
];

/// Whether a header is a meeting date (a column of the grid).
pub(super) fn is_meeting_column(h: &str) -> bool {
    matches!(dates::due(h), Some(Read::Day(_))) && h.split_whitespace().count() <= 4
}

fn code(text: &str) -> Option<AttendanceStatus> {
    match text.trim().to_lowercase().as_str() {
        "y" | "p" | "yes" | "present" | "attended" | "✓" => Some(AttendanceStatus::Present),
        "a" | "apologies" | "apols" => Some(AttendanceStatus::Apologies),
        "n" | "no" | "absent" | "did not attend" | "dna" => Some(AttendanceStatus::Absent),
        "d" | "deputy" | "deputy attended" | "sub" | "substitute" => Some(AttendanceStatus::Deputy),
        "in attendance" | "officer" | "guest" => Some(AttendanceStatus::InAttendance),
        "observer" => Some(AttendanceStatus::Observer),
        "unknown" => Some(AttendanceStatus::Unknown),
        "minutes" | "clerk" | "minute taker" => Some(AttendanceStatus::MinuteTaker),
        _ => None,
    }
}

/// The member a "Deputy for Jane Doe" (or "deputising for", "on behalf of") cell names.
fn deputy_for(cell: &str) -> Option<&str> {
    let l = cell.to_lowercase();
    ["deputy for ", "deputising for ", "on behalf of "]
        .iter()
        .find(|p| l.starts_with(*p))
        .and_then(|p| cell.get(p.len()..))
        .map(str::trim)
        .filter(|m| !m.is_empty())
}

pub(super) fn read(
    t: &mut Table,
    rows: &[(usize, Row<'_>)],
    context: Option<&BoardDocument>,
) -> (BoardDocument, Marks) {
    let mut doc = BoardDocument::new();
    let mut marks_of = Marks::default();
    let mut book = Book::new(context);
    let body = body_of(&mut doc, context);
    let mut meetings = Meetings::new(context, &body);
    let date_cols: Vec<(usize, boardkit::date::Date)> = t
        .header
        .iter()
        .enumerate()
        .filter_map(|(c, h)| match dates::due(h) {
            Some(Read::Day(d)) if is_meeting_column(h) => Some((c, d)),
            _ => None,
        })
        .collect();
    // How many marks each meeting column holds, so each meeting's attendance is
    // allocated once at its size instead of doubling as the rows are read.
    let marks: Vec<usize> = date_cols
        .iter()
        .map(|(c, _)| {
            rows.iter()
                .filter(|(_, r)| r.get(*c).is_some_and(|x| !x.trim().is_empty()))
                .count()
        })
        .collect();
    if date_cols.is_empty() && !t.has("status") {
        t.note(1, None, "import.column_missing", "No column holds attendance: give one column per meeting headed by its date (30/01/2017), or a status column.");
    }
    for (n, row) in rows {
        let n = *n;
        let at = Location::cell(t.sheet, n, t.col("name"));
        let name = t.cell(row, "name").to_string();
        let ini = t.cell(row, "initials").to_string();
        let org = t.cell(row, "organisation").to_string();
        let post = if org.is_empty() {
            None
        } else {
            Some(org.as_str())
        };
        let mut out = std::mem::take(&mut t.out);
        let person = if !name.is_empty() {
            book.by_name(&name, post, &at, &mut out)
        } else if !ini.is_empty() {
            book.by_initials(&ini, post, &at, &mut out)
        } else {
            None
        };
        t.out = out;
        let Some(person) = person else {
            t.note(
                n,
                Some("name"),
                "import.cell_unread",
                "A row names nobody (no name and no initials); its cells were not imported.",
            );
            continue;
        };
        if !ini.is_empty() {
            book.set_initials(&person, &ini);
        }
        if let Some(i) = book.index_of(&person) {
            t.record(n, format!("/people/{i}"));
        }
        let ext = t.extensions(row);
        let mut cols: Vec<(Option<usize>, boardkit::date::Date, &str, usize)> = date_cols
            .iter()
            .zip(&marks)
            .map(|((c, d), k)| (Some(*c), *d, row.get(*c).unwrap_or(""), *k))
            .collect();
        if date_cols.is_empty() {
            let d = match dates::due(t.cell(row, "date")) {
                Some(Read::Day(d)) => Some(d),
                _ => None,
            };
            match d {
                Some(d) => cols.push((
                    t.columns.get("status").copied(),
                    d,
                    t.cell(row, "status"),
                    0,
                )),
                None => {
                    t.note(
                        n,
                        Some("date"),
                        "import.date_unread",
                        "A row's meeting date could not be read; its attendance was not imported.",
                    );
                    continue;
                }
            }
        }
        let deputy_name = t.cell(row, "deputy").to_string();
        let pid = marks_of.person(&person);
        for (c, d, cell, size) in cols {
            let cell = cell.trim();
            if cell.is_empty() {
                continue;
            }
            let Some(mid) = meetings.on(&mut doc, &body, d) else {
                continue;
            };
            marks_of.reserve(mid, size);
            let where_ = Location::cell(t.sheet, n, c.map(|c| c + 1));
            // "Deputy for Jane Doe": this row's person stood in for the member named.
            if let Some(member) = deputy_for(cell) {
                let mut out = std::mem::take(&mut t.out);
                let m = book.by_name(member, None, &where_, &mut out);
                t.out = out;
                match m {
                    Some(m) => marks_of.full(
                        mid,
                        crate::attendance_line(
                            person.clone(),
                            AttendanceStatus::Deputy,
                            Some(m),
                            ext.clone(),
                        ),
                    ),
                    // Ambiguous (reported by the book): the cell is kept as written.
                    None => push(
                        &mut doc,
                        mid,
                        "attendance_codes_unknown",
                        json!({"person": person, "code": cell}),
                    ),
                }
                continue;
            }
            let Some(status) = code(cell) else {
                t.out.push(crate::Uncertainty { at: where_, code: "import.attendance_code", message: "An attendance cell holds a code the importer does not know, for example \"-\"; it was kept under the meeting's extensions (attendance_codes_unknown).".into(), path: None });
                push(
                    &mut doc,
                    mid,
                    "attendance_codes_unknown",
                    json!({"person": person, "code": cell}),
                );
                continue;
            };
            let mut rec_ext: Extensions = ext.clone();
            if status == AttendanceStatus::Deputy {
                let deputy = if deputy_name.is_empty() || deputy_name == "_" || deputy_name == "-" {
                    None
                } else {
                    let mut out = std::mem::take(&mut t.out);
                    let x = book.by_name(&deputy_name, None, &where_, &mut out);
                    t.out = out;
                    x
                };
                match deputy {
                    Some(dep) => marks_of.full(
                        mid,
                        crate::attendance_line(dep, status, Some(person.clone()), rec_ext),
                    ),
                    None => {
                        t.out.push(crate::Uncertainty { at: where_, code: "import.deputy_unnamed", message: "A deputy attended in a member's place but is not named; the member was kept under the meeting's extensions (unnamed_deputies).".into(), path: None });
                        push(&mut doc, mid, "unnamed_deputies", json!({"person": person}));
                    }
                }
                continue;
            }
            if !deputy_name.is_empty()
                && deputy_name != "_"
                && deputy_name != "-"
                && status == AttendanceStatus::Apologies
            {
                let mut out = std::mem::take(&mut t.out);
                if let Some(dep) = book.by_name(&deputy_name, None, &where_, &mut out) {
                    marks_of.full(
                        mid,
                        crate::attendance_line(
                            dep,
                            AttendanceStatus::Deputy,
                            Some(person.clone()),
                            Extensions::new(),
                        ),
                    );
                }
                t.out = out;
            }
            rec_ext.retain(|_, v| !v.is_null());
            if rec_ext.is_empty() {
                marks_of.plain(mid, pid, status);
            } else {
                marks_of.full(
                    mid,
                    crate::attendance_line(person.clone(), status, None, rec_ext),
                );
            }
        }
    }
    doc.people = book.people;
    (doc, marks_of)
}

fn push(doc: &mut BoardDocument, meeting: usize, key: &str, v: Value) {
    if let Some(m) = doc.meetings.get_mut(meeting) {
        let e = m
            .extensions
            .entry(key)
            .or_insert_with(|| ExtensionValue::Array(Vec::new()));
        if let ExtensionValue::Array(a) = e {
            a.push(v.into());
        }
    }
}
