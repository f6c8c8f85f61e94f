//! Worst-shape benchmarks (issue 13): hand-made documents a hostile or careless host
//! could send, each at 1x and 10x, with the time ratio (the target is at most 11x per
//! 10x: linear, or n log n). Each case runs in a fresh child process (this binary re-run
//! with `--child`), so one that takes too long is stopped after `WORST_TIMEOUT` seconds
//! (60 unless set) and its peak memory is its own.
//!
//! This process builds the document and writes its JSON text to a file; the child reads
//! it (not timed), notes its resident set, resets the peak (`/proc/self/clear_refs`, Linux), reads the text into a
//! document (timed: "parse"), runs the operation (timed: the fastest of up to 20 runs
//! while they take under 3 s in all) and reads the peak resident set (VmHWM): "peak" is
//! what reading and the operation needed over the text already in memory.
//!
//! `cargo bench -p boardkit --bench worst` (tests/bench.sh runs it); `-- <filter>` runs
//! the cases whose name contains the filter. Writes target/bench/worst.md.

use boardkit::action::{CarryForwardRequest, HistoryRequest, LogRequest};
use boardkit::document::ValidateOptions;
use boardkit::report::AttendanceRequest;
use boardkit::BoardDocument;
use serde_json::{json, Value};
use std::hint::black_box;
use std::path::PathBuf;
use std::process::Command;
use std::time::{Duration, Instant};

const AS_OF: &str = "2017-06-30";

/// (shape, operation, what the 1x shape is; 10x multiplies every count by 10)
const CASES: &[(&str, &str, &str)] = &[
    ("shared_initials", "validate", "1,000 people with one set of initials, all members and attending; 20 presenters and 20 owners by those initials"),
    ("shared_initials", "log", "the same, the action log"),
    ("attending_members", "validate", "2,000 members, all attending one meeting"),
    ("deputies", "validate", "2,000 members, 1,000 deputies for them at one meeting"),
    ("actions_one_meeting", "validate", "5,000 actions raised at one meeting of 2,000 guests, each owned by a guest"),
    ("actions_one_meeting", "overdue", "the same, the overdue query"),
    ("actions_one_meeting", "carry_forward", "the same, carried forward"),
    ("partners", "validate", "1,000 statutory partners in a composite formula (fixed sums + population), each with an additional contribution; two years"),
    ("matters_arising", "validate", "300 actions with one ref at one meeting, 300 matters arising with that ref at the next"),
    ("matters_arising", "overdue", "the same, the overdue query"),
    ("matters_arising", "carry_forward", "the same, carried forward from the later meeting"),
    ("matters_arising", "history", "the same, one action's history"),
    ("reporting_chain", "validate", "3,000 bodies, each reporting to the next"),
    ("attendance_report", "report", "3,000 members, each for a different organisation, 4 meetings all attended"),
];

fn person(i: usize, initials: &str) -> Value {
    json!({"id": format!("p-{i}"), "name": format!("Person {i}"), "initials": initials})
}

fn member(i: usize) -> Value {
    json!({"person": format!("p-{i}"), "category": "statutory"})
}

fn body(id: &str, members: Vec<Value>) -> Value {
    json!({"id": id, "name": "Board", "kind": "board", "members": members})
}

fn meeting(id: &str, date: &str, attendance: Vec<Value>) -> Value {
    json!({"id": id, "body": "b", "title": "Board meeting", "date": date, "status": "held",
           "attendance": attendance})
}

fn document(
    people: Vec<Value>,
    bodies: Vec<Value>,
    meetings: Vec<Value>,
    actions: Vec<Value>,
) -> Value {
    json!({"schema_version": 1, "people": people, "bodies": bodies, "meetings": meetings,
           "actions": actions})
}

fn action(i: usize, reference: &str, meeting: &str, owners: Vec<Value>) -> Value {
    json!({"id": format!("a-{i}"), "ref": reference, "description": format!("Action {i}"),
           "raised_at": meeting, "owners": owners, "due": "2017-03-31"})
}

