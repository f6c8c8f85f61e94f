//! Issue 25 bench shapes: loaded-board edits (inserts, replaces, removals), `action::flow_matters_arising`, and a
//! loaded-board check of a meeting with many attendees, each at a size and at ten times
//! it, timed in one run (wall clock, the fastest of a few runs; noisy on a shared
//! machine: read the ratio, not the times).
//!
//! `cargo bench -p boardkit --bench edits` (add `-- quick` for one run of each size).
//! The target is at most 10x (edits) or 11x (the others) per 10x.

use boardkit::action::carry::{flow_matters_arising, FlowRequest};
use boardkit::form::RecordKind;
use boardkit::{Board, BoardDocument};
use serde_json::{json, Value};
use std::hint::black_box;
use std::time::{Duration, Instant};

fn base() -> Value {
    json!({
        "schema_version": boardkit::SCHEMA_VERSION,
        "organisations": [{"id": "o-1", "name": "Council", "sector": "local_authority"}],
        "people": [{"id": "p-1", "name": "Alex Carter", "organisation": "o-1"}],
        "bodies": [{"id": "b-1", "name": "Board", "kind": "safeguarding_children_partnership",
                    "members": [{"person": "p-1", "category": "statutory",
                                 "role": "independent_chair"}]}],
        "meetings": [{"id": "m-0", "body": "b-1", "title": "Board", "date": "2016-01-07",
                      "status": "held", "attendance": [{"person": "p-1", "status": "present"}]}],
    })
}

/// Stop with the error (the bench's own data is wrong).
fn fail(e: boardkit::Error) -> ! {
    eprintln!("bench data refused: {} at {}: {e}", e.code(), e.path());
    std::process::exit(1)
}

fn day(n: usize) -> String {
    let d = chrono::NaiveDate::from_ymd_opt(2016, 1, 8).unwrap_or_default()
        + chrono::Days::new((n / 4) as u64);
    d.format("%Y-%m-%d").to_string()
}

/// `n` actions inserted one by one into a loaded board.
/// A shape at a size, ready to run.
type Run = Box<dyn FnMut()>;

fn edits(n: usize) -> Run {
    let text = base().to_string();
    let actions: Vec<Value> = (0..n)
        .map(|i| {
            json!({"id": format!("a-{i}"), "description": "Send the audit report",
                   "raised_at": "m-0", "ref": format!("{i}"),
                   "owners": [{"person": "p-1"}], "due": "2016-03-01"})
        })
        .collect();
    Box::new(move || {
        let mut board = Board::open(&text).unwrap_or_else(|e| fail(e));
        for a in &actions {
            if let Err(e) = board.insert(RecordKind::Action, a) {
                fail(e);
            }
        }
        black_box(board.document().actions.len());
    })
}

/// A loaded board of `n` actions, opened once outside the count; then `edit` runs.
fn loaded(n: usize) -> (Board, Vec<Value>) {
    let mut v = base();
    let actions: Vec<Value> = (0..n)
        .map(|i| {
            json!({"id": format!("a-{i}"), "description": "Send the audit report",
                   "raised_at": "m-0", "ref": format!("{i}"), "status": "open",
                   "owners": [{"person": "p-1"}], "due": "2016-03-01"})
        })
        .collect();
    v["actions"] = Value::Array(actions.clone());
    (
        Board::open(&v.to_string()).unwrap_or_else(|e| fail(e)),
        actions,
    )
}

/// Every action of a loaded board of `n` replaced, one by one (each with a new ref and
/// due date, so its look-ups change).
fn replaces(n: usize) -> Run {
    let (board, actions) = loaded(n);
    let changed: Vec<Value> = actions
        .into_iter()
        .enumerate()
        .map(|(i, mut a)| {
            a["ref"] = json!(format!("r{i}"));
            a["due"] = json!("2016-04-01");
            a
        })
        .collect();
    Box::new(move || {
        let mut board = board.clone();
        for a in &changed {
            if let Err(e) = board.replace(RecordKind::Action, a) {
                fail(e);
            }
        }
        black_box(board.document().actions.len());
    })
}

/// Every action of a loaded board of `n` removed, one by one, in the order `order` puts
/// their ids (given in the document's order).
fn removes_in(n: usize, order: fn(&mut Vec<String>)) -> Run {
    let (board, actions) = loaded(n);
    let mut ids: Vec<String> = actions
        .iter()
        .filter_map(|a| a["id"].as_str().map(String::from))
        .collect();
    order(&mut ids);
    Box::new(move || {
        let mut board = board.clone();
        for id in &ids {
            if let Err(e) = board.remove(RecordKind::Action, id) {
                fail(e);
            }
        }
        black_box(board.document().actions.len());
    })
}

/// The last first: the document's own list then moves nothing.
fn removes(n: usize) -> Run {
    removes_in(n, |ids| ids.reverse())
}

/// The first first: each removal moves every record after it in the document's list
/// (the look-ups hold keys that do not move).
fn removes_first_first(n: usize) -> Run {
    removes_in(n, |_| {})
}

/// From the middle out: the middle one, then its neighbours alternately.
fn removes_middle_first(n: usize) -> Run {
    removes_in(n, |ids| {
        let mid = ids.len() / 2;
        let (left, right) = ids.split_at(mid);
        let mut out = Vec::with_capacity(left.len() + right.len());
        let (mut l, mut r) = (left.iter().rev(), right.iter());
        loop {
            match (r.next(), l.next()) {
                (None, None) => break,
                (a, b) => out.extend(a.into_iter().chain(b).cloned()),
            }
        }
        *ids = out;
    })
}

