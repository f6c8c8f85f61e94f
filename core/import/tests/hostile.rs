//! Hostile files built here (never committed): zips whose headers understate their
//! parts, zips of too many parts, `.docx` tables nested deep, `.ods` cells repeated n × n,
//! CSVs at and past their row and column limits. Each is refused with the coded error
//! naming its limit, or read with output linear in the input. Issue 25 part 1.

use boardkit_import::docx::{docx_text, import_docx};
use boardkit_import::table::{import_table, Format, TableKind, MAX_ROWS};
use boardkit_import::{ImportError, Limit, REFUSALS};
use std::io::Write;

/// A zip of the given parts, stored or deflated.
fn zip_of(parts: &[(&str, &[u8])], deflate: bool) -> Vec<u8> {
    let mut buf = std::io::Cursor::new(Vec::new());
    {
        let mut zip = zip::ZipWriter::new(&mut buf);
        let method = if deflate {
            zip::CompressionMethod::Deflated
        } else {
            zip::CompressionMethod::Stored
        };
        let o = zip::write::SimpleFileOptions::default().compression_method(method);
        for (name, data) in parts {
            zip.start_file(*name, o).unwrap();
            zip.write_all(data).unwrap();
        }
        zip.finish().unwrap();
    }
    buf.into_inner()
}

/// Rewrite every local and central header's uncompressed size to `size`, the lie a
/// zip bomb tells to pass a check of the declared sizes.
fn understate(mut zip: Vec<u8>, size: u32) -> Vec<u8> {
    let patch = |z: &mut Vec<u8>, sig: [u8; 4], offset: usize| {
        let at: Vec<usize> = z
            .windows(4)
            .enumerate()
            .filter(|(_, w)| *w == sig)
            .map(|(i, _)| i)
            .collect();
        for i in at {
            z[i + offset..i + offset + 4].copy_from_slice(&size.to_le_bytes());
        }
    };
    patch(&mut zip, [0x50, 0x4b, 0x03, 0x04], 22);
    patch(&mut zip, [0x50, 0x4b, 0x01, 0x02], 24);
    zip
}

fn refusal(r: Result<impl std::fmt::Debug, ImportError>) -> ImportError {
    r.unwrap_err()
}

/// What every refusal must be: a code from the list, a plain sentence, no input text.
fn plain(e: &ImportError, sentinel: &str) {
    assert!(REFUSALS.iter().any(|(c, _)| *c == e.code()), "{}", e.code());
    let m = e.to_string();
    assert!(m.starts_with(char::is_uppercase) && m.ends_with('.'), "{m}");
    assert!(!m.contains(sentinel), "{m}");
}

const SENTINEL: &str = "ZedSentinelChildName";

#[test]
fn a_part_that_unpacks_past_its_header_is_refused_in_every_format() {
    // 8 MB of XML that deflates to a few kilobytes, declared as 1,000 bytes.
    let big = format!("<x>{}</x>", SENTINEL.repeat(8 << 20 >> 4));
    for (name, format) in [
        ("xl/sharedStrings.xml", Some(Format::Xlsx)),
        ("content.xml", Some(Format::Ods)),
        ("word/document.xml", None),
    ] {
        let honest = zip_of(&[(name, big.as_bytes())], true);
        let lying = understate(honest, 1_000);
        assert!(lying.len() < 100_000, "{}", lying.len());
        let e = match format {
            Some(f) => refusal(import_table(TableKind::Actions, &lying, f, None, None)),
            None => refusal(import_docx(&lying, None)),
        };
        assert_eq!(e, ImportError::TooLarge(Limit::Understated), "{name}");
        assert_eq!(e.code(), "import.part_understated");
        plain(&e, SENTINEL);
    }
}

#[test]
fn a_stored_part_that_runs_past_its_header_is_refused() {
    let data = vec![b'a'; 100_000];
    let lying = understate(zip_of(&[("word/document.xml", &data)], false), 10);
    let e = refusal(import_docx(&lying, None));
    // A stored part longer than its header is either caught by the counter or read as
    // a damaged zip; never read whole.
    assert!(
        matches!(
            e,
            ImportError::TooLarge(Limit::Understated) | ImportError::NotThatKind(_)
        ),
        "{e:?}"
    );
}

#[test]
fn a_zip_of_more_than_10000_parts_is_refused_naming_the_parts() {
    let names: Vec<String> = (0..10_001).map(|i| format!("p/{i}")).collect();
    let parts: Vec<(&str, &[u8])> = names.iter().map(|n| (n.as_str(), &b""[..])).collect();
    let zip = zip_of(&parts, false);
    let e = refusal(import_docx(&zip, None));
    assert_eq!(e, ImportError::TooLarge(Limit::Entries));
    assert!(e.to_string().contains("10,000 parts"), "{e}");
    assert!(!e.to_string().contains("64 MB"), "{e}");
    plain(&e, SENTINEL);
    // 10,000 parts are within the limit (the file is then not a Word document).
    let zip = zip_of(&parts[..10_000], false);
    assert!(matches!(
        import_docx(&zip, None),
        Err(ImportError::NotThatKind(_))
    ));
}