fn shape(name: &str, k: usize) -> Value {
    match name {
        "shared_initials" => {
            let n = 1_000 * k;
            let refs = 20 * k;
            let people: Vec<Value> = (0..n).map(|i| person(i, "JS")).collect();
            let att: Vec<Value> = (0..n)
                .map(|i| json!({"person": format!("p-{i}"), "status": "present"}))
                .collect();
            let mut m1 = meeting("m-1", "2017-01-10", att);
            m1["agenda"] = (0..refs)
                .map(|i| json!({"number": format!("{}", i + 1), "title": "Item", "presenters": [{"initials": "JS"}]}))
                .collect();
            // A second meeting without an attendance list: initials resolve against
            // the membership.
            let m2 = meeting("m-2", "2017-02-10", vec![]);
            let actions = (0..refs)
                .map(|i| {
                    let m = if i % 2 == 0 { "m-1" } else { "m-2" };
                    action(i, &format!("{}", i + 1), m, vec![json!({"initials": "JS"})])
                })
                .collect();
            document(
                people,
                vec![body("b", (0..n).map(member).collect())],
                vec![m1, m2],
                actions,
            )
        }
        "attending_members" => {
            let n = 2_000 * k;
            let att = (0..n)
                .map(|i| json!({"person": format!("p-{i}"), "status": "present"}))
                .collect();
            document(
                (0..n).map(|i| person(i, "AB")).collect(),
                vec![body("b", (0..n).map(member).collect())],
                vec![meeting("m-1", "2017-01-10", att)],
                vec![],
            )
        }
        "deputies" => {
            let n = 2_000 * k;
            let d = n / 2;
            let mut members: Vec<Value> = (0..n).map(member).collect();
            for m in &mut members {
                m["may_send_deputy"] = json!(true);
            }
            let mut att: Vec<Value> = (0..d)
                .map(|i| json!({"person": format!("p-{}", n + i), "status": "deputy", "deputy_for": format!("p-{}", n - 1 - i)}))
                .collect();
            att.extend(
                (0..n - d).map(|i| json!({"person": format!("p-{i}"), "status": "present"})),
            );
            document(
                (0..n + d).map(|i| person(i, "AB")).collect(),
                vec![body("b", members)],
                vec![meeting("m-1", "2017-01-10", att)],
                vec![],
            )
        }
        "actions_one_meeting" => {
            let n = 5_000 * k;
            let g = 2_000 * k;
            let att = (0..g)
                .map(|i| json!({"person": format!("p-{i}"), "status": "in_attendance"}))
                .collect();
            let actions = (0..n)
                .map(|i| {
                    let owner = json!({"person": format!("p-{}", g - 1 - (i % g))});
                    action(
                        i,
                        &format!("{}.{}", 5 + i / 100, 1 + i % 100),
                        "m-1",
                        vec![owner],
                    )
                })
                .collect();
            document(
                (0..g).map(|i| person(i, "AB")).collect(),
                vec![body("b", vec![])],
                vec![
                    meeting("m-1", "2017-01-10", att),
                    meeting("m-2", "2017-03-10", vec![]),
                ],
                actions,
            )
        }
        "partners" => {
            let n = 1_000 * k;
            let orgs: Vec<Value> = (0..n)
                .map(|i| json!({"id": format!("o-{i}"), "name": format!("Agency {i}"), "sector": "health", "statutory_partner": true}))
                .collect();
            let half = n / 2;
            let budget = |year: &str| {
                json!({
                    "year": year, "body": "b", "baseline": 100_000_000,
                    "formula": {"kind": "composite",
                        "fixed": (0..half).map(|i| json!({"organisation": format!("o-{i}"), "amount": 10_000})).collect::<Vec<_>>(),
                        "remainder": {"kind": "population",
                            "populations": (half..n).map(|i| json!({"organisation": format!("o-{i}"), "population": 1_000 + i})).collect::<Vec<_>>()}},
                    "additional": (0..n).map(|i| json!({"organisation": format!("o-{i}"), "amount": 100, "description": "Extra"})).collect::<Vec<_>>(),
                })
            };
            let mut d = document(vec![], vec![body("b", vec![])], vec![], vec![]);
            d["organisations"] = json!(orgs);
            d["budgets"] = json!([budget("2015/16"), budget("2016/17")]);
            d
        }
        "matters_arising" => {
            let n = 300 * k;
            let actions = (0..n).map(|i| action(i, "5.1", "m-1", vec![])).collect();
            let mut m2 = meeting("m-2", "2017-03-10", vec![]);
            m2["matters_arising"] = (0..n)
                .map(|i| json!({"action_ref": "5.1", "status": "in_progress", "note": format!("Update {i}")}))
                .collect();
            document(
                vec![],
                vec![body("b", vec![])],
                vec![meeting("m-1", "2017-01-10", vec![]), m2],
                actions,
            )
        }
        "reporting_chain" => {
            let n = 3_000 * k;
            let bodies = (0..n)
                .map(|i| {
                    let mut b = body(&format!("b-{i}"), vec![]);
                    if i + 1 < n {
                        b["reports_to"] = json!([format!("b-{}", i + 1)]);
                    }
                    b
                })
                .collect();
            document(vec![], bodies, vec![], vec![])
        }
        "attendance_report" => {
            let n = 3_000 * k;
            let orgs: Vec<Value> = (0..n)
                .map(|i| json!({"id": format!("o-{i}"), "name": format!("Agency {i}"), "sector": "health"}))
                .collect();
            let members = (0..n)
                .map(|i| json!({"person": format!("p-{i}"), "organisation": format!("o-{i}"), "category": "statutory"}))
                .collect();
            let meetings = (1..=4)
                .map(|mo| {
                    let att = (0..n)
                        .map(|i| json!({"person": format!("p-{i}"), "status": "present"}))
                        .collect();
                    meeting(&format!("m-{mo}"), &format!("2017-0{mo}-10"), att)
                })
                .collect();
            let mut d = document(
                (0..n).map(|i| person(i, "AB")).collect(),
                vec![body("b", members)],
                meetings,
                vec![],
            );
            d["organisations"] = json!(orgs);
            d
        }
        _ => Value::Null,
    }
}

