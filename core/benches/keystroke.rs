//! Keystroke cost (a form checks on every keystroke): checking one action and one meeting record as a form does,
//! against a loaded board (`Board::validate_record`) and without one (the host sends the
//! request with its whole context as JSON text, as `boardkit_document_validate_record`
//! reads it), on the synthetic boards at 1x, 10x and 100x; and whole-board validation
//! (read + validate) for the wasm/native ratio. Medians of repeated runs, wall clock.
//!
//! Writes target/bench/keystroke-native.json, and the boards and records the Node side
//! (tests/bench/keystroke.mjs) times the same way: target/bench/synth-{N}x.json and
//! target/bench/keystroke-records.json. Run by tests/bench.sh:
//! `cargo bench -p boardkit --bench keystroke`.

mod synth;

use boardkit::document::{validate_record, RecordKind, ValidateOptions, ValidateRecordRequest};
use boardkit::{Board, BoardDocument};
use serde_json::{json, Value};
use std::hint::black_box;
use std::time::Instant;

/// Median wall time of `f` in microseconds over `n` runs (after one warm-up run).
fn median_us(n: usize, mut f: impl FnMut()) -> f64 {
    f();
    let mut xs: Vec<f64> = (0..n)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed().as_secs_f64() * 1e6
        })
        .collect();
    xs.sort_by(|a, b| a.total_cmp(b));
    xs[xs.len() / 2]
}

/// The records a form edits: the last action of the log and the last meeting.
fn records(doc: &Value) -> [(RecordKind, &'static str, Value); 2] {
    let last = |k: &str| {
        doc[k]
            .as_array()
            .and_then(|v| v.last())
            .cloned()
            .expect("records")
    };
    [
        (RecordKind::Action, "action", last("actions")),
        (RecordKind::Meeting, "meeting", last("meetings")),
    ]
}

fn main() {
    let out_dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/bench");
    std::fs::create_dir_all(&out_dir).expect("target/bench");
    let mut results = serde_json::Map::new();
    let mut all_records = serde_json::Map::new();
    for scale in [1u32, 10, 100] {
        let text = synth::board_json(scale);
        std::fs::write(out_dir.join(format!("synth-{scale}x.json")), &text).expect("write");
        let as_of = synth::as_of_str(scale);
        let value: Value = serde_json::from_str(&text).expect("json");
        let options: ValidateOptions =
            serde_json::from_value(json!({ "as_of": as_of })).expect("options");
        let date = options.as_of;
        let heavy = match scale {
            1 => 15,
            10 => 5,
            _ => 3,
        };
        let open_us = median_us(heavy, || {
            black_box(Board::open(black_box(&text)).expect("board"));
        });
        let board = Board::open(&text).expect("board");
        let whole_us = median_us(heavy, || {
            let d = BoardDocument::from_json(black_box(&text)).expect("doc");
            black_box(d.validate(&options));
        });
        let loaded_validate_us = median_us(heavy, || {
            black_box(board.validate(&options));
        });
        let mut row = serde_json::Map::new();
        row.insert("bytes".into(), json!(text.len()));
        row.insert("open_us".into(), json!(open_us));
        row.insert("whole_board_read_validate_us".into(), json!(whole_us));
        row.insert("loaded_validate_us".into(), json!(loaded_validate_us));
        let mut recs = serde_json::Map::new();
        for (kind, name, record) in records(&value) {
            let loaded = median_us(1000, || {
                black_box(board.validate_record(kind, black_box(&record), date));
            });
            let request = json!({"kind": name, "record": record, "context": value, "as_of": as_of});
            let request_text = serde_json::to_string(&request).expect("text");
            let one_shot = median_us(heavy, || {
                let r: ValidateRecordRequest =
                    boardkit::error::from_json(black_box(&request_text)).expect("request");
                black_box(validate_record(&r).expect("report"));
            });
            // Both give the same findings (the loaded board is not a shortcut).
            let r: ValidateRecordRequest =
                boardkit::error::from_json(&request_text).expect("request");
            assert_eq!(
                validate_record(&r).expect("report"),
                board.validate_record(kind, &record, date)
            );
            row.insert(format!("{name}_loaded_us"), json!(loaded));
            row.insert(format!("{name}_one_shot_us"), json!(one_shot));
            println!(
                "native {scale:>3}x {name:<8} loaded board {loaded:>9.1} µs   one-shot (JSON request with context) {one_shot:>12.1} µs"
            );
            recs.insert(name.into(), record);
        }
        println!(
            "native {scale:>3}x open {open_us:.0} µs; whole board read+validate {whole_us:.0} µs; loaded validate {loaded_validate_us:.0} µs"
        );
        all_records.insert(
            format!("{scale}x"),
            json!({"as_of": as_of, "records": recs}),
        );
        results.insert(format!("{scale}x"), Value::Object(row));
    }
    let out = json!({ "native": results });
    std::fs::write(
        out_dir.join("keystroke-native.json"),
        serde_json::to_string_pretty(&out).expect("json"),
    )
    .expect("write");
    std::fs::write(
        out_dir.join("keystroke-records.json"),
        serde_json::to_string(&Value::Object(all_records)).expect("json"),
    )
    .expect("write");
}
