//! Where one keystroke check's time goes, natively (a form checks on every keystroke): loops
//! `Board::validate_record` on the last action of a synthetic board (written by
//! `cargo bench -p boardkit --bench keystroke`) and on an empty board, for a profiler.
//! `cargo run --release -p boardkit --example keystroke_probe -- target/bench/synth-1x.json 2000 2017-01-31`
//! (the last argument, the as-of date, is optional)

use boardkit::document::RecordKind;
use boardkit::Board;
use serde_json::Value;
use std::time::Instant;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let path = args.next().ok_or("give a board file")?;
    let n: usize = args.next().unwrap_or_else(|| "1000".into()).parse()?;
    let as_of = args.next().and_then(|d| boardkit::date::parse_date(&d));
    let text = std::fs::read_to_string(path)?;
    let doc: Value = serde_json::from_str(&text)?;
    let board = Board::open(&text)?;
    let empty = Board::open(r#"{"schema_version":2}"#)?;
    for (kind, list) in [
        (RecordKind::Action, "actions"),
        (RecordKind::Meeting, "meetings"),
    ] {
        let rec = doc[list]
            .as_array()
            .and_then(|v| v.last())
            .ok_or("no record")?;
        for (name, b) in [("board", &board), ("empty", &empty)] {
            let t = Instant::now();
            for _ in 0..n {
                std::hint::black_box(b.validate_record(kind, rec, as_of));
            }
            let us = t.elapsed().as_secs_f64() * 1e6 / n as f64;
            println!("{list} on {name}: {us:.1} µs");
        }
    }
    Ok(())
}
