//! Peak heap of importing (every import peak within 20 times its input: a small file must not take gigabytes). A
//! counting allocator keeps the bytes live and their peak; the peak over the input is the
//! figure against the 20x goal. Each input is imported as each caller does it:
//!
//! - `cli`: the compact draft (`request::import_compact`) written as pretty JSON to a
//!   sink, as the CLI streams it to standard output (the text is never held);
//! - `c/wasm`: the same draft's JSON made as one string, as `boardkit_import` (C) and
//!   `importFile` (JavaScript) return it; the string itself is counted (it is the
//!   answer), and shown apart;
//! - `streamed`: the same draft's JSON handed out in chunks of 64 KiB, as
//!   `boardkit_import_write` (C) and `importFileChunks` (JavaScript) do: a writer keeps
//!   one chunk and hands it on when full (here to a sink; C and JS callers take each);
//! - `typed`: the Rust API's typed draft (`request::import`, `import_table`).
//!
//! Inputs: an attendance grid, one row per member, one column per meeting, every cell a
//! mark (the shape of `tests/bench/hostile_files.py`'s attendance.csv); an action log as
//! CSV, .xlsx and .ods; minutes as text and as .docx.
//!
//! `cargo bench -p boardkit-import --bench import_memory` (optionally `-- PEOPLE MEETINGS`
//! for the grid, default 1,500 x 1,000; `PROBE=1` measures the minutes' parts apart
//! instead). Not part of `cargo test`.

use boardkit_import::request;
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

fn grew(n: usize) {
    let now = LIVE.fetch_add(n, Ordering::Relaxed) + n;
    PEAK.fetch_max(now, Ordering::Relaxed);
}

// A global allocator is an unsafe trait: the one unsafe code of this bench.
#[allow(unsafe_code)]
// SAFETY: every call is passed to the system allocator unchanged; only counts are kept.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        grew(layout.size());
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new: usize) -> *mut u8 {
        if new >= layout.size() {
            grew(new - layout.size());
        } else {
            LIVE.fetch_sub(layout.size() - new, Ordering::Relaxed);
        }
        unsafe { System.realloc(ptr, layout, new) }
    }
}

#[global_allocator]
static COUNTING: Counting = Counting;

/// The attendance grid of `people` members over `meetings` meetings, `P` or `A` in each
/// cell (the same text as hostile_files.py writes).
fn attendance(people: usize, meetings: usize) -> String {
    let dates: Vec<String> = (0..meetings)
        .map(|i| {
            format!(
                "{:02}/{:02}/20{:02}",
                1 + i % 28,
                1 + (i / 28) % 12,
                10 + i / 336
            )
        })
        .collect();
    let mut s = format!("Name,Initials,Agency,{}\n", dates.join(","));
    for p in 0..people {
        s.push_str(&format!("Person {p},P{p},Agency {},", p % 20));
        let marks: Vec<&str> = (0..meetings)
            .map(|i| if (p + i) % 3 != 0 { "P" } else { "A" })
            .collect();
        s.push_str(&marks.join(","));
        s.push('\n');
    }
    s
}

/// One chunk of 64 KiB, handed on (here dropped) when full, as the C and wasm writers do.
struct Chunked(Vec<u8>);

impl std::io::Write for Chunked {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        let n = bytes.len().min(65_536 - self.0.len());
        self.0.extend_from_slice(&bytes[..n]);
        if self.0.len() == 65_536 {
            std::io::sink().write_all(&self.0)?;
            self.0.clear();
        }
        Ok(n)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.0.clear();
        Ok(())
    }
}

fn mib(b: usize) -> f64 {
    b as f64 / (1024.0 * 1024.0)
}

/// Peak heap bytes over the live bytes before `f` runs, and `f`'s result.
fn peak<T>(f: impl FnOnce() -> T) -> (usize, T) {
    let base = LIVE.load(Ordering::Relaxed);
    PEAK.store(base, Ordering::Relaxed);
    let out = f();
    (PEAK.load(Ordering::Relaxed) - base, out)
}

