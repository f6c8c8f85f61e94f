//! An action log: one action per row.

use super::meetings::{body_of, Meetings};
use super::shape::Table;
use crate::codes::ImportCode;
use crate::dates::{self, Read};
use crate::people::Book;
use crate::rows::Row;
use crate::Location;
use boardkit::action::{Due, Quarter, Status};
use boardkit::date::When;
use boardkit::BoardDocument;
use serde_json::Value;

pub(super) const FIELDS: &[(&str, &[&str])] = &[
    ("id", &["id", "action id", "action no", "action number"]),
    (
        "ref",
        &[
            "ref",
            "reference",
            "minute",
            "minute ref",
            "item",
            "no",
            "agenda item",
        ],
    ),
    (
        "description",
        &[
            "action",
            "actions",
            "description",
            "action required",
            "action agreed",
            "discussion and agreed",
        ],
    ),
    (
        "owners",
        &[
            "person/s responsible",
            "persons responsible",
            "person responsible",
            "responsible",
            "responsible person",
            "owner",
            "lead",
            "by whom",
            "who",
            "action owner",
            "lead officer",
        ],
    ),
    (
        "due",
        &[
            "by",
            "due",
            "due date",
            "deadline",
            "timescale",
            "target date",
            "by when",
            "date due",
        ],
    ),
    (
        "desired_outcome",
        &["desired outcome", "outcome", "expected outcome"],
    ),
    (
        "raised_at",
        &[
            "meeting",
            "raised",
            "date raised",
            "raised at",
            "meeting date",
            "date of meeting",
            "date agreed",
        ],
    ),
    ("status", &["status", "progress status", "rag status"]),
    (
        "closed_on",
        &[
            "closed",
            "date closed",
            "closed on",
            "date completed",
            "completed on",
        ],
    ),
];

/// The dues boardkit's own CSV writes that a board's cell rarely holds: a quarter
/// ("2017-Q3", "2017/18-Q3"), "Ongoing", "Meeting on 2017-03-23" (a meeting of the
/// context on that date), "Next meeting of <body name>" (a body of the context).
fn record_due(text: &str, context: Option<&BoardDocument>, meetings: &Meetings) -> Option<Due> {
    let t = text.trim();
    let l = t.to_lowercase();
    if l == "ongoing" || l == "on-going" {
        return Some(Due::Ongoing);
    }
    if let Some(q) = Quarter::parse(t) {
        return Some(Due::Quarter(q));
    }
    if let Some(due) = written_due(&l) {
        return Some(due);
    }
    if let Some(rest) = l.strip_prefix("meeting on ") {
        if let Some(Read::Day(d)) = dates::iso(rest.trim()) {
            return meetings.id_on(d).map(|id| Due::Meeting(id.to_string()));
        }
    }
    if let Some(rest) = l.strip_prefix("next meeting of ") {
        let rest = rest.trim();
        return context?
            .bodies
            .iter()
            .find(|b| b.name.to_lowercase() == rest)
            .map(|b| Due::NextMeetingOf(b.id.clone()));
    }
    None
}

/// The relative and period dues boardkit's own CSV writes: "Regularly", "At a future
/// meeting", "Within 14 days", "Financial year 2012/13", "2017-06 to 2017-07" (read
/// through the due's own JSON reader, so the same checks apply).
fn written_due(l: &str) -> Option<Due> {
    let json = match l {
        "regularly" => "\"regularly\"".to_string(),
        "at a future meeting" => "\"future_meeting\"".to_string(),
        _ => {
            if let Some(n) = l
                .strip_prefix("within ")
                .and_then(|r| r.strip_suffix(" days"))
            {
                format!("{{\"within_days\": {}}}", n.trim().parse::<u32>().ok()?)
            } else if let Some(fy) = l.strip_prefix("financial year ") {
                serde_json::to_string(&serde_json::json!({"financial_year": fy.trim()})).ok()?
            } else {
                let (a, b) = l.split_once(" to ")?;
                serde_json::to_string(&serde_json::json!({"months": [a.trim(), b.trim()]})).ok()?
            }
        }
    };
    serde_json::from_str(&json).ok()
}

