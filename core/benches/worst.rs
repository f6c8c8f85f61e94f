//! Worst-shape benchmarks (no input may take minutes or gigabytes): hand-made documents a hostile or careless host
//! could send, each at a small size and at ten times it (every count x10), with the ratio
//! of the cost (the target is at most 11x per 10x: linear, or n log n).
//!
//! Two ways to measure, chosen by `WORST_METHOD`:
//! - `callgrind` (the default when `valgrind` is on the PATH): each size runs once in a
//!   child process under `valgrind --tool=callgrind`, collecting only inside the reading
//!   function and the operation function (`--toggle-collect`), and the cost is the number
//!   of instructions executed. Instruction counts are the same run after run whatever
//!   else the machine is doing, so their ratio is the algorithm's, not the load's (it
//!   does not see cache misses: a 10x document that no longer fits in cache runs a little
//!   slower per instruction).
//! - `time`: each size in a fresh child process, the fastest of up to 20 runs within 3 s
//!   (wall clock; noisy on a shared machine).
//!
//! Either way the child reports the peak heap its reading and operation needed over the
//! text already in memory, counted by a global allocator in this binary (exact, the same
//! whatever the load), and the peak resident set (`VmHWM` after a reset through
//! `/proc/self/clear_refs`, Linux; under valgrind it is valgrind's, so left out).
//!
//! `cargo bench -p boardkit --bench worst` (tests/bench.sh runs it); `-- <filter>` runs
//! the cases whose name contains the filter. Writes target/bench/worst.md. A case taking
//! longer than `WORST_TIMEOUT` seconds (600 unless set) is stopped.

mod synth;
mod worst_shapes;

use boardkit::action::{CarryForwardRequest, HistoryRequest, LogQueryRequest, LogRequest};
use boardkit::document::ValidateOptions;
use boardkit::form::ValidateRecordRequest;
use boardkit::report::AttendanceRequest;
use boardkit::risk::SummaryRequest;
use boardkit::BoardDocument;
use serde_json::{json, Value};
use std::alloc::{GlobalAlloc, Layout, System};
use std::hint::black_box;
use std::path::PathBuf;
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

const AS_OF: &str = "2017-06-30";

/// Counts the bytes allocated now and the most at any time since the last reset.
struct Counting;

static NOW: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

// A global allocator is an unsafe trait: the one unsafe code of the crate's tests.
#[allow(unsafe_code)]
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            let now = NOW.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
            PEAK.fetch_max(now, Ordering::Relaxed);
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        NOW.fetch_sub(layout.size(), Ordering::Relaxed);
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

