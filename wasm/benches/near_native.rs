//! Native side of the wasm/native comparison: on the synthetic boards
//! at 1x, 10x and 100x, the median wall time of reading the text into a
//! `serde_json::Value`, reading it as a `BoardDocument`, reading and validating it, and
//! opening a `Board`. Writes the boards (target/bench/synth-{N}x.json) and the native
//! figures (target/bench/near-native.json) that `wasm/bench/near_native.mjs` compares the
//! wasm module against in the same run. Run by `wasm/bench/near_native.sh`.
//!
//!   cargo bench -p boardkit-wasm --bench near_native            # times, writes target/bench
//!   near_native-<hash> one OP SCALE                             # one run of OP, for callgrind
//!   near_native-<hash> write SCALE                              # only target/bench/synth-{N}x.json
//!
//! `one` runs OP (`value`, `read`, `read_validate`, `open`) once inside `measured`, which
//! is what `valgrind --tool=callgrind --toggle-collect='*near_native*measured*'` counts.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "../../core/benches/synth/mod.rs"]
mod synth;

use boardkit::document::ValidateOptions;
use boardkit::{Board, BoardDocument};
use serde_json::{json, Value};
use std::hint::black_box;
use std::time::Instant;

const OPS: [&str; 4] = ["value", "read", "read_validate", "open"];

fn options(scale: u32) -> ValidateOptions {
    serde_json::from_value(json!({"as_of": synth::as_of_str(scale)})).expect("options")
}

/// One operation on the text: what callgrind counts.
#[inline(never)]
fn measured(op: &str, text: &str, options: &ValidateOptions) {
    match op {
        "value" => {
            black_box(serde_json::from_str::<Value>(black_box(text)).expect("json"));
        }
        "read" => {
            black_box(BoardDocument::from_json(black_box(text)).expect("doc"));
        }
        "read_validate" => {
            let doc = BoardDocument::from_json(black_box(text)).expect("doc");
            black_box(doc.validate(options));
        }
        "open" => {
            black_box(Board::open(black_box(text)).expect("board"));
        }
        _ => panic!("unknown operation {op}: one of {OPS:?}"),
    }
}

fn median_ms(n: usize, mut f: impl FnMut()) -> f64 {
    f();
    let mut xs: Vec<f64> = (0..n)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed().as_secs_f64() * 1e3
        })
        .collect();
    xs.sort_by(|a, b| a.total_cmp(b));
    xs[xs.len() / 2]
}

fn main() {
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| a != "--bench")
        .collect();
    if args.first().map(String::as_str) == Some("one") {
        let op = args.get(1).expect("OP");
        let scale: u32 = args.get(2).expect("SCALE").parse().expect("scale");
        let text = synth::board_json(scale);
        let options = options(scale);
        measured(op, &text, &options);
        return;
    }
    let out_dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/bench");
    std::fs::create_dir_all(&out_dir).expect("target/bench");
    if args.first().map(String::as_str) == Some("write") {
        // A larger board for the Node side alone (wasm/bench/near_native.mjs --scale N).
        let scale: u32 = args.get(1).expect("SCALE").parse().expect("scale");
        let file = out_dir.join(format!("synth-{scale}x.json"));
        std::fs::write(&file, synth::board_json(scale)).expect("write");
        println!("{}", file.display());
        return;
    }
    let mut results = serde_json::Map::new();
    for scale in [1u32, 10, 100] {
        let text = synth::board_json(scale);
        std::fs::write(out_dir.join(format!("synth-{scale}x.json")), &text).expect("write");
        let options = options(scale);
        let n = match scale {
            1 => 31,
            10 => 9,
            _ => 3,
        };
        let mut row = serde_json::Map::new();
        row.insert("bytes".into(), json!(text.len()));
        row.insert("as_of".into(), json!(synth::as_of_str(scale)));
        let mut line = format!("native {scale:>3}x");
        for op in OPS {
            let ms = median_ms(n, || measured(op, &text, &options));
            row.insert(format!("{op}_ms"), json!(ms));
            line.push_str(&format!("  {op} {ms:.2} ms"));
        }
        println!("{line}");
        results.insert(format!("{scale}x"), Value::Object(row));
    }
    std::fs::write(
        out_dir.join("near-native.json"),
        serde_json::to_string_pretty(&Value::Object(results)).expect("json"),
    )
    .expect("write");
}