/// An action log of `rows` rows.
fn actions(rows: usize) -> String {
    let mut s = String::from("Ref,Action,Owner,By,Status,Meeting date\n");
    for i in 0..rows {
        s.push_str(&format!(
            "{i},Write to head teachers about the framework {i},AB,30/01/2017,Open,08/12/2016\n"
        ));
    }
    s
}

/// The CSV as an .xlsx workbook (every cell text).
fn xlsx(csv: &str) -> Vec<u8> {
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet();
    for (r, line) in csv.lines().enumerate() {
        for (c, cell) in line.split(',').enumerate() {
            ws.write_string(r as u32, c as u16, cell).expect("a cell");
        }
    }
    wb.save_to_buffer().expect("a workbook")
}

/// The CSV as an .ods spreadsheet (every cell text).
fn ods(csv: &str) -> Vec<u8> {
    use std::io::Write;
    let mut rows = String::new();
    for line in csv.lines() {
        rows.push_str("<table:table-row>");
        for cell in line.split(',') {
            rows.push_str(&format!(
                "<table:table-cell office:value-type=\"string\"><text:p>{cell}</text:p></table:table-cell>"
            ));
        }
        rows.push_str("</table:table-row>");
    }
    let content = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:spreadsheet><table:table table:name="A">{rows}</table:table></office:spreadsheet></office:body></office:document-content>"#
    );
    let mut out = std::io::Cursor::new(Vec::new());
    let mut z = zip::ZipWriter::new(&mut out);
    let stored =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    let deflated = zip::write::SimpleFileOptions::default();
    z.start_file("mimetype", stored).expect("a part");
    z.write_all(b"application/vnd.oasis.opendocument.spreadsheet")
        .expect("written");
    z.start_file("META-INF/manifest.xml", deflated)
        .expect("a part");
    z.write_all(br#"<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>"#).expect("written");
    z.start_file("content.xml", deflated).expect("a part");
    z.write_all(content.as_bytes()).expect("written");
    z.finish().expect("a zip");
    out.into_inner()
}

/// Minutes of `items` items, each a heading, a discussion, a decision and an action.
fn minutes(items: usize) -> String {
    let mut s = String::from("Safeguarding Board\nMinutes of the meeting held on 30 January 2017\n\nPresent:\nJane Doe (Chair), Local Authority\nJohn Smith, Police\n\n");
    for i in 1..=items {
        s.push_str(&format!(
            "{i}. Item {i}\nThe board discussed the report on item {i} and the figures for the quarter.\nRESOLVED: that the report on item {i} be noted.\nAction: JS to circulate the report on item {i} by 28/02/2017.\n\n"
        ));
    }
    s
}

/// The minutes as a .docx, one paragraph a line.
fn docx(text: &str) -> Vec<u8> {
    let mut d = docx_rs::Docx::new();
    for line in text.lines() {
        d = d.add_paragraph(docx_rs::Paragraph::new().add_run(docx_rs::Run::new().add_text(line)));
    }
    let mut out = std::io::Cursor::new(Vec::new());
    d.build().pack(&mut out).expect("a docx");
    out.into_inner()
}

/// The bytes a zip's parts unpack to (0 for a file that is not a zip).
fn unpacked(bytes: &[u8]) -> u64 {
    let Ok(mut z) = zip::ZipArchive::new(std::io::Cursor::new(bytes)) else {
        return 0;
    };
    (0..z.len())
        .filter_map(|i| z.by_index(i).ok().map(|f| f.size()))
        .sum()
}

