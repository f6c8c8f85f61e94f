//! No silent loss, as a property: every non-blank source line (text, a .docx's paragraph
//! or table row) and every non-empty cell below a table's header ends up in the draft's
//! `provenance` (JSON Pointers that resolve in the document) or at an uncertainty; and
//! no word of the source is rewritten into a different value without an uncertainty.
//!
//! Inputs: generated minutes (random lines mixed with headings, attendance entries,
//! decisions, actions and dates), every fixture of `tests/data` (the field samples and
//! the seed minutes), the crate's tables, and — when `BOARDKIT_CORPUS` names the corpus
//! folder — every paper of the development corpus.
//!
//! "Appears in the source" is read after this normalisation: lower case; every run of
//! characters that are not letters or digits (spaces, punctuation, bullets, markup
//! brackets, dashes) counts as one space; so "Cllr. J Smith" and "cllr j smith" are the
//! same. Values the importer makes rather than reads are not words of the source and
//! are not checked: ids and references (`id`, `person`, `meeting`, `body`,
//! `organisation`, `deputy_for`...), enumerations (`status`, `kind`...), dates and
//! money (read into their own forms), and the placeholder titles listed in
//! [`PLACEHOLDERS`].

use boardkit_import::table::Format;
use boardkit_import::{import_minutes, import_table, Draft, TableKind};
use proptest::prelude::*;
use serde_json::Value;
use std::collections::HashSet;
use std::path::{Path, PathBuf};

/// Titles and names the importer writes when the paper gives none.
const PLACEHOLDERS: &[&str] = &[
    "Imported minutes",
    "Unnumbered minutes",
    "Imported body",
    "Meeting",
];

/// Keys whose string values are text read from the source.
const TEXT_KEYS: &[&str] = &[
    "name",
    "title",
    "minutes",
    "description",
    "text",
    "note",
    "nature",
    "desired_outcome",
    "venue",
    "post",
    "role",
];

fn norm(s: &str) -> String {
    let mut out = String::new();
    let mut space = true;
    for c in s.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            out.push(c);
            space = false;
        } else if !space {
            out.push(' ');
            space = true;
        }
    }
    out.trim_end().to_string()
}

/// A line without its markup tags (`<p>`, `</i>`, `<AI1>`), each replaced by a space.
fn strip_tags(line: &str) -> String {
    let mut depth = 0;
    let mut text = String::new();
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '<'
            && chars
                .peek()
                .is_some_and(|n| n.is_ascii_alphabetic() || *n == '/')
        {
            depth += 1;
        } else if c == '>' && depth > 0 {
            depth -= 1;
            text.push(' ');
        } else if depth == 0 {
            text.push(c);
        }
    }
    text
}

/// Whether a source line has words (markup tags alone are not words).
fn has_words(line: &str) -> bool {
    strip_tags(line).chars().any(char::is_alphanumeric)
}

fn document(draft: &Draft) -> Value {
    serde_json::to_value(&draft.document).unwrap()
}

/// Every provenance pointer resolves; returns the lines (or (row, column) cells) covered
/// by provenance or an uncertainty.
fn covered(draft: &Draft) -> (HashSet<usize>, HashSet<(usize, usize)>, HashSet<usize>) {
    let doc = document(draft);
    let mut lines = HashSet::new();
    let mut cells = HashSet::new();
    for p in &draft.provenance {
        assert!(!p.paths.is_empty(), "a provenance entry with no pointer");
        for path in &p.paths {
            assert!(
                doc.pointer(path).is_some(),
                "pointer {path} does not resolve"
            );
        }
        if let Some(l) = p.at.line {
            lines.insert(l);
        }
        if let (Some(r), Some(c)) = (p.at.row, p.at.column) {
            cells.insert((r, c));
        }
    }
    let mut rows = HashSet::new();
    for u in &draft.uncertainties {
        if let Some(l) = u.at.line {
            lines.insert(l);
        }
        if let Some(r) = u.at.row {
            rows.insert(r);
        }
    }
    (lines, cells, rows)
}

