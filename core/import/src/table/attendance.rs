//! An attendance grid: one row per member, one column per meeting (a date header) with
//! codes Y / N / A / D (or Present / Apologies / Absent / Deputy), or a single meeting's
//! list with a status column and a named-deputy column.

use super::marks::Marks;
use super::meetings::{body_of, Meetings};
use super::shape::Table;
use crate::codes::ImportCode;
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

/// The meeting columns of the header (a date each) and how many marks each holds, so
/// each meeting's attendance is allocated once at its size instead of doubling as the
/// rows are read.
fn date_columns(
    t: &Table,
    rows: &[(usize, Row<'_>)],
) -> (Vec<(usize, boardkit::date::Date)>, Vec<usize>) {
    let date_cols: Vec<(usize, boardkit::date::Date)> = t
        .header
        .iter()
        .enumerate()
        .filter_map(|(c, h)| match dates::due(h) {
            Some(Read::Day(d)) if is_meeting_column(h) => Some((c, d)),
            _ => None,
        })
        .collect();
    let marks: Vec<usize> = date_cols
        .iter()
        .map(|(c, _)| {
            rows.iter()
                .filter(|(_, r)| r.get(*c).is_some_and(|x| !x.trim().is_empty()))
                .count()
        })
        .collect();
    (date_cols, marks)
}

/// One cell to read: its column (None for a list's status column), the meeting's date,
/// its text and how many marks its meeting column holds.
type Cell<'r> = (Option<usize>, boardkit::date::Date, &'r str, usize);

/// The attendance being read: the document, the compact marks, the people and meetings.
struct Reading {
    doc: BoardDocument,
    marks: Marks,
    book: Book,
    body: String,
    meetings: Meetings,
}

impl Reading {
    /// The person row `n` names (by name, else by initials), recorded at the row; None
    /// (noted) when it names nobody.
    fn person(&mut self, t: &mut Table, n: usize, row: &Row<'_>) -> Option<String> {
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
            self.book.by_name(&name, post, &at, &mut out)
        } else if !ini.is_empty() {
            self.book.by_initials(&ini, post, &at, &mut out)
        } else {
            None
        };
        t.out = out;
        let Some(person) = person else {
            t.note(
                n,
                Some("name"),
                ImportCode::CellUnread,
                "A row names nobody (no name and no initials); its cells were not imported.",
            );
            return None;
        };
        if !ini.is_empty() {
            self.book.set_initials(&person, &ini);
        }
        if let Some(i) = self.book.index_of(&person) {
            t.record(n, format!("/people/{i}"));
        }
        Some(person)
    }

    /// The person `name` at `at`, any uncertainty into the table's.
    fn named(&mut self, t: &mut Table, name: &str, at: &Location) -> Option<String> {
        let mut out = std::mem::take(&mut t.out);
        let m = self.book.by_name(name, None, at, &mut out);
        t.out = out;
        m
    }

    /// Read one cell of `person`'s row `n`.
    fn cell(&mut self, t: &mut Table, n: usize, person: &str, cell: Cell<'_>, row: &RowText<'_>) {
        let (c, d, cell, size) = cell;
        let cell = cell.trim();
        if cell.is_empty() {
            return;
        }
        let Some(mid) = self.meetings.on(&mut self.doc, &self.body, d) else {
            return;
        };
        self.marks.reserve(mid, size);
        let where_ = Location::cell(t.sheet, n, c.map(|c| c + 1));
        // "Deputy for Jane Doe": this row's person stood in for the member named.
        if let Some(member) = deputy_for(cell) {
            match self.named(t, member, &where_) {
                Some(m) => self.marks.full(
                    mid,
                    crate::attendance_line(
                        person.to_string(),
                        AttendanceStatus::Deputy,
                        Some(m),
                        row.ext.clone(),
                    ),
                ),
                // Ambiguous (reported by the book): the cell is kept as written.
                None => push(
                    &mut self.doc,
                    mid,
                    "attendance_codes_unknown",
                    json!({"person": person, "code": cell}),
                ),
            }
            return;
        }
        let Some(status) = code(cell) else {
            t.out.push(crate::Uncertainty { at: where_, code: ImportCode::AttendanceCode, message: "An attendance cell holds a code the importer does not know, for example \"-\"; it was kept under the meeting's extensions (attendance_codes_unknown).".into(), path: None });
            push(
                &mut self.doc,
                mid,
                "attendance_codes_unknown",
                json!({"person": person, "code": cell}),
            );
            return;
        };
        if status == AttendanceStatus::Deputy {
            self.deputised(t, mid, person, &where_, row);
            return;
        }
        self.marked(t, mid, person, status, &where_, row);
    }

    /// A member marked as deputised: the deputy the row names attended in their place.
    fn deputised(
        &mut self,
        t: &mut Table,
        mid: usize,
        person: &str,
        at: &Location,
        row: &RowText<'_>,
    ) {
        let status = AttendanceStatus::Deputy;
        let deputy = if unnamed(row.deputy) {
            None
        } else {
            self.named(t, row.deputy, at)
        };
        match deputy {
            Some(dep) => self.marks.full(
                mid,
                crate::attendance_line(dep, status, Some(person.to_string()), row.ext.clone()),
            ),
            None => {
                t.out.push(crate::Uncertainty { at: at.clone(), code: ImportCode::DeputyUnnamed, message: "A deputy attended in a member's place but is not named; the member was kept under the meeting's extensions (unnamed_deputies).".into(), path: None });
                push(
                    &mut self.doc,
                    mid,
                    "unnamed_deputies",
                    json!({"person": person}),
                );
            }
        }
    }

    /// A member's mark; with apologies and a deputy named, the deputy attended too.
    fn marked(
        &mut self,
        t: &mut Table,
        mid: usize,
        person: &str,
        status: AttendanceStatus,
        at: &Location,
        row: &RowText<'_>,
    ) {
        if !row.deputy.is_empty()
            && row.deputy != "_"
            && row.deputy != "-"
            && status == AttendanceStatus::Apologies
        {
            let mut out = std::mem::take(&mut t.out);
            if let Some(dep) = self.book.by_name(row.deputy, None, at, &mut out) {
                self.marks.full(
                    mid,
                    crate::attendance_line(
                        dep,
                        AttendanceStatus::Deputy,
                        Some(person.to_string()),
                        Extensions::new(),
                    ),
                );
            }
            t.out = out;
        }
        let mut rec_ext: Extensions = row.ext.clone();
        rec_ext.retain(|_, v| !v.is_null());
        if rec_ext.is_empty() {
            self.marks.plain(mid, row.pid, status);
        } else {
            self.marks.full(
                mid,
                crate::attendance_line(person.to_string(), status, None, rec_ext),
            );
        }
    }
}

