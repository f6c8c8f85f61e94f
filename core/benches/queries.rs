//! Issue 31: a question asked of a loaded board (`Board::query`) against the one-shot
//! call on the same document, at 10x and 100x, in one run (wall clock, the fastest of a
//! few runs; read the ratio, not the times). The board reads its own document borrowed,
//! so the two should cost about the same. A third column asks a board opened on a copy
//! of the direct call's document, to tell the code's cost from the memory layout's, and a
//! fourth the direct call on a document read from the text (not a copy), laid out as the
//! board's own is.
//!
//! `cargo bench -p boardkit --bench queries` (add `-- quick` for one run of each).

mod synth;

use boardkit::action::log::LogRequest;
use boardkit::report::AttendanceRequest;
use boardkit::{Board, BoardDocument};
use serde_json::{json, Value};
use std::hint::black_box;
use std::time::{Duration, Instant};

/// A question's name, its details, and the direct call giving its answer's text.
type Case<'a> = (
    &'static str,
    &'a Value,
    Box<dyn Fn() -> String + 'a>,
    Box<dyn Fn() -> String + 'a>,
);

fn fastest(mut f: impl FnMut(), runs: usize) -> Duration {
    (0..runs)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .min()
        .unwrap_or_default()
}

fn main() {
    let quick = std::env::args().any(|a| a == "quick");
    let runs = if quick { 1 } else { 5 };
    println!("| question | scale | direct | through the board | ratio | through a board of the direct call's copy | ratio | direct, the document read from the text | ratio |");
    println!("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
    for scale in [10u32, 100] {
        let text = synth::board_json(scale);
        let board = Board::open(&text).expect("board");
        let doc = BoardDocument::from_json(&text).expect("document");
        // The same board on a copy of the document (laid out as the direct call's is):
        // where the two boards differ, the layout in memory does, not the code.
        let copied = Board::new(doc.clone());
        let body = doc.bodies.first().map(|b| b.id.clone()).unwrap_or_default();
        let as_of = synth::as_of_str(scale);
        let attendance = json!({"body": body, "from": "2000-01-01", "to": as_of});
        let overdue = json!({"as_of": as_of});
        let with_doc = |params: &Value| {
            let mut p = params.clone();
            p["document"] = json!({"schema_version": boardkit::SCHEMA_VERSION});
            p
        };
        let mut att: AttendanceRequest =
            serde_json::from_value(with_doc(&attendance)).expect("request");
        att.document = doc.clone();
        let mut log: LogRequest = serde_json::from_value(with_doc(&overdue)).expect("request");
        log.document = doc.clone();
        // The same requests on documents read from the text, not copied.
        let mut att_read = att.clone();
        att_read.document = BoardDocument::from_json(&text).expect("document");
        let mut log_read = log.clone();
        log_read.document = BoardDocument::from_json(&text).expect("document");
        let cases: [Case<'_>; 2] = [
            (
                "report_attendance",
                &attendance,
                Box::new(|| {
                    serde_json::to_string(&boardkit::report::attendance(&att).expect("answer"))
                        .unwrap_or_default()
                }),
                Box::new(|| {
                    serde_json::to_string(&boardkit::report::attendance(&att_read).expect("answer"))
                        .unwrap_or_default()
                }),
            ),
            (
                "action_overdue",
                &overdue,
                Box::new(|| {
                    serde_json::to_string(&boardkit::action::overdue(&log).expect("answer"))
                        .unwrap_or_default()
                }),
                Box::new(|| {
                    serde_json::to_string(&boardkit::action::overdue(&log_read).expect("answer"))
                        .unwrap_or_default()
                }),
            ),
        ];
        for (name, params, direct, read) in cases {
            assert_eq!(board.query(name, params).expect("answer"), direct());
            assert_eq!(read(), direct());
            let d = fastest(|| drop(black_box(direct())), runs);
            let b = fastest(|| drop(black_box(board.query(name, params))), runs);
            let c = fastest(|| drop(black_box(copied.query(name, params))), runs);
            let r = fastest(|| drop(black_box(read())), runs);
            println!(
                "| {name} | {scale}x | {:.1} ms | {:.1} ms | {:.2}x | {:.1} ms | {:.2}x | {:.1} ms | {:.2}x |",
                d.as_secs_f64() * 1e3,
                b.as_secs_f64() * 1e3,
                b.as_secs_f64() / d.as_secs_f64(),
                c.as_secs_f64() * 1e3,
                c.as_secs_f64() / d.as_secs_f64(),
                r.as_secs_f64() * 1e3,
                r.as_secs_f64() / d.as_secs_f64()
            );
        }
    }
}