/// (shape, operation, small size k, what the shape is at k = 1; the large size is 10k)
const CASES: &[(&str, &str, usize, &str)] = &[
    ("shared_initials", "validate", 1, "1,000 people with one set of initials, all members and attending; 20 presenters and 20 owners by those initials"),
    ("shared_initials", "log", 1, "the same, the action log"),
    ("shared_initials", "form", 1, "the same, one action owned by those initials checked as a form does, with the board as context"),
    ("attending_members", "validate", 1, "2,000 members, all attending one meeting"),
    ("deputies", "validate", 1, "2,000 members, 1,000 deputies for them at one meeting"),
    ("actions_one_meeting", "validate", 1, "5,000 actions raised at one meeting of 2,000 guests, each owned by a guest"),
    ("actions_one_meeting", "overdue", 1, "the same, the overdue query"),
    ("actions_one_meeting", "carry_forward", 1, "the same, carried forward"),
    ("partners", "validate", 1, "1,000 statutory partners in a composite formula (fixed sums + population), each with an additional contribution; two years"),
    ("group_owners", "validate", 1, "a body with 1,000 groups; 5,000 actions at one meeting, each owned by a group"),
    ("group_owners", "log", 1, "the same, the action log"),
    ("funding_decisions", "validate", 1, "the partners shape and 1,000 funding decisions, one from each partner, paying the board"),
    ("matters_arising", "validate", 1, "300 actions with one ref at one meeting, 300 matters arising with that ref at the next"),
    ("matters_arising", "overdue", 1, "the same, the overdue query"),
    ("matters_arising", "carry_forward", 1, "the same, carried forward from the later meeting"),
    ("matters_arising", "history", 1, "the same, one action's history"),
    ("arising_done", "validate", 1, "300 actions with one ref, 300 matters arising with that ref all saying completed, after the due date"),
    ("arising_done", "late_completions", 1, "the same, the actions completed late"),
    ("arising_done", "open_by_owner", 1, "the same, open actions by owner"),
    ("reporting_chain", "validate", 1, "3,000 bodies, each reporting to the next"),
    ("attendance_report", "report", 1, "3,000 members, each for a different organisation, 4 meetings all attended"),
    ("closed_parts", "validate", 1, "one meeting with 1,000 parts (every other one closed), 2,000 items each in a part, an action under each"),
    ("closed_parts", "public", 1, "the same, the public version"),
    ("sub_items", "validate", 1, "5,000 agenda items numbered four levels deep (5.1.1.1), every tenth confidential, an action under each"),
    ("sub_items", "public", 1, "the same, the public version"),
    ("many_risks", "validate", 1, "2,000 risks with 10 history entries each"),
    ("many_risks", "risk_summary", 1, "the same, the register's summary for a board paper"),
    ("red_unreviewed", "validate", 1, "5,000 red risks with no review date in a register that records no review dates, frequencies or limit"),
    ("long_history", "validate", 1, "10 risks with 2,000 history entries each"),
    ("long_history", "risk_summary", 1, "the same, the register's summary"),
    ("link_chains", "public", 1, "500 meetings in a row, each with a confidential item whose decision creates two actions named by the next meeting's matters arising, a risk and an acknowledgement, and a guest for that item only"),
    ("link_chains", "validate", 1, "the same, validated"),
    ("synth", "validate", 10, "the synthetic board of BENCHMARKS.md at 10x (ten years; 2,000 actions) and 100x"),
    ("synth", "overdue", 10, "the same, the overdue query"),
    ("synth", "report", 10, "the same, the attendance report of the board over the whole period"),
    ("synth", "public", 10, "the same, the public version"),
];

fn status_kb(field: &str) -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with(field))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// The as-of date of a shape at size k.
fn as_of(name: &str, k: usize) -> String {
    if name == "synth" {
        synth::as_of_str(k as u32)
    } else {
        AS_OF.to_string()
    }
}

fn date(s: &str) -> boardkit::date::Date {
    serde_json::from_value(json!(s)).expect("date")
}

/// The operation on a read document, its request built outside the measurement; returns
/// a count to keep the result alive.
fn prepare(name: &str, op: &str, k: usize, doc: BoardDocument) -> Box<dyn Fn() -> usize> {
    let as_of = as_of(name, k);
    match op {
        "validate" => {
            let opts: ValidateOptions =
                serde_json::from_value(json!({ "as_of": as_of })).expect("options");
            Box::new(move || doc.validate(&opts).findings.len())
        }
        "log" | "overdue" => {
            let req = LogRequest {
                document: doc,
                as_of: date(&as_of),
                amber_days: None,
            };
            if op == "log" {
                Box::new(move || {
                    boardkit::action::log(&req)
                        .map(|l| l.entries.len())
                        .unwrap_or(0)
                })
            } else {
                Box::new(move || {
                    boardkit::action::overdue(&req)
                        .map(|l| l.ids().len())
                        .unwrap_or(0)
                })
            }
        }
        "carry_forward" => {
            let m = if name == "matters_arising" {
                "m-2"
            } else {
                "m-1"
            };
            let req = CarryForwardRequest {
                document: doc,
                meeting: m.into(),
                as_of: date(&as_of),
            };
            Box::new(move || {
                boardkit::action::carry_forward(&req)
                    .map(|c| c.matters_arising.len())
                    .unwrap_or(0)
            })
        }
        "history" => {
            let req = HistoryRequest {
                document: doc,
                action: "a-0".into(),
            };
            Box::new(move || {
                boardkit::action::history(&req)
                    .map(|h| h.events.len())
                    .unwrap_or(0)
            })
        }
        "late_completions" | "open_by_owner" => {
            let req = LogQueryRequest {
                document: doc,
                as_of: date(&as_of),
            };
            if op == "late_completions" {
                Box::new(move || {
                    boardkit::action::late_completions(&req)
                        .map(|l| l.len())
                        .unwrap_or(0)
                })
            } else {
                Box::new(move || {
                    boardkit::action::open_by_owner(&req)
                        .map(|l| l.len())
                        .unwrap_or(0)
                })
            }
        }
        "public" => Box::new(move || doc.public_version().actions.len()),
        "form" => {
            let req: ValidateRecordRequest = serde_json::from_value(json!({
                "kind": "action",
                "record": {"id": "a-new", "ref": "1", "description": "New action", "raised_at": "m-1",
                           "owners": [{"initials": "JS"}], "due": "2017-03-31"},
                "as_of": as_of,
            }))
            .expect("request");
            let req = ValidateRecordRequest {
                context: Some(doc),
                ..req
            };
            Box::new(move || {
                boardkit::form::validate_record(&req)
                    .map(|r| r.findings.len())
                    .unwrap_or(0)
            })
        }
        "risk_summary" => {
            let Some(register) = doc.risk_register else {
                return Box::new(|| 0);
            };
            let req = SummaryRequest {
                review_days: None,
                body_review_days: Default::default(),
                register,
                as_of: date(&as_of),
                review_within_days: 30,
            };
            Box::new(move || {
                boardkit::risk::summary(&req)
                    .map(|s| s.above_threshold.len() + s.lines.len())
                    .unwrap_or(0)
            })
        }
        _ => {
            let (body, from) = if name == "synth" {
                ("b-lscb", "2016-04-01")
            } else {
                ("b", "2017-01-01")
            };
            let req: AttendanceRequest = serde_json::from_value(json!({
                "document": serde_json::to_value(&doc).expect("value"),
                "body": body, "from": from, "to": as_of,
            }))
            .expect("request");
            Box::new(move || {
                boardkit::report::attendance(&req)
                    .map(|r| r.agencies.len())
                    .unwrap_or(0)
            })
        }
    }
}

