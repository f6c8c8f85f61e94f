//! Attendance by agency and by member for a period, as annual reports print it.

use super::dates::long_date;
use super::section::{Section, SectionKind};
use crate::charts::{self, BarItem};
use crate::names;
use crate::table::{Cell, Column, Table};
use crate::{Error, Options};
use boardkit::date::Date;
use boardkit::index::Index;
use boardkit::report::attendance::{AgencyAttendance, MemberAttendance};
use boardkit::report::{attendance, AttendanceReport, AttendanceRequest};
use boardkit::scorecard::Decimal;

/// A decimal as a number for drawing (the text printed is the decimal itself).
pub(crate) fn approx(d: Decimal) -> f64 {
    let mut v = d.units() as f64;
    for _ in 0..d.places() {
        v /= 10.0;
    }
    v
}

fn percent_cell(p: Option<Decimal>, below: bool) -> Cell {
    match p {
        Some(p) => {
            let mut c = Cell::number(format!("{p}%"));
            c.csv = p.to_string();
            if below {
                c.text = format!("{p}% (below threshold)");
                c.rag = Some("red".into());
            }
            c
        }
        None => Cell::opt(None::<String>),
    }
}

/// The attendance section for the body over the period of the options.
pub fn section(ix: &Index<'_>, body: &str, options: &Options) -> Result<Section, Error> {
    let (from, to) = period(options)?;
    let threshold = Decimal::from_int(75).unwrap_or(Decimal::ZERO);
    let report = attendance(&AttendanceRequest {
        document: ix.document().clone(),
        body: body.to_string(),
        from,
        to,
        threshold_percent: Some(threshold),
        places: 0,
    })?;
    let mut s = Section::new(
        SectionKind::Attendance,
        format!("Attendance from {} to {}", long_date(from), long_date(to)),
    );
    s.notes.push(format!(
        "{} with attendance recorded in the period{}. A deputy's attendance counts for the agency. Rows under {threshold}% are marked \"below threshold\".",
        charts::plural(usize::try_from(report.meetings_held).unwrap_or(0), "meeting", "meetings"),
        if report.not_recorded.is_empty() {
            String::new()
        } else {
            format!(
                " (not counted: {} held without attendance recorded)",
                charts::plural(report.not_recorded.len(), "meeting", "meetings")
            )
        }
    ));
    by_agency(&mut s, ix, &report, (from, to), threshold);
    s.tables.push(by_member(ix, &report));
    s.tables
        .push(super::records::attendance_grid(ix, body, from, to));
    Ok(s)
}

/// The period of the options: to the date given (else the as-of date), from the date
/// given (else the day after a year before).
fn period(options: &Options) -> Result<(Date, Date), Error> {
    let to = options.to.unwrap_or(options.as_of);
    let from = match options.from {
        Some(f) => f,
        None => to
            .checked_sub_months(chrono::Months::new(12))
            .and_then(|d| d.succ_opt())
            .unwrap_or(to),
    };
    if from > to {
        return Err(Error::Option {
            option: "from",
            message: "the period starts after it ends; give --from before --to, for example --from 2016-04-01 --to 2017-03-31".into(),
        });
    }
    Ok((from, to))
}

/// Attendance by agency: its table, and its chart against the threshold.
fn by_agency(
    s: &mut Section,
    ix: &Index<'_>,
    report: &AttendanceReport,
    (from, to): (Date, Date),
    threshold: Decimal,
) {
    let items: Vec<BarItem> = report
        .agencies
        .iter()
        .filter_map(|a| {
            let p = a.percent?;
            Some(BarItem {
                label: names::row_key(ix, &a.row),
                value: approx(p),
                text: format!("{p}%"),
                flagged: a.below_threshold,
            })
        })
        .collect();
    if !items.is_empty() {
        s.charts.push(charts::bars(
            "chart-attendance-by-agency",
            "Attendance by agency (percent of seat-meetings attended)",
            &format!("Attendance by agency from {from} to {to}, threshold {threshold}%"),
            &items,
            100.0,
            Some((approx(threshold), format!("{threshold}% threshold"))),
        ));
    }
    let columns: [Column<Index<'_>, AgencyAttendance>; 7] = [
        Column {
            heading: "Agency",
            cell: |ix, a| Cell::text(names::row_key(ix, &a.row)),
        },
        Column {
            heading: "Seats",
            cell: |_, a| Cell::number(a.seats.to_string()),
        },
        Column {
            heading: "Seat-meetings",
            cell: |_, a| Cell::number(a.seat_meetings.to_string()),
        },
        Column {
            heading: "In person",
            cell: |_, a| Cell::number(a.in_person.to_string()),
        },
        Column {
            heading: "By deputy",
            cell: |_, a| Cell::number(a.by_deputy.to_string()),
        },
        Column {
            heading: "Attended",
            cell: |_, a| Cell::number(a.attended.to_string()),
        },
        Column {
            heading: "Percent",
            cell: |_, a| percent_cell(a.percent, a.below_threshold),
        },
    ];
    s.tables.push(
        Table::of_columns(
            "attendance-by-agency",
            "Attendance by agency",
            ix,
            &columns,
            &report.agencies,
        )
        .when_empty("No members."),
    );
}

/// Attendance by member.
fn by_member(ix: &Index<'_>, report: &AttendanceReport) -> Table {
    let columns: [Column<Index<'_>, MemberAttendance>; 8] = [
        Column {
            heading: "Member",
            cell: |ix, m| Cell::text(names::person(ix, &m.person)),
        },
        Column {
            heading: "Agency",
            cell: |ix, m| Cell::text(names::row_key(ix, &m.row)),
        },
        Column {
            heading: "Meetings",
            cell: |_, m| Cell::number(m.meetings.to_string()),
        },
        Column {
            heading: "Present",
            cell: |_, m| Cell::number(m.present.to_string()),
        },
        Column {
            heading: "By deputy",
            cell: |_, m| Cell::number(m.by_deputy.to_string()),
        },
        Column {
            heading: "Apologies",
            cell: |_, m| Cell::number(m.apologies.to_string()),
        },
        Column {
            heading: "Absent",
            cell: |_, m| Cell::number(m.absent.to_string()),
        },
        Column {
            heading: "Percent",
            cell: |_, m| percent_cell(m.percent, m.below_threshold),
        },
    ];
    Table::of_columns(
        "attendance-by-member",
        "Attendance by member",
        ix,
        &columns,
        &report.members,
    )
    .when_empty("No members.")
}
