//! The command line refuses what the library refuses: a flag or a `--mapping` key given
//! twice, a template file of a name the set does not have, and a workbook that makes the
//! spreadsheet reader panic; no message repeats the input, and a panic prints nothing.
//! Issue 25 parts 2 and 4.

use std::io::Write;
use std::process::Command;

use crate::common::EXAMPLE;
const SENTINEL: &str = "ZedSentinelChild";

fn run(args: &[&str]) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_boardkit"))
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn temp(name: &str) -> std::path::PathBuf {
    let p = std::env::temp_dir().join(format!("boardkit-refusals-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&p);
    p
}

#[test]
fn a_flag_given_twice_is_refused() {
    let (code, err) = run(&[
        "render",
        "pack",
        EXAMPLE,
        "--format",
        "html",
        "--format",
        "md",
        "--as-of",
        "2017-02-01",
    ]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("--format is given twice"), "{err}");
}

#[test]
fn a_mapping_given_twice_or_with_a_key_twice_is_refused() {
    let csv = temp("log.csv");
    std::fs::write(&csv, "Ref,Action,Owner,By\n1,Do it,AB,30/01/2017\n").unwrap();
    let csv = csv.to_str().unwrap();
    let m = r#"{"description":"Action"}"#;
    let (code, err) = run(&["import", "actions", csv, "--mapping", m, "--mapping", m]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("--mapping is given twice"), "{err}");
    let twice = format!(r#"{{"description":"Action","description":"{SENTINEL}"}}"#);
    let (code, err) = run(&["import", "actions", csv, "--mapping", &twice]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("each given once"), "{err}");
    assert!(!err.contains(SENTINEL), "{err}");
    // Given once, it is used.
    assert_eq!(run(&["import", "actions", csv, "--mapping", m]).0, 0);
}

#[test]
fn a_template_file_of_an_unknown_name_is_refused_without_its_name() {
    let dir = temp("templates");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("pack.md"), "{{ pack.body }}").unwrap();
    std::fs::write(dir.join(format!("{SENTINEL}.html")), "x").unwrap();
    let d = dir.to_str().unwrap();
    let args = [
        "render",
        "pack",
        EXAMPLE,
        "--format",
        "md",
        "--as-of",
        "2017-02-01",
        "--templates",
        d,
    ];
    let (code, err) = run(&args);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("template file 1 of 2"), "{err}");
    assert!(!err.contains(SENTINEL), "{err}");
    std::fs::remove_file(dir.join(format!("{SENTINEL}.html"))).unwrap();
    assert_eq!(run(&args).0, 0);
}

/// A workbook whose one cell points at shared string 987,654 of a list of one: calamine
/// indexes past the list and panics.
fn bad_index_xlsx() -> Vec<u8> {
    let rels = r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#;
    let wb = r#"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>"#;
    let wbrels = r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#;
    let sheet = r#"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>987654</v></c></row></sheetData></worksheet>"#;
    let sst = r#"<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>Action</t></si></sst>"#;
    let mut buf = std::io::Cursor::new(Vec::new());
    {
        let mut z = zip::ZipWriter::new(&mut buf);
        let o = zip::write::SimpleFileOptions::default();
        for (n, d) in [
            ("_rels/.rels", rels),
            ("xl/workbook.xml", wb),
            ("xl/_rels/workbook.xml.rels", wbrels),
            ("xl/worksheets/sheet1.xml", sheet),
            ("xl/sharedStrings.xml", sst),
        ] {
            z.start_file(n, o).unwrap();
            z.write_all(d.as_bytes()).unwrap();
        }
        z.finish().unwrap();
    }
    buf.into_inner()
}

#[test]
fn a_workbook_that_makes_the_reader_panic_is_refused_and_prints_no_panic() {
    let p = temp("bad.xlsx");
    std::fs::write(&p, bad_index_xlsx()).unwrap();
    let (code, err) = run(&["import", "actions", p.to_str().unwrap()]);
    assert_eq!(code, 1, "{err}");
    assert!(
        !err.contains("panicked") && !err.contains("987654"),
        "{err}"
    );
    assert_eq!(
        err.trim(),
        "boardkit import: the file could not be opened as a workbook (.xlsx); save it again from the program that made it, for example \"Save as\" a Word document (.docx)"
    );
}