/// One action with `n` history entries and `n` meetings whose matters arising note it.
fn flow(n: usize) -> Run {
    let mut v = base();
    let history: Vec<Value> = (0..n)
        .map(|i| json!({"date": day(n - i), "status": "in_progress"}))
        .collect();
    v["actions"] = json!([{"id": "a-1", "ref": "1", "description": "Audit", "raised_at": "m-0",
                           "owners": [{"person": "p-1"}], "history": history}]);
    let meetings = v["meetings"]
        .as_array_mut()
        .map(std::mem::take)
        .unwrap_or_default();
    let mut all = meetings;
    all.extend((0..n).map(|i| {
        json!({"id": format!("m-{}", i + 1), "body": "b-1", "title": "Board", "date": day(i),
               "status": "held",
               "matters_arising": [{"action": "a-1", "status": "completed"}]})
    }));
    v["meetings"] = Value::Array(all);
    let req = FlowRequest {
        document: boardkit::read::from_value_ref::<BoardDocument>(&v).unwrap_or_else(|e| fail(e)),
    };
    // The JSON the document was read from lives as long as the run: dropped here, its
    // small blocks would wait in the allocator's free lists and be merged (glibc's
    // `malloc_consolidate`) at the operation's first large allocation, counted as the
    // operation's work (at 30,000 about 40 M instructions, most of the excess over 10x).
    Box::new(move || {
        black_box(&v);
        black_box(
            flow_matters_arising(&req)
                .map(|r| r.added)
                .unwrap_or_default(),
        );
    })
}

/// A meeting of `n` attendees checked against a loaded board that has them as people.
fn attendees(n: usize) -> Run {
    let mut v = base();
    let people: Vec<Value> = (0..n)
        .map(|i| json!({"id": format!("p-{i}"), "name": format!("Person {i}"), "organisation": "o-1"}))
        .collect();
    v["people"] = Value::Array(people);
    let board = Board::open(&v.to_string()).unwrap_or_else(|e| fail(e));
    let meeting = json!({"id": "m-9", "body": "b-1", "title": "Board", "date": "2016-02-04",
        "status": "held",
        "attendance": (0..n).map(|i| json!({"person": format!("p-{i}"), "status": "present"}))
            .collect::<Vec<_>>()});
    Box::new(move || {
        black_box(board.validate_record(RecordKind::Meeting, &meeting, None));
    })
}

/// The fastest of up to `runs` runs (at most about 20 s in all).
fn fastest(mut f: Run, runs: usize) -> Duration {
    let started = Instant::now();
    let mut best = Duration::MAX;
    for _ in 0..runs {
        let t = Instant::now();
        f();
        best = best.min(t.elapsed());
        if started.elapsed() > Duration::from_secs(20) {
            break;
        }
    }
    best
}

type Shape = (
    &'static str,
    fn(usize) -> Box<dyn FnMut()>,
    &'static [usize],
);

fn main() {
    // `one <shape number> <n>`: that shape at that size, once, for a counter of
    // instructions (`valgrind --tool=callgrind`, `perf stat`) to compare sizes by.
    let args: Vec<String> = std::env::args().collect();
    if let Some(k) = args.iter().position(|a| a == "one") {
        let arg = |i: usize| args.get(k + i).and_then(|a| a.parse::<usize>().ok());
        if let (Some(shape), Some(n)) = (arg(1), arg(2)) {
            let makers: [fn(usize) -> Run; 7] = [
                edits,
                flow,
                attendees,
                replaces,
                removes,
                removes_first_first,
                removes_middle_first,
            ];
            if let Some(make) = makers.get(shape) {
                make(n)();
                return;
            }
        }
    }
    let quick = args.iter().any(|a| a == "quick");
    let runs = if quick { 1 } else { 5 };
    let shapes: &[Shape] = &[
        (
            "action inserts into a loaded board",
            edits,
            &[1_000, 10_000],
        ),
        (
            "flow_matters_arising: one action, n history entries, n meetings",
            flow,
            &[3_000, 30_000, 100_000],
        ),
        (
            "loaded-board check of a meeting of n attendees",
            attendees,
            &[2_000, 20_000],
        ),
        (
            "action replaces in a loaded board",
            replaces,
            &[1_000, 10_000],
        ),
        (
            "action removals from a loaded board, the last first",
            removes,
            &[1_000, 10_000],
        ),
        (
            "action removals from a loaded board, the first first",
            removes_first_first,
            &[1_000, 10_000],
        ),
        (
            "action removals from a loaded board, from the middle out",
            removes_middle_first,
            &[1_000, 10_000],
        ),
    ];
    println!("| shape | n | time | ratio to the size before |");
    println!("|---|---:|---:|---:|");
    for (name, make, sizes) in shapes {
        let mut before: Option<(usize, Duration)> = None;
        for &n in *sizes {
            let t = fastest(make(n), runs);
            let ratio = before.map_or(String::from("-"), |(m, b)| {
                format!("{:.1}x for {}x", t.as_secs_f64() / b.as_secs_f64(), n / m)
            });
            println!(
                "| {name} | {n} | {:.1} ms | {ratio} |",
                t.as_secs_f64() * 1e3
            );
            before = Some((n, t));
        }
    }
}
