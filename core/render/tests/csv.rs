//! CSV tables: RFC 4180 (CRLF, quoted fields), UTF-8 with a BOM, ISO dates, money in
//! pounds with two decimals; read back with the csv crate.

use crate::common;
use boardkit_render::csv_out::{tables, BOM};
use boardkit_render::{Options, SectionKind};
use common::{date, leicester_open};

fn read(bytes: &[u8]) -> (Vec<String>, Vec<Vec<String>>) {
    assert!(
        bytes.starts_with(BOM),
        "starts with the UTF-8 byte-order mark"
    );
    let body = bytes.get(BOM.len()..).unwrap();
    let text = std::str::from_utf8(body).unwrap();
    assert!(text.contains("\r\n"), "CRLF line ends");
    let mut r = csv::Reader::from_reader(body);
    let header = r.headers().unwrap().iter().map(String::from).collect();
    let rows = r
        .records()
        .map(|x| x.unwrap().iter().map(String::from).collect())
        .collect();
    (header, rows)
}

fn table(kind: SectionKind, key: &str) -> (Vec<String>, Vec<Vec<String>>) {
    let all = tables(&leicester_open(), &Options::as_of(date("2017-02-01")), kind).unwrap();
    let (_, bytes) = all
        .iter()
        .find(|(n, _)| n == &format!("{key}.csv"))
        .unwrap_or_else(|| panic!("{key}.csv"));
    read(bytes)
}

#[test]
fn action_log_csv_has_a_group_column_and_iso_dates() {
    let (h, rows) = table(SectionKind::Actions, "actions");
    assert_eq!(
        h,
        ["Group", "Ref", "Action", "Owner", "Raised", "Due", "Status", "RAG"]
    );
    assert_eq!(rows.len(), 19);
    assert_eq!(rows.iter().filter(|r| r[0] == "Overdue").count(), 9);
    // Overdue first, then due soon, then the rest, then done.
    let order: Vec<&str> = rows.iter().map(|r| r[0].as_str()).collect();
    let rank = |g: &str| {
        ["Overdue", "Due soon", "Other open actions", "Done"]
            .iter()
            .position(|x| *x == g)
            .unwrap()
    };
    assert!(order.windows(2).all(|w| rank(w[0]) <= rank(w[1])));
    let late = rows
        .iter()
        .find(|r| r[5] == "2016-01-30")
        .expect("action 9.2 due 2016-01-30");
    assert_eq!(late[1], "9.2");
    assert_eq!(late[4], "2016-12-08");
    for r in &rows {
        for d in [&r[4], &r[5]] {
            assert!(
                d.is_empty() || d.parse::<boardkit::date::Date>().is_ok(),
                "ISO date {d}"
            );
        }
    }
}

#[test]
fn budget_csv_has_pounds_with_two_decimals() {
    let (h, rows) = table(SectionKind::Budget, "budget-income");
    assert_eq!(h[4], "Cash");
    let total = rows.last().unwrap();
    assert_eq!(total[0], "Total");
    assert_eq!(total[4], "389017.00");
    assert_eq!(total[1], "298700.00");
    let sum: i64 = rows[..rows.len() - 1]
        .iter()
        .map(|r| {
            let (p, d) = r[4].split_once('.').unwrap();
            assert_eq!(d.len(), 2);
            p.parse::<i64>().unwrap() * 100 + d.parse::<i64>().unwrap()
        })
        .sum();
    assert_eq!(sum, 38_901_700);
    let (_, spend) = table(SectionKind::Budget, "budget-expenditure");
    assert!(spend.iter().any(|r| r[3] == "-4500.00"));
}

#[test]
fn attendance_and_scorecard_and_risk_tables_are_written() {
    let (h, rows) = table(SectionKind::Attendance, "attendance-by-agency");
    assert_eq!(h[0], "Agency");
    assert!(rows.iter().any(|r| r[0] == "Lay members" && r[6] == "67"));
    let (_, m) = table(SectionKind::Attendance, "attendance-by-member");
    assert_eq!(m.len(), 31);
    let (_, sc) = table(SectionKind::Scorecard, "scorecard");
    assert!(sc
        .iter()
        .any(|r| r[2] == "2240" && r[3] == "2722" && r[5] == "▼ Down, improving"));
    let (_, risks) = table(SectionKind::Risks, "risks");
    assert_eq!(risks.len(), 2);
}

#[test]
fn fields_with_commas_quotes_and_line_breaks_round_trip() {
    let mut doc = leicester_open();
    let awkward = "Says \"hello\", then\r\nleaves; £5";
    doc.actions[1].description = awkward.into();
    let all = tables(
        &doc,
        &Options::as_of(date("2017-02-01")),
        SectionKind::Actions,
    )
    .unwrap();
    let (_, rows) = read(&all[0].1);
    assert!(rows.iter().any(|r| r[2] == awkward));
}

#[test]
fn records_tables_are_written_for_the_importer_and_not_printed() {
    let (h, rows) = table(SectionKind::Actions, "action-records");
    assert_eq!(
        h,
        [
            "Id",
            "Ref",
            "Action",
            "Owner",
            "Raised",
            "Due",
            "Desired outcome",
            "Status",
            "Closed on"
        ]
    );
    assert_eq!(rows.len(), 19);
    // Owners joined with semicolons (a name may hold a comma); a month due stays a month.
    let a = rows.iter().find(|r| r[0] == "a-2016-12-08-01").unwrap();
    assert!(a[3].contains("; "), "two owners");
    assert!(rows
        .iter()
        .any(|r| r[0] == "a-2016-12-08-03" && r[5] == "2017-01"));
    let (h, risks) = table(SectionKind::Risks, "risk-register");
    assert_eq!(h[0..3], ["Id", "Risk", "Description"]);
    assert_eq!(risks.len(), 3, "every risk, not only the live ones");
    assert!(risks
        .iter()
        .any(|r| r[10] == "4x3=12" && r[14] == "Quarterly"));
    let mut o = Options::as_of(date("2017-02-01"));
    o.from = Some(date("2016-01-01"));
    let all = tables(&leicester_open(), &o, SectionKind::Attendance).unwrap();
    let (_, bytes) = all
        .iter()
        .find(|(n, _)| n == "attendance-grid.csv")
        .unwrap();
    let (h, grid) = read(bytes);
    assert_eq!(h, ["Member", "Agency", "2016-12-08"]);
    assert_eq!(grid.len(), 26);
    assert!(grid.iter().any(|r| r[2].starts_with("Deputy for ")));
    let html = boardkit_render::pack_html(&leicester_open(), &o).unwrap();
    assert!(!html.contains("importing again"));
}