/// (a) for text: the source lines neither in provenance nor at an uncertainty.
fn lost_lines(text: &str, draft: &Draft) -> Vec<usize> {
    let (lines, _, _) = covered(draft);
    text.lines()
        .enumerate()
        .filter(|(i, l)| has_words(l) && !lines.contains(&(i + 1)))
        .map(|(i, _)| i + 1)
        .collect()
}

/// (b): text values of the document that do not appear in the source, by pointer,
/// leaving out those an uncertainty points at (its path is the value or holds it).
fn rewritten(source: &str, draft: &Draft) -> Vec<String> {
    let src = format!(" {} ", norm(&strip_tags(source)));
    // Flagged: a value an uncertainty's path holds, or one that provenance says came
    // from a line or row an uncertainty is at.
    let at_unc: HashSet<(Option<usize>, Option<usize>)> = draft
        .uncertainties
        .iter()
        .map(|u| (u.at.line, u.at.row))
        .collect();
    let mut flagged: Vec<&str> = draft
        .uncertainties
        .iter()
        .filter_map(|u| u.path.as_deref())
        .collect();
    for p in &draft.provenance {
        if at_unc.contains(&(p.at.line, p.at.row)) {
            flagged.extend(p.paths.iter().map(String::as_str));
        }
    }
    let mut out = Vec::new();
    walk(&document(draft), "", false, &mut |path, s| {
        if PLACEHOLDERS.contains(&s) {
            return;
        }
        // Minute text keeps its source lines one to a line: each must be in the source.
        for piece in s.lines() {
            let n = norm(piece);
            if !n.is_empty()
                && !src.contains(&format!(" {n} "))
                && !flagged.iter().any(|f| path.starts_with(f))
            {
                out.push(path.to_string());
                return;
            }
        }
    });
    out
}

/// Keys whose values the importer makes (ids, references, dates, enumerations), even
/// under `extensions`.
const MADE_KEYS: &[&str] = &[
    "id",
    "person",
    "meeting",
    "body",
    "organisation",
    "deputy_for",
    "date",
    "status",
    "kind",
];

/// Visit the string values that are text: under a key of [`TEXT_KEYS`], or anywhere
/// under `extensions` (where kept source text lives).
fn walk(v: &Value, path: &str, text: bool, f: &mut dyn FnMut(&str, &str)) {
    match v {
        Value::String(s) if text => f(path, s),
        Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                walk(x, &format!("{path}/{i}"), text, f);
            }
        }
        Value::Object(o) => {
            for (k, x) in o {
                if MADE_KEYS.contains(&k.as_str()) {
                    continue;
                }
                let t = text || k == "extensions" || TEXT_KEYS.contains(&k.as_str());
                let key = k.replace('~', "~0").replace('/', "~1");
                walk(x, &format!("{path}/{key}"), t, f);
            }
        }
        _ => {}
    }
}

fn assert_minutes(name: &str, text: &str) {
    let draft = import_minutes(text, None);
    let lost = lost_lines(text, &draft);
    assert!(
        lost.is_empty(),
        "{name}: lines {lost:?} are neither in provenance nor flagged"
    );
    let bad = rewritten(text, &draft);
    assert!(
        bad.is_empty(),
        "{name}: values not in the source and not flagged: {bad:?}"
    );
}

/// (a) for a table: the non-empty cells below the header neither in provenance nor on
/// a row with an uncertainty.
fn assert_table(name: &str, kind: TableKind, csv: &str) {
    let draft = import_table(kind, csv.as_bytes(), Format::Csv, None, None).unwrap();
    // The fallback for a cell nothing came from is not what covers the crate's tables.
    let fallback = draft
        .uncertainties
        .iter()
        .filter(|u| u.message.starts_with("A cell was read but nothing"))
        .count();
    assert!(
        name.starts_with("corpus") || fallback == 0,
        "{name}: {fallback} cells with no provenance"
    );
    let (_, cells, rows) = covered(&draft);
    let mut lost = Vec::new();
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(csv.as_bytes());
    let mut header_seen = false;
    for (r, rec) in reader.records().enumerate() {
        let rec = rec.unwrap();
        if !header_seen {
            header_seen = rec.iter().any(|c| !c.trim().is_empty());
            continue;
        }
        for (c, cell) in rec.iter().enumerate() {
            let at = (r + 1, c + 1);
            if !cell.trim().is_empty() && !cells.contains(&at) && !rows.contains(&at.0) {
                lost.push(at);
            }
        }
    }
    assert!(
        lost.is_empty(),
        "{name}: cells {lost:?} are neither in provenance nor flagged"
    );
}

fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data")
}

#[test]
fn every_fixture_line_is_in_provenance_or_flagged_and_no_value_is_invented() {
    let mut n = 0;
    for entry in std::fs::read_dir(data_dir()).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "txt") {
            let text = std::fs::read_to_string(&path).unwrap();
            let name = path.file_name().unwrap().to_string_lossy().to_string();
            assert_minutes(&name, &text);
            n += 1;
        }
    }
    assert!(n >= 20, "the fixtures of tests/data were not found");
}

#[test]
fn a_docx_paragraph_and_table_row_each_end_up_in_provenance_or_flagged() {
    let text =
        std::fs::read_to_string(data_dir().join("leicester-lscb-minutes-2016-12-08.txt")).unwrap();
    let docx = crate::formats::docx_from_text(&text);
    let draft = boardkit_import::docx::import_docx(&docx, None).unwrap();
    let lines = boardkit_import::docx::docx_text(&docx).unwrap();
    assert!(lost_lines(&lines, &draft).is_empty());
    assert!(!draft.provenance.is_empty());
}

#[test]
fn every_table_cell_is_in_provenance_or_flagged() {
    assert_table(
        "action log",
        TableKind::Actions,
        crate::fixtures::ACTION_LOG,
    );
    assert_table("risks", TableKind::Risks, crate::fixtures::RISKS);
    assert_table("grid", TableKind::Attendance, crate::fixtures::GRID);
    let contributions = "Partner,Contribution 2017/18 (£),In kind\nCity Council,\"£298,700\",\nPolice,\"92,700.50\",£5000\nTotal,\"£391,400.50\",\n";
    assert_table("contributions", TableKind::Contributions, contributions);
    // A cell's provenance names the field it became.
    let draft = import_table(
        TableKind::Actions,
        crate::fixtures::ACTION_LOG.as_bytes(),
        Format::Csv,
        None,
        None,
    )
    .unwrap();
    let first = draft
        .provenance
        .iter()
        .find(|p| p.at.row == Some(2) && p.at.column == Some(2))
        .unwrap();
    assert_eq!(first.paths, ["/actions/0/description"]);
}

/// Every paper of the corpus, when `BOARDKIT_CORPUS` names its folder (it is not part
/// of the repository: real papers are not copied in).
#[test]
fn every_corpus_paper_is_accounted_for_when_the_corpus_is_given() {
    let Some(dir) = std::env::var_os("BOARDKIT_CORPUS") else {
        return;
    };
    let dir = PathBuf::from(dir);
    let runs: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("runs.json")).unwrap()).unwrap();
    let mut n = 0;
    for run in runs["runs"].as_array().unwrap() {
        let input = run["input"].as_str().unwrap();
        let kind = run["kind"].as_str().unwrap();
        let path = dir.join(input);
        if kind == "minutes" && input.ends_with(".txt") && path.exists() {
            assert_minutes(
                &format!("corpus paper {n}"),
                &std::fs::read_to_string(&path).unwrap(),
            );
            n += 1;
        } else if input.ends_with(".csv") {
            let table = match kind {
                "attendance" => TableKind::Attendance,
                "risks" => TableKind::Risks,
                "contributions" => TableKind::Contributions,
                _ => TableKind::Actions,
            };
            if run.get("mapping").is_none_or(Value::is_null) {
                assert_table(
                    &format!("corpus table {n}"),
                    table,
                    &std::fs::read_to_string(&path).unwrap(),
                );
                n += 1;
            }
        }
    }
    assert!(n > 0, "BOARDKIT_CORPUS names a folder with no papers");
}

