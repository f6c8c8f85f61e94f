//! A table's compact draft (what the CLI, the C function and the JavaScript
//! package write out) gives the same JSON byte for byte as the typed draft of
//! `import_table`, for every kind of table and the awkward cells of each: deputies named
//! and unnamed, unknown codes, extension columns, rows longer than the header, blank
//! rows, a mapping given, a context document, a workbook.

use crate::fixtures::{ACTION_LOG, GRID, RISKS};
use boardkit::BoardDocument;
use boardkit_import::request;
use boardkit_import::table::{import_table, read_table, Format, Mapping, TableKind};

/// The compact draft's JSON (written out and as one string) equals the typed draft's.
fn same(
    kind: TableKind,
    bytes: &[u8],
    format: Format,
    ctx: Option<&BoardDocument>,
    map: Option<&Mapping>,
) {
    let typed = import_table(kind, bytes, format, ctx, map)
        .unwrap()
        .to_json();
    let mut compact = read_table(kind, bytes, format, ctx, map).unwrap();
    let mut written = Vec::new();
    compact.write_json(&mut written).unwrap();
    assert_eq!(String::from_utf8(written).unwrap(), typed);
    assert_eq!(compact.to_json(), typed, "written twice, the same");
    assert_eq!(compact.into_draft().to_json(), typed);
}

const GRID_HARD: &str = "Name,Initials,Agency,Notes,4.2.16,7.4.16,2.6.16\n\
Jane Doe,JD,Police,chair,Y,A,Deputy for John Smith\n\
John Smith,JS,Health,,D,-,Y\n\
,,,,,,\n\
Kate Wells,KW,Education,,P,Present,Apologies,extra\n\
Omar Reid,,Lay,,N,,Y\n\
,,Nobody,,Y,Y,Y\n";

#[test]
fn attendance_grids_write_the_same_json() {
    for csv in [GRID, GRID_HARD, "Name\n", ""] {
        same(
            TableKind::Attendance,
            csv.as_bytes(),
            Format::Csv,
            None,
            None,
        );
    }
    let list = "Name,Role,Present,Deputy attended,Date\nHelen Yates,Head of Service,A,Oliver Brandt,07/03/2018\nRuth Sandford,Lay Member,Y,_,07/03/2018\nAmy Cole,Police,D,,07/03/2018\n";
    let m: Mapping = serde_json::from_str(r#"{"name":"Name","organisation":"Role","status":"Present","deputy":"Deputy attended","date":"Date"}"#).unwrap();
    same(
        TableKind::Attendance,
        list.as_bytes(),
        Format::Csv,
        None,
        Some(&m),
    );
}

#[test]
fn other_tables_write_the_same_json() {
    same(
        TableKind::Actions,
        ACTION_LOG.as_bytes(),
        Format::Csv,
        None,
        None,
    );
    same(TableKind::Risks, RISKS.as_bytes(), Format::Csv, None, None);
    let money = "Partner,Contribution 2017/18 (£),In kind,Share\nCity Council,\"£298,700\",\"£12,000\",58%\nCCG,\"£123,600\",,24%\nTotal,\"£422,300\",,82%\n";
    same(
        TableKind::Contributions,
        money.as_bytes(),
        Format::Csv,
        None,
        None,
    );
    // An attendance grid imported with the action log's own draft as its context.
    let ctx = import_table(
        TableKind::Attendance,
        GRID.as_bytes(),
        Format::Csv,
        None,
        None,
    )
    .unwrap()
    .document;
    same(
        TableKind::Attendance,
        GRID.as_bytes(),
        Format::Csv,
        Some(&ctx),
        None,
    );
    same(
        TableKind::Actions,
        ACTION_LOG.as_bytes(),
        Format::Csv,
        Some(&ctx),
        None,
    );
}

#[test]
fn workbooks_write_the_same_json() {
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet();
    for (r, line) in GRID_HARD.lines().enumerate() {
        for (c, cell) in line.split(',').enumerate() {
            ws.write_string(r as u32, c as u16, cell).unwrap();
        }
    }
    let book = wb.save_to_buffer().unwrap();
    same(TableKind::Attendance, &book, Format::Xlsx, None, None);
}

#[test]
fn the_request_writes_the_same_json() {
    for (bytes, options) in [
        (GRID_HARD.as_bytes(), r#"{"kind":"attendance"}"#),
        (ACTION_LOG.as_bytes(), r#"{"kind":"actions"}"#),
        (b"Present:\nJane Doe\n".as_slice(), r#"{"kind":"minutes"}"#),
    ] {
        let typed = request::import(bytes, options).unwrap().to_json();
        let mut compact = request::import_compact(bytes, options).unwrap();
        assert_eq!(compact.to_json(), typed);
        let mut written = Vec::new();
        compact.write_json(&mut written).unwrap();
        assert_eq!(written, typed.as_bytes());
        assert_eq!(
            compact.uncertainties(),
            request::import(bytes, options)
                .unwrap()
                .uncertainties
                .as_slice()
        );
    }
}
