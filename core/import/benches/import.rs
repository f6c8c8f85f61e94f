//! Speed: a 100-page minutes text and a 10,000-row action log (the sizes boards keep). Run with
//! `cargo bench -p boardkit-import`; not part of `cargo test`.

use boardkit_import::table::{import_table, Format, TableKind};
use criterion::{criterion_group, criterion_main, Criterion};
use std::hint::black_box;

/// About 100 pages of minutes (3,000 characters a page): an attendance list, then
/// numbered items with discussion, paragraph refs, decisions, inline actions and action
/// tables, and the Leicester seed's own text at the top.
pub fn hundred_pages() -> String {
    let seed = include_str!("../tests/data/leicester-lscb-minutes-2016-12-08.txt");
    let mut s = String::from(seed);
    s.push('\n');
    let mut n = 12;
    while s.len() < 300_000 {
        s.push_str(&format!("{n}.\tItem {n} report from the sub-group\n"));
        s.push_str(&format!("{n}.1\tCT presented the report on the quarter. Members discussed the figures for referrals, re-referrals and the timeliness of assessments at some length, and asked for a fuller breakdown by locality and by age of the children concerned, with comparison to statistical neighbours and the national average.\n"));
        s.push_str("RESOLVED:\n(a) that the report be noted;\n(b) that a fuller breakdown come to the next meeting.\n");
        s.push_str("Action: SC to circulate the breakdown before the next meeting – SC\n");
        s.push_str("Ref\tActions\tPerson/s responsible\tBy\tDesired outcome\n");
        s.push_str(&format!("{n}.1\tCirculate the locality breakdown\tCT & JR\t31/01/2017\tBoard assured on timeliness\n"));
        s.push_str(&format!(
            "{n}.1\tReport back on re-referrals\tThe Chair\tJanuary 2017\t\n"
        ));
        n += 1;
    }
    s
}

/// A 10,000-row action log.
pub fn action_log(rows: usize) -> String {
    let mut s = String::from("Ref,Action,Person/s responsible,By,Status,Meeting date,Notes\n");
    for i in 0..rows {
        s.push_str(&format!(
            "{}.{},\"Action number {i}, to be done by the lead officer\",CT & JR,{:02}/0{}/2017,Open,08/12/2016,note {i}\n",
            i / 10,
            i % 10,
            1 + i % 28,
            1 + i % 9
        ));
    }
    s
}

fn bench(c: &mut Criterion) {
    let minutes = hundred_pages();
    let log = action_log(10_000);
    let mut g = c.benchmark_group("import");
    g.sample_size(20);
    g.bench_function("minutes_100_pages", |b| {
        b.iter(|| boardkit_import::import_minutes(black_box(&minutes), None))
    });
    g.bench_function("action_log_10000_rows", |b| {
        b.iter(|| {
            import_table(
                TableKind::Actions,
                black_box(log.as_bytes()),
                Format::Csv,
                None,
                None,
            )
        })
    });
    // A run-together attendance block (as real papers print it) as one line, 1,000 and 10,000 entries:
    // the time should grow about tenfold, not a hundredfold.
    for n in [1_000usize, 10_000] {
        let line = runon_block(n);
        g.bench_function(format!("runon_block_{n}_entries"), |b| {
            b.iter(|| boardkit_import::import_minutes(black_box(&line), None))
        });
    }
    g.finish();
}

/// One line: "Minutes ... 3 March 2023 Present: Ann Aaa1 (Chairman) (North Council) ...
/// Officers Attending: ... Apologies for Absence 12 Apologies ... substitute for Cllr ...".
fn runon_block(n: usize) -> String {
    let mut s = String::from("Minutes of the meeting held on Friday, 3 March 2023 Present:");
    for i in 0..n {
        s.push_str(&format!(" Ann Member{i} (Chairman) (North Council),"));
    }
    s.push_str(" Officers Attending:");
    for i in 0..n {
        s.push_str(&format!(" Bob Officer{i} (Clerk - Finance),"));
    }
    s.push_str(" Apologies for Absence 12 Apologies for absence were received from");
    for i in 0..n {
        s.push_str(&format!(" Cy Absent{i}, South Council,"));
    }
    s.push_str(" and Dee Last, South Council.");
    for i in 0..n {
        s.push_str(&format!(
            " Cllr Eve Sub{i} attended the meeting as a substitute for Cllr Absent{i}."
        ));
    }
    s.push('\n');
    s
}

criterion_group!(benches, bench);
criterion_main!(benches);