/// Reading, in a function of its own so callgrind can collect inside it alone.
#[inline(never)]
fn worst_measured_read(text: &str) -> BoardDocument {
    BoardDocument::from_json(text).expect("document")
}

/// The operation, in a function of its own so callgrind can collect inside it alone.
#[inline(never)]
fn worst_measured_op(f: &dyn Fn() -> usize) -> usize {
    black_box(f())
}

/// The child: read the text, then measure. `once`: one read and one run of the operation
/// (under callgrind); otherwise the fastest of up to 20 runs within 3 s.
fn child(name: &str, op: &str, k: usize, file: &str, once: bool) {
    let text = std::fs::read_to_string(file).expect("the shape's text");
    let baseline = status_kb("VmRSS:").unwrap_or(0);
    let _ = std::fs::write("/proc/self/clear_refs", "5");
    let heap_before = NOW.load(Ordering::Relaxed);
    PEAK.store(heap_before, Ordering::Relaxed);
    let t = Instant::now();
    let doc = worst_measured_read(&text);
    let parse = t.elapsed();
    let heap_doc = NOW.load(Ordering::Relaxed).saturating_sub(heap_before);
    let heap_read = PEAK.load(Ordering::Relaxed).saturating_sub(heap_before);
    let f = prepare(name, op, k, doc);
    // What the operation needs over what is held when it starts (the document, and its
    // request).
    let op_before = NOW.load(Ordering::Relaxed);
    PEAK.store(op_before, Ordering::Relaxed);
    let mut best = Duration::MAX;
    let mut total = Duration::ZERO;
    let mut out = 0;
    for _ in 0..if once { 1 } else { 20 } {
        let t = Instant::now();
        out = worst_measured_op(&*f);
        let e = t.elapsed();
        best = best.min(e);
        total += e;
        if total > Duration::from_secs(3) {
            break;
        }
    }
    let heap_op = PEAK.load(Ordering::Relaxed).saturating_sub(op_before);
    let heap = heap_read.max(op_before.saturating_sub(heap_before) + heap_op);
    let peak = status_kb("VmHWM:").unwrap_or(0);
    println!(
        "{{\"bytes\":{},\"parse_ms\":{:.3},\"op_ms\":{:.3},\"peak_over_kb\":{},\"heap_peak\":{heap},\"heap_doc\":{heap_doc},\"heap_read\":{heap_read},\"heap_op\":{heap_op},\"out\":{out}}}",
        text.len(),
        parse.as_secs_f64() * 1e3,
        best.as_secs_f64() * 1e3,
        peak.saturating_sub(baseline)
    );
}

