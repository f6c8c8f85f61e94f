//! The action log as of a date: overdue first, then due soon, then the rest; what is
//! carried forward to the next meeting; counts by owner.

use super::dates::long_date;
use super::section::{Section, SectionKind};
use crate::names;
use crate::table::{Cell, RowGroup, Table};
use crate::{Error, Options};
use boardkit::action::{self, ActionRag, LogEntry, RagReason};
use boardkit::index::Index;

/// Which entries a group of the log keeps.
type Keep = fn(&LogEntry) -> bool;

/// The RAG word and class of an action.
pub(crate) fn rag_cell(e: &LogEntry) -> Cell {
    let (word, class) = match e.rag {
        ActionRag::Red => ("Red", "red"),
        ActionRag::Amber => ("Amber", "amber"),
        ActionRag::Green => ("Green", "green"),
        ActionRag::Complete => ("Complete", "complete"),
    };
    let why = match e.rag_reason {
        RagReason::Done => "done",
        RagReason::Overdue => "overdue",
        RagReason::DueSoon => "due soon",
        RagReason::Undated => "no due date",
        RagReason::Outstanding => "outstanding",
        RagReason::OnTrack => "on track",
    };
    Cell::text(format!("{word} ({why})")).with_rag(class)
}

fn row(ix: &Index<'_>, groups: &names::Groups<'_>, e: &LogEntry) -> Vec<Cell> {
    let a = ix.document().actions.get(e.index);
    let owners: Vec<String> = e
        .owners
        .iter()
        .map(|o| names::owner(ix, groups, o))
        .collect();
    let due = match (e.due_on, e.days_to_due) {
        (Some(d), Some(n)) if e.overdue => {
            let mut c = Cell::date(Some(d));
            c.text = format!(
                "{} ({} late)",
                c.text,
                crate::charts::plural(
                    usize::try_from(n.unsigned_abs()).unwrap_or(usize::MAX),
                    "day",
                    "days"
                )
            );
            c
        }
        (Some(d), _) => Cell::date(Some(d)),
        (None, _) => Cell::opt(None::<String>),
    };
    vec![
        Cell::text(e.reference.clone()),
        Cell::text(a.map(|a| described(a, e)).unwrap_or_default()),
        Cell::text(owners.join(", ")),
        Cell::date(e.raised_on),
        due,
        Cell::text(names::words(&e.status)),
        rag_cell(e),
    ]
}

/// The action's description, then each milestone: when it is due, and whether it was
/// reached or is past due as of the log's date (boards mark these in their papers).
fn described(a: &action::Action, e: &LogEntry) -> String {
    let mut text = a.description.clone();
    for m in &e.milestones {
        let Some(given) = a.milestones.get(m.index) else {
            continue;
        };
        text.push_str(&format!(" Milestone: {}", given.description));
        if let Some(d) = m.due_on {
            text.push_str(&format!(", due {}", long_date(d)));
        }
        if let Some(d) = m.done_on {
            text.push_str(&format!(", reached {}", long_date(d)));
        } else if m.overdue {
            text.push_str(", past due");
        }
        text.push('.');
    }
    text
}

/// The action-log section.
pub fn section(ix: &Index<'_>, body: &str, options: &Options) -> Result<Section, Error> {
    let amber = options
        .amber_days
        .unwrap_or(action::log::DEFAULT_AMBER_DAYS);
    let entries: Vec<LogEntry> = action::log::entries_in(ix, options.as_of, amber)
        .into_iter()
        .filter(|e| {
            e.raised_at
                .as_deref()
                .and_then(|r| ix.meeting(r))
                .is_some_and(|m| m.body == body)
        })
        .collect();
    let mut s = Section::new(
        SectionKind::Actions,
        format!("Action log as of {}", long_date(options.as_of)),
    );
    let group_names = names::Groups::new(ix);
    let summary = action::summarise(options.as_of, &entries);
    let t = &summary.totals;
    s.notes.push(format!(
        "{} actions raised by this date: {} open, of which {} overdue and {} with no due date; {} done.",
        t.total, t.open, t.overdue, t.undated, t.done
    ));
    s.tables.push(log_table(ix, &group_names, &entries));
    s.tables.push(carried(ix, body, options)?);
    s.tables.push(by_owner(ix, &group_names, &summary));
    s.tables
        .push(super::records::actions(ix, &group_names, &entries));
    Ok(s)
}