fn status_kb(field: &str) -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with(field))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn date() -> boardkit::date::Date {
    serde_json::from_value(json!(AS_OF)).expect("date")
}

/// The operation on a read document, its request built outside the timing; returns a
/// count to keep the result alive.
fn prepare(name: &str, op: &str, doc: BoardDocument) -> Box<dyn Fn() -> usize> {
    match op {
        "validate" => {
            let opts: ValidateOptions =
                serde_json::from_value(json!({"as_of": AS_OF})).expect("options");
            Box::new(move || doc.validate(&opts).findings.len())
        }
        "log" | "overdue" => {
            let req = LogRequest {
                document: doc,
                as_of: date(),
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
                as_of: date(),
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
        _ => {
            let req: AttendanceRequest = serde_json::from_value(json!({
                "document": serde_json::to_value(&doc).expect("value"),
                "body": "b", "from": "2017-01-01", "to": AS_OF,
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

fn child(name: &str, op: &str, file: &str) {
    let text = std::fs::read_to_string(file).expect("the shape's text");
    let baseline = status_kb("VmRSS:").unwrap_or(0);
    let _ = std::fs::write("/proc/self/clear_refs", "5");
    let t = Instant::now();
    let doc = BoardDocument::from_json(&text).expect("document");
    let parse = t.elapsed();
    let f = prepare(name, op, doc);
    let mut best = Duration::MAX;
    let mut total = Duration::ZERO;
    let mut out = 0;
    for _ in 0..20 {
        let t = Instant::now();
        out = black_box(f());
        let e = t.elapsed();
        best = best.min(e);
        total += e;
        if total > Duration::from_secs(3) {
            break;
        }
    }
    let peak = status_kb("VmHWM:").unwrap_or(0);
    println!(
        "{{\"bytes\":{},\"parse_ms\":{:.3},\"op_ms\":{:.3},\"peak_over_kb\":{},\"out\":{out}}}",
        text.len(),
        parse.as_secs_f64() * 1e3,
        best.as_secs_f64() * 1e3,
        peak.saturating_sub(baseline)
    );
}

struct Run {
    bytes: f64,
    parse_ms: f64,
    op_ms: f64,
    peak_kb: f64,
}

fn field(line: &str, key: &str) -> f64 {
    let v: Value = serde_json::from_str(line).unwrap_or(Value::Null);
    v[key].as_f64().unwrap_or(f64::NAN)
}

fn spawn(name: &str, op: &str, k: usize, timeout: Duration) -> Option<Run> {
    // The text is made here and read from a file by the child, so the child's memory
    // before reading is the text alone.
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target/bench");
    let _ = std::fs::create_dir_all(&dir);
    let file = dir.join("worst-input.json");
    let text = serde_json::to_string(&shape(name, k)).expect("json");
    std::fs::write(&file, text).expect("write the shape");
    let exe = std::env::current_exe().expect("this binary");
    let mut c = Command::new(exe)
        .arg("--child")
        .arg(name)
        .arg(op)
        .arg(&file)
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("child");
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
    let out = c.wait_with_output().expect("output");
    let line = String::from_utf8_lossy(&out.stdout).trim().to_string();
    if !out.status.success() {
        return None;
    }
    Some(Run {
        bytes: field(&line, "bytes"),
        parse_ms: field(&line, "parse_ms"),
        op_ms: field(&line, "op_ms"),
        peak_kb: field(&line, "peak_over_kb"),
    })
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let Some(i) = args.iter().position(|a| a == "--child") {
        child(&args[i + 1], &args[i + 2], &args[i + 3]);
        return;
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
            .unwrap_or(60),
    );
    let mut table = String::from(
        "| shape | operation | 1x | 10x | ratio | reading the text, 10x/1x (reference) | 10x JSON | 10x peak over text | met (≤ 11x) |\n|---|---|---:|---:|---:|---:|---:|---:|---|\n",
    );
    println!("{}", table.trim_end());
    for (name, op, _) in CASES {
        let case = format!("{name}/{op}");
        if !case.contains(&filter) {
            continue;
        }
        let one = spawn(name, op, 1, timeout);
        let ten = spawn(name, op, 10, timeout);
        let ms = |r: &Option<Run>| match r {
            Some(r) => format!("{:.2} ms", r.op_ms),
            None => format!("> {} s (stopped)", timeout.as_secs()),
        };
        let (ratio, parse, met) = match (&one, &ten) {
            (Some(a), Some(b)) => {
                let r = b.op_ms / a.op_ms;
                (
                    format!("{r:.1}x"),
                    format!("{:.1}x", b.parse_ms / a.parse_ms),
                    if r <= 11.0 { "met" } else { "**missed**" },
                )
            }
            _ => ("—".to_string(), "—".to_string(), "**missed**"),
        };
        let (size, peak) = match &ten {
            Some(b) => (
                format!("{:.0} KB", b.bytes / 1e3),
                format!(
                    "{:.1} MiB ({:.1}x the text)",
                    b.peak_kb / 1024.0,
                    b.peak_kb * 1024.0 / b.bytes
                ),
            ),
            None => ("—".into(), "—".into()),
        };
        let row = format!(
            "| {name} | {op} | {} | {} | {ratio} | {parse} | {size} | {peak} | {met} |\n",
            ms(&one),
            ms(&ten)
        );
        print!("{row}");
        table.push_str(&row);
    }
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target/bench");
    let _ = std::fs::create_dir_all(&dir);
    let _ = std::fs::write(dir.join("worst.md"), table);
}
