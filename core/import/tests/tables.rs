//! Tables from CSV: proposed mapping, overrides, unknown columns, dates as boards write
//! them, Windows-1252, risks and attendance grids.

use boardkit::action::Due as When;
use boardkit::action::{Owner, Status};
use boardkit::date::YearMonth;
use boardkit::meeting::AttendanceStatus;
use boardkit_import::table::{import_table, Format, Mapping, TableKind};
use chrono::NaiveDate;

use crate::fixtures;
use fixtures::{ACTION_LOG, GRID, RISKS};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

#[test]
fn action_log_csv() {
    let draft = import_table(
        TableKind::Actions,
        ACTION_LOG.as_bytes(),
        Format::Csv,
        None,
        None,
    )
    .unwrap();
    let a = &draft.document.actions;
    assert_eq!(a.len(), 7);
    assert_eq!(a[0].reference, "3.1");
    assert_eq!(
        a[0].owners,
        [Owner::Initials("CT".into()), Owner::Initials("JR".into())]
    );
    assert_eq!(a[0].due, Some(When::Date(d(2017, 1, 30))));
    assert_eq!(a[0].raised_at.as_deref(), Some("m-2016-12-08"));
    assert_eq!(a[0].status, Some(Status::Open));
    assert_eq!(
        a[1].due,
        Some(When::Month(YearMonth::new(2017, 1).unwrap()))
    );
    assert_eq!(a[1].status, Some(Status::InProgress));
    assert_eq!(
        a[2].owners,
        [Owner::Role(boardkit::meeting::BodyRole::Chair)]
    );
    assert_eq!(a[2].due, Some(When::Date(d(2017, 1, 30))));
    assert_eq!(
        a[3].due,
        Some(When::Month(YearMonth::new(2017, 1).unwrap()))
    );
    assert_eq!(a[4].due, Some(When::NextMeeting));
    assert_eq!(a[5].due, Some(When::Date(d(2017, 1, 30))));
    // 2106: used as written, reported.
    assert_eq!(a[6].due, Some(When::Date(d(2106, 7, 31))));
    let sus: Vec<_> = draft
        .uncertainties
        .iter()
        .filter(|u| u.code == "import.date_suspicious")
        .collect();
    assert_eq!(sus.len(), 1);
    assert_eq!((sus[0].at.row, sus[0].at.column), (Some(8), Some(4)));
    // The unknown column is kept under its header, and reported once.
    assert_eq!(a[0].extensions["RAG note"], "amber");
    assert_eq!(
        draft
            .uncertainties
            .iter()
            .filter(|u| u.code == "import.column_unknown")
            .count(),
        1
    );
    // The stub meeting exists, so the draft validates without unknown references.
    assert_eq!(draft.document.meetings.len(), 1);
    let mapping = draft.mapping.unwrap();
    assert_eq!(mapping.0["owners"], "Person/s responsible");
    // No message quotes the input.
    for u in &draft.uncertainties {
        for v in ["CSE", "amber", "RAG note", "Kate"] {
            assert!(!u.message.contains(v), "{}", u.message);
        }
    }
}