/// One measured size of a case.
struct Run {
    bytes: f64,
    /// Reading: milliseconds (time) or instructions (callgrind).
    read: f64,
    /// The operation: milliseconds (time) or instructions (callgrind).
    op: f64,
    /// Peak resident set over the text, KiB (time only).
    rss_kb: Option<f64>,
    /// Peak heap over the text, bytes.
    heap: f64,
    /// Heap held by the read document; peak while reading; peak the operation added.
    heap_doc: f64,
    heap_read: f64,
    heap_op: f64,
}

fn field(line: &str, key: &str) -> f64 {
    let v: Value = serde_json::from_str(line).unwrap_or(Value::Null);
    v[key].as_f64().unwrap_or(f64::NAN)
}

/// Inclusive instructions of the functions whose name contains `name`, from
/// `callgrind_annotate --inclusive=yes`.
fn inclusive(annotated: &str, name: &str) -> f64 {
    annotated
        .lines()
        .filter(|l| l.contains(name) && !l.contains("toggle"))
        .filter_map(|l| {
            l.split_whitespace()
                .next()
                .and_then(|n| n.replace(',', "").parse::<f64>().ok())
        })
        .fold(f64::NAN, |a, b| if a.is_nan() { b } else { a.max(b) })
}

fn wait(mut c: std::process::Child, timeout: Duration) -> Option<std::process::Output> {
    let start = Instant::now();
    loop {
        if let Ok(Some(_)) = c.try_wait() {
            break;
        }
        if start.elapsed() > timeout {
            let _ = c.kill();
            let _ = c.wait();
            return None;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let out = c.wait_with_output().ok()?;
    out.status.success().then_some(out)
}

fn spawn(name: &str, op: &str, k: usize, grind: bool, timeout: Duration) -> Option<Run> {
    // The text is made here and read from a file by the child, so the child's memory
    // before reading is the text alone.
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target/bench");
    let _ = std::fs::create_dir_all(&dir);
    let file = dir.join("worst-input.json");
    let text = serde_json::to_string(&worst_shapes::shape(name, k)).expect("json");
    std::fs::write(&file, text).expect("write the shape");
    let exe = std::env::current_exe().expect("this binary");
    let ks = k.to_string();
    let child_args = [name, op, &ks, file.to_str().unwrap_or_default()];
    let grind_out = dir.join("worst-callgrind.out");
    let c = if grind {
        let _ = std::fs::remove_file(&grind_out);
        Command::new("valgrind")
            .arg("--tool=callgrind")
            .arg(format!("--callgrind-out-file={}", grind_out.display()))
            .arg("--collect-atstart=no")
            .arg("--toggle-collect=*worst_measured_read*")
            .arg("--toggle-collect=*worst_measured_op*")
            .arg(&exe)
            .arg("--child-once")
            .args(child_args)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::null())
            .spawn()
    } else {
        Command::new(&exe)
            .arg("--child")
            .args(child_args)
            .stdout(std::process::Stdio::piped())
            .spawn()
    }
    .expect("child");
    let out = wait(c, timeout)?;
    let line = String::from_utf8_lossy(&out.stdout).trim().to_string();
    let mut run = Run {
        bytes: field(&line, "bytes"),
        read: field(&line, "parse_ms"),
        op: field(&line, "op_ms"),
        rss_kb: Some(field(&line, "peak_over_kb")),
        heap: field(&line, "heap_peak"),
        heap_doc: field(&line, "heap_doc"),
        heap_read: field(&line, "heap_read"),
        heap_op: field(&line, "heap_op"),
    };
    if grind {
        let annotated = Command::new("callgrind_annotate")
            .arg("--inclusive=yes")
            .arg("--threshold=100")
            .arg(&grind_out)
            .output()
            .ok()?;
        let annotated = String::from_utf8_lossy(&annotated.stdout);
        run.read = inclusive(&annotated, "worst_measured_read");
        run.op = inclusive(&annotated, "worst_measured_op");
        run.rss_kb = None;
        let _ = std::fs::remove_file(&grind_out);
    }
    Some(run)
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let Some(i) = args.iter().position(|a| a == "--write-shape") {
        // For tests/bench/worst_profile.sh: write one shape's JSON text to a file.
        let get = |j: usize| args.get(i + j).cloned().unwrap_or_default();
        let text =
            serde_json::to_string(&worst_shapes::shape(&get(1), get(2).parse().unwrap_or(1)))
                .expect("json");
        std::fs::write(get(3), text).expect("write the shape");
        return;
    }
    for flag in ["--child", "--child-once"] {
        if let Some(i) = args.iter().position(|a| a == flag) {
            let get = |j: usize| args.get(i + j).cloned().unwrap_or_default();
            child(
                &get(1),
                &get(2),
                get(3).parse().unwrap_or(1),
                &get(4),
                flag == "--child-once",
            );
            return;
        }
    }
    let filter = args
        .iter()
        .skip(1)
        .find(|a| !a.starts_with('-'))
        .cloned()
        .unwrap_or_default();
    let timeout = Duration::from_secs(
        std::env::var("WORST_TIMEOUT")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(600),
    );
    let have_valgrind = Command::new("valgrind")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    let grind = match std::env::var("WORST_METHOD").as_deref() {
        Ok("time") => false,
        Ok("callgrind") => true,
        _ => have_valgrind,
    };
    let (method, unit) = if grind {
        ("instructions (callgrind)", "")
    } else {
        ("time, fastest run", " ms")
    };
    let mut table = format!(
        "method: {method}\n\n| shape | operation | sizes | small | 10x | ratio | reading 10x/small | 10x JSON | 10x peak heap over the text (x the text) | 10x: document held; reading peak; operation's own peak | peak heap 10x/small | 10x peak RSS over the text | met (≤ 11x) |\n|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n"
    );
    print!("{table}");
    let fmt = |v: f64| {
        if grind {
            format!("{:.1} M", v / 1e6)
        } else {
            format!("{v:.2}{unit}")
        }
    };
    for (name, op, k, _) in CASES {
        let case = format!("{name}/{op}");
        if !case.contains(&filter) {
            continue;
        }
        let one = spawn(name, op, *k, grind, timeout);
        let ten = spawn(name, op, k * 10, grind, timeout);
        let show = |r: &Option<Run>| match r {
            Some(r) => fmt(r.op),
            None => format!("> {} s or failed", timeout.as_secs()),
        };
        let (ratio, read, met) = match (&one, &ten) {
            (Some(a), Some(b)) => {
                let r = b.op / a.op;
                (
                    format!("{r:.1}x"),
                    format!("{:.1}x", b.read / a.read),
                    if r <= 11.0 { "met" } else { "**missed**" },
                )
            }
            _ => ("—".to_string(), "—".to_string(), "**missed**"),
        };
        let mib = |v: f64| format!("{:.1}", v / 1048576.0);
        let heap_ratio = match (&one, &ten) {
            (Some(a), Some(b)) => format!("{:.1}x", b.heap / a.heap),
            _ => "—".into(),
        };
        let parts = match &ten {
            Some(b) => format!(
                "{}; {}; {} MiB",
                mib(b.heap_doc),
                mib(b.heap_read),
                mib(b.heap_op)
            ),
            None => "—".into(),
        };
        let (size, heap, rss) = match &ten {
            Some(b) => (
                format!("{:.0} KB", b.bytes / 1e3),
                format!("{:.1} MiB ({:.1}x)", b.heap / 1048576.0, b.heap / b.bytes),
                match b.rss_kb {
                    Some(kb) => format!("{:.1} MiB ({:.1}x)", kb / 1024.0, kb * 1024.0 / b.bytes),
                    None => "—".into(),
                },
            ),
            None => ("—".into(), "—".into(), "—".into()),
        };
        let row = format!(
            "| {name} | {op} | {k}x, {}x | {} | {} | {ratio} | {read} | {size} | {heap} | {parts} | {heap_ratio} | {rss} | {met} |\n",
            k * 10,
            show(&one),
            show(&ten)
        );
        print!("{row}");
        table.push_str(&row);
    }
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target/bench");
    let _ = std::fs::create_dir_all(&dir);
    let _ = std::fs::write(dir.join("worst.md"), table);
}
