//! Criterion benchmarks of what a board's business unit feels: reading and
//! validating a whole board against serde_json reading the same text into a `Value`,
//! the overdue actions query, the attendance report, and the funding calculator, on the
//! synthetic boards of `synth` at 1x (one year), 10x and 100x.
//!
//! Run with `tests/bench.sh` (which prints the ratios) or
//! `cargo bench -p boardkit --bench board`. Never part of `cargo test`.

mod synth;

use boardkit::action::LogRequest;
use boardkit::budget::ApportionRequest;
use boardkit::document::ValidateOptions;
use boardkit::report::AttendanceRequest;
use boardkit::BoardDocument;
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use serde_json::json;
use std::hint::black_box;
use std::time::Duration;

const SCALES: [u32; 3] = [1, 10, 100];

fn label(scale: u32) -> String {
    format!("{scale}x")
}

fn options(scale: u32) -> ValidateOptions {
    serde_json::from_value(json!({"as_of": synth::as_of_str(scale)})).expect("options")
}

/// Whole board: `BoardDocument::from_json` + `validate` against `serde_json::from_str`
/// into a `Value`, and the parse alone (to tell parsing from rule checking).
fn whole_board(c: &mut Criterion) {
    let mut g = c.benchmark_group("whole_board");
    for scale in SCALES {
        let text = synth::board_json(scale);
        let opts = options(scale);
        if scale == 100 {
            g.sample_size(10);
        }
        g.bench_with_input(
            BenchmarkId::new("serde_value", label(scale)),
            &text,
            |b, t| {
                b.iter(|| serde_json::from_str::<serde_json::Value>(black_box(t)).expect("json"))
            },
        );
        g.bench_with_input(BenchmarkId::new("parse", label(scale)), &text, |b, t| {
            b.iter(|| BoardDocument::from_json(black_box(t)).expect("document"))
        });
        g.bench_with_input(
            BenchmarkId::new("parse_validate", label(scale)),
            &text,
            |b, t| {
                b.iter(|| {
                    let doc = BoardDocument::from_json(black_box(t)).expect("document");
                    doc.validate(&opts)
                })
            },
        );
        let doc = BoardDocument::from_json(&text).expect("document");
        g.bench_with_input(BenchmarkId::new("validate", label(scale)), &doc, |b, d| {
            b.iter(|| black_box(d).validate(&opts))
        });
    }
    g.finish();
}

/// The action log's overdue query (`action::overdue`) on an already-read document.
fn overdue(c: &mut Criterion) {
    let mut g = c.benchmark_group("overdue");
    for scale in SCALES {
        let req = LogRequest {
            document: BoardDocument::from_json(&synth::board_json(scale)).expect("document"),
            as_of: serde_json::from_value(json!(synth::as_of_str(scale))).expect("date"),
            amber_days: None,
        };
        if scale == 100 {
            g.sample_size(10);
        }
        g.bench_with_input(BenchmarkId::from_parameter(label(scale)), &req, |b, r| {
            b.iter(|| boardkit::action::overdue(black_box(r)).expect("overdue"))
        });
    }
    g.finish();
}

/// The attendance report of the board over the whole period (`report::attendance`).
fn attendance(c: &mut Criterion) {
    let mut g = c.benchmark_group("attendance");
    for scale in SCALES {
        let req: AttendanceRequest = serde_json::from_value(json!({
            "document": synth::board(scale),
            "body": "b-lscb",
            "from": "2016-04-01",
            "to": synth::as_of_str(scale),
        }))
        .expect("request");
        if scale == 100 {
            g.sample_size(10);
        }
        g.bench_with_input(BenchmarkId::from_parameter(label(scale)), &req, |b, r| {
            b.iter(|| boardkit::report::attendance(black_box(r)).expect("report"))
        });
    }
    g.finish();
}

/// The funding calculator (`budget::apportion`): a population formula sharing £1.2m
/// across 10 and 10,000 partners.
fn apportion(c: &mut Criterion) {
    let mut g = c.benchmark_group("apportion");
    for partners in [10u64, 10_000] {
        let mut rng = synth::Rng::new(partners);
        let populations: Vec<_> = (0..partners)
            .map(|i| json!({"organisation": format!("o-{i:05}"), "population": 1_000 + rng.below(90_000)}))
            .collect();
        let req: ApportionRequest = serde_json::from_value(json!({
            "formula": {"kind": "population", "populations": populations},
            "total": 120_000_000,
        }))
        .expect("request");
        g.bench_with_input(BenchmarkId::from_parameter(partners), &req, |b, r| {
            b.iter(|| boardkit::budget::apportion(black_box(r)).expect("shares"))
        });
    }
    g.finish();
}

fn config() -> Criterion {
    Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3))
        .sample_size(20)
}

criterion_group! {
    name = benches;
    config = config();
    targets = whole_board, overdue, attendance, apportion
}
criterion_main!(benches);