/// An action status as a log writes it.
pub(crate) fn status(text: &str) -> Option<Status> {
    let l = text.trim().to_lowercase();
    match l.as_str() {
        "open" | "new" | "not started" => return Some(Status::Open),
        "on going" => return Some(Status::OnGoing),
        "on agenda" => return Some(Status::OnAgenda),
        "superseded" => return Some(Status::Superseded),
        "closed" => return Some(Status::Closed),
        _ => {}
    }
    crate::minutes::status_of(&l)
}

/// The meeting that raised an action, from its cell: the id of the meeting on that
/// day (made if need be), `m-unknown` for an empty cell, else the text as written.
fn raised(
    text: &str,
    doc: &mut BoardDocument,
    body: &str,
    meetings: &mut Meetings,
) -> (String, Option<boardkit::date::Date>) {
    match dates::due(text) {
        Some(Read::Day(d)) => {
            let id = meetings
                .on(doc, body, d)
                .and_then(|i| doc.meetings.get(i))
                .map_or_else(|| format!("m-{d}"), |m| m.id.clone());
            (id, Some(d))
        }
        _ if text.is_empty() => ("m-unknown".to_string(), None),
        _ => (text.to_string(), None),
    }
}

/// A row's status; one that cannot be read is noted and kept under `status_text`.
fn status_cell(
    t: &mut Table,
    n: usize,
    row: &Row<'_>,
    ext: &mut boardkit::Extensions,
) -> Option<Status> {
    let status_text = t.cell(row, "status").to_string();
    if status_text.is_empty() {
        return None;
    }
    let s = status(&status_text);
    if s.is_none() {
        t.note(n, Some("status"), ImportCode::StatusUnread, "A status could not be read, for example \"see above\"; it was kept under the action's extensions (status_text).");
        ext.insert("status_text".into(), Value::String(status_text));
    }
    s
}

/// A row's closing date; one that cannot be read is noted and kept under `closed_text`.
fn closed_cell(
    t: &mut Table,
    n: usize,
    row: &Row<'_>,
    ext: &mut boardkit::Extensions,
) -> Option<boardkit::date::Date> {
    let closed_text = t.cell(row, "closed_on").to_string();
    match dates::due(&closed_text) {
        Some(Read::Day(d)) => Some(d),
        _ if closed_text.is_empty() => None,
        _ => {
            t.note(n, Some("closed_on"), ImportCode::DateUnread, "A closing date could not be read; it was kept under the action's extensions (closed_text).");
            ext.insert("closed_text".into(), Value::String(closed_text));
            None
        }
    }
}

