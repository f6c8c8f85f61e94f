//! The records tables: the action log, the risk register and the attendance grid as the
//! records themselves (every action, every risk, one column per meeting), written only as
//! CSV and read back by the importer (`boardkit-import`) to the same records without a
//! column mapping. The pack prints the summaries; these carry what an officer edits in a
//! spreadsheet and imports again.

use crate::names;
use crate::table::{Cell, Table};
use boardkit::action::{Action, Due, LogEntry};
use boardkit::date::Date;
use boardkit::index::Index;
use boardkit::meeting::AttendanceStatus;
use boardkit::risk::{Assessment, Control, RiskRegister};
use std::collections::HashMap;

/// A due as the importer reads it back: ISO date or month, a quarter as the JSON writes
/// it ("2017-Q3", "2017/18-Q3"), "Ongoing", "Regularly", "At a future meeting",
/// "Within 14 days", "Financial year 2012/13", "2017-06 to 2017-07", "Next meeting",
/// "Meeting on 2017-03-23", "Next meeting of <body name>".
pub(crate) fn due_text(ix: &Index<'_>, d: &Due) -> String {
    match d {
        Due::Date(d) => d.to_string(),
        Due::Month(m) => m.to_string(),
        Due::Quarter(q) => q.to_string(),
        Due::Ongoing => "Ongoing".into(),
        Due::Regularly => "Regularly".into(),
        Due::FutureMeeting => "At a future meeting".into(),
        Due::WithinDays(n) => format!("Within {n} days"),
        Due::FinancialYear(start) => format!(
            "Financial year {:04}/{:02}",
            start,
            (start + 1).rem_euclid(100)
        ),
        Due::Months(first, last) => format!("{first} to {last}"),
        Due::NextMeeting => "Next meeting".into(),
        Due::Meeting(id) => match ix.meeting(id) {
            Some(m) => format!("Meeting on {}", m.date),
            None => format!("Meeting {id}"),
        },
        Due::NextMeetingOf(b) => format!(
            "Next meeting of {}",
            ix.body(b).map(|b| b.name.as_str()).unwrap_or(b)
        ),
    }
}

/// Every action of the log (in the log's order) with the fields an action log keeps.
pub(crate) fn actions(ix: &Index<'_>, groups: &names::Groups<'_>, entries: &[LogEntry]) -> Table {
    let rows = entries
        .iter()
        .filter_map(|e| {
            let a: &Action = ix.document().actions.get(e.index)?;
            let owners: Vec<String> = a
                .owners
                .iter()
                .map(|o| names::owner(ix, groups, o))
                .collect();
            Some(vec![
                Cell::text(a.id.clone()),
                Cell::text(a.reference.clone()),
                Cell::text(a.description.clone()),
                Cell::text(owners.join("; ")),
                Cell::date(e.raised_on),
                Cell::opt(a.due.as_ref().map(|d| due_text(ix, d))),
                Cell::opt(a.desired_outcome.clone()),
                Cell::opt(a.status.as_ref().map(names::words)),
                Cell::date(a.closed_on),
            ])
        })
        .collect();
    Table::data(
        "action-records",
        "Action records (for editing and importing again)",
        &[
            "Id",
            "Ref",
            "Action",
            "Owner",
            "Raised",
            "Due",
            "Desired outcome",
            "Status",
            "Closed on",
        ],
        rows,
    )
}

fn assessment(a: Option<Assessment>) -> Cell {
    Cell::opt(a.map(|a| {
        format!(
            "{}x{}={}",
            a.likelihood,
            a.impact,
            a.likelihood.saturating_mul(a.impact)
        )
    }))
}

