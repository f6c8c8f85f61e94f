//! Office files written here by well-kept writer crates import to the same records as
//! the text and CSV they were made from: Word documents of the seed minutes written with
//! docx-rs (styles, settings, runs, real tables: what Word itself saves), and Excel
//! workbooks of the Leicester example's records tables written with rust_xlsxwriter
//! (dates as Excel dates, numbers as numbers).

use boardkit::BoardDocument;
use boardkit_import::docx::import_docx;
use boardkit_import::minutes::import_minutes_bytes;
use boardkit_import::table::{csv_grid, import_table, Format, TableKind};
use boardkit_render::{csv_out, Options, SectionKind};
use docx_rs::{Docx, Paragraph, Run, Table, TableCell, TableRow};

const DATA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/");

fn leicester(open: bool) -> BoardDocument {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../examples/data/leicester-lscb.json"
    ))
    .unwrap();
    let mut doc = BoardDocument::from_json(&text).unwrap();
    if open {
        for m in &mut doc.meetings {
            m.confidential = false;
        }
    }
    doc
}

/// A Word document of a minutes text: a paragraph per line; consecutive lines with tabs
/// become one table, a row per line and a cell per tab-separated part.
fn docx_of(text: &str) -> Vec<u8> {
    let mut doc = Docx::new();
    let mut rows: Vec<TableRow> = Vec::new();
    let flush = |doc: Docx, rows: &mut Vec<TableRow>| {
        if rows.is_empty() {
            doc
        } else {
            doc.add_table(Table::new(std::mem::take(rows)))
        }
    };
    for line in text.lines() {
        if line.contains('\t') {
            rows.push(TableRow::new(
                line.split('\t')
                    .map(|c| {
                        TableCell::new()
                            .add_paragraph(Paragraph::new().add_run(Run::new().add_text(c)))
                    })
                    .collect(),
            ));
        } else {
            doc = flush(doc, &mut rows);
            doc = doc.add_paragraph(Paragraph::new().add_run(Run::new().add_text(line)));
        }
    }
    doc = flush(doc, &mut rows);
    let mut buf = std::io::Cursor::new(Vec::new());
    doc.build().pack(&mut buf).unwrap();
    buf.into_inner()
}

#[test]
fn word_documents_of_the_seed_minutes_import_as_their_text() {
    let ctx = leicester(false);
    let mut compared = 0;
    for file in [
        "leicester-lscb-minutes-2016-12-08.txt",
        "lancashire-csib-minutes-2017-09-12.txt",
        "leicestershire-cyps-executive-minutes.txt",
        "cumbria_hwb_minutes_2019-04-18.sample.txt",
        "haringey_csp_minutes_2010-02-18.sample.txt",
        "nottinghamshire_nscb_minutes_2017-12-06.sample.txt",
        "calderdale_cscb_minutes_2015-08-06.sample.txt",
    ] {
        let bytes = std::fs::read(format!("{DATA}{file}")).unwrap();
        let text = String::from_utf8(bytes.clone()).unwrap();
        let c = Some(&ctx).filter(|_| file.starts_with("leicester-"));
        let from_text = import_minutes_bytes(&bytes, c).unwrap();
        let from_docx = import_docx(&docx_of(&text), c).unwrap();
        let m = &from_text.document.meetings[0];
        assert!(!m.attendance.is_empty(), "{file}");
        assert_eq!(from_docx.document, from_text.document, "{file}");
        assert_eq!(from_docx.uncertainties, from_text.uncertainties, "{file}");
        compared += m.attendance.len();
    }
    assert!(compared > 100, "{compared} attendance entries compared");
}

/// A workbook of CSV bytes: ISO dates as Excel dates (dd/mm/yyyy), whole numbers as
/// numbers, the rest as text.
fn xlsx_of(csv: &[u8]) -> Vec<u8> {
    let (grid, _) = csv_grid(csv).unwrap();
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet();
    let fmt = rust_xlsxwriter::Format::new().set_num_format("dd/mm/yyyy");
    for (r, row) in grid.rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            let (r, c) = (r as u32, c as u16);
            if r > 0 {
                if let Some(boardkit_import::dates::Read::Day(d)) =
                    boardkit_import::dates::iso(cell)
                {
                    let x = rust_xlsxwriter::ExcelDateTime::parse_from_str(&d.to_string()).unwrap();
                    ws.write_datetime_with_format(r, c, &x, &fmt).unwrap();
                    continue;
                }
                if let Ok(n) = cell.parse::<u32>() {
                    ws.write_number(r, c, f64::from(n)).unwrap();
                    continue;
                }
            }
            if !cell.is_empty() {
                ws.write_string(r, c, cell).unwrap();
            }
        }
    }
    wb.save_to_buffer().unwrap()
}

#[test]
fn workbooks_of_the_leicester_records_import_as_their_csv() {
    let doc = leicester(true);
    let mut o = Options::as_of("2018-06-30".parse().unwrap());
    o.from = Some("2015-01-01".parse().unwrap());
    for (section, key, kind, records) in [
        (
            SectionKind::Actions,
            "action-records",
            TableKind::Actions,
            19,
        ),
        (SectionKind::Risks, "risk-register", TableKind::Risks, 3),
        (
            SectionKind::Attendance,
            "attendance-grid",
            TableKind::Attendance,
            26,
        ),
    ] {
        let csv = csv_out::tables(&doc, &o, section)
            .unwrap()
            .into_iter()
            .find(|(n, _)| n == &format!("{key}.csv"))
            .unwrap()
            .1;
        let a = import_table(kind, &csv, Format::Csv, Some(&doc), None).unwrap();
        let b = import_table(kind, &xlsx_of(&csv), Format::Xlsx, Some(&doc), None).unwrap();
        assert_eq!(b.document, a.document, "{key}");
        assert_eq!(b.mapping, a.mapping, "{key}");
        let n = a.document.actions.len()
            + a.document.risk_register.map_or(0, |r| r.risks.len())
            + a.document
                .meetings
                .iter()
                .map(|m| m.attendance.len())
                .sum::<usize>();
        assert_eq!(n, records, "{key}");
    }
}
