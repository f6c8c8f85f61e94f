//! Reading a large document holds far less than a tree of its whole text (a large document must not take gigabytes):
//! the heap is counted by a global allocator wrapping the system's. One test in this
//! binary, so nothing else allocates while it measures.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

struct Counting;

static NOW: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

fn grew(by: usize) {
    let now = NOW.fetch_add(by, Relaxed) + by;
    PEAK.fetch_max(now, Relaxed);
}

// A global allocator is an unsafe trait: the one unsafe code of the crate's tests.
#[allow(unsafe_code)]
// SAFETY: every call is passed to the system allocator unchanged; only sizes are counted.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            grew(layout.size());
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        NOW.fetch_sub(layout.size(), Relaxed);
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            NOW.fetch_sub(layout.size(), Relaxed);
            grew(new_size);
        }
        p
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

/// Run `f`; what it holds after, over what was held before, and its peak over that.
fn measure<T>(f: impl FnOnce() -> T) -> (T, usize, usize) {
    let before = NOW.load(Relaxed);
    PEAK.store(before, Relaxed);
    let out = f();
    let held = NOW.load(Relaxed).saturating_sub(before);
    let peak = PEAK.load(Relaxed).saturating_sub(before);
    (out, held, peak)
}

/// The Leicester example with its people, meetings and actions repeated `k` times.
fn large(k: usize) -> String {
    let text = include_str!("../../examples/data/leicester-lscb.json");
    let mut doc: serde_json::Value = serde_json::from_str(text).expect("the example");
    for key in ["people", "meetings", "actions"] {
        if let Some(list) = doc.get_mut(key).and_then(|v| v.as_array_mut()) {
            let one = list.clone();
            for _ in 1..k {
                list.extend(one.iter().cloned());
            }
        }
    }
    serde_json::to_string(&doc).expect("text")
}

#[test]
fn reading_holds_about_the_document_not_a_tree_of_the_text() {
    let text = large(60);
    let (doc, held, peak) = measure(|| boardkit::BoardDocument::from_json(&text));
    let doc = doc.expect("reads");
    let (old, _, old_peak) = measure(|| {
        boardkit::read::tree::parse(&text)
            .and_then(|v| boardkit::read::from_value_ref::<boardkit::BoardDocument>(&v))
    });
    assert_eq!(
        old.as_ref().ok(),
        Some(&doc),
        "the tree reader reads the same"
    );
    drop(old);
    let (tree, tree_held, _) = measure(|| boardkit::read::tree::parse(&text));
    let tree = tree.expect("parses");
    eprintln!(
        "text {} KB; document held {} KB; peak while reading {} KB; a whole tree {} KB; \
         peak reading through the tree {} KB",
        text.len() / 1024,
        held / 1024,
        peak / 1024,
        tree_held / 1024,
        old_peak / 1024
    );
    assert!(doc.actions.len() > 1000 && text.len() > 2_000_000);
    // The peak is the document plus the nodes of the elements being read and the array
    // slices (measured: 1.03x the document for this text).
    assert!(
        2 * peak <= 3 * held,
        "peak {peak} over 1.5x the document {held}"
    );
    // Reading through a whole tree peaked at the tree plus the document.
    assert!(
        2 * peak < old_peak,
        "peak {peak} not under half the tree reader's {old_peak}"
    );
    assert!(
        peak < tree_held,
        "peak {peak} not under a tree of the text {tree_held}"
    );
    drop(tree);
}
