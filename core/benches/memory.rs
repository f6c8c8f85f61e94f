//! Peak memory of reading and validating the 100x synthetic board, against
//! serde_json reading the same text into a `Value`.
//!
//! Each measurement runs in a fresh child process (this binary re-run with `--child`):
//! the child reads the board's JSON text from a file, notes its resident set (VmRSS),
//! resets the peak (`/proc/self/clear_refs` = 5, Linux), does the work and reads the peak
//! resident set (VmHWM). "Peak over baseline" is the memory the work itself needed, the
//! text already in memory. Linux only; elsewhere it says so and does nothing.
//!
//! `cargo bench -p boardkit --bench memory` (tests/bench.sh runs it and keeps the result
//! in target/bench/memory.json).

mod synth;

use boardkit::document::ValidateOptions;
use boardkit::BoardDocument;
use std::path::PathBuf;
use std::process::Command;

const SCALE: u32 = 100;
const MODES: [&str; 3] = ["serde_value", "parse", "parse_validate"];

fn status_kb(field: &str) -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with(field))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn child(mode: &str, file: &str) {
    let text = std::fs::read_to_string(file).expect("board text");
    let options: ValidateOptions =
        serde_json::from_value(serde_json::json!({"as_of": synth::as_of_str(SCALE)}))
            .expect("options");
    let baseline = status_kb("VmRSS:").expect("VmRSS");
    std::fs::write("/proc/self/clear_refs", "5").expect("reset the peak resident set");
    let findings = match mode {
        "serde_value" => {
            let v: serde_json::Value = serde_json::from_str(&text).expect("json");
            std::hint::black_box(&v);
            0
        }
        "parse" => {
            let doc = BoardDocument::from_json(&text).expect("document");
            std::hint::black_box(&doc);
            0
        }
        _ => {
            let doc = BoardDocument::from_json(&text).expect("document");
            doc.validate(&options).findings.len()
        }
    };
    let peak = status_kb("VmHWM:").expect("VmHWM");
    println!(
        "{{\"mode\":\"{mode}\",\"text_bytes\":{},\"baseline_kb\":{baseline},\"peak_kb\":{peak},\"peak_over_baseline_kb\":{},\"findings\":{findings}}}",
        text.len(),
        peak.saturating_sub(baseline)
    );
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let Some(i) = args.iter().position(|a| a == "--child") {
        child(&args[i + 1], &args[i + 2]);
        return;
    }
    if status_kb("VmHWM:").is_none() || std::fs::write("/proc/self/clear_refs", "5").is_err() {
        println!("memory: /proc/self/status or clear_refs not available; not measured");
        return;
    }
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target/bench");
    std::fs::create_dir_all(&dir).expect("target/bench");
    let file = dir.join(format!("board-{SCALE}x.json"));
    std::fs::write(&file, synth::board_json(SCALE)).expect("write the board");
    let exe = std::env::current_exe().expect("this binary");
    let mut rows = Vec::new();
    for mode in MODES {
        let out = Command::new(&exe)
            .arg("--child")
            .arg(mode)
            .arg(&file)
            .output()
            .expect("child");
        let line = String::from_utf8_lossy(&out.stdout).trim().to_string();
        assert!(
            out.status.success(),
            "{mode}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        println!("memory {SCALE}x {line}");
        rows.push(line);
    }
    let json = format!("[{}]\n", rows.join(","));
    std::fs::write(dir.join("memory.json"), json).expect("memory.json");
    let _ = std::fs::remove_file(&file);
}