const NAMES: &[&str] = &[
    "Aisha Okafor",
    "Bram Lindqvist",
    "Cllr Dora Penhale",
    "Evan Tregothnan",
    "Fen Mirza",
];

fn line() -> impl Strategy<Value = String> {
    let name = prop::sample::select(NAMES);
    prop_oneof![
        "[A-Za-z ,.()£0-9-]{1,60}",
        prop::sample::select(
            &[
                "Present:",
                "Apologies:",
                "In attendance:",
                "RESOLVED:",
                "Actions:",
                "AGREED",
                "Minutes of the last meeting",
                "Next meeting"
            ][..]
        )
        .prop_map(String::from),
        (1u32..30, "[A-Z][a-z]{3,12}( [a-z]{2,9}){0,4}").prop_map(|(n, t)| format!("{n}. {t}")),
        (name.clone(), "[A-Z][a-z]{3,12}").prop_map(|(n, o)| format!("{n} ({o})")),
        (name.clone(), "[a-z]{3,9}( [a-z]{2,9}){0,5}")
            .prop_map(|(n, t)| format!("Action: {n} to {t}")),
        ("[a-z]{3,9}( [a-z]{2,9}){0,5}").prop_map(|t| format!("That the board {t}.")),
        (1u32..29, 1u32..13, 2015u32..2020).prop_map(|(d, m, y)| format!("{d}/{m}/{y}")),
        (name, 1u32..29)
            .prop_map(|(n, d)| format!("{n} attended in her absence. Meeting on {d} March 2017")),
        Just(String::new()),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    #[test]
    fn generated_minutes_lose_no_line_and_invent_no_value(lines in prop::collection::vec(line(), 0..40)) {
        let text = lines.join("\n");
        let draft = import_minutes(&text, None);
        let lost = lost_lines(&text, &draft);
        prop_assert!(lost.is_empty(), "lines {:?} lost", lost);
        let bad = rewritten(&text, &draft);
        prop_assert!(bad.is_empty(), "values not in the source: {:?}", bad);
    }
}

/// The fallback (`import.line_unread` for a line nothing came from) is not what covers
/// the seed minutes: each of their lines with words is in provenance itself.
#[test]
fn every_line_of_the_seed_minutes_is_in_provenance_itself() {
    for name in [
        "leicester-lscb-minutes-2016-12-08.txt",
        "lancashire-csib-minutes-2017-09-12.txt",
        "leicestershire-cyps-executive-minutes.txt",
    ] {
        let text = std::fs::read_to_string(data_dir().join(name)).unwrap();
        let draft = import_minutes(&text, None);
        let traced: HashSet<usize> = draft.provenance.iter().filter_map(|p| p.at.line).collect();
        let missing: Vec<usize> = text
            .lines()
            .enumerate()
            .filter(|(i, l)| has_words(l) && !traced.contains(&(i + 1)))
            .map(|(i, _)| i + 1)
            .collect();
        assert!(
            missing.is_empty(),
            "{name}: lines {missing:?} have no provenance"
        );
    }
}

#[test]
fn a_line_points_at_what_it_became() {
    let text = "Board meeting 8 December 2016\nPresent:\nJane Smith (JS), Chair\n1. Welcome\nThe Chair welcomed members.\nAction: JS to write to schools.\n";
    let draft = import_minutes(text, None);
    let at = |line: usize| -> Vec<String> {
        draft
            .provenance
            .iter()
            .find(|p| p.at.line == Some(line))
            .map(|p| p.paths.clone())
            .unwrap_or_default()
    };
    assert!(
        at(3).contains(&"/meetings/0/attendance/0".to_string()),
        "{:?}",
        at(3)
    );
    assert!(
        at(4).contains(&"/meetings/0/agenda/0".to_string()),
        "{:?}",
        at(4)
    );
    assert!(
        at(5).contains(&"/meetings/0/agenda/0/minutes".to_string()),
        "{:?}",
        at(5)
    );
    assert!(at(6).contains(&"/actions/0".to_string()), "{:?}", at(6));
}