/// The log in its groups: overdue, due soon, the other open actions, done.
fn log_table(ix: &Index<'_>, group_names: &names::Groups<'_>, entries: &[LogEntry]) -> Table {
    let groups: [(&str, Keep); 4] = [
        ("Overdue", |e| e.rag_reason == RagReason::Overdue),
        ("Due soon", |e| e.rag_reason == RagReason::DueSoon),
        ("Other open actions", |e| {
            !e.is_done() && !matches!(e.rag_reason, RagReason::Overdue | RagReason::DueSoon)
        }),
        ("Done", LogEntry::is_done),
    ];
    let mut table = Table::new(
        "actions",
        "Actions, overdue first, then due soon, then the rest",
        &["Ref", "Action", "Owner", "Raised", "Due", "Status", "RAG"],
        Vec::new(),
    )
    .when_empty("No actions raised by this date.");
    table.groups = groups
        .iter()
        .map(|(title, keep)| {
            let rows: Vec<Vec<Cell>> = entries
                .iter()
                .filter(|e| keep(e))
                .map(|e| row(ix, group_names, e))
                .collect();
            RowGroup {
                title: Some(format!("{title} ({})", rows.len())),
                name: Some(title.to_string()),
                rows,
            }
        })
        .filter(|g| !g.rows.is_empty())
        .collect();
    table.group_column = Some("Group".into());
    table
}

/// The counts of actions by owner.
fn by_owner(
    ix: &Index<'_>,
    group_names: &names::Groups<'_>,
    summary: &action::log::Summary,
) -> Table {
    let by_owner = summary
        .by_owner
        .iter()
        .map(|o| {
            let c = &o.counts;
            vec![
                Cell::text(
                    o.owner
                        .as_ref()
                        .map(|w| names::owner(ix, group_names, w))
                        .unwrap_or_else(|| "No owner".into()),
                ),
                Cell::number(c.total.to_string()),
                Cell::number(c.open.to_string()),
                Cell::number(c.overdue.to_string()),
                Cell::number(c.undated.to_string()),
                Cell::number(c.done.to_string()),
            ]
        })
        .collect();
    Table::new(
        "actions-by-owner",
        "Actions by owner (an action with two owners counts for each)",
        &["Owner", "Actions", "Open", "Overdue", "No due date", "Done"],
        by_owner,
    )
    .when_empty("No actions raised by this date.")
}

/// The open actions carried forward from the body's latest meeting held by the date.
fn carried(ix: &Index<'_>, body: &str, options: &Options) -> Result<Table, Error> {
    let latest = ix
        .meetings_of_slice(body)
        .iter()
        .rev()
        .find(|m| m.date <= options.as_of && m.status.took_place());
    let mut rows = Vec::new();
    let mut caption = "Carried forward to the next meeting".to_string();
    if let Some(m) = latest {
        let cf = action::carry_forward(&action::CarryForwardRequest {
            document: ix.document().clone(),
            meeting: m.id.clone(),
            as_of: options.as_of,
        })?;
        caption = format!(
            "Carried forward from the meeting of {} to the next meeting",
            long_date(m.date)
        );
        for ma in &cf.matters_arising {
            let a = ma
                .action
                .as_deref()
                .and_then(|id| ix.action_index(id))
                .and_then(|i| ix.document().actions.get(i));
            rows.push(vec![
                Cell::text(ma.action_ref.clone()),
                Cell::text(a.map(|a| a.description.clone()).unwrap_or_default()),
                Cell::text(ma.status.map(|s| names::words(&s)).unwrap_or_default()),
            ]);
        }
    }
    Ok(Table::new(
        "actions-carried-forward",
        caption,
        &["Ref", "Action", "Status"],
        rows,
    )
    .when_empty("Nothing to carry forward."))
}
