//! A 50 MB CSV (made here, never committed): past 100,000 rows it is refused with a
//! clear error before the rest is read; 50 MB in a few thousand long rows imports. Peak
//! memory of the whole test stays bounded (a test binary of its own, so the peak is this
//! test's). Issue 16 part 6.

use boardkit_import::table::{import_table, Format, TableKind, MAX_ROWS};
use boardkit_import::{ImportError, Limit};
use std::fmt::Write;

const MB: usize = 1 << 20;

/// Peak resident memory of this process so far, in MB (Linux).
fn peak_mb() -> Option<usize> {
    let s = std::fs::read_to_string("/proc/self/status").ok()?;
    let kb: usize = s
        .lines()
        .find(|l| l.starts_with("VmHWM:"))?
        .split_whitespace()
        .nth(1)?
        .parse()
        .ok()?;
    Some(kb / 1024)
}

#[test]
fn a_50_mb_csv_is_refused_or_imported_with_bounded_memory() {
    let _heavy = crate::HEAVY.lock().unwrap_or_else(|e| e.into_inner());
    // 50 MB of short rows (about 560,000): more than MAX_ROWS, refused.
    let mut csv = String::with_capacity(51 * MB);
    csv.push_str("Ref,Action,Owner,By,Status,Meeting date\n");
    let mut i = 0;
    while csv.len() < 50 * MB {
        writeln!(
            csv,
            "{i},Write to head teachers about the framework,AB,30/01/2017,Open,08/12/2016"
        )
        .unwrap();
        i += 1;
    }
    assert!(i > MAX_ROWS);
    let err =
        import_table(TableKind::Actions, csv.as_bytes(), Format::Csv, None, None).unwrap_err();
    assert_eq!(err, ImportError::TooLarge(Limit::Rows));
    assert!(err.to_string().contains("100,000 rows"), "{err}");
    drop(csv);

    // 50 MB in 5,200 rows of 10 KB: imported, every row an action, nothing dropped.
    let long = "x".repeat(10 * 1024);
    let mut csv = String::with_capacity(51 * MB);
    csv.push_str("Ref,Action,Owner,By,Status,Meeting date\n");
    for i in 0..5_200 {
        writeln!(csv, "{i},{long} {i},AB,30/01/2017,Open,08/12/2016").unwrap();
    }
    assert!(csv.len() > 50 * MB);
    let d = import_table(TableKind::Actions, csv.as_bytes(), Format::Csv, None, None).unwrap();
    assert_eq!(d.document.actions.len(), 5_200);
    assert!(d
        .document
        .actions
        .iter()
        .all(|a| a.description.len() > 10 * 1024));
    drop(d);
    drop(csv);

    // Over 64 MB: refused before anything is decoded.
    let big = vec![b'a'; 65 * MB];
    assert_eq!(
        import_table(TableKind::Risks, &big, Format::Csv, None, None).unwrap_err(),
        ImportError::TooLarge(Limit::Input)
    );
    drop(big);

    if let Some(peak) = peak_mb() {
        eprintln!("peak resident memory: {peak} MB");
        assert!(
            peak < 320,
            "peak {peak} MB for a 50 MB input (measured 175 MB)"
        );
    }
}

#[test]
fn a_sheet_far_down_or_far_right_is_refused_not_padded() {
    for (row, col) in [(200_000u32, 0u16), (1_000, 16_000)] {
        let mut wb = rust_xlsxwriter::Workbook::new();
        let ws = wb.add_worksheet();
        ws.write_string(0, 0, "Ref").unwrap();
        ws.write_string(row, col, "far away").unwrap();
        let bytes = wb.save_to_buffer().unwrap();
        assert!(bytes.len() < 64 * 1024);
        assert_eq!(
            import_table(TableKind::Actions, &bytes, Format::Xlsx, None, None).unwrap_err(),
            ImportError::TooLarge(if row > 100_000 {
                Limit::Rows
            } else {
                Limit::Cells
            }),
            "cell at row {row} column {col}"
        );
    }
}

/// An .ods whose one valued cell repeats across a million columns and rows: a few
/// hundred bytes that would unpack to 10^12 cells.
fn ods_bomb() -> Vec<u8> {
    use std::io::Write;
    let content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content \
         xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" \
         xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" \
         xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">\
         <office:body><office:spreadsheet><table:table table:name=\"Log\">\
         <table:table-row table:number-rows-repeated=\"1000000\">\
         <table:table-cell table:number-columns-repeated=\"1000000\" office:value-type=\"string\"><text:p>x</text:p></table:table-cell>\
         </table:table-row></table:table></office:spreadsheet></office:body></office:document-content>";
    let mut buf = std::io::Cursor::new(Vec::new());
    {
        let mut zip = zip::ZipWriter::new(&mut buf);
        let o = zip::write::SimpleFileOptions::default();
        zip.start_file("mimetype", o).unwrap();
        zip.write_all(b"application/vnd.oasis.opendocument.spreadsheet")
            .unwrap();
        zip.start_file("content.xml", o).unwrap();
        zip.write_all(content.as_bytes()).unwrap();
        zip.finish().unwrap();
    }
    buf.into_inner()
}

#[test]
fn an_ods_of_repeated_cells_is_refused_before_it_is_built() {
    let bomb = ods_bomb();
    assert!(bomb.len() < 4096);
    assert_eq!(
        import_table(TableKind::Actions, &bomb, Format::Ods, None, None).unwrap_err(),
        ImportError::TooLarge(Limit::Rows)
    );
}