/// Import `bytes` by each caller's path and print the peaks over the input (and, for a
/// zip, over what its parts unpack to).
fn measure(label: &str, bytes: &[u8], options: &str) {
    let input = bytes.len() as f64;
    let parts = unpacked(bytes);
    let base = LIVE.load(Ordering::Relaxed);
    let (read, mut d) = peak(|| request::import_compact(bytes, options).expect("imports"));
    let held = LIVE.load(Ordering::Relaxed) - base;
    let (write, ()) = peak(|| d.write_json(&mut std::io::sink()).expect("written"));
    let cli = read.max(held + write);
    drop(d);
    let (c, text) = peak(|| {
        request::import_compact(bytes, options)
            .expect("imports")
            .to_json()
    });
    let json = text.len();
    drop(text);
    let (streamed, ()) = peak(|| {
        let mut d = request::import_compact(bytes, options).expect("imports");
        let mut w = Chunked(Vec::with_capacity(65_536));
        d.write_json(&mut w).expect("written");
    });
    let (typed, draft) = peak(|| request::import(bytes, options).expect("imports"));
    let same = draft.to_json().len() == json;
    drop(draft);
    let x = |b: usize| b as f64 / input;
    if parts > 0 {
        println!(
            "{label}: its parts unpack to {parts} bytes: cli {:.1}x, c/wasm string {:.1}x, streamed {:.1}x, typed {:.1}x of that",
            cli as f64 / parts as f64,
            c as f64 / parts as f64,
            streamed as f64 / parts as f64,
            typed as f64 / parts as f64
        );
    }
    println!(
        "{label}: input {} bytes, JSON {json} bytes ({:.1}x){}",
        bytes.len(),
        x(json),
        if same { "" } else { ", NOT THE SAME LENGTH" }
    );
    println!(
        "  cli: read {:.1}x, held {:.1}x, writing {:.1}x more",
        x(read),
        x(held),
        x(write)
    );
    println!(
        "  cli {:.1} MiB ({:.1}x) | c/wasm string {:.1} MiB ({:.2}x; {:.1}x without the JSON it returns) | c/wasm streamed {:.1} MiB ({:.1}x) | typed {:.1} MiB ({:.1}x); goal 20x",
        mib(cli),
        x(cli),
        mib(c),
        x(c),
        x(c.saturating_sub(json)),
        mib(streamed),
        x(streamed),
        mib(typed),
        x(typed)
    );
}

fn main() {
    if std::env::var_os("PROBE").is_some() {
        probe_minutes();
        return;
    }
    let args: Vec<usize> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect();
    let people = args.first().copied().unwrap_or(1_500);
    let meetings = args.get(1).copied().unwrap_or(1_000);
    let grid = attendance(people, meetings);
    measure(
        &format!("attendance {people} x {meetings} (csv)"),
        grid.as_bytes(),
        r#"{"kind":"attendance"}"#,
    );
    drop(grid);
    let log = actions(20_000);
    measure(
        "actions 20,000 rows (csv)",
        log.as_bytes(),
        r#"{"kind":"actions"}"#,
    );
    let book = xlsx(&log);
    measure(
        "actions 20,000 rows (xlsx)",
        &book,
        r#"{"kind":"actions","format":"xlsx"}"#,
    );
    drop(book);
    let sheet = ods(&log);
    measure(
        "actions 20,000 rows (ods)",
        &sheet,
        r#"{"kind":"actions","format":"ods"}"#,
    );
    drop((sheet, log));
    let text = minutes(2_000);
    measure(
        "minutes 2,000 items (text)",
        text.as_bytes(),
        r#"{"kind":"minutes"}"#,
    );
    let word = docx(&text);
    measure(
        "minutes 2,000 items (docx)",
        &word,
        r#"{"kind":"minutes","format":"docx"}"#,
    );
}

/// With `PROBE` set in the environment: the minutes' parts measured apart (the
/// `serde_json::Value` of the document the reader checks provenance pointers against,
/// its compact JSON, the whole import, the text decoding), over the input.
fn probe_minutes() {
    let text = minutes(2_000);
    let d = request::import(text.as_bytes(), r#"{"kind":"minutes"}"#).expect("imports");
    let (v, value) = peak(|| serde_json::to_value(&d.document).unwrap());
    let (s, json) = peak(|| serde_json::to_string(&d.document).unwrap());
    println!(
        "PROBE input {} value {} ({:.1}x) doc json {} ({:.1}x)",
        text.len(),
        v,
        v as f64 / text.len() as f64,
        s,
        s as f64 / text.len() as f64
    );
    drop((value, json));
    let (all, _) =
        peak(|| crate::request::import(text.as_bytes(), r#"{"kind":"minutes"}"#).expect("imports"));
    println!("PROBE import {:.1}x", all as f64 / text.len() as f64);
    let (dec, _) = peak(|| boardkit_import::text::decode(text.as_bytes()).map(|(t, _)| t.len()));
    println!("PROBE decode {:.1}x", dec as f64 / text.len() as f64);
}