/// Every risk of the register with its assessments, controls and review.
pub(crate) fn risks(ix: &Index<'_>, register: &RiskRegister) -> Table {
    let rows = register
        .risks
        .iter()
        .map(|r| {
            let controls: Vec<&str> = r
                .controls
                .iter()
                .map(|c| match c {
                    Control::Text(t) => t.as_str(),
                    Control::Judged { description, .. } => description.as_str(),
                })
                .collect();
            let (l, i, score) = match r.current {
                Some(a) => (
                    Cell::number(a.likelihood.to_string()),
                    Cell::number(a.impact.to_string()),
                    Cell::number(a.likelihood.saturating_mul(a.impact).to_string()),
                ),
                None => (
                    Cell::opt(None::<String>),
                    Cell::opt(None::<String>),
                    Cell::opt(None::<String>),
                ),
            };
            vec![
                Cell::text(r.id.clone()),
                Cell::text(r.title.clone()),
                Cell::opt(r.description.clone()),
                Cell::opt(r.category.clone()),
                Cell::opt(r.owner.as_deref().map(|o| names::person(ix, o))),
                Cell::date(r.raised.date),
                Cell::text(names::words(&r.status)),
                l,
                i,
                score,
                assessment(r.inherent),
                assessment(r.target),
                Cell::text(controls.join("; ")),
                Cell::date(r.next_review),
                Cell::opt(r.review_frequency.as_ref().map(names::words)),
            ]
        })
        .collect();
    Table::data(
        "risk-register",
        "Risk register records (for editing and importing again)",
        &[
            "Id",
            "Risk",
            "Description",
            "Category",
            "Owner",
            "Raised",
            "Status",
            "Likelihood",
            "Impact",
            "Score",
            "Inherent risk",
            "Target risk",
            "Controls",
            "Next review",
            "Review frequency",
        ],
        rows,
    )
}

/// A status as an attendance grid writes it; a deputy's cell names whom they stood in for.
fn status_cell(ix: &Index<'_>, s: AttendanceStatus, deputy_for: Option<&str>) -> String {
    match (s, deputy_for) {
        (AttendanceStatus::Deputy, Some(m)) => format!("Deputy for {}", names::person(ix, m)),
        _ => names::words(&s),
    }
}

/// The attendance grid of the body's meetings from `from` to `to` that recorded
/// attendance: one row per person, one column per meeting headed by its ISO date.
pub(crate) fn attendance_grid(ix: &Index<'_>, body: &str, from: Date, to: Date) -> Table {
    let meetings: Vec<_> = ix
        .meetings_of_slice(body)
        .iter()
        .filter(|m| m.date >= from && m.date <= to && !m.attendance.is_empty())
        .collect();
    let mut order: Vec<&str> = Vec::new();
    let mut cells: HashMap<&str, Vec<String>> = HashMap::new();
    for (k, m) in meetings.iter().enumerate() {
        for a in &m.attendance {
            let row = cells.entry(a.person.as_str()).or_insert_with(|| {
                order.push(a.person.as_str());
                vec![String::new(); meetings.len()]
            });
            if let Some(c) = row.get_mut(k) {
                let s = status_cell(ix, a.status, a.deputy_for.as_deref());
                if c.is_empty() {
                    *c = s;
                } else {
                    // A second record of the same person at one meeting: both, in order.
                    c.push_str("; ");
                    c.push_str(&s);
                }
            }
        }
    }
    let rows = order
        .iter()
        .map(|p| {
            let org = ix
                .person(p)
                .and_then(|x| x.organisation.as_deref())
                .map(|o| names::organisation(ix, o));
            let mut row = vec![Cell::text(names::person(ix, p)), Cell::opt(org)];
            row.extend(
                cells
                    .get(p)
                    .into_iter()
                    .flatten()
                    .map(|s| Cell::opt(Some(s.clone()).filter(|s| !s.is_empty()))),
            );
            row
        })
        .collect();
    let mut columns: Vec<String> = vec!["Member".into(), "Agency".into()];
    columns.extend(meetings.iter().map(|m| m.date.to_string()));
    let mut t = Table::data(
        "attendance-grid",
        "Attendance grid (for editing and importing again)",
        &[],
        rows,
    );
    t.columns = columns;
    t
}