/// A Word document body of tables nested `depth` deep, one cell a row, each cell a
/// paragraph then the next table.
fn nested_docx(depth: usize) -> Vec<u8> {
    let mut xml = String::from(
        "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>",
    );
    for i in 0..depth {
        xml.push_str(&format!(
            "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>c{i}</w:t></w:r></w:p>"
        ));
    }
    for _ in 0..depth {
        xml.push_str("</w:tc></w:tr></w:tbl>");
    }
    xml.push_str("</w:body></w:document>");
    zip_of(&[("word/document.xml", xml.as_bytes())], true)
}

#[test]
fn nested_tables_give_one_line_a_row_and_are_refused_past_32_deep() {
    let text = docx_text(&nested_docx(32)).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 32);
    // Each row has one cell: no row repeats the cells of the rows nested in it.
    assert!(lines.iter().all(|l| !l.contains('\t')), "{lines:?}");
    // The innermost row closes first.
    assert_eq!(lines.first(), Some(&"c31"));
    assert_eq!(lines.last(), Some(&"c0"));

    for depth in [33, 10_000] {
        let e = refusal(import_docx(&nested_docx(depth), None));
        assert_eq!(e, ImportError::TooLarge(Limit::Nesting), "{depth}");
        assert_eq!(e.code(), "import.too_deep");
        plain(&e, SENTINEL);
    }
}

#[test]
fn sibling_tables_in_cells_are_read_in_linear_output() {
    // 2,000 rows of 2 cells, each holding a small table: output a few lines a row.
    let mut xml = String::from("<w:document xmlns:w=\"w\"><w:body><w:tbl>");
    for i in 0..2_000 {
        xml.push_str(&format!(
            "<w:tr><w:tc><w:tbl><w:tr><w:tc><w:p><w:r><w:t>a{i}</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:tc>\
             <w:tc><w:p><w:r><w:t>b{i}</w:t></w:r></w:p></w:tc></w:tr>"
        ));
    }
    xml.push_str("</w:tbl></w:body></w:document>");
    let text = docx_text(&zip_of(&[("word/document.xml", xml.as_bytes())], true)).unwrap();
    assert_eq!(text.lines().count(), 4_000);
    assert!(
        text.len() < xml.len() / 10,
        "{} of {}",
        text.len(),
        xml.len()
    );
    assert!(
        text.lines().any(|l| l == "\tb1999"),
        "the outer row keeps its own cells"
    );
}

const MANIFEST: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\"><manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.spreadsheet\"/><manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/></manifest:manifest>";

/// An .ods whose table `sheet` (of two) holds one valued cell repeated `n` columns, in a
/// row repeated `n` times.
fn ods_square(n: usize, sheet: usize) -> Vec<u8> {
    let table =
        |name: &str, body: &str| format!("<table:table table:name=\"{name}\">{body}</table:table>");
    let plainrow = "<table:table-row><table:table-cell office:value-type=\"string\"><text:p>Ref</text:p></table:table-cell></table:table-row>";
    let square = format!(
        "<table:table-row table:number-rows-repeated=\"{n}\"><table:table-cell table:number-columns-repeated=\"{n}\" office:value-type=\"string\"><text:p>{SENTINEL}</text:p></table:table-cell></table:table-row>"
    );
    let (one, two) = if sheet == 1 {
        (table("A", &square), table("B", plainrow))
    } else {
        (table("A", plainrow), table("B", &square))
    };
    let content = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content \
         xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" \
         xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" \
         xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">\
         <office:body><office:spreadsheet>{one}{two}</office:spreadsheet></office:body></office:document-content>"
    );
    zip_of(
        &[
            (
                "mimetype",
                b"application/vnd.oasis.opendocument.spreadsheet",
            ),
            ("META-INF/manifest.xml", MANIFEST.as_bytes()),
            ("content.xml", content.as_bytes()),
        ],
        true,
    )
}

#[test]
fn ods_repeats_are_counted_against_the_file_before_expansion_on_every_sheet() {
    for sheet in [1, 2] {
        // 1,000 × 1,000 = 1,000,000 cells (under the 2,000,000-cell limit) from under
        // 2 KB: refused as repeats past the file's own size.
        let bomb = ods_square(1_000, sheet);
        assert!(bomb.len() < 2_048, "{}", bomb.len());
        let e = refusal(import_table(
            TableKind::Actions,
            &bomb,
            Format::Ods,
            None,
            None,
        ));
        assert_eq!(e, ImportError::TooLarge(Limit::Repeats), "sheet {sheet}");
        plain(&e, SENTINEL);
    }
    // 200 × 200 = 40,000 cells is within the floor: imported, every repeat expanded.
    let (grid, _) = boardkit_import::sheet::grid(&ods_square(200, 1), Format::Ods).unwrap();
    assert_eq!(grid.rows.len(), 200);
    assert!(grid
        .rows
        .iter()
        .all(|r| r.len() == 200 && r.iter().all(|c| c == SENTINEL)));
}

fn csv_rows(n: usize) -> String {
    let mut s = String::from("Ref,Action,Owner,By,Status\n");
    for i in 0..n {
        s.push_str(&format!("{i},Send the report,AB,30/01/2017,Open\n"));
    }
    s
}