pub(super) fn read(
    t: &mut Table,
    rows: &[(usize, Row<'_>)],
    context: Option<&BoardDocument>,
) -> BoardDocument {
    let mut doc = BoardDocument::new();
    let mut book = Book::new(context);
    let body = body_of(&mut doc, context);
    let mut meetings = Meetings::new(context, &body);
    if !t.has("description") {
        t.note(1, None, ImportCode::ColumnMissing, "No column holds the action itself; map one, for example {\"description\": \"Action\"}. The rows were kept under each action's extensions.");
    }
    if !t.has("raised_at") {
        t.note(1, None, ImportCode::RaisedUnknown, "No column says which meeting raised the actions; they refer to the meeting id m-unknown. Map one, for example {\"raised_at\": \"Meeting date\"}.");
    }
    for (n, row) in rows {
        let n = *n;
        let mut ext = t.extensions(row);
        let (raised_at, raised_on) =
            raised(t.cell(row, "raised_at"), &mut doc, &body, &mut meetings);
        let owner_text = t.cell(row, "owners").to_string();
        let mut out = std::mem::take(&mut t.out);
        let owners = crate::people::owners(
            &mut book,
            context,
            &owner_text,
            &Location::cell(t.sheet, n, t.col("owners")),
            &mut out,
            &mut ext,
        );
        t.out = out;
        if owners.is_empty() && !ext.contains_key("owner_text") {
            t.note(
                n,
                Some("owners"),
                ImportCode::OwnerUnread,
                "An action has no owner that could be read; add one.",
            );
        }
        let due_text = t.cell(row, "due").to_string();
        let due = match record_due(&due_text, context, &meetings) {
            Some(d) => Some(d),
            None => due_of(t, n, &due_text, raised_on, &mut ext).map(Due::from),
        };
        let st = status_cell(t, n, row, &mut ext);
        let closed_on = closed_cell(t, n, row, &mut ext);
        let description = t.cell(row, "description").to_string();
        if description.is_empty() && t.has("description") {
            t.note(
                n,
                Some("description"),
                ImportCode::CellUnread,
                "A row has no action text; it was kept as an action with an empty description.",
            );
        }
        let id = match t.cell(row, "id") {
            "" => format!("a-{n}"),
            x => x.to_string(),
        };
        let reference = t.cell(row, "ref").to_string();
        let Some(mut a) = crate::new_action(id, reference, description, raised_at) else {
            continue;
        };
        a.owners = owners;
        a.due = due;
        a.desired_outcome =
            Some(t.cell(row, "desired_outcome").to_string()).filter(|s| !s.is_empty());
        a.status = st;
        a.closed_on = closed_on;
        a.extensions = ext;
        t.record(n, format!("/actions/{}", doc.actions.len()));
        doc.actions.push(a);
    }
    doc.people = book.people;
    doc
}

/// A due from a cell: a date, a month, "next meeting".
pub(super) fn due_of(
    t: &mut Table,
    n: usize,
    text: &str,
    raised: Option<boardkit::date::Date>,
    ext: &mut boardkit::Extensions,
) -> Option<When> {
    if text.is_empty() {
        return None;
    }
    match dates::due(text) {
        Some(Read::Day(d)) => {
            if dates::suspicious(d, raised) || raised.is_some_and(|r| d < r) {
                t.note(n, Some("due"), ImportCode::DateSuspicious, "A due date is far from the meeting date or before it, for example 2106 for 2016; it was used as written, check it.");
            }
            Some(When::Date(d))
        }
        Some(Read::Month(m)) => Some(When::Month(m)),
        Some(Read::Impossible) => {
            t.note(n, Some("due"), ImportCode::DateImpossible, "A due date does not exist, for example 31 April; it was kept under the action's extensions (due_text).");
            ext.insert("due_text".into(), Value::String(text.to_string()));
            None
        }
        _ if dates::says_next_meeting(text) => Some(When::NextMeeting),
        _ => {
            t.note(n, Some("due"), ImportCode::DateUnread, "A due date could not be read, for example \"the December Board meeting\"; it was kept under the action's extensions (due_text).");
            ext.insert("due_text".into(), Value::String(text.to_string()));
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_relative_and_period_dues_the_csv_writes_read_back() {
        let cases = [
            ("Regularly", Some(Due::Regularly)),
            ("At a future meeting", Some(Due::FutureMeeting)),
            ("Within 14 days", Some(Due::WithinDays(14))),
            ("Financial year 2012/13", Some(Due::FinancialYear(2012))),
            ("Financial year 2012/14", None),
            ("2017-07 to 2017-06", None),
            ("Within some days", None),
        ];
        for (text, want) in cases {
            assert_eq!(written_due(&text.to_lowercase()), want, "{text}");
        }
        let run = written_due("2017-06 to 2017-07").unwrap();
        assert_eq!(run.fixed_date(), "2017-07-31".parse().ok());
    }
}
