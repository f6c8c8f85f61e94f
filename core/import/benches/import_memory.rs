//! Peak heap of importing an attendance grid (a large grid must not take gigabytes): one row per member, one column
//! per meeting, every cell a mark (the shape of `tests/bench/hostile_files.py`'s
//! attendance.csv). A counting allocator keeps the bytes live and their peak; the peak
//! over the input is the figure against the 20x goal. Two stages are counted, as the CLI
//! runs them: the import (`import_table`), then the draft written out as pretty JSON to a
//! sink (the CLI streams it to standard output, so the text is never held).
//!
//! `cargo bench -p boardkit-import --bench import_memory` (optionally `-- PEOPLE MEETINGS`,
//! default 1,500 x 1,000). Not part of `cargo test`.

use boardkit_import::table::{import_table, Format, TableKind};
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

fn grew(n: usize) {
    let now = LIVE.fetch_add(n, Ordering::Relaxed) + n;
    PEAK.fetch_max(now, Ordering::Relaxed);
}

// A global allocator is an unsafe trait: the one unsafe code of this bench.
#[allow(unsafe_code)]
// SAFETY: every call is passed to the system allocator unchanged; only counts are kept.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        grew(layout.size());
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new: usize) -> *mut u8 {
        if new >= layout.size() {
            grew(new - layout.size());
        } else {
            LIVE.fetch_sub(layout.size() - new, Ordering::Relaxed);
        }
        unsafe { System.realloc(ptr, layout, new) }
    }
}

#[global_allocator]
static COUNTING: Counting = Counting;

/// The attendance grid of `people` members over `meetings` meetings, `P` or `A` in each
/// cell (the same text as hostile_files.py writes).
fn grid(people: usize, meetings: usize) -> String {
    let dates: Vec<String> = (0..meetings)
        .map(|i| {
            format!(
                "{:02}/{:02}/20{:02}",
                1 + i % 28,
                1 + (i / 28) % 12,
                10 + i / 336
            )
        })
        .collect();
    let mut s = format!("Name,Initials,Agency,{}\n", dates.join(","));
    for p in 0..people {
        s.push_str(&format!("Person {p},P{p},Agency {},", p % 20));
        let marks: Vec<&str> = (0..meetings)
            .map(|i| if (p + i) % 3 != 0 { "P" } else { "A" })
            .collect();
        s.push_str(&marks.join(","));
        s.push('\n');
    }
    s
}

fn mib(b: usize) -> f64 {
    b as f64 / (1024.0 * 1024.0)
}

fn main() {
    let args: Vec<usize> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect();
    let people = args.first().copied().unwrap_or(1_500);
    let meetings = args.get(1).copied().unwrap_or(1_000);
    let csv = grid(people, meetings);
    let input = csv.len();
    let base = LIVE.load(Ordering::Relaxed);
    PEAK.store(base, Ordering::Relaxed);
    let draft = import_table(
        TableKind::Attendance,
        csv.as_bytes(),
        Format::Csv,
        None,
        None,
    )
    .expect("the grid imports");
    let import_peak = PEAK.load(Ordering::Relaxed) - base;
    let held = LIVE.load(Ordering::Relaxed) - base;
    let mut out = std::io::sink();
    serde_json::to_writer_pretty(&mut out, &draft).expect("written");
    let peak = PEAK.load(Ordering::Relaxed) - base;
    let marks: usize = draft
        .document
        .meetings
        .iter()
        .map(|m| m.attendance.len())
        .sum();
    println!(
        "attendance {people} x {meetings}: input {input} bytes, {marks} marks, {} provenance entries",
        draft.provenance.len()
    );
    println!(
        "  import peak {:.1} MiB ({:.1}x), draft held {:.1} MiB ({:.1}x), peak with the JSON written {:.1} MiB ({:.1}x); goal 20x",
        mib(import_peak),
        import_peak as f64 / input as f64,
        mib(held),
        held as f64 / input as f64,
        mib(peak),
        peak as f64 / input as f64
    );
}