#[test]
fn a_csv_of_exactly_100000_rows_below_its_header_is_imported() {
    let _heavy = crate::HEAVY.lock().unwrap_or_else(|e| e.into_inner());
    let d = import_table(
        TableKind::Actions,
        csv_rows(MAX_ROWS).as_bytes(),
        Format::Csv,
        None,
        None,
    )
    .unwrap();
    assert_eq!(d.document.actions.len(), MAX_ROWS);
    let e = refusal(import_table(
        TableKind::Actions,
        csv_rows(MAX_ROWS + 1).as_bytes(),
        Format::Csv,
        None,
        None,
    ));
    assert_eq!(e, ImportError::TooLarge(Limit::Rows));
    assert!(
        e.to_string().contains("100,000 rows below its header"),
        "{e}"
    );
}

#[test]
fn a_csv_row_past_16384_cells_or_2000000_cells_in_all_is_refused() {
    let _heavy = crate::HEAVY.lock().unwrap_or_else(|e| e.into_inner());
    let row = format!("{SENTINEL}{}\n", ",".repeat(16_384));
    let e = refusal(import_table(
        TableKind::Actions,
        row.as_bytes(),
        Format::Csv,
        None,
        None,
    ));
    assert_eq!(e, ImportError::TooLarge(Limit::Columns));
    plain(&e, SENTINEL);
    // 16,384 cells in a row are within the limit.
    let row = format!("{SENTINEL}{}\n", ",".repeat(16_383));
    assert!(import_table(TableKind::Actions, row.as_bytes(), Format::Csv, None, None).is_ok());
    // 200 rows of 10,001 cells: 2,000,200 cells.
    let wide = format!("{}\n", ",".repeat(10_000)).repeat(200);
    let e = refusal(import_table(
        TableKind::Actions,
        wide.as_bytes(),
        Format::Csv,
        None,
        None,
    ));
    assert_eq!(e, ImportError::TooLarge(Limit::Cells));
}

#[test]
fn every_limit_has_a_listed_code_and_a_plain_message() {
    for l in [
        Limit::Input,
        Limit::Part,
        Limit::Unpacked,
        Limit::Entries,
        Limit::Understated,
        Limit::Rows,
        Limit::Cells,
        Limit::Columns,
        Limit::Nesting,
        Limit::Repeats,
    ] {
        plain(&ImportError::TooLarge(l), SENTINEL);
        assert!(l.message().contains("for example"), "{l:?}");
    }
}

/// A workbook whose one cell names shared string `index` of a list of one.
fn shared_string_xlsx(index: usize) -> Vec<u8> {
    let ns = "http://schemas.openxmlformats.org/";
    let rels = format!(
        r#"<Relationships xmlns="{ns}package/2006/relationships"><Relationship Id="rId1" Type="{ns}officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#
    );
    let wb = format!(
        r#"<workbook xmlns="{ns}spreadsheetml/2006/main" xmlns:r="{ns}officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>"#
    );
    let wbrels = format!(
        r#"<Relationships xmlns="{ns}package/2006/relationships"><Relationship Id="rId1" Type="{ns}officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#
    );
    let sheet = format!(
        r#"<worksheet xmlns="{ns}spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>{index}</v></c></row></sheetData></worksheet>"#
    );
    let sst = format!(r#"<sst xmlns="{ns}spreadsheetml/2006/main"><si><t>Action</t></si></sst>"#);
    zip_of(
        &[
            ("_rels/.rels", rels.as_bytes()),
            ("xl/workbook.xml", wb.as_bytes()),
            ("xl/_rels/workbook.xml.rels", wbrels.as_bytes()),
            ("xl/worksheets/sheet1.xml", sheet.as_bytes()),
            ("xl/sharedStrings.xml", sst.as_bytes()),
        ],
        true,
    )
}

#[test]
fn a_shared_string_past_the_list_is_refused_before_calamine_reads_it() {
    use boardkit_import::xlsx_strings::check_shared_strings;
    let what = "a workbook (.xlsx)";
    // Checked without calamine, so a build that aborts on panic (wasm) is safe too.
    assert_eq!(
        check_shared_strings(&shared_string_xlsx(987_654), what),
        Err(ImportError::NotThatKind(what))
    );
    assert_eq!(
        check_shared_strings(&shared_string_xlsx(1), what),
        Err(ImportError::NotThatKind(what))
    );
    assert_eq!(check_shared_strings(&shared_string_xlsx(0), what), Ok(()));
    let (grid, _) = boardkit_import::sheet::grid(&shared_string_xlsx(0), Format::Xlsx).unwrap();
    assert_eq!(grid.rows, vec![vec!["Action".to_string()]]);
    // A workbook of many strings, as a spreadsheet program writes it, passes.
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet();
    for r in 0..50u32 {
        ws.write_string(r, 0, format!("{SENTINEL} {r}")).unwrap();
        ws.write_string(r, 1, "Open").unwrap();
    }
    assert_eq!(
        check_shared_strings(&wb.save_to_buffer().unwrap(), what),
        Ok(())
    );
}
