//! .xlsx and .docx files made here from the examples import to the same records as the
//! CSV and text they were made from; zip bombs and junk are refused with bounded memory.

use crate::fixtures;
use fixtures as tables;

use boardkit_import::docx::import_docx;
use boardkit_import::minutes::import_minutes_bytes;
use boardkit_import::table::{import_table, Format, TableKind};
use boardkit_import::{ImportError, Limit};
use std::io::Write;

const DATA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/");

fn xlsx_from_csv(csv: &str, date_cells: bool) -> Vec<u8> {
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet();
    for (r, line) in csv.lines().enumerate() {
        for (c, cell) in line.split(',').enumerate() {
            let (r, c) = (r as u32, c as u16);
            let date = boardkit_import::dates::numeric(cell);
            match date {
                Some(boardkit_import::dates::Read::Day(d)) if date_cells && cell.contains('/') => {
                    let fmt = rust_xlsxwriter::Format::new().set_num_format("dd/mm/yyyy");
                    let x = rust_xlsxwriter::ExcelDateTime::from_ymd(
                        d.format("%Y").to_string().parse().unwrap(),
                        d.format("%m").to_string().parse().unwrap(),
                        d.format("%d").to_string().parse().unwrap(),
                    )
                    .unwrap();
                    ws.write_datetime_with_format(r, c, &x, &fmt).unwrap();
                }
                _ => {
                    if let Ok(n) = cell.parse::<f64>() {
                        if !cell.contains('.') {
                            ws.write_number(r, c, n).unwrap();
                            continue;
                        }
                    }
                    if !cell.is_empty() {
                        ws.write_string(r, c, cell).unwrap();
                    }
                }
            }
        }
    }
    wb.save_to_buffer().unwrap()
}

#[test]
fn xlsx_action_log_matches_csv() {
    let csv = import_table(
        TableKind::Actions,
        tables::ACTION_LOG.as_bytes(),
        Format::Csv,
        None,
        None,
    )
    .unwrap();
    for date_cells in [false, true] {
        let bytes = xlsx_from_csv(tables::ACTION_LOG, date_cells);
        let x = import_table(TableKind::Actions, &bytes, Format::Xlsx, None, None).unwrap();
        assert_eq!(x.document, csv.document, "date cells: {date_cells}");
        assert_eq!(x.mapping, csv.mapping);
        // Same uncertainties, now also naming sheet 1.
        let codes = |d: &boardkit_import::Draft| {
            d.uncertainties
                .iter()
                .map(|u| (u.code, u.at.row, u.at.column))
                .collect::<Vec<_>>()
        };
        assert_eq!(codes(&x), codes(&csv));
        assert!(x.uncertainties.iter().all(|u| u.at.sheet == Some(1)));
    }
}

#[test]
fn xlsx_risks_and_grid_match_csv() {
    for (kind, text) in [
        (TableKind::Risks, tables::RISKS),
        (TableKind::Attendance, tables::GRID),
    ] {
        let csv = import_table(kind, text.as_bytes(), Format::Csv, None, None).unwrap();
        let x = import_table(kind, &xlsx_from_csv(text, false), Format::Xlsx, None, None).unwrap();
        assert_eq!(x.document, csv.document);
    }
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// A minimal Word document: one paragraph per line; a line with tabs becomes a table row
/// (consecutive rows one table).
pub fn docx_from_text(text: &str) -> Vec<u8> {
    let mut body = String::new();
    let mut in_table = false;
    for line in text.lines() {
        if line.contains('\t') {
            if !in_table {
                body.push_str("<w:tbl>");
                in_table = true;
            }
            body.push_str("<w:tr>");
            for cell in line.split('\t') {
                body.push_str(&format!(
                    "<w:tc><w:p><w:r><w:t xml:space=\"preserve\">{}</w:t></w:r></w:p></w:tc>",
                    esc(cell)
                ));
            }
            body.push_str("</w:tr>");
        } else {
            if in_table {
                body.push_str("</w:tbl>");
                in_table = false;
            }
            body.push_str(&format!(
                "<w:p><w:r><w:t xml:space=\"preserve\">{}</w:t></w:r></w:p>",
                esc(line)
            ));
        }
    }
    if in_table {
        body.push_str("</w:tbl>");
    }
    let doc = format!("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>{body}</w:body></w:document>");
    let mut buf = std::io::Cursor::new(Vec::new());
    {
        let mut zip = zip::ZipWriter::new(&mut buf);
        let opts = zip::write::SimpleFileOptions::default();
        zip.start_file("[Content_Types].xml", opts).unwrap();
        zip.write_all(b"<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>").unwrap();
        zip.start_file("word/document.xml", opts).unwrap();
        zip.write_all(doc.as_bytes()).unwrap();
        zip.finish().unwrap();
    }
    buf.into_inner()
}

#[test]
fn docx_minutes_match_text() {
    let ctx = boardkit::BoardDocument::from_json(
        &std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../examples/data/leicester-lscb.json"
        ))
        .unwrap(),
    )
    .unwrap();
    for file in [
        "leicester-lscb-minutes-2016-12-08.txt",
        "lancashire-csib-minutes-2017-09-12.txt",
        "leicestershire-cyps-executive-minutes.txt",
        "cumbria_hwb_minutes_2019-04-18.sample.txt",
        "haringey_csp_minutes_2010-02-18.sample.txt",
    ] {
        let bytes = std::fs::read(format!("{DATA}{file}")).unwrap();
        let text = String::from_utf8(bytes.clone()).unwrap();
        let c = Some(&ctx).filter(|_| file.starts_with("leicester-"));
        let from_text = import_minutes_bytes(&bytes, c).unwrap();
        let from_docx = import_docx(&docx_from_text(&text), c).unwrap();
        let m = &from_text.document.meetings[0];
        assert!(!m.attendance.is_empty() && !m.agenda.is_empty(), "{file}");
        assert_eq!(from_docx.document, from_text.document, "{file}");
        assert_eq!(from_docx.uncertainties, from_text.uncertainties, "{file}");
    }
}