/// What every cell of a row shares: its extensions, its deputy cell, its person's index.
struct RowText<'r> {
    ext: Extensions,
    deputy: &'r str,
    pid: u32,
}

/// Whether a deputy cell names nobody (empty, `_` or `-`).
fn unnamed(deputy: &str) -> bool {
    deputy.is_empty() || deputy == "_" || deputy == "-"
}

/// The cells of row `n` to read: one per meeting column, or for a list (no meeting
/// columns) its status on its meeting date; None (noted) when that date is unreadable.
fn cells_of<'r>(
    t: &mut Table,
    n: usize,
    row: &Row<'r>,
    date_cols: &[(usize, boardkit::date::Date)],
    marks: &[usize],
) -> Option<Vec<Cell<'r>>> {
    let mut cols: Vec<Cell<'r>> = date_cols
        .iter()
        .zip(marks)
        .map(|((c, d), k)| (Some(*c), *d, row.get(*c).unwrap_or(""), *k))
        .collect();
    if date_cols.is_empty() {
        let d = match dates::due(t.cell(row, "date")) {
            Some(Read::Day(d)) => d,
            _ => {
                t.note(
                    n,
                    Some("date"),
                    ImportCode::DateUnread,
                    "A row's meeting date could not be read; its attendance was not imported.",
                );
                return None;
            }
        };
        cols.push((
            t.columns.get("status").copied(),
            d,
            t.cell(row, "status"),
            0,
        ));
    }
    Some(cols)
}

pub(super) fn read(
    t: &mut Table,
    rows: &[(usize, Row<'_>)],
    context: Option<&BoardDocument>,
) -> (BoardDocument, Marks) {
    let mut doc = BoardDocument::new();
    let body = body_of(&mut doc, context);
    let meetings = Meetings::new(context, &body);
    let mut r = Reading {
        doc,
        marks: Marks::default(),
        book: Book::new(context),
        body,
        meetings,
    };
    let (date_cols, marks) = date_columns(t, rows);
    if date_cols.is_empty() && !t.has("status") {
        t.note(1, None, ImportCode::ColumnMissing, "No column holds attendance: give one column per meeting headed by its date (30/01/2017), or a status column.");
    }
    for (n, row) in rows {
        let n = *n;
        let Some(person) = r.person(t, n, row) else {
            continue;
        };
        let ext = t.extensions(row);
        let Some(cols) = cells_of(t, n, row, &date_cols, &marks) else {
            continue;
        };
        let text = RowText {
            ext,
            deputy: t.cell(row, "deputy"),
            pid: r.marks.person(&person),
        };
        for cell in cols {
            r.cell(t, n, &person, cell, &text);
        }
    }
    r.doc.people = r.book.people;
    (r.doc, r.marks)
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