#[test]
fn mapping_override_and_errors() {
    let csv = "Item,What,Who,Deadline\n1,Do it,AB,01/02/2017\n";
    let proposed =
        import_table(TableKind::Actions, csv.as_bytes(), Format::Csv, None, None).unwrap();
    // "What" and "Who" are not known headers: kept, reported, and the action has no text.
    assert!(proposed.document.actions[0].description.is_empty());
    assert_eq!(proposed.document.actions[0].extensions["What"], "Do it");
    let m: Mapping = serde_json::from_str(
        r#"{"ref":"Item","description":"What","owners":"Who","due":"Deadline"}"#,
    )
    .unwrap();
    let draft = import_table(
        TableKind::Actions,
        csv.as_bytes(),
        Format::Csv,
        None,
        Some(&m),
    )
    .unwrap();
    let a = &draft.document.actions[0];
    assert_eq!(
        (a.reference.as_str(), a.description.as_str()),
        ("1", "Do it")
    );
    assert_eq!(a.due, Some(When::Date(d(2017, 2, 1))));
    let bad: Mapping = serde_json::from_str(r#"{"colour":"What"}"#).unwrap();
    assert!(import_table(
        TableKind::Actions,
        csv.as_bytes(),
        Format::Csv,
        None,
        Some(&bad)
    )
    .is_err());
    let missing: Mapping = serde_json::from_str(r#"{"description":"Nope"}"#).unwrap();
    assert!(import_table(
        TableKind::Actions,
        csv.as_bytes(),
        Format::Csv,
        None,
        Some(&missing)
    )
    .is_err());
}

#[test]
fn windows_1252_and_impossible_dates() {
    let mut bytes = b"Ref,Action,Owner,By\n1,Pay \xa3298,700 to Zo\xeb,AB,31/04/2017\n".to_vec();
    bytes.extend_from_slice(b"2,Other,AB,31/04/2017\n");
    let draft = import_table(TableKind::Actions, &bytes, Format::Csv, None, None).unwrap();
    // The comma inside the amount splits the cell: the CSV was not quoted, so the extra
    // cell is kept, not dropped.
    let a = &draft.document.actions[0];
    assert!(a.description.starts_with("Pay £298"));
    assert_eq!(a.extensions["column_5"], "31/04/2017");
    assert!(draft
        .uncertainties
        .iter()
        .any(|u| u.code == "import.cell_unread" && u.at.row == Some(2)));
    assert!(draft
        .uncertainties
        .iter()
        .any(|u| u.code == "import.encoding"));
    assert!(draft
        .uncertainties
        .iter()
        .any(|u| u.code == "import.date_impossible"));
    let quoted = "Ref,Action,Owner,By\n1,\"Pay £298,700 to Zoë\",AB,30/04/2017\n";
    let q = import_table(
        TableKind::Actions,
        quoted.as_bytes(),
        Format::Csv,
        None,
        None,
    )
    .unwrap();
    assert_eq!(q.document.actions[0].description, "Pay £298,700 to Zoë");
    assert_eq!(
        boardkit::budget::Money::parse("£298,700").unwrap().pence(),
        29_870_000
    );
}

#[test]
fn risk_register_csv() {
    let draft = import_table(TableKind::Risks, RISKS.as_bytes(), Format::Csv, None, None).unwrap();
    let reg = draft.document.risk_register.as_ref().unwrap();
    assert_eq!(reg.risks.len(), 3);
    let r = &reg.risks[0];
    assert_eq!((r.id.as_str(), r.title.as_str()), ("R1", "Reduced grant"));
    assert_eq!(r.current.map(|a| (a.likelihood, a.impact)), Some((4, 4)));
    assert_eq!(r.target.map(|a| (a.likelihood, a.impact)), Some((3, 3)));
    assert_eq!(r.controls.len(), 2);
    assert_eq!(r.next_review, Some(d(2017, 4, 21)));
    assert_eq!(r.extensions["DOT"], "up");
    let owner = r.owner.as_deref().unwrap();
    assert_eq!(
        draft.document.person(owner).unwrap().name,
        "Rachel Whitworth"
    );
    let codes: Vec<&str> = draft
        .uncertainties
        .iter()
        .map(|u| u.code.as_str())
        .collect();
    assert!(codes.contains(&"import.score_mismatch")); // 3 x 5 is not 12
    assert!(codes.contains(&"import.cell_unread")); // "high"
    assert!(codes.contains(&"import.date_impossible")); // 31/09/2017
    assert!(codes.contains(&"import.matrix_assumed"));
    assert_eq!(reg.risks[2].status, boardkit::risk::RiskStatus::Closed);
}

#[test]
fn attendance_grid_csv() {
    let draft = import_table(
        TableKind::Attendance,
        GRID.as_bytes(),
        Format::Csv,
        None,
        None,
    )
    .unwrap();
    let doc = &draft.document;
    assert_eq!(doc.meetings.len(), 3);
    let third = doc
        .meetings
        .iter()
        .find(|m| m.id == "m-2016-06-02")
        .unwrap();
    let st: Vec<(String, AttendanceStatus)> = third
        .attendance
        .iter()
        .map(|a| {
            (
                doc.person(&a.person).unwrap().initials.clone().unwrap(),
                a.status,
            )
        })
        .collect();
    assert_eq!(
        st,
        [
            ("AB".to_string(), AttendanceStatus::Present),
            ("KP".to_string(), AttendanceStatus::Present),
            ("GO".to_string(), AttendanceStatus::Apologies),
            ("RJ".to_string(), AttendanceStatus::Absent),
        ]
    );
    let first = doc
        .meetings
        .iter()
        .find(|m| m.id == "m-2016-02-04")
        .unwrap();
    assert_eq!(
        first.extensions["unnamed_deputies"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
    assert_eq!(
        first.extensions["attendance_codes_unknown"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
    assert!(draft
        .uncertainties
        .iter()
        .any(|u| u.code == "import.deputy_unnamed"));
}

#[test]
fn named_deputy_column() {
    let csv = "Name,Role,Present,Deputy attended,Date\nHelen Yates,Head of Service,A,Oliver Brandt,07/03/2018\nRuth Sandford,Lay Member,Y,_,07/03/2018\n";
    let m: Mapping = serde_json::from_str(r#"{"name":"Name","organisation":"Role","status":"Present","deputy":"Deputy attended","date":"Date"}"#).unwrap();
    let draft = import_table(
        TableKind::Attendance,
        csv.as_bytes(),
        Format::Csv,
        None,
        Some(&m),
    )
    .unwrap();
    let doc = &draft.document;
    let m = &doc.meetings[0];
    let dep = m
        .attendance
        .iter()
        .find(|a| a.status == AttendanceStatus::Deputy)
        .unwrap();
    assert_eq!(doc.person(&dep.person).unwrap().name, "Oliver Brandt");
    assert_eq!(
        doc.person(dep.deputy_for.as_ref().unwrap()).unwrap().name,
        "Helen Yates"
    );
    assert_eq!(m.attendance.len(), 3);
}

#[test]
fn contribution_table_csv() {
    let csv = "Partner,Contribution 2017/18 (£),In kind,Share\n\
City Council,\"£298,700\",\"£12,000\",58%\n\
CCG,\"£123,600\",,24%\n\
Police,\"£92,700.50\",-,18%\n\
Total,\"£515,000\",,100%\n";
    let draft = import_table(
        TableKind::Contributions,
        csv.as_bytes(),
        Format::Csv,
        None,
        None,
    )
    .unwrap();
    let doc = &draft.document;
    assert_eq!(doc.organisations.len(), 3);
    let b = &doc.budgets[0];
    assert_eq!(b.year.to_string(), "2017/18");
    let v = serde_json::to_value(&b.formula).unwrap();
    assert_eq!(v["amounts"][0]["amount"], 29_870_000);
    assert_eq!(v["amounts"][2]["amount"], 9_270_050);
    assert_eq!(b.in_kind.len(), 1);
    assert_eq!(b.stated_total_income.map(|m| m.pence()), Some(51_500_000));
    let codes: Vec<&str> = draft
        .uncertainties
        .iter()
        .map(|u| u.code.as_str())
        .collect();
    // 298,700 + 123,600 + 92,700.50 = 515,000.50, not the stated 515,000.
    assert!(codes.contains(&"import.total_mismatch"));
    assert_eq!(
        codes
            .iter()
            .filter(|c| **c == "import.organisation_new")
            .count(),
        3
    );
    // The share column is kept, not dropped.
    assert_eq!(draft.mapping.unwrap().0["share"], "Share");
    assert_eq!(b.extensions["stated_shares"]["o-ccg"], "24%");
}