#[test]
fn zip_bomb_is_refused_before_reading() {
    // 70 MB of zeros compress to a few tens of kilobytes.
    let mut buf = std::io::Cursor::new(Vec::new());
    {
        let mut zip = zip::ZipWriter::new(&mut buf);
        let opts = zip::write::SimpleFileOptions::default()
            .large_file(true)
            .compression_level(Some(1));
        zip.start_file("word/document.xml", opts).unwrap();
        let chunk = vec![0u8; 1 << 20];
        for _ in 0..70 {
            zip.write_all(&chunk).unwrap();
        }
        zip.finish().unwrap();
    }
    let bomb = buf.into_inner();
    assert!(bomb.len() < 1 << 20);
    assert_eq!(
        import_docx(&bomb, None).unwrap_err(),
        ImportError::TooLarge(Limit::Part)
    );
    assert_eq!(
        import_table(TableKind::Actions, &bomb, Format::Xlsx, None, None).unwrap_err(),
        ImportError::TooLarge(Limit::Part)
    );
}

#[test]
fn junk_is_a_clear_error() {
    let junk = b"\x00\x01PK\x03\x04 not really a zip";
    assert!(matches!(
        import_docx(junk, None),
        Err(ImportError::NotThatKind(_))
    ));
    assert!(matches!(
        import_table(TableKind::Risks, junk, Format::Xlsx, None, None),
        Err(ImportError::NotThatKind(_))
    ));
    assert!(matches!(
        import_table(TableKind::Risks, junk, Format::Ods, None, None),
        Err(ImportError::NotThatKind(_))
    ));
    let msg = import_docx(junk, None).unwrap_err().to_string();
    assert!(msg.contains("Word document"));
}

/// A minimal OpenDocument spreadsheet: one sheet, string cells.
fn ods_from_csv(csv: &str) -> Vec<u8> {
    let mut rows = String::new();
    for line in csv.lines() {
        rows.push_str("<table:table-row>");
        for cell in line.split(',') {
            if cell.is_empty() {
                rows.push_str("<table:table-cell/>");
            } else {
                rows.push_str(&format!(
                    "<table:table-cell office:value-type=\"string\"><text:p>{}</text:p></table:table-cell>",
                    esc(cell)
                ));
            }
        }
        rows.push_str("</table:table-row>");
    }
    let content = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content \
         xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" \
         xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" \
         xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">\
         <office:body><office:spreadsheet><table:table table:name=\"Log\">{rows}</table:table>\
         </office:spreadsheet></office:body></office:document-content>"
    );
    let mut buf = std::io::Cursor::new(Vec::new());
    {
        let mut zip = zip::ZipWriter::new(&mut buf);
        let stored = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Stored);
        zip.start_file("mimetype", stored).unwrap();
        zip.write_all(b"application/vnd.oasis.opendocument.spreadsheet")
            .unwrap();
        zip.start_file(
            "META-INF/manifest.xml",
            zip::write::SimpleFileOptions::default(),
        )
        .unwrap();
        zip.write_all(b"<?xml version=\"1.0\"?><manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\"><manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/></manifest:manifest>").unwrap();
        zip.start_file("content.xml", zip::write::SimpleFileOptions::default())
            .unwrap();
        zip.write_all(content.as_bytes()).unwrap();
        zip.finish().unwrap();
    }
    buf.into_inner()
}

#[test]
fn ods_action_log_matches_csv() {
    let csv = import_table(
        TableKind::Actions,
        tables::ACTION_LOG.as_bytes(),
        Format::Csv,
        None,
        None,
    )
    .unwrap();
    let o = import_table(
        TableKind::Actions,
        &ods_from_csv(tables::ACTION_LOG),
        Format::Ods,
        None,
        None,
    )
    .unwrap();
    assert_eq!(o.document, csv.document);
}
